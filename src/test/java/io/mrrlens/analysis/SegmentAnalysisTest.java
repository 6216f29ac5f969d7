package io.mrrlens.analysis;

import static io.mrrlens.analysis.BookBuilder.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.model.AgreementType;
import io.mrrlens.model.InvoiceKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Question 3 against values computed by hand (metrics.md): each segment rule once. */
class SegmentAnalysisTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-09-30");

  /** as_of 2026-09-30 is a month end: the window is 2025-10 to 2026-09. */
  static BookBuilder fixture() {
    BookBuilder b = new BookBuilder();
    // managed: a fee matching its agreement every month, one T&M visit, a recurring credit memo
    b.agreement("Managed Co", AgreementType.MANAGED, "2025-01-01", null, "1000.00");
    for (int m = 0; m < 12; m++) {
      b.invoice(
          "Managed Co",
          YearMonth.parse("2025-10").plusMonths(m).atDay(1).toString(),
          "1000.00",
          "Services");
    }
    b.invoice("Managed Co", "2026-02-10", "500.00", "Onsite visit");
    b.invoice("Managed Co", "2026-03-15", "-1000.00", "Credit - managed services");
    // managed by its agreement: no recurring invoice in the last 3 months
    b.agreement("Agreement Co", AgreementType.MANAGED, "2025-10-01", null, "999.00");
    for (int m = 0; m < 7; m++) {
      b.invoice(
          "Agreement Co",
          YearMonth.parse("2025-10").plusMonths(m).atDay(3).toString(),
          "400.00",
          "Monthly fee");
    }
    // hybrid: a monthly fee and much T&M
    for (int m = 0; m < 6; m++) {
      b.invoice(
          "Hybrid Co",
          YearMonth.parse("2026-04").plusMonths(m).atDay(1).toString(),
          "800.00",
          "Monthly support");
    }
    b.invoice("Hybrid Co", "2026-04-20", "300.00", "Labor");
    b.invoice("Hybrid Co", "2026-06-20", "450.00", "Labor");
    b.invoice("Hybrid Co", "2026-08-20", "1000.00", "Labor");
    // break-fix: T&M in 3 months and a project
    b.invoice("Breakfix Co", "2025-11-12", "200.00", "Remote support");
    b.invoice("Breakfix Co", "2026-01-12", "350.00", "Remote support");
    b.invoice("Breakfix Co", "2026-03-12", "125.00", "Remote support");
    b.invoice("Breakfix Co", "2026-05-12", "5000.00", "Server migration");
    b.entry("Breakfix Co", "2026-01-10", "5");
    // project-only: recurring by repetition in one month only, T&M in two
    b.invoice("Steady Co", "2026-07-05", "700.00", "Invoice");
    b.invoice("Steady Co", "2026-08-05", "706.00", "Invoice");
    b.invoice("Steady Co", "2026-09-05", "710.00", "Invoice");
    // project-only: a product only
    b.invoice("Gadget Co", "2026-02-14", "1200.00", "Laptop for new hire");
    // project-only: a contract that lapsed
    for (int m = 0; m < 6; m++) {
      b.invoice(
          "Lapsed Co",
          YearMonth.parse("2025-10").plusMonths(m).atDay(2).toString(),
          "500.00",
          "Managed services");
    }
    // kinds from the column
    b.invoice(
        "Kinded Co", "2026-05-01", null, "250.00", null, null, InvoiceKind.PROJECT, "Monthly");
    b.invoice("Kinded Co", "2026-06-01", null, "50.00", null, null, InvoiceKind.OTHER, "Misc");
    // inactive
    b.ticket("Quiet Co", "2024-05-01", "incident");
    return b;
  }

  private static SegmentAnalysis.Result run(BookBuilder b, boolean all) {
    Period period = Period.resolve(b.books(), AS_OF, null, null);
    return SegmentAnalysis.of(b.tables(), period, AnalysisSettings.defaults(), all);
  }

  private static Map<String, ClientSegment> byClient(SegmentAnalysis.Result result) {
    return result.rows().stream()
        .collect(Collectors.toMap(ClientSegment::client, Function.identity()));
  }

  @Test
  void eachRuleGivesItsSegmentWithTheEvidence() {
    SegmentAnalysis.Result result = run(fixture(), false);
    assertEquals(
        List.of(
            "Managed Co",
            "Agreement Co",
            "Hybrid Co",
            "Breakfix Co",
            "Lapsed Co",
            "Steady Co",
            "Gadget Co",
            "Kinded Co"),
        result.rows().stream().map(ClientSegment::client).toList(),
        "by segment, then revenue; Quiet Co is inactive and left out");
    Map<String, ClientSegment> rows = byClient(result);

    ClientSegment managed = rows.get("Managed Co");
    assertEquals(Segment.MANAGED, managed.segment());
    assertDecimal("11000.00", managed.recurringRevenue(), "12 x 1000 less the credit memo");
    assertDecimal("500.00", managed.tmRevenue(), "the visit");
    assertEquals(12, managed.recurringMonths());
    assertEquals(1, managed.tmMonths());
    assertDecimal("0.0435", managed.tmShare(), "500 / 11500");
    assertEquals(YearMonth.parse("2026-09"), managed.lastRecurringMonth());
    assertTrue(managed.managedAgreement());
    assertEquals(
        "recurring in 12 of 12 months, last 2026-09; T&M share 4.3% <= 25.0%", managed.evidence());

    ClientSegment agreement = rows.get("Agreement Co");
    assertEquals(Segment.MANAGED, agreement.segment(), "the managed agreement is active");
    assertEquals(7, agreement.recurringMonths());
    assertEquals(YearMonth.parse("2026-04"), agreement.lastRecurringMonth());
    assertEquals(
        "recurring in 7 of 12 months, last 2026-04 (a managed agreement is active); T&M share"
            + " 0.0% <= 25.0%",
        agreement.evidence());

    ClientSegment hybrid = rows.get("Hybrid Co");
    assertEquals(Segment.HYBRID, hybrid.segment());
    assertDecimal("4800.00", hybrid.recurringRevenue(), "6 x 800");
    assertDecimal("1750.00", hybrid.tmRevenue(), "300 + 450 + 1000");
    assertEquals(6, hybrid.recurringMonths());
    assertEquals(3, hybrid.tmMonths());
    assertDecimal("0.2672", hybrid.tmShare(), "1750 / 6550");
    assertFalse(hybrid.managedAgreement());

    ClientSegment breakFix = rows.get("Breakfix Co");
    assertEquals(Segment.BREAK_FIX, breakFix.segment());
    assertDecimal("675.00", breakFix.tmRevenue(), "200 + 350 + 125");
    assertDecimal("5000.00", breakFix.projectRevenue(), "migration is a project word");
    assertEquals(3, breakFix.tmMonths());
    assertDecimal("0.1189", breakFix.tmShare(), "675 / 5675");
    assertNull(breakFix.lastRecurringMonth());
    assertEquals("T&M in 3 of 12 months; no recurring invoice", breakFix.evidence());
    assertDecimal("5.00", breakFix.hours(), "hours");

    ClientSegment steady = rows.get("Steady Co");
    assertEquals(Segment.PROJECT_ONLY, steady.segment());
    assertDecimal("710.00", steady.recurringRevenue(), "710 follows 706 and 700, within 2%");
    assertDecimal("1406.00", steady.tmRevenue(), "700 and 706 lack two months before them");
    assertEquals(1, steady.recurringMonths());
    assertEquals(2, steady.tmMonths());

    ClientSegment gadget = rows.get("Gadget Co");
    assertEquals(Segment.PROJECT_ONLY, gadget.segment());
    assertDecimal("1200.00", gadget.productRevenue(), "laptop is a product word");
    assertNull(gadget.tmShare(), "no recurring, T&M or project revenue");

    ClientSegment lapsed = rows.get("Lapsed Co");
    assertEquals(Segment.PROJECT_ONLY, lapsed.segment(), "no recurring invoice since 2026-03");
    assertEquals(6, lapsed.recurringMonths());
    assertEquals(
        "T&M in 0 of 12 months (fewer than 3); recurring in 6 of 12 months, last 2026-03 (none in"
            + " the last 3 months)",
        lapsed.evidence());

    ClientSegment kinded = rows.get("Kinded Co");
    assertDecimal("250.00", kinded.projectRevenue(), "the kind column wins over 'Monthly'");
    assertDecimal("50.00", kinded.otherRevenue(), "other");
    assertEquals(0, kinded.recurringMonths());
  }

  @Test
  void theSummaryGivesClientsRevenueHoursAndShares() {
    SegmentAnalysis.Result result = run(fixture(), false);
    List<SegmentSummary> summary = result.summary();
    assertEquals(
        List.of(Segment.MANAGED, Segment.HYBRID, Segment.BREAK_FIX, Segment.PROJECT_ONLY),
        summary.stream().map(SegmentSummary::segment).toList());
    assertEquals(2, summary.get(0).clients());
    assertDecimal("14300.00", summary.get(0).revenue(), "11500 + 2800");
    assertDecimal("0.4315", summary.get(0).shareOfRevenue(), "14300 / 33141");
    assertDecimal("0.1976", summary.get(1).shareOfRevenue(), "6550 / 33141");
    assertDecimal("5675.00", summary.get(2).revenue(), "break-fix");
    assertDecimal("5.00", summary.get(2).hours(), "break-fix hours");
    assertDecimal("0.1712", summary.get(2).shareOfRevenue(), "5675 / 33141");
    assertEquals(4, summary.get(3).clients());
    assertDecimal("6616.00", summary.get(3).revenue(), "2116 + 1200 + 3000 + 300");
    assertDecimal("0.1996", summary.get(3).shareOfRevenue(), "6616 / 33141");
    assertEquals(8, result.summaryTotals().clients());
    assertDecimal("33141.00", result.summaryTotals().revenue(), "all revenue");
    assertDecimal("1.0000", result.summaryTotals().shareOfRevenue(), "all of it");
  }

  @Test
  void theMonthlyRevenueSplitsEachMonthByKind() {
    List<MonthlyRevenue> monthly = run(fixture(), false).monthly();
    assertEquals(12, monthly.size());
    MonthlyRevenue february = monthly.get(4);
    assertEquals(YearMonth.parse("2026-02"), february.month());
    assertDecimal("1900.00", february.recurring(), "Managed 1000 + Agreement 400 + Lapsed 500");
    assertDecimal("500.00", february.timeAndMaterials(), "the visit");
    assertDecimal("1200.00", february.product(), "the laptop");
    MonthlyRevenue march = monthly.get(5);
    assertDecimal("900.00", march.recurring(), "1000 - 1000 + 400 + 500");
    assertDecimal("125.00", march.timeAndMaterials(), "break-fix");
  }

  @Test
  void allListsInactiveClients() {
    SegmentAnalysis.Result result = run(fixture(), true);
    ClientSegment quiet = result.rows().get(result.rows().size() - 1);
    assertEquals("Quiet Co", quiet.client());
    assertEquals(Segment.INACTIVE, quiet.segment());
    assertEquals("no invoice, ticket or time entry in the window", quiet.evidence());
    assertEquals(Segment.INACTIVE, result.summary().get(4).segment());
    assertEquals(1, result.summary().get(4).clients());
  }

  @Test
  void theTotalsSumTheKinds() {
    ClientSegment totals = run(fixture(), false).totals();
    assertDecimal("33141.00", totals.revenue(), "revenue");
    assertDecimal("22310.00", totals.recurringRevenue(), "11000 + 2800 + 4800 + 710 + 3000");
    assertDecimal("4331.00", totals.tmRevenue(), "500 + 1750 + 675 + 1406");
    assertDecimal("5250.00", totals.projectRevenue(), "5000 + 250");
    assertDecimal("1200.00", totals.productRevenue(), "product");
    assertDecimal("50.00", totals.otherRevenue(), "other");
  }
}
