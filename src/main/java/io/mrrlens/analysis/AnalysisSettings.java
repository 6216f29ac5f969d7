package io.mrrlens.analysis;

import io.mrrlens.config.Config;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The settings of the three questions and the scorecard (metrics.md): labor cost, the words that
 * make time proactive, payment terms, the segment thresholds and the scorecard's targets.
 */
public record AnalysisSettings(
    BigDecimal costPerHour,
    List<String> proactiveTypes,
    int termsDays,
    int minRecurringMonths,
    int recentMonths,
    BigDecimal hybridTmShare,
    int breakFixMinMonths,
    BigDecimal targetRate,
    Grade prepaymentGrade) {

  public AnalysisSettings {
    proactiveTypes = proactiveTypes.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
  }

  /** The defaults of docs/config.md. */
  public static AnalysisSettings defaults() {
    return from(Config.defaults());
  }

  /** The settings in force in a config. */
  public static AnalysisSettings from(Config config) {
    return new AnalysisSettings(
        config.decimal("labor.cost_per_hour"),
        config.list("labor.proactive_types"),
        config.integer("payments.terms_days"),
        config.integer("segments.min_recurring_months"),
        config.integer("segments.recent_months"),
        config.decimal("segments.hybrid_tm_share"),
        config.integer("segments.break_fix_min_months"),
        config.decimal("targets.effective_rate"),
        Grade.parse(config.text("targets.prepayment_grade")));
  }
}
