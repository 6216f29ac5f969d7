package io.mrrlens.report;

import io.mrrlens.analysis.Action;
import io.mrrlens.analysis.ActionSummary;
import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.ClientScore;
import io.mrrlens.analysis.Period;
import io.mrrlens.analysis.Scorecard;
import java.util.List;

/** Builds the report of {@code mrrlens scorecard}: the three answers and an action per client. */
public final class ScorecardReportBuilder {
  static final TableLayout<ClientScore> LAYOUT =
      new TableLayout<ClientScore>()
          .add("client", "client", Format.TEXT, ClientScore::client)
          .add(
              "segment",
              "segment",
              Format.TEXT,
              r -> r.segment() == null ? null : r.segment().label())
          .add("hours_per_month", "hours/month", Format.RATE, ClientScore::hoursPerMonth)
          .add("effective_rate", "rate/hour", Format.RATE, ClientScore::effectiveRate)
          .add("margin", "margin", Format.PERCENT, ClientScore::margin)
          .add("grade", "grade", Format.TEXT, r -> r.grade().label())
          .add("revenue", "revenue", Format.MONEY, ClientScore::revenue)
          .add("action", "action", Format.TEXT, r -> r.action() == null ? null : r.action().label())
          .add("reason", "reason", Format.TEXT, ClientScore::reason)
          .add(
              "flags",
              "flags",
              Format.TEXT,
              r -> r.action() == null ? null : r.flags().stream().map(Action::label).toList());

  static final TableLayout<ActionSummary> ACTIONS =
      new TableLayout<ActionSummary>()
          .add("action", "action", Format.TEXT, r -> r.action().label())
          .add("clients", "clients", Format.COUNT, ActionSummary::clients)
          .add("revenue", "revenue", Format.MONEY, ActionSummary::revenue);

  private ScorecardReportBuilder() {}

  /**
   * The scorecard report: the settings, one row per client (most urgent action first) with the
   * totals of the business, then how many clients each action concerns.
   *
   * @param books where the books were read from, as the user named it
   */
  public static Report build(
      String books,
      List<ClientScore> scores,
      ClientScore totals,
      Period period,
      AnalysisSettings settings,
      RowChoice choice) {
    List<ClientScore> rows = choice.apply(scores, ClientScore::client);
    return new Report(
        "scorecard",
        books,
        period.asOf(),
        period.window(),
        AnalysisFacts.withChoice(AnalysisFacts.scorecard(settings), choice),
        List.of(
            LAYOUT.table("rows", "Scorecard, most urgent first", rows, totals),
            ACTIONS.table("actions", "Actions", Scorecard.actions(scores), null)));
  }
}
