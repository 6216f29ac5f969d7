package io.mrrlens.cli;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.ClientScore;
import io.mrrlens.analysis.LaborAnalysis;
import io.mrrlens.analysis.PaymentAnalysis;
import io.mrrlens.analysis.Scorecard;
import io.mrrlens.analysis.SegmentAnalysis;
import io.mrrlens.chart.Charts;
import io.mrrlens.chart.NamedChart;
import io.mrrlens.report.RowChoice;
import io.mrrlens.report.ScorecardReportBuilder;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code mrrlens scorecard}: the three answers together, with a recommended action per client. */
@Command(
    name = "scorecard",
    mixinStandardHelpOptions = true,
    description = {
      "Puts the three answers together: per client its segment, hours per month, effective rate,"
          + " margin and payment grade, and a recommended action with its reason: require"
          + " prepayment, collect, convert to managed, reprice, fold T&M into the contract, or"
          + " keep; the flags list every rule that holds. Most urgent first: the list of clients"
          + " to talk to."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mrrlens scorecard samples/msp-book",
      "  mrrlens scorecard ~/exports --charts charts",
      "  mrrlens scorecard ~/exports --format csv --output scorecard.csv"
    })
final class ScorecardCommand extends AnalysisCommand {
  @Override
  Answer answer(Question q, int chartTop) {
    boolean all = q.choice().all();
    LaborAnalysis.Result labor = LaborAnalysis.of(q.tables(), q.period(), q.settings(), all);
    PaymentAnalysis.Result payments = PaymentAnalysis.of(q.tables(), q.period(), all);
    SegmentAnalysis.Result segments = SegmentAnalysis.of(q.tables(), q.period(), q.settings(), all);
    List<ClientScore> scores = Scorecard.of(labor, payments, segments, q.period(), q.settings());
    return new Answer(
        ScorecardReportBuilder.build(
            q.books(),
            scores,
            Scorecard.totals(labor, payments, segments),
            q.period(),
            q.settings(),
            q.choice()),
        charts(scores, q.choice(), q.settings()));
  }

  /** The scorecard chart of the clients the row choice names (all without --client). */
  static List<NamedChart> charts(
      List<ClientScore> scores, RowChoice choice, AnalysisSettings settings) {
    return Charts.scorecard(choice.clientsOnly().apply(scores, ClientScore::client), settings);
  }
}
