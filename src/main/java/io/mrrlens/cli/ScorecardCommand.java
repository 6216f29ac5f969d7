package io.mrrlens.cli;

import io.mrrlens.chart.ChartPlan;
import io.mrrlens.engine.BooksSource;
import io.mrrlens.engine.Engine;
import io.mrrlens.engine.Outcome;
import io.mrrlens.engine.Scope;
import picocli.CommandLine.Command;

/** {@code mrrlens scorecard}: the three answers together, with a recommended action per client. */
@Command(
    name = "scorecard",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
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
  Outcome run(Engine engine, BooksSource source, Scope scope, ChartPlan charts) {
    return engine.scorecard(source, scope, charts);
  }
}
