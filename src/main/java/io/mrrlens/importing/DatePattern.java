package io.mrrlens.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The non-ISO date patterns a file's dates are tested against when no {@code --date-format} is set.
 * A time of day ({@code H:mm[:ss]}, {@code h:mm[:ss] AM}) may follow the date.
 */
enum DatePattern {
  MONTH_DAY_YEAR("M/d/yyyy", '/', Order.MDY),
  DAY_MONTH_YEAR("d/M/yyyy", '/', Order.DMY),
  DAY_MONTH_YEAR_DOT("d.M.yyyy", '.', Order.DMY),
  MONTH_DAY_YEAR_DASH("M-d-yyyy", '-', Order.MDY),
  DAY_MONTH_YEAR_DASH("d-M-yyyy", '-', Order.DMY),
  YEAR_MONTH_DAY_SLASH("yyyy/M/d", '/', Order.YMD),
  MONTH_NAME_DAY_YEAR("MMM d, yyyy", ' ', Order.NAME_MDY),
  DAY_MONTH_NAME_YEAR("d MMM yyyy", ' ', Order.NAME_DMY);

  private enum Order {
    MDY,
    DMY,
    YMD,
    NAME_MDY,
    NAME_DMY
  }

  private static final Pattern NAME_MDY =
      Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})(.*)");
  private static final Pattern NAME_DMY =
      Pattern.compile("(\\d{1,2})[ -]([A-Za-z]{3,9})\\.?[ -](\\d{4})(.*)");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));
  private static final String[] FULL_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  private final String javaPattern;
  private final char separator;
  private final Order order;

  DatePattern(String javaPattern, char separator, Order order) {
    this.javaPattern = javaPattern;
    this.separator = separator;
    this.order = order;
  }

  /** The pattern in {@code --date-format} syntax. */
  String javaPattern() {
    return javaPattern;
  }

  /** The date-time the text stands for in this pattern, or null when it does not fit. */
  LocalDateTime parse(String s) {
    try {
      return switch (order) {
        case NAME_MDY -> named(NAME_MDY.matcher(s), 2, 1);
        case NAME_DMY -> named(NAME_DMY.matcher(s), 1, 2);
        default -> numeric(s);
      };
    } catch (DateTimeException e) {
      return null;
    }
  }

  private LocalDateTime numeric(String s) {
    int end = 0;
    while (end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != 'T') {
      end++;
    }
    String date = s.substring(0, end);
    int first = date.indexOf(separator);
    int second = first < 0 ? -1 : date.indexOf(separator, first + 1);
    if (first <= 0 || second <= first + 1 || second == date.length() - 1) {
      return null;
    }
    if (date.indexOf(separator, second + 1) >= 0) {
      return null;
    }
    String a = date.substring(0, first);
    String b = date.substring(first + 1, second);
    String c = date.substring(second + 1);
    if (!allDigits(a) || !allDigits(b) || !allDigits(c)) {
      return null;
    }
    int year;
    int month;
    int day;
    if (order == Order.YMD) {
      if (a.length() != 4 || b.length() > 2 || c.length() > 2) {
        return null;
      }
      year = Integer.parseInt(a);
      month = Integer.parseInt(b);
      day = Integer.parseInt(c);
    } else {
      if (c.length() != 4 || a.length() > 2 || b.length() > 2) {
        return null;
      }
      year = Integer.parseInt(c);
      month = Integer.parseInt(order == Order.MDY ? a : b);
      day = Integer.parseInt(order == Order.MDY ? b : a);
    }
    return withTime(LocalDate.of(year, month, day), s.substring(end));
  }

  private static LocalDateTime named(Matcher m, int dayGroup, int monthGroup) {
    if (!m.matches()) {
      return null;
    }
    Integer month = monthNumber(m.group(monthGroup));
    if (month == null) {
      return null;
    }
    LocalDate date =
        LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(dayGroup)));
    return withTime(date, m.group(4));
  }

  private static Integer monthNumber(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    Integer month = MONTHS.get(lower);
    if (month != null) {
      return month;
    }
    for (int i = 0; i < FULL_MONTHS.length; i++) {
      if (FULL_MONTHS[i].equals(lower)) {
        return i + 1;
      }
    }
    return null;
  }

  private static LocalDateTime withTime(LocalDate date, String rest) {
    String time = rest.strip();
    if (time.isEmpty()) {
      return date.atStartOfDay();
    }
    if (time.charAt(0) == 'T') {
      time = time.substring(1);
    }
    LocalTime t = DateParser.timeOfDay(time, 0);
    return t == null ? null : date.atTime(t);
  }

  private static boolean allDigits(String s) {
    return !s.isEmpty() && DateParser.digits(s, 0, s.length());
  }

  /** True when some pattern reads the text. */
  static boolean looksLikeDate(String s) {
    for (DatePattern p : values()) {
      if (p.parse(s) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The pattern that reads the most values, or null when none reads any.
   *
   * @throws AmbiguousDatesException when month-first and day-first read the values equally well
   */
  static DatePattern decide(Collection<String> values) {
    int[] fits = new int[values().length];
    for (String value : values) {
      for (DatePattern p : values()) {
        if (p.parse(value) != null) {
          fits[p.ordinal()]++;
        }
      }
    }
    DatePattern best = null;
    for (DatePattern p : values()) {
      if (fits[p.ordinal()] > 0 && (best == null || fits[p.ordinal()] > fits[best.ordinal()])) {
        best = p;
      }
    }
    if (best == null) {
      return null;
    }
    for (DatePattern p : values()) {
      if (p != best && p.separator == best.separator && fits[p.ordinal()] == fits[best.ordinal()]) {
        throw new AmbiguousDatesException(first(best, p), second(best, p), values.size());
      }
    }
    return best;
  }

  private static DatePattern first(DatePattern a, DatePattern b) {
    return a.ordinal() < b.ordinal() ? a : b;
  }

  private static DatePattern second(DatePattern a, DatePattern b) {
    return a.ordinal() < b.ordinal() ? b : a;
  }

  /** Month-first and day-first fit the same values; the user has to say which. */
  static final class AmbiguousDatesException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final DatePattern one;
    final DatePattern other;

    AmbiguousDatesException(DatePattern one, DatePattern other, int count) {
      super("every date fits both " + one.javaPattern + " and " + other.javaPattern);
      this.one = one;
      this.other = other;
    }
  }
}
