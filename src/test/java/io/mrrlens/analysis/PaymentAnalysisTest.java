package io.mrrlens.analysis;

import static io.mrrlens.analysis.BookBuilder.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Question 2 against values computed by hand (metrics.md). */
class PaymentAnalysisTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-10-15");

  /**
   * as_of 2026-10-15, window 2025-10 to 2026-09, terms 30 days, no payments file.
   *
   * <p>Prompt: 1,000 issued 01-10 (due 02-09 by the terms) paid 01-20: 10 days, on time; 3,000
   * issued 03-01 due 03-31 paid 04-05: 35 days, 5 late; a credit memo, left out.
   *
   * <p>Late: L1 500 due 05-31 unpaid (137 days past due); L2 800 due 10-20 unpaid (not yet due); L3
   * 250 due 08-31 paid 10-20, after as_of, so unpaid (45 days past due); L4 100 from before the
   * window with a balance of 40 (471 days past due); L5 600 with no paid date and balance 0: paid,
   * date unknown.
   *
   * <p>Newbie: 400 issued 10-01, after the window, not yet due.
   */
  static BookBuilder fixture() {
    BookBuilder b = new BookBuilder();
    b.invoice("Prompt", "2026-01-10", null, "1000.00", "2026-01-20", null, null, null);
    b.invoice("Prompt", "2026-03-01", "2026-03-31", "3000.00", "2026-04-05", "0", null, null);
    b.invoice("Prompt", "2026-04-01", null, "-200.00", null, null, null, "credit");
    b.invoice("Late", "2026-05-01", "2026-05-31", "500.00", null, null, null, null);
    b.invoice("Late", "2026-09-20", "2026-10-20", "800.00", null, "800.00", null, null);
    b.invoice("Late", "2026-08-01", "2026-08-31", "250.00", "2026-10-20", "0", null, null);
    b.invoice("Late", "2025-06-01", "2025-07-01", "100.00", null, "40.00", null, null);
    b.invoice("Late", "2026-02-01", "2026-03-03", "600.00", null, "0.00", null, null);
    b.invoice("Newbie", "2026-10-01", null, "400.00", null, null, null, null);
    return b;
  }

  private static PaymentAnalysis.Result run(BookBuilder b) {
    Period period = Period.resolve(b.books(), AS_OF, null, null);
    return PaymentAnalysis.of(b.tables(), period, false);
  }

  @Test
  void everyFieldOfEachClientMatchesTheHandComputedValue() {
    PaymentAnalysis.Result result = run(fixture());
    assertEquals(
        List.of("Late", "Prompt", "Newbie"),
        result.rows().stream().map(ClientPayments::client).toList(),
        "worst grade first; no grade last");

    ClientPayments late = result.rows().get(0);
    assertEquals(4, late.invoices(), "L4 was issued before the window");
    assertDecimal("2150.00", late.billed(), "500 + 800 + 250 + 600");
    assertEquals(1, late.paidInvoices(), "L5, paid with date unknown");
    assertNull(late.avgDaysToPay(), "no paid invoice with a known date");
    assertNull(late.avgDaysLate(), "no paid invoice with a known date");
    assertDecimal("0.0000", late.onTimeRate(), "0 of L1 and L3 (unpaid, due before as_of)");
    assertDecimal("1590.00", late.openBalance(), "500 + 800 + 250 + 40");
    assertDecimal("800.00", late.agingCurrent(), "L2 is not yet due");
    assertDecimal("0.00", late.aging1To30(), "none");
    assertDecimal("250.00", late.aging31To60(), "L3, 45 days");
    assertDecimal("0.00", late.aging61To90(), "none");
    assertDecimal("500.00", late.aging91To180(), "L1, 137 days");
    assertDecimal("0.00", late.aging181To365(), "none");
    assertDecimal("40.00", late.agingOver365(), "L4's balance, 471 days");
    assertEquals(471L, late.oldestOverdueDays(), "L4");
    assertDecimal("540.00", late.overdue90Plus(), "L1 500 + L4 40");
    assertEquals(2, late.overdue90PlusInvoices());
    assertDecimal("136.2857", late.dso(), "1590 / (800 + 250 issued since 07-18) x 90");
    assertDecimal(
        "124.7974683544",
        late.lateness(),
        "no paid invoice; open past due: (500 x 137 + 250 x 45 + 40 x 471) / (500 + 250 + 40)");
    assertEquals(Grade.F, late.grade(), "L = 98,590 / 790 = 124.8 days");

    ClientPayments prompt = result.rows().get(1);
    assertEquals(2, prompt.invoices(), "the credit memo is left out");
    assertDecimal("4000.00", prompt.billed(), "billed");
    assertEquals(2, prompt.paidInvoices());
    assertDecimal("28.7500", prompt.avgDaysToPay(), "(1000 x 10 + 3000 x 35) / 4000");
    assertDecimal("3.7500", prompt.avgDaysLate(), "(1000 x 0 + 3000 x 5) / 4000");
    assertDecimal("0.5000", prompt.onTimeRate(), "1 of 2");
    assertDecimal("0.00", prompt.openBalance(), "all paid");
    assertNull(prompt.dso(), "nothing issued in the last 90 days");
    assertEquals(Grade.B, prompt.grade(), "L = 3.75");
    assertNull(prompt.oldestOverdueDays(), "nothing past due");
    assertDecimal("0.00", prompt.overdue90Plus(), "nothing past due");

    ClientPayments newbie = result.rows().get(2);
    assertEquals(0, newbie.invoices(), "issued after the window");
    assertDecimal("400.00", newbie.openBalance(), "open balance counts every invoice to as_of");
    assertDecimal("400.00", newbie.agingCurrent(), "due 10-31");
    assertDecimal("90.0000", newbie.dso(), "400 / 400 x 90");
    assertNull(newbie.onTimeRate(), "no known outcome");
    assertEquals(Grade.NONE, newbie.grade(), "neither paid nor overdue");
    assertEquals("-", newbie.grade().label());
  }

  @Test
  void theTotalsAreTheWholeBusinessWithTheCompanyDso() {
    ClientPayments totals = run(fixture()).totals();
    assertEquals(6, totals.invoices());
    assertDecimal("6150.00", totals.billed(), "billed");
    assertEquals(3, totals.paidInvoices());
    assertDecimal("28.7500", totals.avgDaysToPay(), "only Prompt's are known");
    assertDecimal("3.7500", totals.avgDaysLate(), "avg days late");
    assertDecimal("0.2500", totals.onTimeRate(), "1 of 4");
    assertDecimal("1990.00", totals.openBalance(), "1590 + 400");
    assertDecimal("1200.00", totals.agingCurrent(), "800 + 400");
    assertDecimal("250.00", totals.aging31To60(), "31-60");
    assertDecimal("500.00", totals.aging91To180(), "91-180");
    assertDecimal("40.00", totals.agingOver365(), "over 365");
    assertDecimal("540.00", totals.overdue90Plus(), "Late's");
    assertEquals(471L, totals.oldestOverdueDays());
    assertDecimal("123.5172", totals.dso(), "1990 / 1450 x 90");
    assertEquals(
        Grade.C, totals.grade(), "L = (15,000 + 98,590) / (4,000 + 790) = 23.7: the business");
  }

  @Test
  void partialPaymentsFromThePaymentsFile() {
    BookBuilder b = new BookBuilder();
    String q1 = b.invoice("Q", "2026-06-01", "2026-07-01", "1000.00", null, null, null, null);
    String q2 = b.invoice("Q", "2026-08-01", "2026-08-31", "900.00", null, null, null, null);
    String q3 = b.invoice("Q", "2026-09-01", "2026-10-01", "500.00", null, null, null, null);
    b.invoice("Q", "2026-09-15", null, "200.00", null, "50.00", null, null);
    b.payment(q1, "2026-07-10", "600.00").payment(q1, "2026-06-15", "400.00");
    b.payment(q2, "2026-09-01", "300.00").payment(q2, "2026-10-20", "600.00");
    b.payment(q3, "2026-09-10", "499.995");
    ClientPayments q = run(b).rows().get(0);
    assertEquals(4, q.invoices());
    assertEquals(2, q.paidInvoices(), "Q1 on 07-10, Q3 within half a cent on 09-10");
    assertDecimal("29.0000", q.avgDaysToPay(), "(1000 x 39 + 500 x 9) / 1500");
    assertDecimal("6.0000", q.avgDaysLate(), "(1000 x 9 + 500 x 0) / 1500");
    assertDecimal("0.3333", q.onTimeRate(), "Q3 of Q1, Q3 and Q2 (unpaid, overdue)");
    assertDecimal("800.00", q.openBalance(), "Q2 900 - 300 paid by as_of; Q4 200, balance ignored");
    assertDecimal("200.00", q.agingCurrent(), "Q4 due 10-15, the as_of day: not past due");
    assertDecimal("600.00", q.aging31To60(), "Q2, 45 days");
    assertDecimal("45.0000", q.dso(), "800 / 1600 x 90");
    assertDecimal(
        "17.1428571429", q.lateness(), "(1000 x 9 + 500 x 0 + Q2's open 600 x 45) / 2100");
    assertEquals(Grade.C, q.grade(), "L = 17.1");
  }

  @Test
  void aPaidColumnWinsOverThePaymentsFile() {
    BookBuilder b = new BookBuilder();
    String id =
        b.invoice("Q", "2026-06-01", "2026-07-01", "1000.00", "2026-06-11", null, null, null);
    b.payment(id, "2026-08-01", "1000.00");
    ClientPayments q = run(b).rows().get(0);
    assertDecimal("10.0000", q.avgDaysToPay(), "the paid column says 06-11");
    assertEquals(Grade.A, q.grade());
  }

  @Test
  void withoutAPaymentsFileTheBalanceColumnIsTheOpenAmount() {
    BookBuilder b = new BookBuilder();
    b.invoice("Q", "2026-06-01", "2026-07-01", "1000.00", null, "250.00", null, null);
    ClientPayments q = run(b).rows().get(0);
    assertDecimal("250.00", q.openBalance(), "the balance column");
    assertDecimal("250.00", q.aging91To180(), "106 days past due");
    assertDecimal("250.00", q.overdue90Plus(), "106 days past due");
    assertEquals(Grade.F, q.grade(), "L = 106, weighted by the open 250");
  }

  @Test
  void theAgingBucketsSplitAtTheDocumentedDays() {
    assertEquals(0, PaymentAnalysis.bucket(-3));
    assertEquals(0, PaymentAnalysis.bucket(0));
    assertEquals(1, PaymentAnalysis.bucket(1));
    assertEquals(1, PaymentAnalysis.bucket(30));
    assertEquals(2, PaymentAnalysis.bucket(31));
    assertEquals(2, PaymentAnalysis.bucket(60));
    assertEquals(3, PaymentAnalysis.bucket(61));
    assertEquals(3, PaymentAnalysis.bucket(90));
    assertEquals(4, PaymentAnalysis.bucket(91));
    assertEquals(4, PaymentAnalysis.bucket(180));
    assertEquals(5, PaymentAnalysis.bucket(181));
    assertEquals(5, PaymentAnalysis.bucket(365));
    assertEquals(6, PaymentAnalysis.bucket(366));
  }

  @Test
  void oneSmallStaleInvoiceBarelyMovesAGoodHabit() {
    BookBuilder b = new BookBuilder();
    for (int m = 1; m <= 9; m++) {
      String issued = "2026-0" + m + "-01";
      String paid = "2026-0" + m + "-2" + (m % 2);
      b.invoice("Good", issued, null, "2000.00", paid, null, null, null);
    }
    b.invoice("Good", "2025-08-01", "2025-08-31", "50.00", null, null, null, null);
    ClientPayments good = run(b).rows().get(0);
    assertDecimal("0.0000", good.avgDaysLate(), "every invoice paid within the 30 days' terms");
    assertEquals(410L, good.oldestOverdueDays(), "2025-08-31 to 2026-10-15");
    assertDecimal("50.00", good.overdue90Plus(), "the stale invoice");
    assertDecimal("50.00", good.agingOver365(), "410 days");
    assertDecimal("1.1357340720", good.lateness(), "50 x 410 / (9 x 2000 + 50)");
    assertEquals(Grade.A, good.grade(), "L = 20,500 / 18,050 = 1.14: a good habit, not F");
  }

  @Test
  void theGradeComparesLExactlyWithTheLimits() {
    java.math.BigDecimal three = java.math.BigDecimal.valueOf(3);
    assertEquals(Grade.A, Grade.of(java.math.BigDecimal.valueOf(6), three), "6 / 3 = 2");
    assertEquals(
        Grade.B, Grade.of(new java.math.BigDecimal("6.0000000000001"), three), "just above 2");
  }

  @Test
  void theGradesSplitAtTheDocumentedDays() {
    assertEquals(Grade.A, Grade.of(new java.math.BigDecimal("2")));
    assertEquals(Grade.B, Grade.of(new java.math.BigDecimal("2.0001")));
    assertEquals(Grade.B, Grade.of(java.math.BigDecimal.TEN));
    assertEquals(Grade.C, Grade.of(new java.math.BigDecimal("30")));
    assertEquals(Grade.D, Grade.of(new java.math.BigDecimal("30.5")));
    assertEquals(Grade.D, Grade.of(new java.math.BigDecimal("60")));
    assertEquals(Grade.F, Grade.of(new java.math.BigDecimal("61")));
  }

  @Test
  void anEarlierAsOfSeesLaterPaymentsAsUnpaid() {
    BookBuilder b = fixture();
    Period period = Period.resolve(b.books(), LocalDate.parse("2026-04-01"), null, null);
    ClientPayments prompt =
        PaymentAnalysis.of(b.tables(), period, false).rows().stream()
            .filter(r -> r.client().equals("Prompt"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, prompt.invoices(), "window 2025-04 to 2026-03");
    assertEquals(1, prompt.paidInvoices(), "the 3,000 is paid 04-05, after as_of");
    assertDecimal("3000.00", prompt.openBalance(), "paid after as_of: the full amount");
    assertDecimal("3000.00", prompt.aging1To30(), "due 03-31: 1 day past due on 04-01");
    assertDecimal("0.5000", prompt.onTimeRate(), "the 1,000 on time, the 3,000 overdue");
    assertEquals(Grade.A, prompt.grade(), "L = (1000 x 0 + 3000 x 1) / 4000 = 0.75");
  }
}
