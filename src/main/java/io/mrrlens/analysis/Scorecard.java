package io.mrrlens.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scorecard: the three answers per client and a recommended action, the first rule that holds:
 *
 * <ol>
 *   <li>require prepayment: payment grade at or below {@code targets.prepayment_grade} (F);
 *   <li>convert to managed: segment break-fix;
 *   <li>reprice: effective rate below {@code targets.effective_rate}, or a negative margin;
 *   <li>fold T&amp;M into the contract: segment hybrid;
 *   <li>keep.
 * </ol>
 *
 * The reason names the figures that triggered the action. Rows are the clients of the segments
 * result (active ones, every one with {@code all}), by action (most urgent first), then revenue
 * (most first), then name.
 */
public final class Scorecard {
  private Scorecard() {}

  /** The scorecard from the three answers over the same period. */
  public static List<ClientScore> of(
      LaborAnalysis.Result labor,
      PaymentAnalysis.Result payments,
      SegmentAnalysis.Result segments,
      Period period,
      AnalysisSettings settings) {
    Map<String, ClientLabor> laborByClient = new HashMap<>();
    labor.rows().forEach(r -> laborByClient.put(r.client(), r));
    Map<String, ClientPayments> paymentsByClient = new HashMap<>();
    payments.rows().forEach(r -> paymentsByClient.put(r.client(), r));
    List<ClientScore> rows = new ArrayList<>();
    for (ClientSegment segment : segments.rows()) {
      ClientLabor work = laborByClient.get(segment.client());
      ClientPayments paying = paymentsByClient.get(segment.client());
      rows.add(score(segment, work, paying, period, settings));
    }
    rows.sort(
        Comparator.comparing(ClientScore::action)
            .thenComparing(ClientScore::revenue, Comparator.reverseOrder())
            .thenComparing(r -> r.client().toLowerCase(Locale.ROOT))
            .thenComparing(ClientScore::client));
    return List.copyOf(rows);
  }

  /**
   * The scorecard's totals row: the business's hours per month, effective rate and margin (question
   * 1), its grade (question 2) and its revenue; no segment, action or reason.
   */
  public static ClientScore totals(
      LaborAnalysis.Result labor,
      PaymentAnalysis.Result payments,
      SegmentAnalysis.Result segments) {
    return new ClientScore(
        null,
        null,
        labor.totals().hoursPerMonth(),
        labor.totals().effectiveRate(),
        labor.totals().margin(),
        payments.totals().grade(),
        segments.totals().revenue(),
        null,
        null);
  }

  /** Per action, in the order of the rules: the clients given it and their revenue. */
  public static List<ActionSummary> actions(List<ClientScore> scores) {
    List<ActionSummary> out = new ArrayList<>();
    for (Action action : Action.values()) {
      long clients = 0;
      BigDecimal revenue = BigDecimal.ZERO;
      for (ClientScore score : scores) {
        if (score.action() == action) {
          clients++;
          revenue = revenue.add(score.revenue());
        }
      }
      out.add(new ActionSummary(action, clients, revenue));
    }
    return List.copyOf(out);
  }

  private static ClientScore score(
      ClientSegment segment,
      ClientLabor labor,
      ClientPayments payments,
      Period period,
      AnalysisSettings settings) {
    BigDecimal hoursPerMonth = labor == null ? BigDecimal.ZERO : labor.hoursPerMonth();
    BigDecimal rate = labor == null ? null : labor.effectiveRate();
    BigDecimal margin = labor == null ? null : labor.margin();
    Grade grade = payments == null ? Grade.NONE : payments.grade();
    Action action;
    String reason;
    if (grade.atOrBelow(settings.prepaymentGrade())) {
      action = Action.REQUIRE_PREPAYMENT;
      reason = "grade " + grade.label() + " (" + daysLate(payments) + " days late)";
    } else if (segment.segment() == Segment.BREAK_FIX) {
      action = Action.CONVERT_TO_MANAGED;
      reason = "T&M billed in " + segment.tmMonths() + " of " + period.months() + " months";
    } else if (rate != null && rate.compareTo(settings.targetRate()) < 0) {
      action = Action.REPRICE;
      reason =
          "effective rate "
              + below(rate, settings.targetRate())
              + "/h below target "
              + amount(settings.targetRate())
              + "/h";
    } else if (margin != null && margin.signum() < 0) {
      action = Action.REPRICE;
      reason = "margin " + SegmentAnalysis.percent(margin) + ": labor costs more than it brings in";
    } else if (segment.segment() == Segment.HYBRID) {
      action = Action.FOLD_TM_INTO_CONTRACT;
      reason = "T&M is " + SegmentAnalysis.percent(segment.tmShare()) + " of contract revenue";
    } else {
      action = Action.KEEP;
      reason = keepReason(segment, rate, grade);
    }
    return new ClientScore(
        segment.client(),
        segment.segment(),
        hoursPerMonth,
        rate,
        margin,
        grade,
        segment.revenue(),
        action,
        reason);
  }

  /** L, the larger of the average days late and the most days past due, as a whole number. */
  private static String daysLate(ClientPayments payments) {
    BigDecimal late = payments.avgDaysLate() == null ? BigDecimal.ZERO : payments.avgDaysLate();
    return late.max(BigDecimal.valueOf(payments.maxDaysPastDue()))
        .setScale(0, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static String keepReason(ClientSegment segment, BigDecimal rate, Grade grade) {
    List<String> parts = new ArrayList<>();
    parts.add(segment.segment().label());
    if (rate != null) {
      parts.add("effective rate " + amount(rate) + "/h");
    }
    if (grade != Grade.NONE) {
      parts.add("grade " + grade.label());
    }
    return String.join(", ", parts);
  }

  /** A rate in whole units per hour, e.g. 61 for 61.40. */
  static String amount(BigDecimal value) {
    return value.setScale(0, RoundingMode.HALF_UP).toPlainString();
  }

  /** A rate below the target: whole units, or cents when whole units would read as the target. */
  private static String below(BigDecimal rate, BigDecimal target) {
    String whole = amount(rate);
    return whole.equals(amount(target))
        ? rate.setScale(2, RoundingMode.HALF_UP).toPlainString()
        : whole;
  }
}
