package io.mrrlens.cli;

import io.mrrlens.chart.ChartPlan;
import io.mrrlens.chart.ChartWriter;
import io.mrrlens.config.Config;
import io.mrrlens.engine.BooksSource;
import io.mrrlens.engine.Engine;
import io.mrrlens.engine.Outcome;
import io.mrrlens.engine.Scope;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every analysis command does: checks its options, calls its workflow, writes the document and
 * the charts, and tells what else there is to know.
 */
abstract class AnalysisCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin BooksOptions books;

  @Mixin AnalysisOptions analysis;

  @Mixin OutputOptions output;

  /** The command's workflow. */
  abstract Outcome run(Engine engine, BooksSource source, Scope scope, ChartPlan charts);

  /** The settings with the command's own flags laid over them (flags win). */
  Config withFlags(Config settings) {
    return settings;
  }

  @Override
  public Integer call() {
    output.validate();
    analysis.validate();
    BooksSource source = books.source(withFlags(books.config()));
    Outcome outcome =
        run(
            RootCommand.engine(spec),
            source,
            analysis.scope(),
            analysis.charts != null || output.showsCharts()
                ? analysis.chartPlan()
                : ChartPlan.none());
    output.write(outcome.report(), spec);
    if (analysis.charts != null) {
      ChartWriter.writeFigures(outcome.report().figures(), analysis.charts);
    }
    RootCommand.tell(outcome.notices(), spec);
    return ExitCode.OK;
  }
}
