package io.mrrlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The columns imported rows are kept in: every value comes back equal, nulls included. */
class ColumnsTest {

  @Test
  void textsComeBackEqualWithNullsAndNonAsciiText() {
    TextColumn column = new TextColumn();
    column.add("T-1");
    column.add(null);
    column.add("");
    column.add("Müller & Söhne – 😀");
    assertEquals(4, column.size());
    assertEquals("T-1", column.get(0));
    assertNull(column.get(1));
    assertTrue(column.isNull(1));
    assertEquals("", column.get(2));
    assertFalse(column.isNull(2));
    assertEquals("Müller & Söhne – 😀", column.get(3));
  }

  @Test
  void anIndexFindsTheTextsOfAnotherColumnItSelects() {
    TextColumn tickets = new TextColumn();
    List.of("T-1", "T-2", "T-3").forEach(tickets::add);
    TextColumn wanted = new TextColumn();
    wanted.add("T-3");
    wanted.add("T-2");
    wanted.add(null);
    wanted.add("T-9");
    TextColumn.Index index = new TextColumn.Index(tickets, new boolean[] {true, false, true});
    assertEquals(2, index.find(wanted, 0));
    assertEquals(-1, index.find(wanted, 1)); // T-2 is not selected
    assertEquals(-1, index.find(wanted, 2));
    assertEquals(-1, index.find(wanted, 3));
  }

  @Test
  void wordsAreCodedOnceEachAndRenamedWithoutTouchingTheOriginal() {
    WordColumn column = new WordColumn();
    column.add("acme");
    column.add(null);
    column.add("Beta");
    column.add("acme");
    assertEquals(2, column.words());
    assertEquals(0, column.code(3));
    assertEquals(-1, column.code(1));
    WordColumn renamed = column.renamed(Map.of("acme", "Acme Corp"));
    assertEquals("Acme Corp", renamed.get(3));
    assertEquals("Beta", renamed.get(2));
    assertNull(renamed.get(1));
    assertEquals("acme", column.get(0));
    assertThrows(IllegalStateException.class, () -> renamed.add("x"));
  }

  @Test
  void decimalsKeepTheirScaleAndValuesBeyondALong() {
    DecimalColumn column = new DecimalColumn();
    BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(30), 2);
    BigDecimal tiny = new BigDecimal(BigInteger.ONE, 200);
    column.add(new BigDecimal("1.50"));
    column.add(null);
    column.add(huge);
    column.add(new BigDecimal("-0.000001"));
    column.add(tiny);
    column.add(new BigDecimal("1E+3"));
    assertEquals("1.50", column.get(0).toString());
    assertNull(column.get(1));
    assertEquals(huge, column.get(2));
    assertEquals(new BigDecimal("-0.000001"), column.get(3));
    assertEquals(tiny, column.get(4));
    assertEquals(new BigDecimal("1E+3"), column.get(5));
    // units of 10^-2: 1.50 is 150; 1E+3 is 100,000; -0.000001 is no whole number of cents
    assertEquals(150, column.units(0, 2, -7));
    assertEquals(100_000, column.units(5, 2, -7));
    assertEquals(-7, column.units(3, 2, -7));
    assertEquals(-7, column.units(1, 2, -7));
    assertEquals(-7, column.units(2, 2, -7));
    // the decimals a value needs: 1.50 needs 1, 1E+3 none (-3), -0.000001 six
    assertEquals(1, column.neededScale(0));
    assertEquals(-3, column.neededScale(5));
    assertEquals(6, column.neededScale(3));
    assertEquals(Integer.MIN_VALUE, column.neededScale(1));
  }

  @Test
  void timeEntriesComeBackEqualAndRenameTheirClients() {
    TimeEntry full =
        new TimeEntry(
            "E-1",
            "acme",
            "T-1",
            "Ana",
            LocalDate.of(2026, 3, 31),
            new BigDecimal("1.25"),
            false,
            "remote",
            ChargeTo.PROJECT,
            new BigDecimal("95.00"));
    TimeEntry sparse =
        new TimeEntry(
            null,
            "Beta",
            null,
            null,
            LocalDate.of(1969, 12, 31),
            new BigDecimal("24"),
            true,
            null,
            null,
            null);
    TimeEntries entries = TimeEntries.of(List.of(full, sparse));
    assertEquals(List.of(full, sparse), entries);
    assertEquals(-1, entries.epochDay(1));
    TimeEntries renamed = entries.withClients(Map.of("acme", "Acme Corp"));
    assertEquals(full.withClient("Acme Corp"), renamed.get(0));
    assertEquals(sparse, renamed.get(1));
    assertEquals(full, entries.get(0));
  }

  @Test
  void ticketsComeBackEqualWithTheirTimesToTheNanosecond() {
    Ticket open =
        new Ticket(
            "T-1", "acme", LocalDateTime.of(2026, 1, 2, 3, 4), null, "P1", "alert", null, "Disk");
    Ticket closed =
        new Ticket(
            "T-2",
            "Beta",
            LocalDateTime.of(2025, 12, 31, 23, 59, 59, 123_456_789),
            LocalDateTime.of(2026, 1, 1, 0, 0, 1),
            null,
            null,
            "email",
            null);
    Tickets tickets = Tickets.of(List.of(open, closed));
    assertEquals(List.of(open, closed), tickets);
    assertEquals(LocalDate.of(2026, 1, 2).toEpochDay(), tickets.openedDay(0));
    assertEquals(Long.MIN_VALUE, tickets.closedDay(0));
    assertEquals(LocalDate.of(2025, 12, 31).toEpochDay(), tickets.openedDay(1));
    assertEquals(open.withClient("Acme"), tickets.withClients(Map.of("acme", "Acme")).get(0));
  }

  /** Random entries and tickets, past every growth of the columns, come back equal. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void randomRowsComeBackEqual(long seed) {
    Random random = new Random(seed);
    List<TimeEntry> entries = new ArrayList<>();
    List<Ticket> tickets = new ArrayList<>();
    String[] words = {null, "a", "b", "Ünïcode", ""};
    for (int i = 0; i < 5_000; i++) {
      entries.add(
          new TimeEntry(
              random.nextInt(5) == 0 ? null : "E-" + random.nextInt(),
              words[1 + random.nextInt(4)],
              random.nextBoolean() ? null : "T-" + random.nextInt(100),
              words[random.nextInt(5)],
              LocalDate.ofEpochDay(random.nextInt(40_000) - 10_000),
              BigDecimal.valueOf(random.nextInt(2_400_000) + 1, random.nextInt(7)),
              random.nextBoolean(),
              words[random.nextInt(5)],
              random.nextInt(5) == 0 ? null : ChargeTo.values()[random.nextInt(4)],
              random.nextBoolean()
                  ? null
                  : new BigDecimal(new BigInteger(100, random), random.nextInt(5))));
      LocalDateTime opened =
          LocalDateTime.of(2020, 1, 1, 0, 0).plusSeconds(random.nextInt(200_000_000));
      tickets.add(
          new Ticket(
              "T-" + i,
              words[1 + random.nextInt(4)],
              opened,
              random.nextBoolean() ? null : opened.plusNanos(random.nextLong(1L << 40)),
              words[random.nextInt(5)],
              words[random.nextInt(5)],
              words[random.nextInt(5)],
              random.nextBoolean() ? null : "summary " + random.nextInt()));
    }
    TimeEntries entryColumns = new TimeEntries(3);
    entryColumns.addAll(entries);
    Tickets ticketColumns = new Tickets(3);
    ticketColumns.addAll(tickets);
    assertEquals(entries, entryColumns);
    assertEquals(tickets, ticketColumns);
    // two lists of columns appended column by column are the rows of both in order
    TimeEntries first = TimeEntries.of(entries.subList(0, 1_234));
    first.addAll(TimeEntries.of(entries.subList(1_234, entries.size())));
    assertEquals(entries, first);
    Tickets head = Tickets.of(tickets.subList(0, 4_321));
    head.addAll(Tickets.of(tickets.subList(4_321, tickets.size())));
    assertEquals(tickets, head);
  }
}
