package io.mrrlens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The text of facts and table cells as a person reads them, for the table, HTML and PDF. */
final class Cells {
  private Cells() {}

  /** A fact's value: lists joined with commas ("(none)" when empty), "-" for an empty value. */
  static String fact(Fact fact) {
    if (fact.value() instanceof List<?> list) {
      return list.isEmpty() ? "(none)" : join(list);
    }
    String text = Values.human(fact.value(), fact.format());
    return text.isEmpty() ? "-" : text;
  }

  /** The cells of one row, in column order; an empty value is an empty cell. */
  static List<String> row(List<Column> columns, Map<String, Object> row) {
    List<String> cells = new ArrayList<>(columns.size());
    for (Column column : columns) {
      Object value = row.get(column.field());
      cells.add(value instanceof List<?> list ? join(list) : Values.human(value, column.format()));
    }
    return cells;
  }

  /** The cells of a table's totals row, "Total" in its first cell when that is empty. */
  static List<String> totals(Part.Table table) {
    List<String> cells = row(table.columns(), table.totals());
    if (!cells.isEmpty() && cells.get(0).isEmpty()) {
      cells.set(0, "Total");
    }
    return cells;
  }

  /** The table with its money columns' headers ending in the currency: {@code billed (EUR)}. */
  static Part.Table inCurrency(Part.Table table, String currency) {
    List<Column> columns = new ArrayList<>();
    for (Column column : table.columns()) {
      columns.add(
          column.format() == Format.MONEY
              ? new Column(column.field(), column.header() + " (" + currency + ")", Format.MONEY)
              : column);
    }
    return new Part.Table(
        table.key(),
        table.title(),
        List.copyOf(columns),
        table.rows(),
        table.totals(),
        table.more());
  }

  private static String join(List<?> list) {
    return String.join(", ", list.stream().map(String::valueOf).toList());
  }
}
