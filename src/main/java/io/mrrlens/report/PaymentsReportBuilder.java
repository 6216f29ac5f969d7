package io.mrrlens.report;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.ClientPayments;
import io.mrrlens.analysis.PaymentAnalysis;
import io.mrrlens.analysis.Period;
import java.util.List;

/** Builds the report of {@code mrrlens payments} (question 2). */
public final class PaymentsReportBuilder {
  static final TableLayout<ClientPayments> LAYOUT =
      new TableLayout<ClientPayments>()
          .add("client", "client", Format.TEXT, ClientPayments::client)
          .add("invoices", "invoices", Format.COUNT, ClientPayments::invoices)
          .add("billed", "billed", Format.MONEY, ClientPayments::billed)
          .add("paid_invoices", "paid", Format.COUNT, ClientPayments::paidInvoices)
          .add("avg_days_to_pay", "days to pay", Format.DECIMAL, ClientPayments::avgDaysToPay)
          .add("avg_days_late", "days late", Format.DECIMAL, ClientPayments::avgDaysLate)
          .add("on_time_rate", "on time", Format.PERCENT, ClientPayments::onTimeRate)
          .add("open_balance", "open balance", Format.MONEY, ClientPayments::openBalance)
          .add("aging_current", "current", Format.MONEY, ClientPayments::agingCurrent)
          .add("aging_1_30", "1-30", Format.MONEY, ClientPayments::aging1To30)
          .add("aging_31_60", "31-60", Format.MONEY, ClientPayments::aging31To60)
          .add("aging_61_90", "61-90", Format.MONEY, ClientPayments::aging61To90)
          .add("aging_91_180", "91-180", Format.MONEY, ClientPayments::aging91To180)
          .add("aging_181_365", "181-365", Format.MONEY, ClientPayments::aging181To365)
          .add("aging_over_365", "over 365", Format.MONEY, ClientPayments::agingOver365)
          .add(
              "oldest_overdue_days",
              "oldest overdue (days)",
              Format.COUNT,
              ClientPayments::oldestOverdueDays)
          .add("overdue_90_plus", "overdue 90+", Format.MONEY, ClientPayments::overdue90Plus)
          .add("dso", "DSO", Format.DECIMAL, ClientPayments::dso)
          .add("grade", "grade", Format.TEXT, r -> r.grade().label());

  private PaymentsReportBuilder() {}

  /**
   * The payments report: the settings, then the clients (worst payers first) with the totals of the
   * whole business (its DSO is the company DSO).
   *
   * @param books where the books were read from, as the user named it
   */
  public static Report build(
      String books,
      PaymentAnalysis.Result result,
      Period period,
      AnalysisSettings settings,
      RowChoice choice) {
    List<ClientPayments> rows = choice.apply(result.rows(), ClientPayments::client);
    return new Report(
        "payments",
        books,
        period.asOf(),
        period.window(),
        AnalysisFacts.withChoice(AnalysisFacts.payments(settings), choice),
        List.of(
            LAYOUT.table(
                "rows",
                "Payment timeliness per client, worst payers first",
                rows,
                result.totals())));
  }
}
