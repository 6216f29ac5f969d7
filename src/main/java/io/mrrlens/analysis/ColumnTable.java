package io.mrrlens.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * One of the analysis tables: Tablesaw columns of equal length, found by name. The analysis reads
 * them with hand loops (docs/decisions.md, "Tablesaw's columns without its Table"), so all it needs
 * of a table is this. Tablesaw's own {@code Table} is not used: its class initialiser scans the
 * class path for file readers (ClassGraph), 0.1 - 0.15 s of every run, and mrrlens never asks it to
 * read or write a file.
 */
public final class ColumnTable {
  private final String name;
  private final int rows;
  private final Map<String, Column<?>> columns = new LinkedHashMap<>();

  private ColumnTable(String name, Column<?>... columns) {
    this.name = name;
    this.rows = columns.length == 0 ? 0 : columns[0].size();
    for (Column<?> column : columns) {
      if (column.size() != rows) {
        throw new IllegalArgumentException(
            "table "
                + name
                + ": column "
                + column.name()
                + " has "
                + column.size()
                + " rows, not "
                + rows);
      }
      if (this.columns.putIfAbsent(column.name(), column) != null) {
        throw new IllegalArgumentException(
            "table " + name + ": two columns named " + column.name());
      }
    }
  }

  /** A table of these columns, in this order; all of one length, each name once. */
  static ColumnTable of(String name, Column<?>... columns) {
    return new ColumnTable(name, columns);
  }

  public int rowCount() {
    return rows;
  }

  public IntColumn intColumn(String column) {
    return column(column, IntColumn.class);
  }

  public LongColumn longColumn(String column) {
    return column(column, LongColumn.class);
  }

  public BooleanColumn booleanColumn(String column) {
    return column(column, BooleanColumn.class);
  }

  public DateColumn dateColumn(String column) {
    return column(column, DateColumn.class);
  }

  public StringColumn stringColumn(String column) {
    return column(column, StringColumn.class);
  }

  private <C extends Column<?>> C column(String column, Class<C> type) {
    Column<?> found = columns.get(column);
    if (found == null) {
      throw new IllegalArgumentException("table " + name + " has no column " + column);
    }
    if (!type.isInstance(found)) {
      throw new IllegalArgumentException(
          "table "
              + name
              + ": column "
              + column
              + " is "
              + found.getClass().getSimpleName()
              + ", not "
              + type.getSimpleName());
    }
    return type.cast(found);
  }
}
