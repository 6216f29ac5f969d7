package io.mrrlens.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Reads a duration as time trackers write it, as hours: decimal hours ({@code 1.5}, {@code 1,5}),
 * {@code H:MM}, {@code H:MM:SS}, or a number of minutes or seconds. A duration that is not a whole
 * number of hundredths of an hour (20 minutes) is rounded half-up to 6 decimal places, under 4 ms.
 *
 * <p>A column whose unit is {@code auto} is read by its header and values: a header naming seconds
 * ({@code Duration (s)}, {@code Sekunden}) or minutes ({@code Minutes}, {@code (min)}) gives the
 * unit; otherwise a column whose plain numbers are all whole and mostly above 24 holds seconds
 * (Kimai 1.x), and any other column decimal hours. {@code H:MM} and {@code H:MM:SS} values are read
 * as such in any column.
 */
final class Durations {
  static final int SCALE = 6;
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
  private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

  /** The forms a duration may take, as {@code check} names them. */
  enum Form {
    DECIMAL_HOURS("decimal hours"),
    CLOCK("H:MM"),
    CLOCK_SECONDS("H:MM:SS"),
    MINUTES("minutes"),
    SECONDS("seconds");

    final String label;

    Form(String label) {
      this.label = label;
    }
  }

  private Durations() {}

  /**
   * The duration in hours.
   *
   * @param unit the unit of plain numbers; {@code AUTO} reads them as hours unless they are whole
   *     and above 24, which throws {@link UndecidedNumbersException} (the column's unit is then
   *     decided from all its values)
   */
  static BigDecimal hours(String text, FieldRule.Duration unit, DecimalParser decimals)
      throws ValueException {
    String s = text.strip();
    if (s.indexOf(':') >= 0) {
      return clock(s);
    }
    BigDecimal number = decimals.number(s);
    FieldRule.Duration effective = unit;
    if (unit == FieldRule.Duration.AUTO) {
      if (isWhole(s) && number.compareTo(HOURS_PER_DAY) > 0) {
        throw new UndecidedNumbersException();
      }
      effective = FieldRule.Duration.HOURS;
    }
    return switch (effective) {
      case HOURS, AUTO -> number;
      case MINUTES -> exact(number.divide(MINUTES_PER_HOUR, SCALE, RoundingMode.HALF_UP));
      case SECONDS -> exact(number.divide(SECONDS_PER_HOUR, SCALE, RoundingMode.HALF_UP));
    };
  }

  /** The form of a value read in {@code unit} (never {@code AUTO}). */
  static Form form(String text, FieldRule.Duration unit) {
    int colons = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ':') {
        colons++;
      }
    }
    if (colons > 0) {
      return colons == 1 ? Form.CLOCK : Form.CLOCK_SECONDS;
    }
    return switch (unit) {
      case MINUTES -> Form.MINUTES;
      case SECONDS -> Form.SECONDS;
      default -> Form.DECIMAL_HOURS;
    };
  }

  /** The unit a header names ({@code Duration (s)}, {@code Minuten}), or null when none. */
  static FieldRule.Duration unitOfHeader(String header) {
    String h = header.toLowerCase(Locale.ROOT);
    if (h.contains("second")
        || h.contains("sekunde")
        || h.contains("seconde")
        || h.contains("segundo")
        || h.contains("secondi")
        || h.endsWith("(s)")
        || h.endsWith("(sec)")) {
      return FieldRule.Duration.SECONDS;
    }
    if (h.contains("minute")
        || h.contains("minuten")
        || h.contains("minuto")
        || h.endsWith("(min)")
        || h.endsWith("(m)")) {
      return FieldRule.Duration.MINUTES;
    }
    return null;
  }

  /** Survey of one auto column: its plain numbers, whole or not, and how many are above 24. */
  static final class Survey {
    private boolean fraction;
    private long whole;
    private long above24;

    void see(String cell) {
      String s = cell.strip();
      if (s.isEmpty() || s.indexOf(':') >= 0 || s.length() > DecimalParser.MAX_LENGTH) {
        return;
      }
      if (isWhole(s)) {
        BigDecimal value = new BigDecimal(s);
        if (value.signum() > 0) {
          whole++;
          if (value.compareTo(HOURS_PER_DAY) > 0) {
            above24++;
          }
        }
      } else {
        fraction = true;
      }
    }

    /**
     * Seconds when every plain number is whole and more than half of those above 0 are above 24
     * (one stray 25 in a column of hours stays an error to see); else hours.
     */
    FieldRule.Duration decide() {
      return !fraction && above24 * 2 > whole
          ? FieldRule.Duration.SECONDS
          : FieldRule.Duration.HOURS;
    }
  }

  private static boolean isWhole(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code H:MM} or {@code H:MM:SS}, minutes and seconds below 60. */
  private static BigDecimal clock(String s) throws ValueException {
    String[] parts = s.split(":", -1);
    if (parts.length < 2 || parts.length > 3) {
      throw new ValueException("is not a duration (hours, H:MM or H:MM:SS)");
    }
    long seconds = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean digits = !part.isEmpty() && part.chars().allMatch(Character::isDigit);
      if (!digits
          || part.length() > 9
          || (i > 0 && (part.length() != 2 || part.compareTo("60") >= 0))) {
        throw new ValueException("is not a duration (hours, H:MM or H:MM:SS)");
      }
      seconds = seconds * 60 + Long.parseLong(part);
    }
    if (parts.length == 2) {
      seconds *= 60;
    }
    return exact(BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, SCALE, RoundingMode.HALF_UP));
  }

  private static BigDecimal exact(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
