package io.mrrlens.cli;

import io.mrrlens.chart.ChartPlan;
import io.mrrlens.engine.BooksSource;
import io.mrrlens.engine.Engine;
import io.mrrlens.engine.Outcome;
import io.mrrlens.engine.Scope;
import picocli.CommandLine.Command;

/** {@code mrrlens payments}: question 2, which clients pay on time and which pay late. */
@Command(name = "payments")
final class PaymentsCommand extends AnalysisCommand {
  @Override
  Outcome run(Engine engine, BooksSource source, Scope scope, ChartPlan charts) {
    return engine.payments(source, scope, charts);
  }
}
