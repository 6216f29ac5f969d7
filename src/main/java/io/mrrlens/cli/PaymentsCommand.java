package io.mrrlens.cli;

import io.mrrlens.analysis.ClientPayments;
import io.mrrlens.analysis.PaymentAnalysis;
import io.mrrlens.chart.Charts;
import io.mrrlens.chart.NamedChart;
import io.mrrlens.report.PaymentsReportBuilder;
import io.mrrlens.report.RowChoice;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code mrrlens payments}: question 2, which clients pay on time and which pay late. */
@Command(
    name = "payments",
    mixinStandardHelpOptions = true,
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
  Answer answer(Question q, int chartTop) {
    PaymentAnalysis.Result result = PaymentAnalysis.of(q.tables(), q.period(), q.choice().all());
    return new Answer(
        PaymentsReportBuilder.build(q.books(), result, q.period(), q.settings(), q.choice()),
        charts(result, q.choice(), chartTop));
  }

  /** The payment charts of the clients the row choice names (all without --client). */
  static List<NamedChart> charts(PaymentAnalysis.Result result, RowChoice choice, int chartTop) {
    return Charts.payments(
        new PaymentAnalysis.Result(
            choice.clientsOnly().apply(result.rows(), ClientPayments::client), result.totals()),
        chartTop);
  }
}
