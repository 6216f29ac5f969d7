package io.mrrlens.projection;

import io.mrrlens.config.Config;
import java.math.BigDecimal;

/**
 * The staffing settings of projection.md: a tech's paid hours a month and the share spent on
 * tickets, the business hours tickets arrive over, the peak factor, and the response target.
 */
public record StaffSettings(
    BigDecimal hoursPerMonth,
    BigDecimal utilization,
    BigDecimal businessHoursPerMonth,
    BigDecimal peakFactor,
    BigDecimal responseMinutes,
    BigDecimal serviceLevel) {

  /** The settings in force in a config. */
  public static StaffSettings from(Config config) {
    return new StaffSettings(
        config.decimal("staff.hours_per_month"),
        config.decimal("staff.utilization"),
        config.decimal("staff.business_hours_per_month"),
        config.decimal("staff.peak_factor"),
        config.decimal("staff.response_minutes"),
        config.decimal("staff.service_level"));
  }

  /** The ticket hours one tech delivers a month: hours per month x utilization. */
  public double capacity() {
    return hoursPerMonth.doubleValue() * utilization.doubleValue();
  }
}
