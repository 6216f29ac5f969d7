package io.mrrlens.analysis;

import static io.mrrlens.analysis.BookBuilder.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mrrlens.model.ChargeTo;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Question 1 against values computed by hand (metrics.md). */
class LaborAnalysisTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-10-15");

  /**
   * as_of 2026-10-15 is not a month end, so the window is 2025-10 to 2026-09 (M = 12). Acme: 2
   * tickets and 7.75 hours in the window (4.75 billable; 5.50 reactive: the 1.25 on a maintenance
   * ticket and the hour charged to a project are proactive), revenue 1,000 + 550 - 100 (credit
   * memo) = 1,450, 10 endpoints. Bravo: 7.75 hours, no invoice, endpoints unknown. Charlie: only an
   * invoice, 0 endpoints. Delta: nothing in the window.
   */
  static BookBuilder fixture() {
    BookBuilder b = new BookBuilder();
    b.client("Acme", 10).client("Bravo", null).client("Charlie Co", 0).client("Delta", 3);
    String t1 = b.ticket("Acme", "2025-10-01", "incident");
    String t2 = b.ticket("Acme", "2026-09-30", "Scheduled Maintenance");
    b.ticket("Acme", "2025-09-30", "incident");
    b.ticket("Acme", "2026-10-01", "incident");
    b.ticket("Delta", "2025-01-01", "incident");
    b.entry("Acme", "2025-10-02", "2.5", true, "remote", ChargeTo.TIME_AND_MATERIALS, t1);
    b.entry("Acme", "2026-09-30", "1.25", true, "remote", ChargeTo.AGREEMENT, t2);
    b.entry("Acme", "2026-03-10", "3", false, "Onsite", null, null);
    b.entry("Acme", "2026-05-05", "1", true, null, ChargeTo.PROJECT, null);
    b.entry("Acme", "2025-09-30", "5");
    b.entry("Acme", "2026-10-01", "4");
    b.entry("Bravo", "2026-01-15", "7.75", true, "remote", null, "T-UNKNOWN");
    b.invoice("Acme", "2025-10-31", "1000.00", "Support");
    b.invoice("Acme", "2026-02-01", "550.00", "Support");
    b.invoice("Acme", "2026-03-01", "-100.00", "Credit");
    b.invoice("Acme", "2025-09-30", "999.00", "Support");
    b.invoice("Charlie Co", "2026-06-30", "300.00", "Cabling");
    return b;
  }

  private static LaborAnalysis.Result run(BookBuilder b, boolean all) {
    BookTables tables = b.tables();
    Period period = Period.resolve(b.books(), AS_OF, null, null);
    return LaborAnalysis.of(tables, period, AnalysisSettings.defaults(), all);
  }

  @Test
  void everyFieldOfEachClientMatchesTheHandComputedValue() {
    LaborAnalysis.Result result = run(fixture(), false);
    assertEquals(
        List.of("Acme", "Bravo", "Charlie Co"),
        result.rows().stream().map(ClientLabor::client).toList(),
        "most hours first; Acme and Bravo tie at 7.75 and sort by name; Delta is inactive");

    ClientLabor acme = result.rows().get(0);
    assertEquals(2, acme.tickets());
    assertDecimal("7.75", acme.hours(), "hours");
    assertDecimal("4.75", acme.billableHours(), "billable");
    assertDecimal("5.50", acme.reactiveHours(), "reactive");
    assertDecimal("0.6458", acme.hoursPerMonth(), "7.75 / 12");
    assertDecimal("0.5000", acme.shareOfHours(), "7.75 / 15.5");
    assertDecimal("1450.00", acme.revenue(), "credit memo included, other months left out");
    assertDecimal("187.0968", acme.effectiveRate(), "1450 / 7.75");
    assertDecimal("426.25", acme.laborCost(), "7.75 x 55");
    assertDecimal("0.7060", acme.margin(), "(1450 - 426.25) / 1450");
    assertEquals(10, acme.endpoints());
    assertDecimal("0.0458", acme.rhem(), "5.5 / 10 / 12");

    ClientLabor bravo = result.rows().get(1);
    assertEquals(0, bravo.tickets());
    assertDecimal("7.75", bravo.reactiveHours(), "an unknown ticket leaves the entry reactive");
    assertDecimal("0.0000", bravo.effectiveRate(), "no revenue over 7.75 hours");
    assertNull(bravo.margin(), "margin is empty when revenue <= 0");
    assertNull(bravo.endpoints());
    assertNull(bravo.rhem(), "rhem is empty when endpoints are unknown");

    ClientLabor charlie = result.rows().get(2);
    assertDecimal("0.00", charlie.hours(), "a client present only in invoices");
    assertNull(charlie.effectiveRate(), "empty when hours = 0");
    assertDecimal("0.0000", charlie.shareOfHours(), "no hours");
    assertDecimal("1.0000", charlie.margin(), "no labor cost");
    assertEquals(0, charlie.endpoints());
    assertNull(charlie.rhem(), "rhem is empty when endpoints are 0");
  }

  @Test
  void theTotalsAreTheWholeBusiness() {
    ClientLabor totals = run(fixture(), false).totals();
    assertNull(totals.client());
    assertEquals(2, totals.tickets());
    assertDecimal("15.50", totals.hours(), "hours");
    assertDecimal("12.50", totals.billableHours(), "billable");
    assertDecimal("13.25", totals.reactiveHours(), "reactive");
    assertDecimal("1.2917", totals.hoursPerMonth(), "15.5 / 12");
    assertDecimal("1.0000", totals.shareOfHours(), "share");
    assertDecimal("1750.00", totals.revenue(), "revenue");
    assertDecimal("112.9032", totals.effectiveRate(), "1750 / 15.5");
    assertDecimal("852.50", totals.laborCost(), "15.5 x 55");
    assertDecimal("0.5129", totals.margin(), "(1750 - 852.5) / 1750");
    assertEquals(10, totals.endpoints(), "known endpoints of the rows: 10 + 0");
    assertDecimal("0.0458", totals.rhem(), "reactive hours with endpoints 5.5 / 10 / 12");
  }

  @Test
  void allListsInactiveClientsWithZeros() {
    LaborAnalysis.Result result = run(fixture(), true);
    ClientLabor delta = result.rows().get(result.rows().size() - 1);
    assertEquals("Delta", delta.client());
    assertEquals(13, result.totals().endpoints(), "with --all the totals count Delta's 3");
    assertEquals(0, delta.tickets());
    assertDecimal("0.00", delta.hours(), "hours");
    assertDecimal("0.0000", delta.rhem(), "0 reactive hours over 3 endpoints");
  }

  @Test
  void proactiveComesFromChargeToTicketTypeOrWorkTypeIgnoringCase() {
    BookBuilder b = new BookBuilder();
    String qbr = b.ticket("Acme", "2026-01-05", "QBR");
    String incident = b.ticket("Acme", "2026-01-05", "Incident");
    b.entry("Acme", "2026-01-05", "1", true, null, null, qbr);
    b.entry("Acme", "2026-01-05", "2", true, "vCIO planning", null, incident);
    b.entry("Acme", "2026-01-05", "4", true, "Patching", null, null);
    b.entry("Acme", "2026-01-05", "8", true, "remote", ChargeTo.PROJECT, incident);
    b.entry("Acme", "2026-01-05", "16", true, "remote", ChargeTo.AGREEMENT, incident);
    ClientLabor acme = run(b, false).rows().get(0);
    assertDecimal("31.00", acme.hours(), "hours");
    assertDecimal("16.00", acme.reactiveHours(), "only the remote incident work is reactive");
  }

  @Test
  void theProactiveWordsComeFromTheSettings() {
    BookBuilder b = new BookBuilder();
    b.entry("Acme", "2026-01-05", "2", true, "Training", null, null);
    b.entry("Acme", "2026-01-05", "3", true, "maintenance", null, null);
    AnalysisSettings settings =
        new AnalysisSettings(
            new java.math.BigDecimal("60"),
            List.of("TRAINING"),
            30,
            3,
            3,
            new java.math.BigDecimal("0.25"),
            3,
            new java.math.BigDecimal("125"),
            Grade.F);
    BookTables tables = BookTables.of(b.books(), settings);
    Period period = Period.resolve(b.books(), AS_OF, null, null);
    ClientLabor acme = LaborAnalysis.of(tables, period, settings, false).rows().get(0);
    assertDecimal("3.00", acme.reactiveHours(), "maintenance is reactive with these words");
    assertDecimal("300.00", acme.laborCost(), "5 x 60");
  }

  @Test
  void namesDifferingInCaseAndSpacingAreOneClient() {
    BookBuilder b = new BookBuilder();
    b.entry("Acme  Corp", "2026-01-05", "1");
    b.entry("acme corp", "2026-01-06", "2");
    b.invoice(" ACME CORP ", "2026-01-31", "300.00", "Support");
    LaborAnalysis.Result result = run(b, false);
    assertEquals(1, result.rows().size());
    assertEquals(
        "ACME CORP", result.rows().get(0).client(), "one spelling, whatever the row order");
    assertDecimal("100.0000", result.rows().get(0).effectiveRate(), "300 / 3");
  }

  @Test
  void anExplicitWindowChangesM() {
    BookBuilder b = fixture();
    Period period =
        Period.resolve(
            b.books(),
            AS_OF,
            java.time.YearMonth.parse("2026-01"),
            java.time.YearMonth.parse("2026-06"));
    assertEquals(6, period.months());
    ClientLabor acme =
        LaborAnalysis.of(b.tables(), period, AnalysisSettings.defaults(), false).rows().get(1);
    assertEquals("Acme", acme.client());
    assertDecimal("4.00", acme.hours(), "3 (March) + 1 (May)");
    assertDecimal("0.6667", acme.hoursPerMonth(), "4 / 6");
    assertDecimal("0.0500", acme.rhem(), "3 / 10 / 6");
  }
}
