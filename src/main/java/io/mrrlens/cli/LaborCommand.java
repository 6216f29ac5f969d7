package io.mrrlens.cli;

import io.mrrlens.chart.ChartPlan;
import io.mrrlens.engine.BooksSource;
import io.mrrlens.engine.Engine;
import io.mrrlens.engine.Outcome;
import io.mrrlens.engine.Scope;
import picocli.CommandLine.Command;

/** {@code mrrlens labor}: question 1, which clients need the most and the least labor. */
@Command(
    name = "labor",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
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
      "  mrrlens labor ~/exports --from 2026-01 --to 2026-06 -o labor.csv",
      "  mrrlens labor ~/exports --client \"Harbor View Dental\" --format json"
    })
final class LaborCommand extends AnalysisCommand {
  @Override
  Outcome run(Engine engine, BooksSource source, Scope scope, ChartPlan charts) {
    return engine.labor(source, scope, charts);
  }
}
