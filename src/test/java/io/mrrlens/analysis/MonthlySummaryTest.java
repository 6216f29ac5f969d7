package io.mrrlens.analysis;

import static io.mrrlens.analysis.BookBuilder.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.model.InvoiceKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlySummaryTest {
  private static final YearMonth MAY = YearMonth.of(2026, 5);

  private static SummaryFigure figure(MonthlySummary.Result result, String name) {
    return result.figures().stream().filter(f -> f.figure().equals(name)).findFirst().orElseThrow();
  }

  private static String recurring(BookBuilder b, String client, String issued, String amount) {
    return b.invoice(
        client, issued, null, amount, issued, null, InvoiceKind.RECURRING, "Managed services");
  }

  private static String tm(BookBuilder b, String client, String issued, String amount, String due) {
    return b.invoice(
        client, issued, due, amount, null, null, InvoiceKind.TIME_AND_MATERIALS, "Labor");
  }

  @Test
  void theMonthAgainstThePreviousMonthAndTheSameMonthLastYear() {
    BookBuilder b = new BookBuilder();
    recurring(b, "Acme", "2025-05-01", "800.00");
    recurring(b, "Acme", "2026-04-01", "1000.00");
    recurring(b, "Acme", "2026-05-01", "1200.00");
    tm(b, "Acme", "2026-04-20", "500.00", "2026-05-20");
    b.entry("Acme", "2025-05-10", "4.00");
    b.entry("Acme", "2026-04-10", "10.00");
    b.entry("Acme", "2026-05-10", "6.00", false, null, null, null);
    b.entry("Acme", "2026-05-11", "2.00");
    b.ticket("Acme", "2026-05-03", "incident");

    MonthlySummary.Result r = MonthlySummary.of(b.tables(), MAY, AnalysisSettings.defaults(), 5);

    // May: revenue 1200 (all recurring), 8 hours (2 billable), 1 ticket; April 1500 and 10 h.
    SummaryFigure revenue = figure(r, "revenue");
    assertDecimal("1200.00", revenue.value(), "revenue");
    assertDecimal("1500.00", revenue.previous(), "previous");
    assertDecimal("-300.00", revenue.changeVsPrevious(), "change");
    assertDecimal("-0.2000", revenue.pctVsPrevious(), "-300 / 1500");
    assertDecimal("800.00", revenue.lastYear(), "last year");
    assertDecimal("0.5000", revenue.pctVsLastYear(), "400 / 800");
    SummaryFigure mrr = figure(r, "mrr");
    assertDecimal("200.00", mrr.changeVsPrevious(), "1200 - 1000");
    assertDecimal("0.2000", mrr.pctVsPrevious(), "200 / 1000");
    SummaryFigure tmRevenue = figure(r, "tm_revenue");
    assertDecimal("-500.00", tmRevenue.changeVsPrevious(), "0 - 500");
    assertDecimal("-1.0000", tmRevenue.pctVsPrevious(), "-500 / 500");
    assertNull(tmRevenue.pctVsLastYear(), "no T&M last May: no base");
    assertDecimal("0.00", tmRevenue.changeVsLastYear(), "0 - 0");
    assertDecimal("8.00", figure(r, "hours").value(), "hours");
    assertDecimal("2.00", figure(r, "billable_hours").value(), "billable hours");
    assertDecimal("1", figure(r, "tickets_opened").value(), "tickets");
    SummaryFigure rate = figure(r, "effective_rate");
    assertDecimal("150.00", rate.value(), "1200 / 8");
    assertDecimal("150.00", rate.previous(), "1500 / 10");
    assertDecimal("0.00", rate.changeVsPrevious(), "same rate");
    assertDecimal("200.00", rate.lastYear(), "800 / 4");
    assertDecimal("-0.2500", rate.pctVsLastYear(), "-50 / 200");
    assertEquals(13, r.revenueByMonth().size());
    assertEquals(YearMonth.of(2025, 5), r.revenueByMonth().get(0).month());
    assertEquals(LocalDate.of(2026, 5, 31), r.period().asOf());
  }

  @Test
  void aBaseMonthWithoutDataGivesNoChange() {
    BookBuilder b = new BookBuilder();
    recurring(b, "Acme", "2026-05-01", "1200.00");
    MonthlySummary.Result r = MonthlySummary.of(b.tables(), MAY, AnalysisSettings.defaults(), 5);
    assertFalse(r.previous().hasData());
    assertTrue(r.current().hasData());
    SummaryFigure revenue = figure(r, "revenue");
    assertNull(revenue.previous());
    assertNull(revenue.changeVsPrevious());
    assertNull(revenue.pctVsPrevious());
    assertNull(revenue.changeVsLastYear());
  }

  @Test
  void invoicesSixtyDaysPastDueOrMoreAreAlerts() {
    BookBuilder b = new BookBuilder();
    // At 2026-05-31: due 2026-04-01 is 60 days past due, due 2026-04-02 is 59.
    tm(b, "Acme", "2026-03-02", "300.00", "2026-04-01");
    tm(b, "Bravo", "2026-03-03", "400.00", "2026-04-02");
    MonthlySummary.Result r = MonthlySummary.of(b.tables(), MAY, AnalysisSettings.defaults(), 5);
    assertEquals(1, r.overdueInvoices().size());
    OverdueInvoice alert = r.overdueInvoices().get(0);
    assertEquals("Acme", alert.client());
    assertEquals(60, alert.daysPastDue());
    assertDecimal("300.00", alert.open(), "open");
    assertDecimal("700.00", r.payments().openBalance(), "both open");
    assertDecimal("700.00", MonthlySummary.overdue(r.payments()), "both past due");
    assertEquals(
        List.of("Acme", "Bravo"), r.worstPayers().stream().map(ClientPayments::client).toList());
  }

  @Test
  void aClientThatDropsItsAgreementChangesSegment() {
    BookBuilder b = new BookBuilder();
    // Recurring June 2025 to February 2026: at the end of April the last recurring month
    // (February) is among the last 3 months (February to April), at the end of May it is not.
    for (String month :
        List.of("2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12")) {
      recurring(b, "Acme", month + "-01", "500.00");
    }
    recurring(b, "Acme", "2026-01-01", "500.00");
    recurring(b, "Acme", "2026-02-01", "500.00");
    b.entry("Acme", "2026-05-04", "1.00");
    MonthlySummary.Result r = MonthlySummary.of(b.tables(), MAY, AnalysisSettings.defaults(), 5);
    assertEquals(1, r.segmentChanges().size());
    SegmentChange change = r.segmentChanges().get(0);
    assertEquals(Segment.MANAGED, change.before());
    assertEquals(Segment.PROJECT_ONLY, change.after());
  }

  @Test
  void clientsBelowTheTargetRateOverTheTwelveMonths() {
    BookBuilder b = new BookBuilder();
    tm(b, "Acme", "2026-01-10", "1000.00", null);
    b.entry("Acme", "2026-01-10", "10.00"); // 100/h: below 125
    tm(b, "Bravo", "2026-01-10", "1500.00", null);
    b.entry("Bravo", "2026-01-10", "10.00"); // 150/h
    MonthlySummary.Result r = MonthlySummary.of(b.tables(), MAY, AnalysisSettings.defaults(), 5);
    assertEquals(List.of("Acme"), r.belowTarget().stream().map(ClientLabor::client).toList());
    assertDecimal("100.00", r.belowTarget().get(0).effectiveRate(), "rate");
  }

  @Test
  void theDefaultMonthIsTheLastCompleteOne() {
    assertEquals(
        YearMonth.of(2026, 10), MonthlySummary.lastCompleteMonth(LocalDate.of(2026, 10, 31)));
    assertEquals(
        YearMonth.of(2026, 9), MonthlySummary.lastCompleteMonth(LocalDate.of(2026, 10, 30)));
  }
}
