package io.mrrlens.report;

import io.mrrlens.analysis.Period;
import io.mrrlens.projection.Projection;
import io.mrrlens.projection.ProjectionSettings;
import io.mrrlens.projection.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the report of {@code mrrlens project}: settings, summary, offers and months. */
public final class ProjectionReportBuilder {
  static final TableLayout<Projection.Summary> SUMMARY =
      new TableLayout<Projection.Summary>()
          .add("scenario", "scenario", Format.TEXT, r -> r.scenario().label())
          .add(
              "total_revenue_p10", "revenue P10", Format.MONEY, Projection.Summary::totalRevenueP10)
          .add(
              "total_revenue_p50", "revenue P50", Format.MONEY, Projection.Summary::totalRevenueP50)
          .add(
              "total_revenue_p90", "revenue P90", Format.MONEY, Projection.Summary::totalRevenueP90)
          .add("volatility", "volatility", Format.PERCENT, Projection.Summary::volatility)
          .add("mrr_share", "MRR share (last month)", Format.PERCENT, Projection.Summary::mrrShare)
          .add("clients_kept", "kept", Format.COUNT, r -> (long) r.kept())
          .add("clients_churned", "churned", Format.COUNT, r -> (long) r.churned())
          .add(
              "break_even_month",
              "break-even month",
              Format.COUNT,
              r ->
                  r.scenario() == Scenario.STATUS_QUO || r.breakEvenMonth() == null
                      ? null
                      : (long) r.breakEvenMonth())
          .add(
              "break_even",
              "break-even",
              Format.TEXT,
              r ->
                  r.scenario() == Scenario.STATUS_QUO
                      ? "-"
                      : r.breakEvenMonth() == null
                          ? "not within the horizon"
                          : "month " + r.breakEvenMonth())
          .add(
              "gross_profit_p10",
              "gross profit P10",
              Format.MONEY,
              Projection.Summary::grossProfitP10)
          .add(
              "gross_profit_p50",
              "gross profit P50",
              Format.MONEY,
              Projection.Summary::grossProfitP50)
          .add(
              "gross_profit_p90",
              "gross profit P90",
              Format.MONEY,
              Projection.Summary::grossProfitP90)
          .add(
              "p_gross_profit_above_status_quo",
              "P(gross profit > status quo)",
              Format.PERCENT,
              Projection.Summary::pGrossProfitAboveStatusQuo);

  static final TableLayout<Projection.Offer> OFFERS =
      new TableLayout<Projection.Offer>()
          .add("client", "client", Format.TEXT, Projection.Offer::client)
          .add("offer_month", "offer month", Format.COUNT, r -> (long) r.month())
          .add("grade", "grade", Format.TEXT, r -> r.grade().label())
          .add(
              "current_monthly_spend",
              "spends now/month",
              Format.MONEY,
              Projection.Offer::currentMonthlySpend)
          .add("fee", "managed fee", Format.MONEY, Projection.Offer::fee)
          .add("fee_ratio", "fee ratio", Format.RATE, Projection.Offer::feeRatio)
          .add("acceptance", "acceptance", Format.PERCENT, Projection.Offer::acceptance)
          .add("block_hours", "block hours", Format.HOURS, Projection.Offer::blockHours)
          .add("block_fee", "block fee", Format.MONEY, Projection.Offer::blockFee);

  static final TableLayout<Projection.Sensitivity> SENSITIVITY =
      new TableLayout<Projection.Sensitivity>()
          .add("assumption", "assumption", Format.TEXT, Projection.Sensitivity::assumption)
          .add("low", "low", Format.NUMBER, Projection.Sensitivity::low)
          .add("high", "high", Format.NUMBER, Projection.Sensitivity::high)
          .add(
              "gross_profit_diff_low",
              "gross profit vs status quo (low)",
              Format.MONEY,
              Projection.Sensitivity::grossProfitDiffLow)
          .add(
              "gross_profit_diff_high",
              "gross profit vs status quo (high)",
              Format.MONEY,
              Projection.Sensitivity::grossProfitDiffHigh);

  static final TableLayout<Projection.Month> MONTHS =
      new TableLayout<Projection.Month>()
          .add("scenario", "scenario", Format.TEXT, r -> r.scenario().label())
          .add("month", "month", Format.COUNT, r -> (long) r.month())
          .add("revenue_p10", "revenue P10", Format.MONEY, Projection.Month::revenueP10)
          .add("revenue_p50", "revenue P50", Format.MONEY, Projection.Month::revenueP50)
          .add("revenue_p90", "revenue P90", Format.MONEY, Projection.Month::revenueP90)
          .add("recurring_p50", "MRR P50", Format.MONEY, Projection.Month::recurringP50)
          .add("tm_p50", "T&M P50", Format.MONEY, Projection.Month::tmP50)
          .add("hours_p50", "hours P50", Format.HOURS, Projection.Month::hoursP50)
          .add("hours_p90", "hours P90", Format.HOURS, Projection.Month::hoursP90)
          .add("techs_p50", "techs P50", Format.COUNT, r -> (long) r.techsP50())
          .add("techs_p90", "techs P90", Format.COUNT, r -> (long) r.techsP90())
          .add("labor_cost_p50", "labor cost P50", Format.MONEY, Projection.Month::laborCostP50)
          .add("gross_margin_p50", "margin P50", Format.PERCENT, Projection.Month::grossMarginP50)
          .add(
              "service_level_p50",
              "service level P50",
              Format.PERCENT,
              Projection.Month::serviceLevelP50)
          .add(
              "service_level_p90",
              "service level P90",
              Format.PERCENT,
              Projection.Month::serviceLevelP90);

  static final List<String> NOTES =
      List.of(
          "P10, P50, P90: 10%, half and 90% of the simulated paths lie at or below the figure.",
          "Break-even month: the first month from which the scenario's cumulative gross profit"
              + " (revenue less labor cost, and tool cost when labor.tool_cost_per_endpoint is"
              + " set; P50) stays at or above the status quo's; empty when that does not happen"
              + " within the horizon.",
          "P(gross profit > status quo): the share of simulated paths in which the scenario's"
              + " gross profit over the horizon is above the status quo's on the same draws.",
          "Offers: what each candidate spends now a month (recurring + T&M, the window's mean),"
              + " the managed fee, their ratio, and the chance it accepts: accept rate x"
              + " min(1, ratio^-elasticity).",
          "Sensitivity: the transition's P50 gross profit over the horizon less the status quo's,"
              + " with one assumption at a low and a high value and every other at its setting;"
              + " the widest swing first: the guess the answer hangs on most.",
          "Volatility: the median over paths of the month-to-month coefficient of variation of"
              + " revenue; lower is steadier.",
          "Techs: the larger of techs by capacity and techs by service level (Erlang C), at the"
              + " P50 and P90 demand; tickets are not phone calls, so read Erlang C as a floor.");

  private ProjectionReportBuilder() {}

  /**
   * The projection report.
   *
   * @param books where the books were read from, as the user named it
   * @param scenarios the scenarios to show (all three when empty)
   */
  public static Report build(
      String books,
      Projection.Result result,
      Period period,
      ProjectionSettings s,
      Set<Scenario> scenarios) {
    List<Fact> settings = new ArrayList<>();
    settings.add(
        new Fact("projection.horizon", "horizon (months)", (long) s.horizon(), Format.COUNT));
    settings.add(new Fact("projection.paths", "paths", (long) s.paths(), Format.COUNT));
    settings.add(new Fact("projection.seed", "seed", s.seed(), Format.COUNT));
    settings.add(new Fact("transition.include", "offered to", s.include(), Format.TEXT));
    settings.add(
        new Fact("transition.ramp_months", "ramp (months)", (long) s.rampMonths(), Format.COUNT));
    settings.add(new Fact("transition.accept_rate", "accept rate", s.acceptRate(), Format.PERCENT));
    settings.add(
        new Fact(
            "transition.price_elasticity",
            "price elasticity",
            s.priceElasticity(),
            Format.DECIMAL));
    settings.add(
        new Fact(
            "transition.exclude_grades",
            "grades not offered",
            s.excludeGrades().stream().map(g -> g.label()).toList(),
            Format.TEXT));
    settings.add(
        new Fact(
            "transition.decline",
            "a decliner",
            s.declineChurns() ? "churns" : "stays",
            Format.TEXT));
    settings.add(
        new Fact(
            "transition.reactive_reduction",
            "reactive reduction (managed)",
            s.reactiveReduction(),
            Format.PERCENT));
    settings.add(
        new Fact(
            "transition.onboarding_hours",
            "onboarding hours",
            s.onboardingHours(),
            Format.DECIMAL));
    settings.add(
        new Fact(
            "transition.onboarding_hours_per_endpoint",
            "onboarding hours per endpoint",
            s.onboardingHoursPerEndpoint(),
            Format.DECIMAL));
    settings.add(new Fact("pricing.method", "pricing", s.pricing().label(), Format.TEXT));
    settings.add(
        new Fact(
            "pricing.target_margin", "target margin (cost)", s.targetMargin(), Format.PERCENT));
    settings.add(
        new Fact(
            "pricing.per_endpoint",
            "fee per endpoint",
            s.perEndpoint() == null ? "median of managed clients" : s.perEndpoint().toPlainString(),
            Format.TEXT));
    settings.add(new Fact("pricing.uplift", "uplift", s.uplift(), Format.DECIMAL));
    settings.add(new Fact("pricing.min_fee", "minimum fee", s.minFee(), Format.MONEY));
    settings.add(new Fact("pricing.tm_rate", "T&M rate when unknown", s.tmRate(), Format.MONEY));
    settings.add(
        new Fact(
            "block.hours",
            "block hours",
            s.blockHours() == null ? "median monthly hours" : s.blockHours().toPlainString(),
            Format.TEXT));
    settings.add(new Fact("block.discount", "block discount", s.blockDiscount(), Format.PERCENT));
    settings.add(
        new Fact(
            "block.reactive_reduction",
            "reactive reduction (block)",
            s.blockReactiveReduction(),
            Format.PERCENT));
    settings.add(new Fact("labor.cost_per_hour", "cost per hour", s.costPerHour(), Format.MONEY));
    settings.add(
        new Fact(
            "labor.tool_cost_per_endpoint",
            "tool cost per endpoint",
            s.toolCostPerEndpoint(),
            Format.MONEY));
    settings.add(
        new Fact(
            "staff.current_techs",
            "current techs",
            s.currentTechs() == null ? null : (long) s.currentTechs(),
            Format.COUNT));
    settings.add(
        new Fact(
            "handle_hours", "hours per ticket (history)", result.handleHours(), Format.DECIMAL));
    List<Projection.Summary> summary =
        result.summary().stream()
            .filter(r -> scenarios.isEmpty() || scenarios.contains(r.scenario()))
            .toList();
    List<Projection.Month> months =
        result.months().stream()
            .filter(r -> scenarios.isEmpty() || scenarios.contains(r.scenario()))
            .toList();
    return new Report(
        "project",
        books,
        period.asOf(),
        period.window(),
        settings,
        List.of(
            SUMMARY.table("summary", "Summary over the horizon", summary, null),
            OFFERS.table("offers", "Offers, in order", result.offers(), null),
            SENSITIVITY.table(
                "sensitivity",
                "Sensitivity: what the transition's gross profit hangs on",
                result.sensitivity(),
                null),
            MONTHS.table("months", "Month by month", months, null),
            new Part.Lines("notes", "Reading it", NOTES)));
  }
}
