package io.mrrlens.importing;

import java.math.BigDecimal;

/**
 * An exact running sum of decimals (a file's accepted or rejected hours or amounts), kept as digits
 * in a {@code long} while they fit and as a BigDecimal after: its {@link #value} equals the sum of
 * the same BigDecimals from zero, scale included (the largest scale added).
 */
final class DecimalSum {
  private static final long[] POWERS_OF_TEN = new long[19];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private long digits;
  private int scale;

  /** The sum once the digits no longer fit a long, else null. */
  private BigDecimal big;

  /** Adds {@code digits * 10^-scale}. */
  void add(long digits, int scale) {
    if (big == null && scale >= 0) {
      int common = Math.max(this.scale, scale);
      long sum = plus(scaled(this.digits, common - this.scale), scaled(digits, common - scale));
      if (sum != Long.MIN_VALUE) {
        this.digits = sum;
        this.scale = common;
        return;
      }
    }
    big = value().add(BigDecimal.valueOf(digits, scale));
  }

  /** Adds a decimal. */
  void add(BigDecimal value) {
    if (big == null
        && value.scale() >= 0
        && value.scale() < POWERS_OF_TEN.length
        && value.unscaledValue().bitLength() < 63) {
      add(value.unscaledValue().longValue(), value.scale());
      return;
    }
    big = value().add(value);
  }

  /** Adds another sum. */
  void add(DecimalSum other) {
    if (other.big == null) {
      add(other.digits, other.scale);
    } else {
      add(other.big);
    }
  }

  /** The sum. */
  BigDecimal value() {
    return big != null ? big : BigDecimal.valueOf(digits, scale);
  }

  /** {@code digits * 10^shift}, or Long.MIN_VALUE when that does not fit. */
  private static long scaled(long digits, int shift) {
    if (digits == Long.MIN_VALUE || shift >= POWERS_OF_TEN.length) {
      return Long.MIN_VALUE;
    }
    long high = Math.multiplyHigh(digits, POWERS_OF_TEN[shift]);
    long low = digits * POWERS_OF_TEN[shift];
    return (high == 0 && low >= 0) || (high == -1 && low < 0) ? low : Long.MIN_VALUE;
  }

  /** {@code a + b}, or Long.MIN_VALUE when either is or the sum does not fit. */
  private static long plus(long a, long b) {
    if (a == Long.MIN_VALUE || b == Long.MIN_VALUE) {
      return Long.MIN_VALUE;
    }
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MIN_VALUE : sum;
  }
}
