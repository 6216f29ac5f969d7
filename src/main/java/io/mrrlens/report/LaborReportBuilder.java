package io.mrrlens.report;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.ClientLabor;
import io.mrrlens.analysis.LaborAnalysis;
import io.mrrlens.analysis.Period;
import java.util.List;

/** Builds the report of {@code mrrlens labor} (question 1). */
public final class LaborReportBuilder {
  static final TableLayout<ClientLabor> LAYOUT =
      new TableLayout<ClientLabor>()
          .add("client", "client", Format.TEXT, ClientLabor::client)
          .add("tickets", "tickets", Format.COUNT, ClientLabor::tickets)
          .add("hours", "hours", Format.HOURS, ClientLabor::hours)
          .add("billable_hours", "billable", Format.HOURS, ClientLabor::billableHours)
          .add("reactive_hours", "reactive", Format.HOURS, ClientLabor::reactiveHours)
          .add("hours_per_month", "hours/month", Format.RATE, ClientLabor::hoursPerMonth)
          .add("share_of_hours", "share", Format.PERCENT, ClientLabor::shareOfHours)
          .add("revenue", "revenue", Format.MONEY, ClientLabor::revenue)
          .add("effective_rate", "rate/hour", Format.RATE, ClientLabor::effectiveRate)
          .add("labor_cost", "labor cost", Format.MONEY, ClientLabor::laborCost)
          .add("margin", "margin", Format.PERCENT, ClientLabor::margin)
          .add("endpoints", "endpoints", Format.COUNT, ClientLabor::endpoints)
          .add("rhem", "RHEM", Format.RATE, ClientLabor::rhem);

  private LaborReportBuilder() {}

  /**
   * The labor report: the settings, then the clients (most hours first) with the totals of the
   * whole business.
   *
   * @param books where the books were read from, as the user named it
   */
  public static Report build(
      String books,
      LaborAnalysis.Result result,
      Period period,
      AnalysisSettings settings,
      RowChoice choice) {
    List<ClientLabor> rows = choice.apply(result.rows(), ClientLabor::client);
    return new Report(
        "labor",
        books,
        period.asOf(),
        period.window(),
        AnalysisFacts.withChoice(AnalysisFacts.labor(settings), choice),
        List.of(LAYOUT.table("rows", "Labor per client, most hours first", rows, result.totals())));
  }
}
