package io.mrrlens.projection;

import io.mrrlens.config.Config;
import java.math.BigDecimal;
import java.util.List;

/**
 * The settings of projection.md: the offer (ramp, acceptance, what a decliner does, who is
 * offered), managed pricing, the middle path's blocks, labor cost, staffing, and the simulation's
 * horizon, paths and seed.
 *
 * @param perEndpoint the monthly fee per endpoint, or null for the median of current managed
 *     clients
 * @param blockHours the block size, or null for each client's median monthly hours, rounded up
 * @param currentTechs the techs employed now, or null
 */
public record ProjectionSettings(
    int rampMonths,
    BigDecimal acceptRate,
    boolean declineChurns,
    BigDecimal reactiveReduction,
    BigDecimal onboardingHours,
    BigDecimal onboardingHoursPerEndpoint,
    List<String> include,
    BigDecimal perEndpoint,
    BigDecimal uplift,
    BigDecimal minFee,
    BigDecimal tmRate,
    BigDecimal blockHours,
    BigDecimal blockDiscount,
    BigDecimal blockReactiveReduction,
    BigDecimal costPerHour,
    StaffSettings staff,
    Integer currentTechs,
    int horizon,
    int paths,
    long seed) {

  /** The settings in force in a config. */
  public static ProjectionSettings from(Config config) {
    return new ProjectionSettings(
        config.integer("transition.ramp_months"),
        config.decimal("transition.accept_rate"),
        "churn".equals(config.text("transition.decline")),
        config.decimal("transition.reactive_reduction"),
        config.decimal("transition.onboarding_hours"),
        config.decimal("transition.onboarding_hours_per_endpoint"),
        config.list("transition.include"),
        config.decimal("pricing.per_endpoint"),
        config.decimal("pricing.uplift"),
        config.decimal("pricing.min_fee"),
        config.decimal("pricing.tm_rate"),
        config.decimal("block.hours"),
        config.decimal("block.discount"),
        config.decimal("block.reactive_reduction"),
        config.decimal("labor.cost_per_hour"),
        StaffSettings.from(config),
        config.integer("staff.current_techs"),
        config.integer("projection.horizon"),
        config.integer("projection.paths"),
        config.integer("projection.seed").longValue());
  }
}
