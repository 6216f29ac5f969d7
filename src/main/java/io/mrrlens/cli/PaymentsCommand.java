package io.mrrlens.cli;

import io.mrrlens.chart.ChartPlan;
import io.mrrlens.engine.BooksSource;
import io.mrrlens.engine.Engine;
import io.mrrlens.engine.Outcome;
import io.mrrlens.engine.Scope;
import picocli.CommandLine.Command;

/** {@code mrrlens payments}: question 2, which clients pay on time and which pay late. */
@Command(
    name = "payments",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Answers question 2: which clients pay on time, and which pay late. Per client: invoices"
          + " issued in the window, billed, paid, amount-weighted days to pay and days late, the"
          + " on-time rate, the open balance at as_of split by days past due (current, 1-30,"
          + " 31-60, 61-90, 91-180, 181-365, over 365), the oldest overdue invoice and what is"
          + " more than 90 days past due, days sales outstanding (DSO) and a grade from A to F"
          + " for the payment habit; worst payers first, with the totals of the whole business."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mrrlens payments samples/msp-book",
      "  mrrlens payments ~/exports --as-of 2026-11-15",
      "  mrrlens payments ~/exports --top 10 --charts charts",
      "  mrrlens payments ~/exports --format md --output payments.md"
    })
final class PaymentsCommand extends AnalysisCommand {
  @Override
  Outcome run(Engine engine, BooksSource source, Scope scope, ChartPlan charts) {
    return engine.payments(source, scope, charts);
  }
}
