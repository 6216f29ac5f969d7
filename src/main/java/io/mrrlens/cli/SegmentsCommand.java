package io.mrrlens.cli;

import io.mrrlens.chart.ChartPlan;
import io.mrrlens.engine.BooksSource;
import io.mrrlens.engine.Engine;
import io.mrrlens.engine.Outcome;
import io.mrrlens.engine.Scope;
import picocli.CommandLine.Command;

/** {@code mrrlens segments}: question 3, contract clients vs project-only clients. */
@Command(
    name = "segments",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Answers question 3: which clients are on managed contracts, and which only call for"
          + " occasional projects. Each invoice gets a kind (recurring, time and materials,"
          + " project, product), given or inferred; each client a segment (managed, hybrid,"
          + " break-fix, project-only, inactive) with the evidence: revenue by kind, the months"
          + " with recurring and with T&M invoices, the T&M share. Then a summary per segment"
          + " and the revenue per month by kind."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mrrlens segments samples/msp-book",
      "  mrrlens segments ~/exports --all",
      "  mrrlens segments ~/exports --charts charts --chart-size 1600x900",
      "  mrrlens segments ~/exports --format json --output segments.json"
    })
final class SegmentsCommand extends AnalysisCommand {
  @Override
  Outcome run(Engine engine, BooksSource source, Scope scope, ChartPlan charts) {
    return engine.segments(source, scope, charts);
  }
}
