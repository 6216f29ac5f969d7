package io.mrrlens.report;

import io.mrrlens.analysis.AnalysisSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings an analysis report states (cli.md: each run states the settings it used): those of
 * its question, and the row choice (top N, clients) when one was made.
 */
public final class AnalysisFacts {
  private AnalysisFacts() {}

  /** The labor settings: cost per hour and the proactive words. */
  public static List<Fact> labor(AnalysisSettings s) {
    return List.of(
        new Fact("labor.cost_per_hour", "cost per hour", s.costPerHour(), Format.MONEY),
        new Fact("labor.proactive_types", "proactive types", s.proactiveTypes(), Format.TEXT));
  }

  /** The payment settings: the terms used when an invoice has no due date. */
  public static List<Fact> payments(AnalysisSettings s) {
    return List.of(
        new Fact("payments.terms_days", "terms (days)", (long) s.termsDays(), Format.COUNT));
  }

  /** The segment thresholds. */
  public static List<Fact> segments(AnalysisSettings s) {
    return List.of(
        new Fact(
            "segments.min_recurring_months",
            "min recurring months",
            (long) s.minRecurringMonths(),
            Format.COUNT),
        new Fact("segments.recent_months", "recent months", (long) s.recentMonths(), Format.COUNT),
        new Fact("segments.hybrid_tm_share", "hybrid T&M share", s.hybridTmShare(), Format.PERCENT),
        new Fact(
            "segments.break_fix_min_months",
            "break-fix min months",
            (long) s.breakFixMinMonths(),
            Format.COUNT));
  }

  /** Every setting of the three questions and the scorecard's targets. */
  public static List<Fact> scorecard(AnalysisSettings s) {
    List<Fact> facts = new ArrayList<>();
    facts.addAll(labor(s));
    facts.addAll(payments(s));
    facts.addAll(segments(s));
    facts.add(new Fact("targets.effective_rate", "target rate", s.targetRate(), Format.MONEY));
    facts.add(
        new Fact(
            "targets.prepayment_grade",
            "prepayment grade",
            s.prepaymentGrade().label(),
            Format.TEXT));
    return facts;
  }

  /** The settings followed by the row choice, when one was made. */
  public static List<Fact> withChoice(List<Fact> settings, RowChoice choice) {
    List<Fact> facts = new ArrayList<>(settings);
    if (choice.top() != null) {
      facts.add(new Fact("top", "top", (long) choice.top(), Format.COUNT));
    }
    if (!choice.clients().isEmpty()) {
      facts.add(new Fact("clients", "clients", choice.clients(), Format.TEXT));
    }
    if (choice.all()) {
      facts.add(new Fact("all", "all clients", true, Format.TEXT));
    }
    return facts;
  }
}
