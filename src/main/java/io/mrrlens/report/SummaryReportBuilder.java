package io.mrrlens.report;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.ClientLabor;
import io.mrrlens.analysis.ClientPayments;
import io.mrrlens.analysis.MonthlySummary;
import io.mrrlens.analysis.OverdueInvoice;
import io.mrrlens.analysis.SegmentChange;
import io.mrrlens.analysis.SummaryFigure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the report of {@code mrrlens summary}: one month at a glance, for a mail. */
public final class SummaryReportBuilder {
  /** The figures' labels, as the table and the JSON name them. */
  private static final Map<String, String> LABELS =
      Map.of(
          "revenue", "revenue",
          "mrr", "MRR",
          "tm_revenue", "T&M revenue",
          "project_revenue", "project revenue",
          "product_other_revenue", "product & other revenue",
          "hours", "hours",
          "billable_hours", "billable hours",
          "tickets_opened", "tickets opened",
          "tickets_closed", "tickets closed",
          "effective_rate", "effective rate");

  static final TableLayout<ClientLabor> LABOR =
      new TableLayout<ClientLabor>()
          .add("client", "client", Format.TEXT, ClientLabor::client)
          .add("hours", "hours", Format.HOURS, ClientLabor::hours)
          .add("share_of_hours", "share of hours", Format.PERCENT, ClientLabor::shareOfHours)
          .add("tickets", "tickets", Format.COUNT, ClientLabor::tickets)
          .add("revenue", "revenue", Format.MONEY, ClientLabor::revenue)
          .add("effective_rate", "rate/hour", Format.RATE, ClientLabor::effectiveRate);

  static final TableLayout<ClientPayments> PAYERS =
      new TableLayout<ClientPayments>()
          .add("client", "client", Format.TEXT, ClientPayments::client)
          .add("grade", "grade", Format.TEXT, r -> r.grade().label())
          .add("overdue_balance", "overdue", Format.MONEY, MonthlySummary::overdue)
          .add("open_balance", "open balance", Format.MONEY, ClientPayments::openBalance)
          .add(
              "oldest_overdue_days",
              "oldest overdue (days)",
              Format.COUNT,
              ClientPayments::oldestOverdueDays)
          .add("avg_days_late", "avg days late", Format.RATE, ClientPayments::avgDaysLate);

  static final TableLayout<SegmentChange> SEGMENTS =
      new TableLayout<SegmentChange>()
          .add("client", "client", Format.TEXT, SegmentChange::client)
          .add("segment_before", "was", Format.TEXT, r -> r.before().label())
          .add("segment", "now", Format.TEXT, r -> r.after().label())
          .add("evidence", "evidence", Format.TEXT, SegmentChange::evidence);

  static final TableLayout<ClientLabor> BELOW_TARGET =
      new TableLayout<ClientLabor>()
          .add("client", "client", Format.TEXT, ClientLabor::client)
          .add("effective_rate", "rate/hour", Format.RATE, ClientLabor::effectiveRate)
          .add("hours", "hours", Format.HOURS, ClientLabor::hours)
          .add("revenue", "revenue", Format.MONEY, ClientLabor::revenue);

  static final TableLayout<OverdueInvoice> OVERDUE =
      new TableLayout<OverdueInvoice>()
          .add("invoice", "invoice", Format.TEXT, OverdueInvoice::invoice)
          .add("client", "client", Format.TEXT, OverdueInvoice::client)
          .add("issued", "issued", Format.DATE, OverdueInvoice::issued)
          .add("due", "due", Format.DATE, OverdueInvoice::due)
          .add("open_amount", "open", Format.MONEY, OverdueInvoice::open)
          .add("days_past_due", "days past due", Format.COUNT, OverdueInvoice::daysPastDue);

  private SummaryReportBuilder() {}

  /**
   * The summary report: the settings; the month's figures against the previous month and the same
   * month last year; the clients needing the most labor; the receivables at the month's end and the
   * worst payers; segment changes; and the alerts.
   *
   * @param books where the books were read from, as the user named it
   */
  public static Report build(
      String books, MonthlySummary.Result s, AnalysisSettings settings, int top) {
    YearMonth month = s.month();
    YearMonth previous = month.minusMonths(1);
    YearMonth lastYear = month.minusYears(1);
    TableLayout<SummaryFigure> figures =
        new TableLayout<SummaryFigure>()
            .add("figure", "figure", Format.TEXT, r -> LABELS.get(r.figure()))
            .add("value", month.toString(), Format.NUMBER, r -> shown(r.figure(), r.value()))
            .add(
                "previous_month",
                previous.toString(),
                Format.NUMBER,
                r -> shown(r.figure(), r.previous()))
            .add(
                "change_vs_previous_month",
                "change",
                Format.NUMBER,
                r -> shown(r.figure(), r.changeVsPrevious()))
            .add("pct_vs_previous_month", "%", Format.PERCENT, SummaryFigure::pctVsPrevious)
            .add(
                "same_month_last_year",
                lastYear.toString(),
                Format.NUMBER,
                r -> shown(r.figure(), r.lastYear()))
            .add(
                "change_vs_last_year",
                "change",
                Format.NUMBER,
                r -> shown(r.figure(), r.changeVsLastYear()))
            .add("pct_vs_last_year", "%", Format.PERCENT, SummaryFigure::pctVsLastYear);
    String monthEnd = s.period().asOf().toString();
    String window = s.period().window().from() + " to " + s.period().window().to();
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("month", "month", month.toString(), Format.TEXT));
    facts.add(new Fact("top", "top", (long) top, Format.COUNT));
    facts.add(
        new Fact("targets.effective_rate", "target rate", settings.targetRate(), Format.MONEY));
    facts.add(
        new Fact(
            "alert_days_past_due",
            "alert: days past due",
            (long) MonthlySummary.ALERT_DAYS_PAST_DUE,
            Format.COUNT));
    facts.addAll(AnalysisFacts.payments(settings));
    facts.addAll(AnalysisFacts.segments(settings));
    ClientPayments owed = s.payments();
    return new Report(
        "summary",
        month + ", " + books,
        s.period().asOf(),
        s.period().window(),
        facts,
        List.of(
            figures.table(
                "rows", month + " against " + previous + " and " + lastYear, s.figures(), null),
            LABOR.table(
                "top_labor", "Clients needing the most labor in " + month, s.topLabor(), null),
            new Part.Facts(
                "receivables",
                "Receivables at " + monthEnd,
                List.of(
                    new Fact("open_balance", "open balance", owed.openBalance(), Format.MONEY),
                    new Fact(
                        "overdue_balance", "overdue", MonthlySummary.overdue(owed), Format.MONEY),
                    new Fact("dso", "DSO (days)", owed.dso(), Format.RATE))),
            PAYERS.table(
                "worst_payers", "Worst payers with an overdue balance", s.worstPayers(), null),
            SEGMENTS.table(
                "segment_changes",
                "Segment changes from " + previous + " to " + month,
                s.segmentChanges(),
                null),
            BELOW_TARGET.table(
                "below_target_rate",
                "Alert: effective rate below the target of "
                    + Values.human(s.targetRate(), Format.MONEY)
                    + "/h, "
                    + window,
                s.belowTarget(),
                null),
            OVERDUE.table(
                "overdue_invoices",
                "Alert: invoices "
                    + MonthlySummary.ALERT_DAYS_PAST_DUE
                    + "+ days past due at "
                    + monthEnd,
                s.overdueInvoices(),
                null)));
  }

  /** A figure with the decimals it is read with: counts whole, money, hours and rates to 2. */
  private static BigDecimal shown(String figure, BigDecimal value) {
    if (value == null) {
      return null;
    }
    int scale = figure.startsWith("tickets") ? 0 : 2;
    return value.setScale(scale, RoundingMode.HALF_UP);
  }
}
