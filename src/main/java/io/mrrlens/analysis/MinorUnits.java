package io.mrrlens.analysis;

import io.mrrlens.model.DecimalColumn;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * Exact decimals as whole numbers of a fixed smallest unit, for the long columns of the analysis
 * tables: money in cents (or finer when the books hold finer amounts), hours in hundredths (or
 * finer). Sums of these longs are exact; {@link #decimal} turns a sum back into a decimal.
 *
 * @param scale the number of decimal places one unit stands for (2: cents)
 */
public record MinorUnits(int scale) {

  /** The finest scale any of the values needs, and at least {@code minimum}. */
  public static MinorUnits covering(Collection<BigDecimal> values, int minimum) {
    int scale = minimum;
    for (BigDecimal value : values) {
      scale = covering(scale, value);
    }
    return new MinorUnits(scale);
  }

  /** The finer of {@code scale} and the one the value needs (null needs none). */
  static int covering(int scale, BigDecimal value) {
    if (value != null && value.scale() > scale) {
      return Math.max(scale, value.stripTrailingZeros().scale());
    }
    return scale;
  }

  /** As {@link #covering(Collection, int)}, over a column of decimals. */
  public static MinorUnits covering(DecimalColumn values, int minimum) {
    int scale = minimum;
    for (int i = 0; i < values.size(); i++) {
      if (values.scale(i) > scale) {
        scale = Math.max(scale, values.neededScale(i));
      }
    }
    return new MinorUnits(scale);
  }

  /** The value in units; exact (the scale covers every value it was made for). */
  public long units(BigDecimal value) {
    return value.movePointRight(scale).longValueExact();
  }

  /**
   * {@code a + b}, exact: a sum beyond the range of a long fails with a clear {@link
   * AnalysisException} instead of wrapping around to a wrong figure.
   */
  public static long add(long a, long b) {
    long sum = a + b;
    if (((a ^ sum) & (b ^ sum)) < 0) {
      throw overflow();
    }
    return sum;
  }

  /** {@code a * b}, exact, like {@link #add}. */
  public static long multiply(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      throw overflow();
    }
  }

  private static AnalysisException overflow() {
    return new AnalysisException(
        "the books' sums are too large to compute exactly (beyond 9,223,372,036,854,775,807"
            + " smallest units)",
        "check the books for amounts or hours far beyond the business's: mrrlens check shows each"
            + " file's sums");
  }

  /** The decimal a number of units stands for. */
  public BigDecimal decimal(long units) {
    return BigDecimal.valueOf(units, scale);
  }
}
