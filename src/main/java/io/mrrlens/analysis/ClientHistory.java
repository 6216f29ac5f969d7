package io.mrrlens.analysis;

import java.math.BigDecimal;

/**
 * One client's months of the window as the projection draws them (projection.md, history): per
 * month its hours (all, reactive, charged to projects), tickets opened, and recurring, T&amp;M and
 * project revenue (money in units of {@link #money()}; product and other revenue are left out, as
 * they resell goods rather than services).
 *
 * @param grade the client's payment grade (question 2), shown with its offer
 * @param latestRecurring the recurring revenue of the last window month that had some (units)
 * @param tmRate the client's T&amp;M revenue per billable hour in the window, or null when it had
 *     no T&amp;M revenue or no billable hours
 */
public record ClientHistory(
    String client,
    Segment segment,
    Grade grade,
    Integer endpoints,
    MinorUnits money,
    double[] hours,
    double[] reactiveHours,
    double[] projectHours,
    long[] tickets,
    long[] recurring,
    long[] tm,
    long[] project,
    long latestRecurring,
    BigDecimal tmRate) {

  /** M, the number of months drawn from. */
  public int months() {
    return hours.length;
  }

  /** The T&amp;M revenue of the whole window, in money units. */
  public long tmTotal() {
    long total = 0;
    for (long value : tm) {
      total = MinorUnits.add(total, value);
    }
    return total;
  }

  /**
   * The current monthly spend (projection.md): the mean monthly recurring + T&amp;M revenue over
   * the window, in money (project revenue left out: projects go on as before).
   */
  public BigDecimal currentMonthlySpend() {
    long total = 0;
    for (int m = 0; m < months(); m++) {
      total = MinorUnits.add(total, MinorUnits.add(recurring[m], tm[m]));
    }
    return Ratios.of(money.decimal(total), BigDecimal.valueOf(months()));
  }

  /** The support hours of month m: its hours less those charged to projects. */
  public double supportHours(int m) {
    return Math.max(0, hours[m] - projectHours[m]);
  }
}
