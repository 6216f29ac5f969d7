package io.mrrlens.importing;

import io.mrrlens.model.ClientName;
import io.mrrlens.model.Rejection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The row being imported, read cell by cell: each accessor parses one column and records a located
 * {@link Rejection} when the value is missing or bad. One instance serves a whole file.
 */
final class Row {
  private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

  /**
   * Stands for an amount read as digits ({@link #amountDigits} at {@link #amountScale}), so that no
   * BigDecimal is made per row; the reset of the next row clears it with the amount.
   */
  private static final BigDecimal IN_DIGITS = new BigDecimal(0);

  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  /** The digits of the largest amount of money, a trillion, at scale 0. */
  private static final long MONEY_LIMIT_DIGITS = 1_000_000_000_000L;

  /** Decimal places kept of an amount of money; more are rounded half-up. */
  static final int MONEY_SCALE = 4;

  /** Decimal places kept of hours (3.6 ms); more are rounded half-up. */
  static final int HOURS_SCALE = Durations.SCALE;

  /** Amounts must be smaller than this in magnitude (a trillion). */
  static final BigDecimal MONEY_LIMIT = BigDecimal.TEN.pow(12);

  private final String file;
  private final List<Field> fields;
  private final int[] columnOf;
  private final DateParser dates;
  private final DecimalParser decimals;
  private final int amountField;
  private static final int WORDS_LIMIT = 10_000;
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> words = new HashMap<>();
  private final Map<String, long[]> spellings = new HashMap<>();
  private final List<Rejection> problems = new ArrayList<>();
  private int[] markColumns;
  private boolean[] computed;
  private long rounded;
  private String firstRounded;

  private CsvRow record;
  private String[] cells;
  private String[] columnNames;
  private long line;
  private BigDecimal amount;
  private long amountDigits;
  private int amountScale;
  private int scale;
  private int nano;
  private boolean amountUnreadable;

  Row(
      String file,
      List<Field> fields,
      int[] columnOf,
      DateParser dates,
      DecimalParser decimals,
      int amountField) {
    this.file = file;
    this.fields = fields;
    this.columnOf = columnOf;
    this.dates = dates;
    this.decimals = decimals;
    this.amountField = amountField;
    this.markColumns = columnOf;
  }

  /**
   * The header column each canonical column's value comes from, whose decimal mark settles values
   * like {@code 1,234} (when a profile fills the canonical columns).
   */
  void sourceColumns(int[] columns) {
    this.markColumns = columns;
  }

  /**
   * Marks the canonical columns whose values a profile computed (durations in hours, negated or
   * divided amounts): they are read without counting towards the file's decimal mark.
   */
  void computed(boolean[] columns) {
    this.computed = columns;
  }

  private DecimalParser decimals(int field) {
    return computed != null && field < computed.length && computed[field]
        ? decimals.silent()
        : decimals;
  }

  /** How many values had more decimals than kept and were rounded. */
  long rounded() {
    return rounded;
  }

  /** Where the first rounded value was, e.g. {@code line 3, hours "0.30000000000000004"}. */
  String firstRounded() {
    return firstRounded;
  }

  /**
   * Names the columns as rejections report them, e.g. the export's own column names when a profile
   * fills the canonical columns.
   */
  void named(String[] names) {
    this.columnNames = names;
  }

  void reset(CsvRow record, long line) {
    this.record = record;
    this.cells = null;
    this.line = line;
    this.amount = null;
    this.amountUnreadable = false;
    problems.clear();
  }

  /** A canonical row a profile made from an export row, one cell per field (null when blank). */
  void reset(String[] cells, long line) {
    this.cells = cells;
    this.record = null;
    this.line = line;
    this.amount = null;
    this.amountUnreadable = false;
    problems.clear();
  }

  long line() {
    return line;
  }

  List<Rejection> problems() {
    return problems;
  }

  /** The parsed value of the reconciled column, or null. */
  BigDecimal amount() {
    return amount == IN_DIGITS ? BigDecimal.valueOf(amountDigits, amountScale) : amount;
  }

  /** Adds the parsed value of the reconciled column, if any, to {@code sum}. */
  void addAmountTo(DecimalSum sum) {
    if (amount == IN_DIGITS) {
      sum.add(amountDigits, amountScale);
    } else if (amount != null) {
      sum.add(amount);
    }
  }

  /** True when the reconciled column held a value that did not parse. */
  boolean amountUnreadable() {
    return amountUnreadable;
  }

  /**
   * Takes in what another row of the same file counted (its second part, read apart): client
   * spellings and rounded values, the first rounding of this row's part first.
   */
  void absorb(Row other) {
    other.spellings.forEach(
        (name, count) -> spellings.computeIfAbsent(name, n -> new long[1])[0] += count[0]);
    if (rounded == 0) {
      firstRounded = other.firstRounded;
    }
    rounded += other.rounded;
  }

  /** How often each normalised client spelling occurred in accepted and rejected rows. */
  Map<String, Long> spellings() {
    Map<String, Long> counts = new HashMap<>();
    spellings.forEach((name, count) -> counts.put(name, count[0]));
    return counts;
  }

  /** The raw cell, untrimmed; empty when the column is absent or the row is short. */
  String raw(int field) {
    if (cells != null) {
      String cell = cells[field];
      return cell == null ? "" : cell;
    }
    int column = columnOf[field];
    if (column < 0 || column >= record.size()) {
      return "";
    }
    return record.get(column);
  }

  /** The trimmed cell, or null when absent or blank. */
  String text(int field) {
    String raw = raw(field);
    if (raw.isEmpty()) {
      return null;
    }
    String value = raw.strip();
    return value.isEmpty() ? null : value;
  }

  /**
   * The trimmed cell of a column with few distinct values (priority, type, technician), shared
   * between rows; null when absent or blank.
   */
  String word(int field) {
    String value = text(field);
    if (value == null) {
      return null;
    }
    String shared = words.get(value);
    if (shared != null) {
      return shared;
    }
    if (words.size() < WORDS_LIMIT) {
      words.put(value, value);
    }
    return value;
  }

  /** The trimmed cell; a blank one is recorded as a problem and null returned. */
  String required(int field) {
    String value = text(field);
    if (value == null) {
      problems.add(new Rejection(file, line, name(field), null, "is empty but required"));
    }
    return value;
  }

  /** A required client name, normalised (trimmed, whitespace collapsed). */
  String client(int field) {
    String raw = required(field);
    if (raw == null) {
      return null;
    }
    String name = names.get(raw);
    if (name == null) {
      name = ClientName.normalize(raw);
      names.put(raw, name);
    }
    spellings.computeIfAbsent(name, n -> new long[1])[0]++;
    return name;
  }

  void reject(int field, String problem) {
    problems.add(new Rejection(file, line, name(field), text(field), problem));
  }

  private void bad(int field, String value, String problem) {
    problems.add(new Rejection(file, line, name(field), value, problem));
  }

  LocalDate date(int field, boolean required) {
    LocalDateTime value = dateTime(field, required);
    return value == null ? null : value.toLocalDate();
  }

  LocalDateTime dateTime(int field, boolean required) {
    String value = text(field);
    if (value != null && DateParser.isNoDate(value)) {
      if (required) {
        bad(field, value, "is no date (" + value + " stands for none) but a date is required");
      }
      return null;
    }
    if (required) {
      value = required(field);
    }
    if (value == null) {
      return null;
    }
    try {
      return dates.dateTime(value);
    } catch (ValueException e) {
      bad(field, value, e.problem());
      return null;
    }
  }

  /**
   * The date as {@link #date} reads it, as an epoch day, without a {@link LocalDate} for a plain
   * ISO date; {@link DateParser#NO_DAY} when blank or bad (the problem recorded).
   */
  long epochDay(int field, boolean required) {
    String value = text(field);
    if (value != null) {
      long day = DateParser.isoEpochDay(value);
      if (day != DateParser.NO_DAY) {
        return day;
      }
    }
    LocalDate date = date(field, required);
    return date == null ? DateParser.NO_DAY : date.toEpochDay();
  }

  /**
   * The date-time as {@link #dateTime} reads it, as seconds since the epoch (the wall time taken as
   * UTC; its nanoseconds in {@link #nano}), without a {@link LocalDateTime} for a plain ISO value;
   * {@link DateParser#NO_SECOND} when blank or bad (the problem recorded).
   */
  long epochSecond(int field, boolean required) {
    nano = 0;
    String value = text(field);
    if (value != null) {
      long second = DateParser.isoEpochSecond(value);
      if (second != DateParser.NO_SECOND) {
        return second;
      }
    }
    LocalDateTime time = dateTime(field, required);
    if (time == null) {
      return DateParser.NO_SECOND;
    }
    nano = time.getNano();
    return time.toEpochSecond(ZoneOffset.UTC);
  }

  /** The nanoseconds of the date-time {@link #epochSecond} read last. */
  int nano() {
    return nano;
  }

  /** True when the cell holds a time of day after its date. */
  boolean hasTime(int field) {
    String value = text(field);
    return value != null && value.length() > 10 && value.indexOf(':') > 0;
  }

  BigDecimal money(int field, boolean required) {
    String value = required ? required(field) : text(field);
    if (value == null) {
      return null;
    }
    BigDecimal amount;
    try {
      amount = decimals(field).money(value, markColumn(field));
    } catch (ValueException e) {
      untracked(field);
      bad(field, value, e.problem());
      return null;
    }
    if (amount.abs().compareTo(MONEY_LIMIT) >= 0
        || amount.setScale(MONEY_SCALE, RoundingMode.HALF_UP).abs().compareTo(MONEY_LIMIT) >= 0) {
      untracked(field);
      bad(field, value, "is too large: amounts must be below 1,000,000,000,000 in magnitude");
      return null;
    }
    return track(field, kept(field, value, amount, MONEY_SCALE));
  }

  /** The value with at most {@code scale} decimals, rounded half-up; a rounding is counted. */
  private BigDecimal kept(int field, String text, BigDecimal value, int scale) {
    if (value.scale() <= scale) {
      return value;
    }
    if (rounded++ == 0) {
      firstRounded = "line " + line + ", " + name(field) + " \"" + text + "\"";
    }
    return value.setScale(scale, RoundingMode.HALF_UP);
  }

  /**
   * Money as {@link #money} reads it, as digits at {@link #scale}, without a BigDecimal for a plain
   * value; scale -1 when blank or unreadable (the problem recorded).
   */
  long moneyDigits(int field, boolean required) {
    String value = text(field);
    if (value != null) {
      long digits = decimals(field).plainMoney(value);
      int decimals = DecimalParser.plainScale(value);
      if (digits != DecimalParser.NOT_PLAIN
          && decimals <= MONEY_SCALE
          && digits < MONEY_LIMIT_DIGITS * POWERS_OF_TEN[decimals]) {
        return read(field, digits, decimals);
      }
    }
    return digitsOf(money(field, required));
  }

  /**
   * Hours as {@link #hours} reads them, as digits at {@link #scale}, without a BigDecimal for a
   * plain value; scale -1 when blank or unreadable (the problem recorded).
   */
  long hoursDigits(int field) {
    String value = text(field);
    if (value != null) {
      long digits = decimals(field).plainNumber(value);
      int decimals = DecimalParser.plainScale(value);
      if (digits > 0 && decimals <= HOURS_SCALE && digits <= 24 * POWERS_OF_TEN[decimals]) {
        return read(field, digits, decimals);
      }
    }
    return digitsOf(hours(field));
  }

  /** The scale of the digits {@link #hoursDigits} or {@link #moneyDigits} returned last. */
  int scale() {
    return scale;
  }

  private long read(int field, long digits, int decimals) {
    if (field == amountField) {
      amount = IN_DIGITS;
      amountDigits = digits;
      amountScale = decimals;
    }
    scale = decimals;
    return digits;
  }

  /** The digits of a value read as a BigDecimal; scale -1 for null or one no long holds. */
  private long digitsOf(BigDecimal value) {
    if (value == null || value.scale() < 0 || value.unscaledValue().bitLength() > 63) {
      scale = -1;
      return 0;
    }
    scale = value.scale();
    return value.unscaledValue().longValue();
  }

  private int markColumn(int field) {
    return markColumns == null || field >= markColumns.length ? -1 : markColumns[field];
  }

  /** Hours: a plain decimal in (0, 24]. */
  BigDecimal hours(int field) {
    String value = required(field);
    if (value == null) {
      return null;
    }
    BigDecimal hours;
    try {
      hours = track(field, kept(field, value, decimals(field).number(value), HOURS_SCALE));
    } catch (ValueException e) {
      untracked(field);
      bad(field, value, e.problem());
      return null;
    }
    if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
      bad(field, value, "is not in (0, 24]");
    }
    return hours;
  }

  /** A whole number of at least 0, e.g. endpoints; null when blank. */
  Integer count(int field) {
    String value = text(field);
    if (value == null) {
      return null;
    }
    try {
      BigDecimal number = decimals(field).whole(value, markColumn(field));
      if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
        bad(field, value, "is not a whole number of 0 or more");
        return null;
      }
      return number.intValueExact();
    } catch (ValueException | ArithmeticException e) {
      bad(field, value, "is not a whole number of 0 or more");
      return null;
    }
  }

  /** A boolean in any accepted spelling; {@code otherwise} when blank. */
  boolean bool(int field, boolean otherwise) {
    String value = text(field);
    if (value == null) {
      return otherwise;
    }
    Boolean parsed = Booleans.parse(value);
    if (parsed == null) {
      bad(field, value, "is not " + Booleans.ACCEPTED);
      return otherwise;
    }
    return parsed;
  }

  /** One of a set of values; null when blank. */
  <E extends Enum<E>> E choice(int field, Choices<E> choices) {
    String value = text(field);
    if (value == null) {
      return null;
    }
    E found = choices.find(value);
    if (found == null) {
      bad(field, value, "is not one of " + choices.allowed());
    }
    return found;
  }

  private BigDecimal track(int field, BigDecimal value) {
    if (field == amountField) {
      amount = value;
    }
    return value;
  }

  private void untracked(int field) {
    if (field == amountField) {
      amountUnreadable = true;
    }
  }

  private String name(int field) {
    return columnNames != null ? columnNames[field] : fields.get(field).name();
  }
}
