package io.mrrlens.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads a duration as time trackers write it, as hours: decimal hours ({@code 1.5}), {@code H:MM},
 * {@code H:MM:SS}, or a number of minutes or seconds. A duration that is not a whole number of
 * hundredths of an hour (20 minutes) is rounded to 6 decimal places, under 4 ms.
 */
final class Durations {
  static final int SCALE = 6;
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

  private Durations() {}

  static BigDecimal hours(String text, FieldRule.Duration unit, DecimalParser decimals)
      throws ValueException {
    String s = text.strip();
    if (s.indexOf(':') >= 0) {
      return clock(s);
    }
    BigDecimal number = decimals.number(s);
    return switch (unit) {
      case HOURS -> number;
      case MINUTES -> exact(number.divide(MINUTES_PER_HOUR, SCALE, RoundingMode.HALF_UP));
      case SECONDS -> exact(number.divide(SECONDS_PER_HOUR, SCALE, RoundingMode.HALF_UP));
    };
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
