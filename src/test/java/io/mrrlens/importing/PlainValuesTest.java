package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.model.ChargeTo;
import io.mrrlens.model.Ticket;
import io.mrrlens.model.TimeEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import's plain paths (dates to epoch days and seconds, decimals to digits and a scale, rows
 * straight into columns) read exactly what the LocalDate and BigDecimal paths read, on random valid
 * and invalid values: the same values, rejections, roundings, decimal marks and amounts.
 */
class PlainValuesTest {
  private static final int VALUES = 4_000;

  static LongStream seeds() {
    return LongStream.of(1, 2, 3, 12, 2026);
  }

  @Test
  void readsPlainValuesByHand() {
    assertEquals(0, DateParser.isoEpochDay("1970-01-01"));
    assertEquals(-719_528, DateParser.isoEpochDay("0000-01-01"));
    assertEquals(19_782, DateParser.isoEpochDay("2024-02-29"));
    assertEquals(DateParser.NO_DAY, DateParser.isoEpochDay("2023-02-29"));
    assertEquals(DateParser.NO_DAY, DateParser.isoEpochDay("0000-00-00"));
    assertEquals(86_400 + 3_600 + 120 + 3, DateParser.isoEpochSecond("1970-01-02 01:02:03"));
    assertEquals(DateParser.NO_SECOND, DateParser.isoEpochSecond("1970-01-02T24:00"));
    assertEquals(DateParser.NO_SECOND, DateParser.isoEpochSecond("1970-01-02T10:00Z"));
    DecimalParser decimals = DecimalParser.detecting();
    assertEquals(150, decimals.plainNumber("1.50"));
    assertEquals(2, DecimalParser.plainScale("1.50"));
    assertEquals("none shown", DecimalParser.detecting().describe());
    assertEquals("point (detected)", decimals.describe());
    assertEquals(DecimalParser.NOT_PLAIN, decimals.plainNumber("-1.5"));
    assertEquals(DecimalParser.NOT_PLAIN, decimals.plainNumber("1,5"));
    assertEquals(DecimalParser.NOT_PLAIN, decimals.plainMoney("1.234"));
    assertEquals(1234, DecimalParser.forced(DecimalMark.POINT).plainMoney("1.234"));
    assertEquals(DecimalParser.NOT_PLAIN, DecimalParser.forced(DecimalMark.COMMA).plainMoney("12"));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void epochDaysAreTheDaysOfLocalDate(long seed) throws ValueException {
    Random random = new Random(seed);
    for (int k = 0; k < VALUES; k++) {
      String text = date(random);
      long fast = DateParser.isoEpochDay(text);
      LocalDateTime slow = isoOrNull(text);
      if (fast != DateParser.NO_DAY) {
        assertNotNull(slow, text);
        assertEquals(slow.toLocalDate().toEpochDay(), fast, text);
      } else if (slow != null) {
        assertNotEquals(10, text.length(), text);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void epochSecondsAreTheTimesOfLocalDateTime(long seed) {
    Random random = new Random(seed);
    for (int k = 0; k < VALUES; k++) {
      String text = dateTime(random);
      long fast = DateParser.isoEpochSecond(text);
      LocalDateTime slow = isoOrNull(text);
      if (fast != DateParser.NO_SECOND) {
        assertNotNull(slow, text);
        assertEquals(slow.toEpochSecond(ZoneOffset.UTC), fast, text);
      } else if (slow != null && text.matches("[0-9-]{10}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?")) {
        throw new AssertionError("a plain ISO value left to the slow path: " + text);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void plainDigitsAreTheBigDecimalsOfNumberAndMoney(long seed) {
    Random random = new Random(seed);
    for (Supplier<DecimalParser> parsers : parsers()) {
      DecimalParser fastNumbers = parsers.get();
      DecimalParser slowNumbers = parsers.get();
      DecimalParser fastMoney = parsers.get();
      DecimalParser slowMoney = parsers.get();
      for (int k = 0; k < VALUES; k++) {
        String text = number(random);
        long number = fastNumbers.plainNumber(text);
        String slow = outcome(() -> slowNumbers.number(text));
        if (number != DecimalParser.NOT_PLAIN) {
          assertEquals(
              show(BigDecimal.valueOf(number, DecimalParser.plainScale(text))), slow, text);
        } else {
          outcome(() -> fastNumbers.number(text));
        }
        long money = fastMoney.plainMoney(text);
        String slowAmount = outcome(() -> slowMoney.money(text, 0));
        if (money != DecimalParser.NOT_PLAIN) {
          assertEquals(
              show(BigDecimal.valueOf(money, DecimalParser.plainScale(text))), slowAmount, text);
        } else {
          outcome(() -> fastMoney.money(text, 0));
        }
        assertEquals(slowNumbers.describe(), fastNumbers.describe(), text);
        assertEquals(slowMoney.describe(), fastMoney.describe(), text);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rowDigitsAndEpochsReadAsTheRowsValues(long seed) {
    Random random = new Random(seed);
    for (Supplier<DecimalParser> parsers : parsers()) {
      List<Field> fields = new TimeEntryMapper().fields();
      Row fast = row(fields, parsers.get(), 5);
      Row slow = row(fields, parsers.get(), 5);
      for (int k = 0; k < VALUES; k++) {
        String[] cells = new String[fields.size()];
        cells[4] = random.nextBoolean() ? date(random) : dateTime(random);
        cells[5] = random.nextInt(10) == 0 ? null : number(random);
        cells[9] = random.nextInt(4) == 0 ? null : number(random);
        fast.reset(cells, k + 2);
        slow.reset(cells.clone(), k + 2);
        String fastOutcome =
            outcome(
                () -> {
                  long day = fast.epochDay(4, true);
                  long second = fast.epochSecond(4, false);
                  long hours = fast.hoursDigits(5);
                  int hoursScale = fast.scale();
                  long rate = fast.moneyDigits(9, false);
                  return List.of(
                      day == DateParser.NO_DAY ? "none" : LocalDate.ofEpochDay(day),
                      second == DateParser.NO_SECOND
                          ? "none"
                          : LocalDateTime.ofEpochSecond(second, fast.nano(), ZoneOffset.UTC),
                      hoursScale < 0 ? "none" : show(BigDecimal.valueOf(hours, hoursScale)),
                      fast.scale() < 0 ? "none" : show(BigDecimal.valueOf(rate, fast.scale())));
                });
        String slowOutcome =
            outcome(
                () -> {
                  LocalDate day = slow.date(4, true);
                  LocalDateTime time = slow.dateTime(4, false);
                  BigDecimal hours = slow.hours(5);
                  BigDecimal rate = slow.money(9, false);
                  return List.of(
                      day == null ? "none" : day,
                      time == null ? "none" : time,
                      hours == null ? "none" : show(hours),
                      rate == null ? "none" : show(rate));
                });
        String where = String.join(" | ", String.valueOf(cells[4]), cells[5], cells[9]);
        assertEquals(slow.problems(), fast.problems(), where);
        if (slow.problems().isEmpty()) {
          // a rejected row's values are not kept: a value past a long's digits may read as none
          assertEquals(slowOutcome, fastOutcome, where);
        }
        assertEquals(show(slow.amount()), show(fast.amount()), where);
        assertEquals(slow.amountUnreadable(), fast.amountUnreadable(), where);
        assertEquals(slow.rounded(), fast.rounded(), where);
        assertEquals(slow.firstRounded(), fast.firstRounded(), where);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void timeEntriesReadIntoColumnsEqualTheRecordsOfTheRows(long seed) {
    Random random = new Random(seed);
    TimeEntryMapper mapper = (TimeEntryMapper) new TimeEntryMapper().forReading();
    List<Field> fields = mapper.fields();
    Row fast = row(fields, DecimalParser.detecting(), 5);
    Row slow = row(fields, DecimalParser.detecting(), 5);
    List<TimeEntry> columns = mapper.newList(16);
    List<TimeEntry> records = new ArrayList<>();
    for (int k = 0; k < VALUES; k++) {
      String[] cells = {
        "E-" + k,
        random.nextInt(20) == 0 ? " " : " Client  " + random.nextInt(5),
        random.nextBoolean() ? null : "T-" + random.nextInt(100),
        random.nextBoolean() ? null : "Tech " + random.nextInt(3),
        date(random),
        random.nextInt(3) == 0
            ? number(random)
            : random.nextInt(25) + "." + digits(random, random.nextInt(9)),
        pick(random, null, "true", "no", "maybe"),
        pick(random, null, "remote", "onsite"),
        pick(random, null, "agreement", "nope"),
        random.nextBoolean() ? null : number(random)
      };
      fast.reset(cells, k + 2);
      slow.reset(cells.clone(), k + 2);
      String fastOutcome = outcome(() -> mapper.map(fast));
      TimeEntry[] record = new TimeEntry[1];
      String slowOutcome = outcome(() -> record[0] = recordOf(slow));
      assertEquals(slow.problems(), fast.problems(), String.join("|", cells[4], cells[5]));
      if (slowOutcome.equals("UndecidedNumbersException")) {
        // the reader decides the file's decimal mark and reads it again
        assertEquals(slowOutcome, fastOutcome);
        continue;
      }
      assertEquals("null", fastOutcome);
      if (fast.problems().isEmpty()) {
        mapper.add(null, columns);
        records.add(record[0]);
      }
    }
    assertTrue(records.size() > VALUES / 20, "accepted rows: " + records.size());
    assertEquals(records, columns);
    assertEquals(slow.spellings(), fast.spellings());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void ticketsReadIntoColumnsEqualTheRecordsOfTheRows(long seed) {
    Random random = new Random(seed);
    TicketMapper mapper = (TicketMapper) new TicketMapper().forReading();
    List<Field> fields = mapper.fields();
    DateParser explicit = DateParser.explicit("dd.MM.yyyy");
    Row fast = row(fields, explicit, DecimalParser.detecting(), -1);
    Row slow = row(fields, explicit, DecimalParser.detecting(), -1);
    List<Ticket> columns = mapper.newList(16);
    List<Ticket> records = new ArrayList<>();
    for (int k = 0; k < VALUES; k++) {
      String[] cells = {
        random.nextInt(50) == 0 ? null : "T-" + k,
        "Client " + random.nextInt(5),
        random.nextInt(8) == 0 ? "31.01.2025 10:00" : dateTime(random),
        pick(random, null, dateTime(random), dateTime(random), "0000-00-00", "31.01.2025"),
        pick(random, null, "P1", "P2"),
        pick(random, null, "incident"),
        null,
        random.nextBoolean() ? null : "Printer " + k
      };
      fast.reset(cells, k + 2);
      slow.reset(cells.clone(), k + 2);
      assertEquals(null, mapper.map(fast));
      Ticket record = ticketOf(slow);
      assertEquals(slow.problems(), fast.problems(), cells[2] + " | " + cells[3]);
      if (fast.problems().isEmpty()) {
        mapper.add(null, columns);
        records.add(record);
      }
    }
    assertTrue(records.size() > VALUES / 20, "accepted rows: " + records.size());
    assertEquals(records, columns);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void decimalSumsAreTheSumsOfBigDecimals(long seed) {
    Random random = new Random(seed);
    DecimalSum sum = new DecimalSum();
    DecimalSum other = new DecimalSum();
    BigDecimal expected = BigDecimal.ZERO;
    for (int k = 0; k < VALUES; k++) {
      long digits =
          switch (random.nextInt(4)) {
            case 0 -> random.nextLong();
            case 1 -> random.nextInt(1_000_000) - 10_000;
            default -> random.nextInt(10_000);
          };
      int scale = random.nextInt(30) == 0 ? random.nextInt(25) - 2 : random.nextInt(7);
      BigDecimal value = BigDecimal.valueOf(digits, scale);
      expected = expected.add(value);
      if (random.nextBoolean()) {
        sum.add(digits, scale);
      } else if (random.nextBoolean()) {
        sum.add(value);
      } else {
        other.add(value);
      }
      if (k % 500 == 499) {
        sum.add(other);
        other = new DecimalSum();
      }
      DecimalSum taken = new DecimalSum();
      taken.add(sum);
      taken.add(other);
      assertEquals(show(expected), show(taken.value()), "after " + k);
    }
  }

  /** The record the mapper made before it read rows into columns, from the row's accessors. */
  private static TimeEntry recordOf(Row row) {
    String id = row.text(0);
    String client = row.client(1);
    LocalDate date = row.date(4, true);
    BigDecimal hours = row.hours(5);
    boolean billable = row.bool(6, true);
    ChargeTo chargeTo = row.choice(8, Choices.of(ChargeTo.class));
    BigDecimal rate = row.money(9, false);
    return new TimeEntry(
        id, client, row.text(2), row.word(3), date, hours, billable, row.word(7), chargeTo, rate);
  }

  /** The ticket the mapper made before it read rows into columns. */
  private static Ticket ticketOf(Row row) {
    String id = row.required(0);
    String client = row.client(1);
    LocalDateTime opened = row.dateTime(2, true);
    LocalDateTime closed = row.dateTime(3, false);
    if (opened != null && closed != null) {
      boolean before =
          row.hasTime(2) && row.hasTime(3)
              ? closed.isBefore(opened)
              : closed.toLocalDate().isBefore(opened.toLocalDate());
      if (before) {
        row.reject(3, "is before opened \"" + row.text(2) + "\"");
      }
    }
    return new Ticket(
        id, client, opened, closed, row.word(4), row.word(5), row.word(6), row.text(7));
  }

  private static Row row(List<Field> fields, DecimalParser decimals, int amountField) {
    return row(fields, DateParser.isoStrict(), decimals, amountField);
  }

  private static Row row(
      List<Field> fields, DateParser dates, DecimalParser decimals, int amountField) {
    int[] columns = new int[fields.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = i;
    }
    return new Row("time.csv", fields, columns, dates, decimals, amountField);
  }

  private static List<Supplier<DecimalParser>> parsers() {
    return List.of(
        DecimalParser::detecting,
        () -> DecimalParser.forced(DecimalMark.POINT),
        () -> DecimalParser.forced(DecimalMark.COMMA),
        () -> DecimalParser.detecting().silent());
  }

  private interface Reading {
    Object read() throws ValueException;
  }

  /** The value read, or the exception's class and problem. */
  private static String outcome(Reading reading) {
    try {
      Object value = reading.read();
      return value instanceof BigDecimal decimal ? show(decimal) : String.valueOf(value);
    } catch (ValueException e) {
      return "rejected: " + e.problem();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }

  /** A decimal with its scale, which equals compares. */
  private static String show(BigDecimal value) {
    return value == null ? "null" : value.unscaledValue() + "e-" + value.scale();
  }

  private static LocalDateTime isoOrNull(String text) {
    try {
      return DateParser.iso(text);
    } catch (ValueException e) {
      return null;
    }
  }

  private static String pick(Random random, String... values) {
    return values[random.nextInt(values.length)];
  }

  private static String digits(Random random, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  /** Valid days (leap days among them), days past their month, and text that is no plain date. */
  private static String date(Random random) {
    int year =
        switch (random.nextInt(4)) {
          case 0 -> random.nextInt(10_000);
          case 1 -> new int[] {0, 1600, 1900, 2000, 2023, 2024, 2100}[random.nextInt(7)];
          default -> 1950 + random.nextInt(150);
        };
    int month = random.nextInt(8) == 0 ? random.nextInt(14) : 1 + random.nextInt(12);
    int day = random.nextInt(8) == 0 ? random.nextInt(33) : 1 + random.nextInt(28);
    if (random.nextInt(6) == 0) {
      month = 2;
      day = 28 + random.nextInt(3);
    }
    String text = String.format("%04d-%02d-%02d", year, month, day);
    return switch (random.nextInt(20)) {
      case 0 -> " " + text;
      case 1 -> text.replace('-', '/');
      case 2 -> text.substring(0, 9);
      case 3 -> text + "x";
      case 4 -> "0000-00-00";
      case 5 -> text.replace('0', 'O');
      case 6 -> String.format("%d-%d-%d", year, month, day);
      default -> text;
    };
  }

  /** Dates with times: 24:00, 60 minutes or seconds, zones, fractions, 12-hour clocks. */
  private static String dateTime(Random random) {
    String date = date(random);
    if (random.nextInt(8) == 0) {
      return date;
    }
    int hour = random.nextInt(10) == 0 ? 20 + random.nextInt(6) : random.nextInt(24);
    String time =
        (random.nextInt(15) == 0 ? String.valueOf(hour % 10) : String.format("%02d", hour))
            + ":"
            + String.format("%02d", random.nextInt(10) == 0 ? 55 + random.nextInt(8) : 0);
    if (random.nextBoolean()) {
      time += ":" + String.format("%02d", random.nextInt(62));
    }
    String suffix = pick(random, "", "", "", "", "Z", "+02:00", ".125", " PM", " x", ":");
    return date + pick(random, "T", " ", " ", "t", "_") + time + suffix;
  }

  /**
   * Plain decimals and every other form: many decimals, commas, thousands separators, signs,
   * currencies, spaces, too many digits, nothing at all.
   */
  private static String number(Random random) {
    String whole = random.nextInt(10) == 0 ? "" : digits(random, 1 + random.nextInt(4));
    if (random.nextInt(12) == 0) {
      whole = digits(random, 1 + random.nextInt(22));
    }
    if (random.nextInt(10) == 0 && whole.length() > 0) {
      whole = "0" + whole;
    }
    int decimals = random.nextInt(6) == 0 ? random.nextInt(25) : random.nextInt(5);
    String text =
        switch (random.nextInt(10)) {
          case 0 -> whole;
          case 1 -> whole + "," + digits(random, decimals);
          case 2 -> whole + "," + digits(random, 3) + "." + digits(random, 2);
          case 3 -> digits(random, 1 + random.nextInt(3)) + "." + digits(random, 3);
          default -> whole + "." + digits(random, decimals);
        };
    return switch (random.nextInt(24)) {
      case 0 -> "-" + text;
      case 1 -> "$" + text;
      case 2 -> "(" + text + ")";
      case 3 -> text + " ";
      case 4 -> text + "\u00A0€";
      case 5 -> "+" + text;
      case 6 -> text + ".";
      case 7 -> "";
      case 8 -> pick(random, "24", "24.0", "24.000001", "24.0000001", "0", "0.0000004", "1e3");
      case 9 -> pick(random, "999999999999.9999", "1000000000000", "999999999999.99995");
      default -> text;
    };
  }
}
