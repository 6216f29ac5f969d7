package io.mrrlens.report;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.ClientSegment;
import io.mrrlens.analysis.MonthlyRevenue;
import io.mrrlens.analysis.Period;
import io.mrrlens.analysis.SegmentAnalysis;
import io.mrrlens.analysis.SegmentSummary;
import java.util.List;

/** Builds the report of {@code mrrlens segments} (question 3). */
public final class SegmentsReportBuilder {
  static final TableLayout<ClientSegment> LAYOUT =
      new TableLayout<ClientSegment>()
          .add("client", "client", Format.TEXT, ClientSegment::client)
          .add(
              "segment",
              "segment",
              Format.TEXT,
              r -> r.segment() == null ? null : r.segment().label())
          .add("recurring_revenue", "recurring", Format.MONEY, ClientSegment::recurringRevenue)
          .add("tm_revenue", "T&M", Format.MONEY, ClientSegment::tmRevenue)
          .add("project_revenue", "project", Format.MONEY, ClientSegment::projectRevenue)
          .add("product_revenue", "product", Format.MONEY, ClientSegment::productRevenue)
          .add("other_revenue", "other", Format.MONEY, ClientSegment::otherRevenue)
          .add("revenue", "revenue", Format.MONEY, ClientSegment::revenue)
          .add(
              "recurring_months",
              "recurring months",
              Format.COUNT,
              r -> r.client() == null ? null : (long) r.recurringMonths())
          .add(
              "tm_months",
              "T&M months",
              Format.COUNT,
              r -> r.client() == null ? null : (long) r.tmMonths())
          .add("tm_share", "T&M share", Format.PERCENT, ClientSegment::tmShare)
          .add(
              "last_recurring_month",
              "last recurring",
              Format.TEXT,
              r -> r.lastRecurringMonth() == null ? null : r.lastRecurringMonth().toString())
          .add(
              "managed_agreement",
              "managed agreement",
              Format.TEXT,
              r -> r.client() == null ? null : r.managedAgreement())
          .add("hours", "hours", Format.HOURS, ClientSegment::hours)
          .add("evidence", "evidence", Format.TEXT, ClientSegment::evidence);

  static final TableLayout<SegmentSummary> SUMMARY =
      new TableLayout<SegmentSummary>()
          .add(
              "segment",
              "segment",
              Format.TEXT,
              r -> r.segment() == null ? null : r.segment().label())
          .add("clients", "clients", Format.COUNT, SegmentSummary::clients)
          .add("revenue", "revenue", Format.MONEY, SegmentSummary::revenue)
          .add("hours", "hours", Format.HOURS, SegmentSummary::hours)
          .add(
              "share_of_revenue",
              "share of revenue",
              Format.PERCENT,
              SegmentSummary::shareOfRevenue);

  static final TableLayout<MonthlyRevenue> MONTHLY =
      new TableLayout<MonthlyRevenue>()
          .add("month", "month", Format.TEXT, r -> r.month().toString())
          .add("recurring", "recurring", Format.MONEY, MonthlyRevenue::recurring)
          .add("time_and_materials", "T&M", Format.MONEY, MonthlyRevenue::timeAndMaterials)
          .add("project", "project", Format.MONEY, MonthlyRevenue::project)
          .add("product", "product", Format.MONEY, MonthlyRevenue::product)
          .add("other", "other", Format.MONEY, MonthlyRevenue::other);

  private SegmentsReportBuilder() {}

  /**
   * The segments report: the settings, the clients by segment with their evidence and the totals,
   * the summary per segment, and the revenue per month by kind.
   *
   * @param books where the books were read from, as the user named it
   */
  public static Report build(
      String books,
      SegmentAnalysis.Result result,
      Period period,
      AnalysisSettings settings,
      RowChoice choice) {
    List<ClientSegment> rows = choice.apply(result.rows(), ClientSegment::client);
    return new Report(
        "segments",
        books,
        period.asOf(),
        period.window(),
        AnalysisFacts.withChoice(AnalysisFacts.segments(settings), choice),
        List.of(
            LAYOUT.table("rows", "Clients by segment", rows, result.totals()),
            SUMMARY.table("summary", "Segments", result.summary(), result.summaryTotals()),
            MONTHLY.table("monthly", "Revenue per month by kind", result.monthly(), null)));
  }
}
