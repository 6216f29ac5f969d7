package io.mrrlens.importing;

import io.mrrlens.model.Tickets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Reads dates and date-times. ISO ({@code 2026-10-31}, {@code 2026-10-31T14:05[:ss]}, {@code
 * 2026-10-31 14:05}, with an optional zone that is dropped: the wall time is kept as written) is
 * always accepted; one other pattern may be set, either given by the user or detected per file.
 */
final class DateParser {
  private final String pattern;
  private final DatePattern detected;
  private final DateTimeFormatter[] formatters;
  private final boolean sniff;

  private DateParser(
      String pattern, DatePattern detected, DateTimeFormatter[] formatters, boolean sniff) {
    this.pattern = pattern;
    this.detected = detected;
    this.formatters = formatters;
    this.sniff = sniff;
  }

  /**
   * ISO until the first date-like value in another pattern, which makes {@link #dateTime} throw
   * {@link UndecidedPatternException} so the file's pattern can be detected.
   */
  static DateParser isoOnly() {
    return new DateParser(null, null, null, true);
  }

  /** ISO only, for a file whose other values fit no known pattern. */
  static DateParser isoStrict() {
    return new DateParser(null, null, null, false);
  }

  /** ISO plus a detected pattern. */
  static DateParser detected(DatePattern pattern) {
    return new DateParser(pattern.javaPattern(), pattern, null, false);
  }

  /**
   * ISO plus a user pattern in {@link DateTimeFormatter} syntax, e.g. {@code MM/dd/yyyy}; a time of
   * day may follow the date ({@code H:mm[:ss]} or {@code h:mm[:ss] a}).
   *
   * @throws IllegalArgumentException when the pattern is not a valid pattern
   */
  static DateParser explicit(String pattern) {
    DateTimeFormatter date = formatter(pattern, "");
    DateTimeFormatter time24 = formatter(pattern, "[ ]['T']H:mm[:ss]");
    DateTimeFormatter time12 = formatter(pattern, " h:mm[:ss] a");
    return new DateParser(pattern, null, new DateTimeFormatter[] {date, time24, time12}, false);
  }

  private static DateTimeFormatter formatter(String pattern, String timeSuffix) {
    // STRICT: 02/30/2026 is rejected, not moved to the 28th; the era default lets yyyy resolve.
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .appendPattern(timeSuffix)
        .parseDefaulting(ChronoField.ERA, 1)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** The pattern in use besides ISO, or "ISO" when none. */
  String describe() {
    if (pattern == null) {
      return "ISO";
    }
    return detected != null ? pattern + " (detected)" : pattern;
  }

  /** A date; a time of day, when present, is dropped. */
  LocalDate date(String text) throws ValueException {
    return dateTime(text).toLocalDate();
  }

  /** A date-time; a date alone is taken as midnight. */
  LocalDateTime dateTime(String text) throws ValueException {
    if (text.length() > DecimalParser.MAX_LENGTH
        && text.strip().length() > DecimalParser.MAX_LENGTH) {
      throw new ValueException(
          "is too long for a date (at most "
              + DecimalParser.MAX_LENGTH
              + " characters: is the column right?)");
    }
    String s = text.strip();
    LocalDateTime iso = iso(s);
    if (iso != null) {
      return iso;
    }
    if (detected != null) {
      LocalDateTime value = detected.parse(s);
      if (value != null) {
        return value;
      }
      throw new ValueException("is not a date in the form " + pattern);
    }
    if (formatters != null) {
      return explicitParse(s);
    }
    if (sniff && DatePattern.looksLikeDate(s)) {
      throw new UndecidedPatternException();
    }
    throw new ValueException("is not a date (expected YYYY-MM-DD)");
  }

  private LocalDateTime explicitParse(String s) throws ValueException {
    try {
      return LocalDate.parse(s, formatters[0]).atStartOfDay();
    } catch (DateTimeParseException e) {
      for (int i = 1; i < formatters.length; i++) {
        try {
          return LocalDateTime.parse(s, formatters[i]);
        } catch (DateTimeParseException ignored) {
          // try the next form
        }
      }
    }
    throw new ValueException("is not a date in the form " + pattern);
  }

  /**
   * True for the zero date some systems write for "no date" (Invoice Ninja v4 due dates, MySQL):
   * {@code 0000-00-00}, with or without a zero time ({@code 0000-00-00 00:00:00}).
   */
  static boolean isNoDate(String text) {
    if (!text.startsWith("0000-00-00") || text.length() > 30) {
      return false;
    }
    for (int i = 10; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '0' && c != ':' && c != ' ' && c != 'T' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** The ISO forms, or null when the text is not ISO-shaped; throws when ISO-shaped but invalid. */
  static LocalDateTime iso(String s) throws ValueException {
    int n = s.length();
    if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-' || !digits(s, 0, 4)) {
      return null;
    }
    if (!digits(s, 5, 7) || !digits(s, 8, 10)) {
      return null;
    }
    LocalDate date = day(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));
    if (n == 10) {
      return date.atStartOfDay();
    }
    char sep = s.charAt(10);
    if (sep != 'T' && sep != ' ') {
      return null;
    }
    LocalTime time = timeOfDay(s, 11);
    if (time == null) {
      throw new ValueException("is not a valid date-time");
    }
    return date.atTime(time);
  }

  /** What {@link #isoEpochDay} returns for a text it does not read. */
  static final long NO_DAY = Long.MIN_VALUE;

  /** What {@link #isoEpochSecond} returns for a text it does not read. */
  static final long NO_SECOND = Tickets.NONE;

  private static final int SECONDS_PER_DAY = 86_400;

  /** Days from 0000-01-01 to 1970-01-01, as {@link LocalDate#toEpochDay} counts them. */
  private static final long DAYS_0000_TO_1970 = 719_528L;

  /**
   * The epoch day of a valid plain ISO date ({@code 2026-10-31}, nothing around it) without making
   * a {@link LocalDate}: the day {@link #dateTime} reads from it. {@link #NO_DAY} for any other
   * text, left to {@link #dateTime} to read or reject.
   */
  static long isoEpochDay(String s) {
    return s.length() == 10 ? dayAtStart(s) : NO_DAY;
  }

  /**
   * The seconds since the epoch (the wall time taken as UTC) of a valid plain ISO date or date-time
   * ({@code 2026-10-31}, {@code 2026-10-31T14:05}, {@code 2026-10-31 14:05:09}, nothing around it)
   * without making a {@link LocalDateTime}: the time {@link #dateTime} reads from it. {@link
   * #NO_SECOND} for any other text (a zone, a fraction, 24:00), left to {@link #dateTime}.
   */
  static long isoEpochSecond(String s) {
    int n = s.length();
    if (n != 10 && n != 16 && n != 19) {
      return NO_SECOND;
    }
    long day = dayAtStart(s);
    if (day == NO_DAY) {
      return NO_SECOND;
    }
    if (n == 10) {
      return day * SECONDS_PER_DAY;
    }
    char sep = s.charAt(10);
    if ((sep != 'T' && sep != ' ')
        || s.charAt(13) != ':'
        || !digits(s, 11, 13)
        || !digits(s, 14, 16)
        || (n == 19 && (s.charAt(16) != ':' || !digits(s, 17, 19)))) {
      return NO_SECOND;
    }
    int hour = num(s, 11, 13);
    int minute = num(s, 14, 16);
    int second = n == 19 ? num(s, 17, 19) : 0;
    if (hour > 23 || minute > 59 || second > 59) {
      return NO_SECOND;
    }
    return day * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second;
  }

  /** The epoch day of a valid {@code yyyy-MM-dd} in the first ten characters, else NO_DAY. */
  private static long dayAtStart(String s) {
    if (s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || !digits(s, 0, 4)
        || !digits(s, 5, 7)
        || !digits(s, 8, 10)) {
      return NO_DAY;
    }
    int year = num(s, 0, 4);
    int month = num(s, 5, 7);
    int day = num(s, 8, 10);
    if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return NO_DAY;
    }
    // LocalDate.toEpochDay for a year of 0 or more
    long days = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    days += (367 * month - 362) / 12 + day - 1;
    if (month > 2) {
      days -= isLeap(year) ? 1 : 2;
    }
    return days - DAYS_0000_TO_1970;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isLeap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  // Books repeat the same days and minutes; sharing the objects saves time and memory.
  private static final int FIRST_CACHED_YEAR = 1950;
  private static final LocalDate[] DAYS = new LocalDate[150 * 12 * 31];
  private static final LocalTime[] MINUTES = new LocalTime[24 * 60];

  /** The day, shared for years 1950-2099. */
  private static LocalDate day(int year, int month, int dayOfMonth) throws ValueException {
    int index = ((year - FIRST_CACHED_YEAR) * 12 + month - 1) * 31 + dayOfMonth - 1;
    boolean cacheable =
        year >= FIRST_CACHED_YEAR
            && index < DAYS.length
            && month >= 1
            && month <= 12
            && dayOfMonth >= 1
            && dayOfMonth <= 31;
    LocalDate cached = cacheable ? DAYS[index] : null;
    if (cached != null) {
      return cached;
    }
    try {
      LocalDate date = LocalDate.of(year, month, dayOfMonth);
      if (cacheable) {
        DAYS[index] = date;
      }
      return date;
    } catch (DateTimeException e) {
      throw new ValueException("is not a valid date");
    }
  }

  private static LocalTime time(int hour, int minute, int second) {
    if (second != 0) {
      return LocalTime.of(hour, minute, second);
    }
    int index = hour * 60 + minute;
    LocalTime cached = MINUTES[index];
    if (cached == null) {
      cached = LocalTime.of(hour, minute);
      MINUTES[index] = cached;
    }
    return cached;
  }

  /**
   * {@code HH:mm[:ss[.fraction]]} from {@code from}, then an optional zone ({@code Z}, {@code
   * +hh:mm}, {@code +hhmm}, {@code +hh}) that is ignored. Null when malformed.
   */
  static LocalTime timeOfDay(String s, int from) {
    int n = s.length();
    int i = from;
    int hourEnd = i;
    while (hourEnd < n && hourEnd - i < 2 && Character.isDigit(s.charAt(hourEnd))) {
      hourEnd++;
    }
    if (hourEnd == i
        || hourEnd + 3 > n
        || s.charAt(hourEnd) != ':'
        || !digits(s, hourEnd + 1, hourEnd + 3)) {
      return null;
    }
    int hour = num(s, i, hourEnd);
    int minute = num(s, hourEnd + 1, hourEnd + 3);
    int second = 0;
    i = hourEnd + 3;
    if (i < n && s.charAt(i) == ':') {
      if (!digits(s, i + 1, i + 3)) {
        return null;
      }
      second = num(s, i + 1, i + 3);
      i += 3;
      if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
        i++;
        while (i < n && Character.isDigit(s.charAt(i))) {
          i++;
        }
      }
    }
    String rest = s.substring(i).strip();
    if (!rest.isEmpty()) {
      String upper = rest.toUpperCase(Locale.ROOT);
      if (upper.equals("AM") || upper.equals("PM")) {
        if (hour < 1 || hour > 12) {
          return null;
        }
        hour = hour % 12 + (upper.equals("PM") ? 12 : 0);
      } else if (!isZone(rest)) {
        return null;
      }
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    return time(hour, minute, second);
  }

  private static boolean isZone(String z) {
    if (z.equals("Z") || z.equals("UTC")) {
      return true;
    }
    if (z.charAt(0) != '+' && z.charAt(0) != '-') {
      return false;
    }
    String digits = z.substring(1).replace(":", "");
    return (digits.length() == 2 || digits.length() == 4) && digits(digits, 0, digits.length());
  }

  static boolean digits(String s, int from, int to) {
    if (to > s.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static int num(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }
}
