package io.mrrlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;

class ColumnTableTest {
  private final IntColumn client = IntColumn.create("client", new int[] {0, 1, 1});
  private final LongColumn amount = LongColumn.create("amount", new long[] {100, 250, -40});
  private final StringColumn kind = StringColumn.create("kind", new String[] {"a", "b", "a"});
  private final BooleanColumn paid =
      BooleanColumn.create("paid", new boolean[] {true, false, true});
  private final DateColumn issued =
      DateColumn.create(
          "issued",
          new LocalDate[] {
            LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5), LocalDate.of(2026, 3, 5)
          });

  @Test
  void findsEachColumnByNameAndKind() {
    ColumnTable table = ColumnTable.of("invoices", client, amount, kind, paid, issued);
    assertEquals(3, table.rowCount());
    assertSame(client, table.intColumn("client"));
    assertSame(amount, table.longColumn("amount"));
    assertSame(kind, table.stringColumn("kind"));
    assertSame(paid, table.booleanColumn("paid"));
    assertSame(issued, table.dateColumn("issued"));
  }

  @Test
  void anEmptyTableHasNoRows() {
    ColumnTable table = ColumnTable.of("payments", IntColumn.create("invoice"));
    assertEquals(0, table.rowCount());
  }

  @Test
  void refusesColumnsOfDifferentLengths() {
    IntColumn shorter = IntColumn.create("month", new int[] {1, 2});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ColumnTable.of("t", client, shorter));
    assertEquals("table t: column month has 2 rows, not 3", e.getMessage());
  }

  @Test
  void refusesTwoColumnsOfOneName() {
    IntColumn again = IntColumn.create("client", new int[] {5, 6, 7});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ColumnTable.of("t", client, again));
    assertEquals("table t: two columns named client", e.getMessage());
  }

  @Test
  void saysWhichColumnIsMissingOrOfAnotherKind() {
    ColumnTable table = ColumnTable.of("t", client, amount);
    assertEquals(
        "table t has no column month",
        assertThrows(IllegalArgumentException.class, () -> table.intColumn("month")).getMessage());
    assertEquals(
        "table t: column amount is LongColumn, not IntColumn",
        assertThrows(IllegalArgumentException.class, () -> table.intColumn("amount")).getMessage());
  }
}
