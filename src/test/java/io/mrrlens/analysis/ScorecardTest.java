package io.mrrlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.model.Window;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each action rule of the scorecard, its reason, and the order of the rows. */
class ScorecardTest {
  private static final Period PERIOD =
      new Period(
          LocalDate.parse("2026-10-31"),
          new Window(YearMonth.parse("2025-11"), YearMonth.parse("2026-10")));

  private final List<ClientLabor> labor = new ArrayList<>();
  private final List<ClientPayments> payments = new ArrayList<>();
  private final List<ClientSegment> segments = new ArrayList<>();

  /**
   * A client with its segment, T&M months and share, rate, margin, grade, days late (both the
   * average and the grade's L) and oldest days past due.
   */
  private void client(
      String name,
      Segment segment,
      int tmMonths,
      String tmShare,
      String rate,
      String margin,
      Grade grade,
      String daysLate,
      long maxDaysPastDue,
      String revenue) {
    BigDecimal money = new BigDecimal(revenue);
    labor.add(
        new ClientLabor(
            name,
            0,
            BigDecimal.TEN,
            BigDecimal.TEN,
            BigDecimal.TEN,
            new BigDecimal("0.8333"),
            null,
            money,
            rate == null ? null : new BigDecimal(rate),
            null,
            margin == null ? null : new BigDecimal(margin),
            null,
            null));
    payments.add(
        new ClientPayments(
            name,
            1,
            money,
            1,
            null,
            daysLate == null ? null : new BigDecimal(daysLate),
            null,
            BigDecimal.ZERO,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            maxDaysPastDue > 0 ? maxDaysPastDue : null,
            BigDecimal.ZERO,
            0,
            null,
            grade,
            daysLate == null ? null : new BigDecimal(daysLate)));
    segments.add(
        new ClientSegment(
            name,
            segment,
            null,
            null,
            null,
            null,
            null,
            0,
            tmMonths,
            tmShare == null ? null : new BigDecimal(tmShare),
            null,
            false,
            money,
            BigDecimal.TEN,
            ""));
  }

  /**
   * Gives the last client {@code count} invoices more than 90 days past due, owing {@code owed}.
   */
  private void stale(long count, String owed) {
    ClientPayments p = payments.remove(payments.size() - 1);
    payments.add(
        new ClientPayments(
            p.client(),
            p.invoices(),
            p.billed(),
            p.paidInvoices(),
            p.avgDaysToPay(),
            p.avgDaysLate(),
            p.onTimeRate(),
            new BigDecimal(owed),
            p.agingCurrent(),
            p.aging1To30(),
            p.aging31To60(),
            p.aging61To90(),
            p.aging91To180(),
            p.aging181To365(),
            p.agingOver365(),
            p.oldestOverdueDays(),
            new BigDecimal(owed),
            count,
            p.dso(),
            p.grade(),
            p.lateness()));
  }

  private List<ClientScore> score() {
    return Scorecard.of(
        new LaborAnalysis.Result(labor, null),
        new PaymentAnalysis.Result(payments, null),
        new SegmentAnalysis.Result(segments, null, List.of(), null, List.of()),
        PERIOD,
        AnalysisSettings.defaults());
  }

  private ClientScore only() {
    List<ClientScore> scores = score();
    assertEquals(1, scores.size());
    return scores.get(0);
  }

  @Test
  void gradeFAsksForPrepaymentBeforeAnythingElse() {
    client("A", Segment.BREAK_FIX, 9, "1", "61", "0.1", Grade.F, "73.6", 12, "1000");
    ClientScore score = only();
    assertEquals(Action.REQUIRE_PREPAYMENT, score.action());
    assertEquals("grade F (74 days late)", score.reason());
  }

  @Test
  void thePrepaymentReasonNamesTheGradesDaysLate() {
    client("A", Segment.MANAGED, 0, "0", "200", "0.5", Grade.F, "95.4", 95, "1000");
    assertEquals("grade F (95 days late)", only().reason());
    assertEquals(List.of(Action.REQUIRE_PREPAYMENT), only().flags());
  }

  @Test
  void aGoodPayerWithOneStaleInvoiceIsAskedToCollectIt() {
    client("A", Segment.MANAGED, 0, "0", "200", "0.5", Grade.A, "0.58", 519, "1000");
    stale(1, "783.75");
    ClientScore score = only();
    assertEquals(Action.COLLECT, score.action());
    assertEquals("1 invoice 519 days past due (783.75)", score.reason());
    assertEquals(List.of(Action.COLLECT), score.flags());
  }

  @Test
  void severalStaleInvoicesAreCountedWithTheOldest() {
    client("A", Segment.MANAGED, 0, "0", "200", "0.5", Grade.B, "4", 400, "1000");
    stale(3, "12345.5");
    assertEquals(
        "3 invoices more than 90 days past due, the oldest 400 days (12,345.50)", only().reason());
  }

  @Test
  void theFlagsListEveryRuleThatHoldsInTheRulesOrder() {
    client("A", Segment.BREAK_FIX, 9, "1", "61", "-0.1", Grade.F, "70", 200, "1000");
    stale(2, "500");
    ClientScore score = only();
    assertEquals(Action.REQUIRE_PREPAYMENT, score.action());
    assertEquals(
        List.of(
            Action.REQUIRE_PREPAYMENT, Action.COLLECT, Action.CONVERT_TO_MANAGED, Action.REPRICE),
        score.flags());
  }

  @Test
  void aHybridBelowTargetIsFlaggedForBoth() {
    client("A", Segment.HYBRID, 5, "0.38", "100", "0.5", Grade.A, "0", 0, "1000");
    assertEquals(List.of(Action.REPRICE, Action.FOLD_TM_INTO_CONTRACT), only().flags());
  }

  @Test
  void breakFixIsConverted() {
    client("A", Segment.BREAK_FIX, 9, "1", "61", "0.1", Grade.D, "40", 0, "1000");
    ClientScore score = only();
    assertEquals(Action.CONVERT_TO_MANAGED, score.action());
    assertEquals("T&M billed in 9 of 12 months", score.reason());
  }

  @Test
  void aRateBelowTargetIsRepriced() {
    client("A", Segment.MANAGED, 0, "0", "61.4", "0.1", Grade.A, "0", 0, "1000");
    ClientScore score = only();
    assertEquals(Action.REPRICE, score.action());
    assertEquals("effective rate 61/h below target 125/h", score.reason());
  }

  @Test
  void aRateJustBelowTheTargetShowsItsCents() {
    client("A", Segment.MANAGED, 0, "0", "124.6", "0.1", Grade.A, "0", 0, "1000");
    assertEquals("effective rate 124.60/h below target 125/h", only().reason());
  }

  @Test
  void aNegativeMarginIsRepricedEvenAboveTheTargetRate() {
    client("A", Segment.PROJECT_ONLY, 0, null, "130", "-0.125", Grade.A, "0", 0, "1000");
    ClientScore score = only();
    assertEquals(Action.REPRICE, score.action());
    assertEquals("margin -12.5%: labor costs more than it brings in", score.reason());
  }

  @Test
  void hybridFoldsItsTmIntoTheContract() {
    client("A", Segment.HYBRID, 5, "0.38", "150", "0.5", Grade.B, "4", 0, "1000");
    ClientScore score = only();
    assertEquals(Action.FOLD_TM_INTO_CONTRACT, score.action());
    assertEquals("T&M is 38.0% of contract revenue", score.reason());
  }

  @Test
  void everyoneElseIsKept() {
    client("A", Segment.MANAGED, 0, "0", "140", "0.6", Grade.A, "0", 0, "1000");
    client("B", Segment.PROJECT_ONLY, 0, null, null, null, Grade.NONE, null, 0, "300");
    List<ClientScore> scores = score();
    assertEquals(Action.KEEP, scores.get(0).action());
    assertEquals("managed, effective rate 140/h, grade A", scores.get(0).reason());
    assertEquals("project-only", scores.get(1).reason());
    assertEquals(new BigDecimal("0.8333"), scores.get(0).hoursPerMonth());
  }

  @Test
  void rowsRunFromTheMostUrgentActionThenByRevenue() {
    client("Keep", Segment.MANAGED, 0, "0", "140", "0.6", Grade.A, "0", 0, "9000");
    client("Small F", Segment.MANAGED, 0, "0", "140", "0.6", Grade.F, "70", 0, "100");
    client("Big F", Segment.MANAGED, 0, "0", "140", "0.6", Grade.F, "70", 0, "5000");
    client("Convert", Segment.BREAK_FIX, 4, "1", "140", "0.6", Grade.A, "0", 0, "800");
    assertEquals(
        List.of("Big F", "Small F", "Convert", "Keep"),
        score().stream().map(ClientScore::client).toList());
  }

  @Test
  void theActionSummaryCountsClientsAndRevenuePerAction() {
    client("Keep", Segment.MANAGED, 0, "0", "140", "0.6", Grade.A, "0", 0, "9000");
    client("F1", Segment.MANAGED, 0, "0", "140", "0.6", Grade.F, "70", 0, "100");
    client("F2", Segment.MANAGED, 0, "0", "140", "0.6", Grade.F, "70", 0, "5000");
    List<ActionSummary> actions = Scorecard.actions(score());
    assertEquals(Action.values().length, actions.size(), "every action, in order");
    assertEquals(
        new ActionSummary(Action.REQUIRE_PREPAYMENT, 2, new BigDecimal("5100")), actions.get(0));
    assertEquals(new ActionSummary(Action.COLLECT, 0, BigDecimal.ZERO), actions.get(1));
    assertEquals(new ActionSummary(Action.CONVERT_TO_MANAGED, 0, BigDecimal.ZERO), actions.get(2));
    assertEquals(new ActionSummary(Action.KEEP, 1, new BigDecimal("9000")), actions.get(5));
  }

  @Test
  void theTotalsAreTheBusinessFiguresOfTheThreeQuestions() {
    ClientLabor labor =
        new ClientLabor(
            null,
            0,
            null,
            null,
            null,
            new BigDecimal("40"),
            null,
            null,
            new BigDecimal("150"),
            null,
            new BigDecimal("0.6"),
            null,
            null);
    ClientPayments payments =
        new ClientPayments(
            null,
            0,
            null,
            0,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            BigDecimal.ZERO,
            0,
            null,
            Grade.C,
            null);
    ClientSegment segments =
        new ClientSegment(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            0,
            null,
            null,
            false,
            new BigDecimal("6000"),
            null,
            null);
    ClientScore totals =
        Scorecard.totals(
            new LaborAnalysis.Result(List.of(), labor),
            new PaymentAnalysis.Result(List.of(), payments),
            new SegmentAnalysis.Result(List.of(), segments, List.of(), null, List.of()));
    assertEquals(
        new ClientScore(
            null,
            null,
            new BigDecimal("40"),
            new BigDecimal("150"),
            new BigDecimal("0.6"),
            Grade.C,
            new BigDecimal("6000"),
            null,
            null,
            List.of()),
        totals);
  }

  @Test
  void thePrepaymentGradeIsASetting() {
    client("A", Segment.MANAGED, 0, "0", "140", "0.6", Grade.D, "45", 0, "1000");
    AnalysisSettings d =
        new AnalysisSettings(
            new BigDecimal("55"),
            List.of(),
            30,
            3,
            3,
            new BigDecimal("0.25"),
            3,
            new BigDecimal("125"),
            Grade.D);
    List<ClientScore> scores =
        Scorecard.of(
            new LaborAnalysis.Result(labor, null),
            new PaymentAnalysis.Result(payments, null),
            new SegmentAnalysis.Result(segments, null, List.of(), null, List.of()),
            PERIOD,
            d);
    assertEquals(Action.REQUIRE_PREPAYMENT, scores.get(0).action());
    assertEquals(Action.KEEP, score().get(0).action(), "with the default F, D is kept");
  }
}
