package io.mrrlens.cli;

import io.mrrlens.analysis.ClientLabor;
import io.mrrlens.analysis.LaborAnalysis;
import io.mrrlens.analysis.Segment;
import io.mrrlens.chart.Charts;
import io.mrrlens.chart.NamedChart;
import io.mrrlens.report.LaborReportBuilder;
import io.mrrlens.report.RowChoice;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** {@code mrrlens labor}: question 1, which clients need the most and the least labor. */
@Command(
    name = "labor",
    mixinStandardHelpOptions = true,
    description = {
      "Answers question 1: which clients need the most labor, and which the least. Per client over"
          + " the window: tickets opened, hours (billable and reactive), hours per month, share of"
          + " all hours, revenue, effective rate per hour, labor cost, margin, endpoints and"
          + " reactive hours per endpoint per month (RHEM); most hours first, with the totals of"
          + " the whole business."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mrrlens labor samples/msp-book",
      "  mrrlens labor ~/exports --top 10 --charts charts",
      "  mrrlens labor ~/exports --from 2026-01 --to 2026-06 --format csv --output labor.csv",
      "  mrrlens labor ~/exports --client \"Harbor View Dental\" --format json"
    })
final class LaborCommand extends AnalysisCommand {
  @Override
  Answer answer(Question q, int chartTop) {
    LaborAnalysis.Result result =
        LaborAnalysis.of(q.tables(), q.period(), q.settings(), q.choice().all());
    return new Answer(
        LaborReportBuilder.build(q.books(), result, q.period(), q.settings(), q.choice()),
        charts(result, q.choice(), chartTop));
  }

  /** The labor chart of the clients the row choice names (all without --client). */
  static List<NamedChart> charts(LaborAnalysis.Result result, RowChoice choice, int chartTop) {
    return charts(result, choice, chartTop, client -> null);
  }

  /** The labor chart, its bars coloured by the segment {@code segmentOf} gives each client. */
  static List<NamedChart> charts(
      LaborAnalysis.Result result,
      RowChoice choice,
      int chartTop,
      Function<String, Segment> segmentOf) {
    return Charts.labor(
        new LaborAnalysis.Result(
            choice.clientsOnly().apply(result.rows(), ClientLabor::client), result.totals()),
        chartTop,
        segmentOf);
  }
}
