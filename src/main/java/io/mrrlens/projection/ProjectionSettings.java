package io.mrrlens.projection;

import io.mrrlens.analysis.Grade;
import io.mrrlens.config.Config;
import io.mrrlens.config.ConfigException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The settings of projection.md: the offer (ramp, acceptance and its price elasticity, what a
 * decliner does, who is offered), managed pricing, the middle path's blocks, labor and tool cost,
 * staffing, and the simulation's horizon, paths and seed.
 *
 * @param excludeGrades payment grades whose clients are not offered a contract
 * @param pricing how the managed fee is set (projection.md, price)
 * @param feeLevel a factor on every fee the pricing method gives, before the minimum fee (1 in
 *     force; the sensitivity varies it)
 * @param perEndpoint the monthly fee per endpoint, or null for the median of current managed
 *     clients
 * @param toolCostPerEndpoint the monthly tool cost of a managed endpoint (0: margins after labor
 *     only)
 * @param blockHours the block size, or null for each client's median monthly hours, rounded up
 * @param currentTechs the techs employed now, or null
 */
public record ProjectionSettings(
    int rampMonths,
    BigDecimal acceptRate,
    BigDecimal priceElasticity,
    boolean declineChurns,
    BigDecimal reactiveReduction,
    BigDecimal onboardingHours,
    BigDecimal onboardingHoursPerEndpoint,
    List<String> include,
    Set<Grade> excludeGrades,
    Pricing pricing,
    BigDecimal targetMargin,
    BigDecimal feeLevel,
    BigDecimal perEndpoint,
    BigDecimal uplift,
    BigDecimal minFee,
    BigDecimal tmRate,
    BigDecimal blockHours,
    BigDecimal blockDiscount,
    BigDecimal blockReactiveReduction,
    BigDecimal costPerHour,
    BigDecimal toolCostPerEndpoint,
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
        config.decimal("transition.price_elasticity"),
        "churn".equals(config.text("transition.decline")),
        config.decimal("transition.reactive_reduction"),
        config.decimal("transition.onboarding_hours"),
        config.decimal("transition.onboarding_hours_per_endpoint"),
        config.list("transition.include"),
        grades(config.list("transition.exclude_grades")),
        Pricing.of(config.text("pricing.method")),
        config.decimal("pricing.target_margin"),
        BigDecimal.ONE,
        config.decimal("pricing.per_endpoint"),
        config.decimal("pricing.uplift"),
        config.decimal("pricing.min_fee"),
        config.decimal("pricing.tm_rate"),
        config.decimal("block.hours"),
        config.decimal("block.discount"),
        config.decimal("block.reactive_reduction"),
        config.decimal("labor.cost_per_hour"),
        config.decimal("labor.tool_cost_per_endpoint"),
        StaffSettings.from(config),
        config.integer("staff.current_techs"),
        config.integer("projection.horizon"),
        config.integer("projection.paths"),
        config.integer("projection.seed").longValue());
  }

  /** How the managed fee of a candidate is set. */
  public enum Pricing {
    /** The fee that earns the target margin on the client's expected support hours. */
    COST("cost"),
    /** Endpoints x the fee per endpoint; cost for a client without endpoints. */
    PER_ENDPOINT("per_endpoint"),
    /** The client's mean monthly support spend x the uplift. */
    UPLIFT("uplift");

    private final String label;

    Pricing(String label) {
      this.label = label;
    }

    /** The method as the config names it. */
    public String label() {
      return label;
    }

    static Pricing of(String label) {
      for (Pricing pricing : values()) {
        if (pricing.label.equals(label)) {
          return pricing;
        }
      }
      throw new IllegalArgumentException("no pricing method " + label);
    }
  }

  /** A copy with one field changed, for the sensitivity. */
  ProjectionSettings with(
      BigDecimal acceptRate,
      BigDecimal priceElasticity,
      boolean declineChurns,
      BigDecimal reactiveReduction,
      BigDecimal feeLevel,
      BigDecimal costPerHour) {
    return new ProjectionSettings(
        rampMonths,
        acceptRate,
        priceElasticity,
        declineChurns,
        reactiveReduction,
        onboardingHours,
        onboardingHoursPerEndpoint,
        include,
        excludeGrades,
        pricing,
        targetMargin,
        feeLevel,
        perEndpoint,
        uplift,
        minFee,
        tmRate,
        blockHours,
        blockDiscount,
        blockReactiveReduction,
        costPerHour,
        toolCostPerEndpoint,
        staff,
        currentTechs,
        horizon,
        paths,
        seed);
  }

  private static Set<Grade> grades(List<String> labels) {
    Set<Grade> grades = EnumSet.noneOf(Grade.class);
    for (String label : labels) {
      try {
        grades.add(Grade.parse(label));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(
            "transition.exclude_grades: \"" + label + "\" is not a payment grade",
            "use grades A, B, C, D, F or - (no grade), e.g. exclude_grades: [F]");
      }
    }
    return Collections.unmodifiableSet(grades);
  }
}
