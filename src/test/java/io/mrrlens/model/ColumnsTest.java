package io.mrrlens.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * A column made for more rows than it gets, or for fewer, whose texts grow longer late, and room
   * reserved after texts are in: every text comes back as it was added.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 1_000, 5_000, 100_000})
  void textsComeBackEqualWhateverTheRoomMadeForThem(int rows) {
    TextColumn column = new TextColumn(rows, rows * 2);
    List<String> added = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      String text = i < 3_000 ? "T-" + i : "a summary of ticket " + i + " ".repeat(i % 40) + "é";
      column.add(text);
      added.add(text);
      if (i == 2_500) {
        column.reserve(10, 10);
        column.reserve(12_000, 400_000);
      }
    }
    assertEquals(added.size(), column.size());
    for (int i = 0; i < added.size(); i++) {
      assertEquals(added.get(i), column.get(i));
    }
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

  /** IDs that count up, as exports number them, are each found, repeats at their first row. */
  @Test
  void anIndexOfManyIdsThatCountUpFindsEachAtItsFirstRow() {
    TextColumn tickets = new TextColumn();
    for (int i = 0; i < 100_000; i++) {
      tickets.add(String.format("T-%07d", i));
    }
    tickets.add("T-0000007");
    TextColumn.Index index = new TextColumn.Index(tickets, null);
    TextColumn wanted = new TextColumn();
    for (int i = 0; i < 100_000; i += 7) {
      wanted.add(String.format("T-%07d", i));
    }
    wanted.add("T-0100000");
    for (int j = 0; j < wanted.size() - 1; j++) {
      assertEquals(j * 7, index.find(wanted, j));
    }
    assertEquals(-1, index.find(wanted, wanted.size() - 1));
  }

  private static final String[] WORDS = {null, "a", "b", "Ünïcode", ""};

  private static List<TimeEntry> randomEntries(Random random, int rows) {
    List<TimeEntry> entries = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      entries.add(
          new TimeEntry(
              random.nextInt(5) == 0 ? null : "E-" + random.nextInt(),
              WORDS[1 + random.nextInt(4)],
              random.nextBoolean() ? null : "T-" + random.nextInt(100),
              WORDS[random.nextInt(5)],
              LocalDate.ofEpochDay(random.nextInt(40_000) - 10_000),
              BigDecimal.valueOf(random.nextInt(2_400_000) + 1, random.nextInt(7)),
              random.nextBoolean(),
              WORDS[random.nextInt(5)],
              random.nextInt(5) == 0 ? null : ChargeTo.values()[random.nextInt(4)],
              random.nextBoolean()
                  ? null
                  : new BigDecimal(new BigInteger(100, random), random.nextInt(5))));
    }
    return entries;
  }

  private static List<Ticket> randomTickets(Random random, int rows, boolean nanos) {
    List<Ticket> tickets = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      LocalDateTime opened =
          LocalDateTime.of(2020, 1, 1, 0, 0).plusSeconds(random.nextInt(200_000_000));
      tickets.add(
          new Ticket(
              "T-" + i,
              WORDS[1 + random.nextInt(4)],
              opened,
              random.nextBoolean()
                  ? null
                  : nanos
                      ? opened.plusNanos(random.nextLong(1L << 40))
                      : opened.plusSeconds(random.nextInt(1_000_000)),
              WORDS[random.nextInt(5)],
              WORDS[random.nextInt(5)],
              WORDS[random.nextInt(5)],
              random.nextBoolean() ? null : "summary " + random.nextInt()));
    }
    return tickets;
  }

  /** Random entries and tickets, past every growth of the columns, come back equal. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void randomRowsComeBackEqual(long seed) {
    Random random = new Random(seed);
    List<TimeEntry> entries = randomEntries(random, 5_000);
    List<Ticket> tickets = randomTickets(random, 5_000, true);
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

  private static byte[] written(TimeEntries entries, Tickets tickets) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    entries.write(out);
    tickets.write(out);
    out.flush();
    return bytes.toByteArray();
  }

  /**
   * Columns written whole (as the import cache does) read back equal, row by row and column by
   * column: the same codes and words, scales, nulls and times to the nanosecond; renamed columns,
   * columns without any null and empty ones too.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void columnsWrittenWholeReadBackEqual(long seed) throws IOException {
    Random random = new Random(seed);
    int rows = seed == 6 ? 0 : 1 + random.nextInt(70_000);
    TimeEntries entries = TimeEntries.of(new ArrayList<>(randomEntries(random, rows)));
    entries = TimeEntries.of(List.copyOf(entries));
    Tickets tickets = Tickets.of(List.copyOf(randomTickets(random, rows, seed % 2 == 0)));
    if (seed % 3 == 0) {
      entries = entries.withClients(Map.of("a", "b", "b", "B"));
      tickets = tickets.withClients(Map.of("Ünïcode", "a"));
    }
    byte[] bytes = written(entries, tickets);
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    TimeEntries entriesBack = TimeEntries.read(in, bytes.length);
    Tickets ticketsBack = Tickets.read(in, bytes.length);
    assertEquals(-1, in.read());
    assertEquals(entries, entriesBack);
    assertEquals(tickets, ticketsBack);
    for (int i = 0; i < rows; i++) {
      assertEquals(entries.clients().code(i), entriesBack.clients().code(i));
      assertEquals(entries.hours().scale(i), entriesBack.hours().scale(i));
      assertEquals(entries.ticketIds().isNull(i), entriesBack.ticketIds().isNull(i));
    }
    assertEquals(entries.clients().words(), entriesBack.clients().words());
    // written again, the columns read back are the same bytes
    assertArrayEquals(bytes, written(entriesBack, ticketsBack));
  }

  /** Bytes cut anywhere are refused with an IOException, never another failure. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void cutColumnsAreRefused(long seed) throws IOException {
    Random random = new Random(seed);
    byte[] bytes =
        written(
            TimeEntries.of(randomEntries(random, 300)),
            Tickets.of(randomTickets(random, 300, true)));
    byte[] cut = Arrays.copyOf(bytes, random.nextInt(bytes.length));
    assertThrows(
        IOException.class,
        () -> {
          DataInputStream in = new DataInputStream(new ByteArrayInputStream(cut));
          TimeEntries.read(in, cut.length);
          Tickets.read(in, cut.length);
        });
  }

  /** A count past the bytes left, or a code without its word, is refused before it is used. */
  @Test
  void damagedColumnsAreRefused() throws IOException {
    WordColumn words = new WordColumn();
    words.add("a");
    words.add(null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    words.write(new DataOutputStream(bytes));
    byte[] good = bytes.toByteArray();
    WordColumn back = WordColumn.read(new DataInputStream(new ByteArrayInputStream(good)), 100);
    assertEquals("a", back.get(0));
    assertNull(back.get(1));
    byte[] badCode = good.clone();
    badCode[7] = 5; // the first code, 0 ("a"), becomes 5: no such word
    assertThrows(
        IOException.class,
        () -> WordColumn.read(new DataInputStream(new ByteArrayInputStream(badCode)), 100));
    byte[] hugeCount = good.clone();
    hugeCount[0] = 0x7F; // two thousand million rows in a few bytes
    assertThrows(
        IOException.class,
        () -> WordColumn.read(new DataInputStream(new ByteArrayInputStream(hugeCount)), 100));
    TextColumn text = new TextColumn();
    text.add("abc");
    text.add("de");
    bytes.reset();
    text.write(new DataOutputStream(bytes));
    byte[] disordered = bytes.toByteArray();
    disordered[7] = 9; // the first text's end past the bytes
    assertThrows(
        IOException.class,
        () -> TextColumn.read(new DataInputStream(new ByteArrayInputStream(disordered)), 100));
  }
}
