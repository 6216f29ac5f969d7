package io.mrrlens.analysis;

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
      if (value != null && value.scale() > scale) {
        scale = Math.max(scale, value.stripTrailingZeros().scale());
      }
    }
    return new MinorUnits(scale);
  }

  /** The value in units; exact (the scale covers every value it was made for). */
  public long units(BigDecimal value) {
    return value.movePointRight(scale).longValueExact();
  }

  /** The decimal a number of units stands for. */
  public BigDecimal decimal(long units) {
    return BigDecimal.valueOf(units, scale);
  }
}
