package io.mrrlens.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scorecard: the three answers per client and a recommended action, the first rule that holds:
 *
 * <ol>
 *   <li>require prepayment: payment grade at or below {@code targets.prepayment_grade} (F);
 *   <li>collect: an open amount more than 90 days past due (overdue_90_plus &gt; 0);
 *   <li>convert to managed: segment break-fix;
 *   <li>reprice: effective rate below {@code targets.effective_rate}, or a negative margin;
 *   <li>fold T&amp;M into the contract: segment hybrid;
 *   <li>keep.
 * </ol>
 *
 * Every rule of 1 to 5 that holds is one of the row's flags, so nothing hides behind the first;
 * "keep" is a flag only when none of them holds. The reason names the figures that triggered the
 * action. Rows are the clients of the segments result (active ones, every one with {@code all}), by
 * action (most urgent first), then revenue (most first), then name.
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
        null,
        List.of());
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
    Map<Action, String> matched = new EnumMap<>(Action.class);
    if (grade.atOrBelow(settings.prepaymentGrade())) {
      matched.put(
          Action.REQUIRE_PREPAYMENT,
          "grade " + grade.label() + " (" + daysLate(payments) + " days late)");
    }
    if (payments != null && payments.overdue90Plus().signum() > 0) {
      matched.put(Action.COLLECT, collectReason(payments));
    }
    if (segment.segment() == Segment.BREAK_FIX) {
      matched.put(
          Action.CONVERT_TO_MANAGED,
          "T&M billed in " + segment.tmMonths() + " of " + period.months() + " months");
    }
    if (rate != null && rate.compareTo(settings.targetRate()) < 0) {
      matched.put(
          Action.REPRICE,
          "effective rate "
              + below(rate, settings.targetRate())
              + "/h below target "
              + amount(settings.targetRate())
              + "/h");
    } else if (margin != null && margin.signum() < 0) {
      matched.put(
          Action.REPRICE,
          "margin " + SegmentAnalysis.percent(margin) + ": labor costs more than it brings in");
    }
    if (segment.segment() == Segment.HYBRID) {
      matched.put(
          Action.FOLD_TM_INTO_CONTRACT,
          "T&M is " + SegmentAnalysis.percent(segment.tmShare()) + " of contract revenue");
    }
    if (matched.isEmpty()) {
      matched.put(Action.KEEP, keepReason(segment, rate, grade));
    }
    Action action = matched.keySet().iterator().next();
    return new ClientScore(
        segment.client(),
        segment.segment(),
        hoursPerMonth,
        rate,
        margin,
        grade,
        segment.revenue(),
        action,
        matched.get(action),
        List.copyOf(matched.keySet()));
  }

  /** L, the amount-weighted mean lateness behind the grade, in whole days. */
  private static String daysLate(ClientPayments payments) {
    BigDecimal late = payments.lateness() == null ? BigDecimal.ZERO : payments.lateness();
    return late.setScale(0, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * The evidence of a collection problem: one invoice by its days past due, several by their count
   * and the oldest; the open amount in parentheses.
   */
  static String collectReason(ClientPayments payments) {
    long count = payments.overdue90PlusInvoices();
    String owed = "(" + money(payments.overdue90Plus()) + ")";
    if (count == 1) {
      return "1 invoice " + payments.oldestOverdueDays() + " days past due " + owed;
    }
    return count
        + " invoices more than 90 days past due, the oldest "
        + payments.oldestOverdueDays()
        + " days "
        + owed;
  }

  /** Money with thousands separators and cents, e.g. 1,234.50. */
  private static String money(BigDecimal value) {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
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
