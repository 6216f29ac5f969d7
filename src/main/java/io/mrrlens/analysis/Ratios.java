package io.mrrlens.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Quotients of exact decimals, kept to 10 places (outputs round them to 2 or 4). */
final class Ratios {
  static final int SCALE = 10;

  private Ratios() {}

  /** a / b, or null when b is zero. */
  static BigDecimal of(BigDecimal a, BigDecimal b) {
    if (b.signum() == 0) {
      return null;
    }
    return a.divide(b, SCALE, RoundingMode.HALF_EVEN);
  }

  /** a / b, or null when b is zero or negative. */
  static BigDecimal ofPositive(BigDecimal a, BigDecimal b) {
    return b.signum() <= 0 ? null : of(a, b);
  }
}
