package io.mrrlens.report;

import static io.mrrlens.report.ReportFixtures.d;
import static io.mrrlens.report.ReportFixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.projection.Projection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The executive summary of the hand-built business of {@link ReportFixtures}, word for word. */
class ExecutiveSummaryTest {

  @Test
  void theParagraphsTellTheBooksPaymentsActionsAndProjection() {
    assertEquals(
        List.of(
            "From 2025-11 to 2026-10 (12 months), 3 clients brought in 10,000 of revenue for 80"
                + " hours of work: an effective rate of 125/h against a target of 125/h, and a"
                + " margin of 56.0% after labor at 55/h.",
            // 3,000.00 over 40 hours is 75/h; the hybrid segment has no client and is left out.
            "Of these, 2 clients on a managed contract bring 70.0% of the revenue; 1 client paying"
                + " by the hour (break-fix) brings 30.0% of the revenue at an effective rate of"
                + " 75/h.",
            // DSO 45.5 rounds to 46 days, the open 1,234.56 to 1,235.
            "Payments: 1 client pays late (grade D or F). The company's DSO is 46 days, and 1,235"
                + " was still open at 2026-10-31, 200 of it more than 90 days past due.",
            "The scorecard's actions, most urgent first: require prepayment: 1 client; convert to"
                + " managed: 1 client; keep: 1 client.",
            "Projected over the next 24 months (2,000 simulated paths), the median revenue is"
                + " 100,000 if nothing changes, 110,000 if the one break-fix client is offered a"
                + " managed agreement (70.0% accept a fee at or below what they spend now, fewer as"
                + " the fee rises above it; a client that declines leaves), and 95,000 with"
                + " prepaid blocks of hours instead. With managed agreements 1 client stays and"
                + " none leave at the median; its cumulative gross profit stays at or above the"
                + " status quo's from month 7. The offer asks Beta for 600 a month against the"
                + " 250 it spends on support now (2.4 times, accepted with a chance of 29.2%)."
                + " Gross profit here is revenue less labor cost only (no tool costs: set"
                + " labor.tool_cost_per_endpoint)."),
        ExecutiveSummary.paragraphs(findings(7, null, 1)));
  }

  @Test
  void aTransitionThatBreaksEvenIsRecommendedAndPrepaymentNamed() {
    assertEquals(
        List.of(
            "Recommendation: offer managed agreements to the one break-fix client. At the median"
                + " the transition brings 110,000 of revenue over 24 months against 100,000, and"
                + " its gross profit stays ahead from month 7."
                + CERTAINTY.replace("WHAT", "Managed agreements"),
            "First, ask 1 client graded F to pay in advance: Gamma."),
        ExecutiveSummary.highlights(findings(7, null, 1)));
  }

  @Test
  void severalCandidatesAreOfferedTheLargestFirst() {
    assertEquals(
        "Recommendation: offer managed agreements to the 2 break-fix clients, the largest T&M"
            + " first, over 6 months. At the median the transition brings 110,000 of revenue over"
            + " 24 months against 100,000, and its gross profit stays ahead from month 7."
            + CERTAINTY.replace("WHAT", "Managed agreements"),
        ExecutiveSummary.highlights(findings(7, null, 2)).get(0));
  }

  @Test
  void twoOffersSayHowManyRiseAboveOneAndAHalfTimesAndTheLargest() {
    assertEquals(
        "The offers ask 1 of the 2 clients for more than 1.5 times what it spends on support"
            + " now; the largest rise is Beta's, 600 a month against 250 (2.4 times, accepted with"
            + " a chance of 29.2%).",
        lastSentence(ExecutiveSummary.paragraphs(findings(7, null, 2)).get(4)));
  }

  @Test
  void aCandidateTheScorecardAsksToPrepayIsNamedBeforeTheOffers() {
    Findings f = findings(7, null, 2);
    List<Projection.Offer> offers = new java.util.ArrayList<>(f.projection().offers());
    Projection.Offer beta = offers.get(0);
    offers.add(
        new Projection.Offer(
            "Gamma",
            3,
            io.mrrlens.analysis.Grade.F,
            d("300.00"),
            d("500.00"),
            d("1.6667"),
            d("0.4200"),
            d("2"),
            d("270.00")));
    Findings withGamma = withProjection(f, offers, f.projection().sensitivity());
    assertEquals("Beta", beta.client());
    assertEquals(
        "Before the offers: the scorecard asks Gamma to pay in advance; have that conversation"
            + " first (each offer shows the client's grade; transition.exclude_grades leaves"
            + " grades out of the offers).",
        ExecutiveSummary.highlights(withGamma).get(2));
  }

  @Test
  void whenNoAssumptionTurnsTheAnswerTheSummarySaysSoAndNamesTheNearest() {
    Findings f = findings(null, null, 1);
    Findings robust =
        withProjection(
            f,
            f.projection().offers(),
            List.of(
                new Projection.Sensitivity(
                    "accept rate", d("0.35"), d("1"), d("-9000.00"), d("-1200.40")),
                new Projection.Sensitivity(
                    "decline policy", "churn", "stay", d("-5000"), d("-800.60"))));
    String recommendation = ExecutiveSummary.highlights(robust).get(0);
    assertEquals(
        " No main assumption at its low or high value puts the transition ahead (P50 gross profit"
            + " over the horizon); the nearest is the decline policy at stay, 800 below the status"
            + " quo's.",
        recommendation.substring(recommendation.indexOf(" No main assumption")));
  }

  /** The findings with other offers and another sensitivity, everything else as they are. */
  private static Findings withProjection(
      Findings f, List<Projection.Offer> offers, List<Projection.Sensitivity> sensitivity) {
    Projection.Result p = f.projection();
    return new Findings(
        f.period(),
        f.settings(),
        f.labor(),
        f.payments(),
        f.segments(),
        f.scores(),
        f.scoreTotals(),
        new Projection.Result(offers, p.months(), p.summary(), p.handleHours(), sensitivity),
        f.projectionSettings());
  }

  /** What the fixture's projection says of its chances and its sensitivity. */
  private static final String CERTAINTY =
      " WHAT beat the status quo's gross profit over the horizon in 60.0% of the simulated paths."
          + " The answer hangs most on the accept rate: the transition's gross profit over the"
          + " horizon (P50) ends 2,000 below the status quo's at 0.35 and 6,000 above the status"
          + " quo's at 1.";

  private static String lastSentence(String paragraph) {
    int start = paragraph.lastIndexOf("The offer");
    return paragraph.substring(start, paragraph.indexOf(". Gross profit here", start) + 1);
  }

  @Test
  void withNothingProjectedNothingIsRecommended() {
    Findings none = ReportFixtures.withoutProjection();
    assertEquals(
        "Recommendation: none yet. No client was active in the window, so the books say nothing"
            + " about a change; choose a window with activity (--from, --to).",
        ExecutiveSummary.highlights(none).get(0));
    assertEquals(
        "The scorecard has no client to act on.", ExecutiveSummary.paragraphs(none).get(3));
    assertEquals(
        "Nothing was projected: no client was active in the window.",
        ExecutiveSummary.paragraphs(none).get(4));
    assertEquals(
        List.of(),
        ExecutiveSummary.figures(none).stream()
            .filter(fact -> fact.field().startsWith("transition."))
            .toList());
  }

  @Test
  void blocksOfHoursAreRecommendedWhenOnlyTheyBreakEven() {
    assertEquals(
        "Recommendation: offer the one break-fix client prepaid blocks of hours rather than"
            + " managed agreements. At the median blocks bring 95,000 of revenue over 24 months"
            + " against 100,000, and their gross profit stays ahead from month 4, while managed"
            + " agreements do not pay back within the horizon."
            + CERTAINTY.replace("WHAT", "Blocks of hours"),
        ExecutiveSummary.highlights(findings(null, 4, 1)).get(0));
  }

  @Test
  void breakFixIsKeptWhenNeitherChangeBreaksEven() {
    assertEquals(
        "Recommendation: keep break-fix for now. At the median neither managed agreements nor"
            + " blocks of hours overtake the status quo's gross profit within 24 months; the"
            + " sensitivity table shows what would have to change."
            + CERTAINTY.replace("WHAT", "Managed agreements"),
        ExecutiveSummary.highlights(findings(null, null, 1)).get(0));
  }

  @Test
  void withoutCandidatesNothingIsOffered() {
    Findings none = findings(null, null, 0);
    assertEquals(
        "Recommendation: there is no client to offer a change to; keep the current mix and work"
            + " through the scorecard's actions.",
        ExecutiveSummary.highlights(none).get(0));
    assertEquals(
        "Projected over the next 24 months (2,000 simulated paths), the median revenue is 100,000"
            + " if nothing changes; no client is in the segments offered the change"
            + " (break-fix).",
        ExecutiveSummary.paragraphs(none).get(4));
  }

  @Test
  void theFiguresAreTheFindingsValues() {
    List<Fact> facts = ExecutiveSummary.figures(findings(7, null, 1));
    assertEquals(3L, value(facts, "clients"));
    assertEquals(d("10000.00"), value(facts, "revenue"));
    assertEquals(d("0.3"), value(facts, "break_fix_share_of_revenue"));
    // simulated: rounded to the thousand
    assertEquals(d("110000"), value(facts, "transition.total_revenue_p50"));
    assertEquals("month 7", value(facts, "transition.break_even"));
    assertEquals(d("0.6"), value(facts, "transition.p_gross_profit_above_status_quo"));
    assertEquals(
        "not within the horizon",
        value(ExecutiveSummary.figures(findings(null, 3, 1)), "transition.break_even"));
  }

  @Test
  void namesListAtMostThreeClients() {
    assertEquals("A", ExecutiveSummary.names(List.of("A")));
    assertEquals("A and B", ExecutiveSummary.names(List.of("A", "B")));
    assertEquals("A, B and C", ExecutiveSummary.names(List.of("A", "B", "C")));
    assertEquals("A, B, C and 2 more", ExecutiveSummary.names(List.of("A", "B", "C", "D", "E")));
  }

  private static Object value(List<Fact> facts, String field) {
    return facts.stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow().value();
  }

  @Test
  void simulatedFiguresAreRoundedToWhatTheirUncertaintySupports() {
    assertEquals(d("37000"), ExecutiveSummary.roundedToUncertainty(d("36510.37")));
    assertEquals(d("3285000"), ExecutiveSummary.roundedToUncertainty(d("3284866.62")));
    assertEquals(d("7100"), ExecutiveSummary.roundedToUncertainty(d("7122.40")));
    assertEquals(d("-2000"), ExecutiveSummary.roundedToUncertainty(d("-1959.20")));
    assertEquals(d("-960"), ExecutiveSummary.roundedToUncertainty(d("-959.20")));
    assertEquals(d("800"), ExecutiveSummary.roundedToUncertainty(d("801")));
    assertEquals("37,000", ExecutiveSummary.simulated(d("36510.37")));
  }
}
