package io.mrrlens.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.BookTables;
import io.mrrlens.analysis.ClientHistory;
import io.mrrlens.analysis.Grade;
import io.mrrlens.analysis.History;
import io.mrrlens.analysis.MinorUnits;
import io.mrrlens.analysis.PaymentAnalysis;
import io.mrrlens.analysis.Period;
import io.mrrlens.analysis.Segment;
import io.mrrlens.analysis.SegmentAnalysis;
import io.mrrlens.config.Config;
import io.mrrlens.importing.BooksImporter;
import io.mrrlens.importing.ImportOptions;
import io.mrrlens.model.Books;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The projection: a case checked by hand, and its invariants on the sample book. */
class ProjectionTest {
  private static List<ClientHistory> sample;

  @BeforeAll
  static void readSample() {
    Books books = new BooksImporter(ImportOptions.defaults()).read(Path.of("samples/msp-book"));
    AnalysisSettings analysis = AnalysisSettings.defaults();
    BookTables tables = BookTables.of(books, analysis);
    Period period = Period.resolve(books, null, null, null);
    sample =
        History.of(
            tables,
            period,
            SegmentAnalysis.of(tables, period, analysis, false),
            PaymentAnalysis.of(tables, period, false));
  }

  private static ProjectionSettings settings(String... pairs) {
    Config config = Config.defaults();
    for (int i = 0; i < pairs.length; i += 2) {
      config = config.with(pairs[i], "test", pairs[i + 1]);
    }
    return ProjectionSettings.from(config);
  }

  /**
   * One break-fix client, two identical months of 10 hours (8 reactive), 5 tickets and 1,000.00 of
   * T&amp;M: every path is the same. Managed fee by uplift: mean spend 1,000 x 1.10 = 1,100.00.
   * Block: 10 hours at its own rate (1,000 / 10 billable hours = 100/h) less 10% = 900.00.
   */
  @Test
  void oneClientWithTwoMonthsByHand() {
    Projection.Result r =
        Projection.run(
            List.of(solo()),
            settings(
                "pricing.method",
                "uplift",
                "transition.price_elasticity",
                "0",
                "transition.accept_rate",
                "1",
                "projection.horizon",
                "4",
                "projection.paths",
                "3"));
    assertEquals(1, r.offers().size());
    Projection.Offer offer = r.offers().get(0);
    assertEquals(new BigDecimal("1100.00"), offer.fee());
    assertEquals(new BigDecimal("1000.00"), offer.currentMonthlySpend());
    assertEquals(new BigDecimal("1.1000"), offer.feeRatio());
    assertEquals(new BigDecimal("1.0000"), offer.acceptance(), "elasticity 0: the accept rate");
    assertEquals(Grade.B, offer.grade());
    assertEquals(new BigDecimal("900.00"), offer.blockFee());
    assertEquals(1, offer.month());
    checkSoloMonths(r);
  }

  /** The client of {@link #oneClientWithTwoMonthsByHand}. */
  private static ClientHistory solo() {
    return new ClientHistory(
        "Solo",
        Segment.BREAK_FIX,
        Grade.B,
        null,
        new MinorUnits(2),
        new double[] {10, 10},
        new double[] {8, 8},
        new double[] {0, 0},
        new long[] {5, 5},
        new long[] {0, 0},
        new long[] {100_000, 100_000},
        new long[] {0, 0},
        0,
        new BigDecimal("100"));
  }

  private static void checkSoloMonths(Projection.Result r) {
    Projection.Month sq = r.months().get(0);
    assertEquals(Scenario.STATUS_QUO, sq.scenario());
    assertEquals(new BigDecimal("1000.00"), sq.revenueP50());
    assertEquals(new BigDecimal("10.00"), sq.hoursP50());
    assertEquals(new BigDecimal("550.00"), sq.laborCostP50());
    assertEquals(new BigDecimal("0.4500"), sq.grossMarginP50());
    assertEquals(1, sq.techsP90());

    Projection.Month accepted = r.months().get(4);
    assertEquals(Scenario.TRANSITION, accepted.scenario());
    assertEquals(new BigDecimal("1100.00"), accepted.revenueP50());
    assertEquals(new BigDecimal("1100.00"), accepted.recurringP50());
    assertEquals(new BigDecimal("20.00"), accepted.hoursP50(), "10 + 10 onboarding hours");
    assertEquals(new BigDecimal("7.60"), r.months().get(5).hoursP50(), "10 - 8 x 30%");

    assertEquals(new BigDecimal("900.00"), r.months().get(8).revenueP50(), "the block, no overage");
    assertEquals(new BigDecimal("10.00"), r.months().get(8).hoursP50());
    assertEquals(new BigDecimal("9.20"), r.months().get(9).hoursP50(), "10 - 8 x 10%");

    Projection.Summary quo = r.summary().get(0);
    Projection.Summary transition = r.summary().get(1);
    Projection.Summary middle = r.summary().get(2);
    assertEquals(new BigDecimal("4000.00"), quo.totalRevenueP50());
    assertEquals(new BigDecimal("4400.00"), transition.totalRevenueP50());
    assertEquals(new BigDecimal("3600.00"), middle.totalRevenueP50());
    assertEquals(new BigDecimal("0.0000"), quo.volatility());
    assertEquals(new BigDecimal("0.0000"), quo.mrrShare());
    assertEquals(new BigDecimal("1.0000"), transition.mrrShare());
    assertEquals(1, transition.kept());
    assertEquals(0, transition.churned());
    // cumulative gross profit: status quo 450 a month; transition 0, 682, 1364, 2046
    assertEquals(3, transition.breakEvenMonth());
    // middle path: 350, 744, 1138, 1532 against 450, 900, 1350, 1800
    assertNull(middle.breakEvenMonth());
    assertEquals(new BigDecimal("1800.00"), quo.grossProfitP50(), "4 x 450");
    assertEquals(new BigDecimal("2046.00"), transition.grossProfitP50(), "0 + 3 x 682");
    assertEquals(new BigDecimal("1532.00"), middle.grossProfitP90());
    assertNull(quo.pGrossProfitAboveStatusQuo());
    assertEquals(new BigDecimal("1.0000"), transition.pGrossProfitAboveStatusQuo(), "every path");
    assertEquals(new BigDecimal("0.0000"), middle.pGrossProfitAboveStatusQuo(), "no path");
  }

  /**
   * The cost method by hand: months of 10, 25, 30 and 40 hours, 0, 5, 0 and 0 of them charged to
   * projects, 5, 10, 10 and 20 reactive. Support hours 10, 20, 30, 40; less 30% of the reactive
   * ones: 8.5, 17, 27, 34; P75 by nearest rank (the 3rd of 4) is 27 hours; 27 x 55.00 / (1 - 0.60)
   * = 3,712.50. Current spend: (2 x 1,000 + 2 x 3,000) / 4 = 2,000.00 a month, ratio 1.85625;
   * acceptance 0.7 / 1.85625 = 0.3771.
   */
  @Test
  void theCostBasedFeeFromTheClientsOwnMonths() {
    ClientHistory client =
        new ClientHistory(
            "Cost",
            Segment.BREAK_FIX,
            Grade.A,
            null,
            new MinorUnits(2),
            new double[] {10, 25, 30, 40},
            new double[] {5, 10, 10, 20},
            new double[] {0, 5, 0, 0},
            new long[] {1, 1, 1, 1},
            new long[] {0, 0, 0, 0},
            new long[] {100_000, 100_000, 300_000, 300_000},
            new long[] {0, 0, 0, 0},
            0,
            new BigDecimal("100"));
    assertEquals(
        new BigDecimal("27.000000"),
        Projection.expectedSupportHours(client, new BigDecimal("0.30")));
    Projection.Offer offer =
        Projection.run(List.of(client), settings("projection.paths", "10")).offers().get(0);
    assertEquals(new BigDecimal("3712.50"), offer.fee());
    assertEquals(new BigDecimal("2000.00"), offer.currentMonthlySpend());
    assertEquals(new BigDecimal("1.8563"), offer.feeRatio());
    assertEquals(new BigDecimal("0.3771"), offer.acceptance());

    Projection.Offer margin =
        Projection.run(
                List.of(client), settings("projection.paths", "10", "pricing.target_margin", "0.5"))
            .offers()
            .get(0);
    assertEquals(new BigDecimal("2970.00"), margin.fee(), "27 x 55 / 0.5");
    Projection.Offer floor =
        Projection.run(
                List.of(client), settings("projection.paths", "10", "pricing.min_fee", "5000"))
            .offers()
            .get(0);
    assertEquals(new BigDecimal("5000.00"), floor.fee(), "never below the minimum fee");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0.5, 0.7",
    "0, 1, 0.7",
    "0, 2, 0.7",
    "0, 4, 0.7",
    "1, 0.5, 0.7",
    "1, 1, 0.7",
    "1, 2, 0.35",
    "1, 4, 0.175",
    "2, 2, 0.175"
  })
  void acceptanceFallsWithTheFeeRatio(String elasticity, String ratio, double expected) {
    ProjectionSettings s = settings("transition.price_elasticity", elasticity);
    assertEquals(expected, Projection.acceptance(s, new BigDecimal(ratio)), 1e-12);
  }

  @Test
  void aClientThatSpendsNothingNowDoesNotAcceptAFee() {
    assertEquals(0.0, Projection.acceptance(settings(), null));
    assertEquals(0.7, Projection.acceptance(settings("transition.price_elasticity", "0"), null));
  }

  @Test
  void aHigherElasticityLowersEveryOffersAcceptanceOnTheSample() {
    Projection.Result flat =
        Projection.run(
            sample, settings("transition.price_elasticity", "0", "projection.paths", "10"));
    Projection.Result steep =
        Projection.run(
            sample, settings("transition.price_elasticity", "2", "projection.paths", "10"));
    for (int k = 0; k < flat.offers().size(); k++) {
      Projection.Offer a = flat.offers().get(k);
      Projection.Offer b = steep.offers().get(k);
      assertEquals(new BigDecimal("0.7000"), a.acceptance());
      double ratio = a.feeRatio().doubleValue();
      assertEquals(
          0.7 * Math.min(1, Math.pow(ratio, -2)), b.acceptance().doubleValue(), 0.0002, a.client());
    }
  }

  @Test
  void excludedGradesAreNotOffered() {
    Projection.Result all = Projection.run(sample, settings("projection.paths", "10"));
    Projection.Offer first = all.offers().get(0);
    Projection.Result without =
        Projection.run(
            sample,
            settings("projection.paths", "10", "transition.exclude_grades", first.grade().label()));
    assertTrue(without.offers().stream().noneMatch(o -> o.grade() == first.grade()));
    assertEquals(
        all.offers().stream().filter(o -> o.grade() != first.grade()).count(),
        without.offers().size());
  }

  /**
   * P(beats) known by construction: with every candidate accepting at a fee above its cost the
   * transition beats the status quo on every path; with nobody accepting and decliners staying it
   * equals the status quo on every path and so never beats it.
   */
  @Test
  void theShareOfPathsBeatingTheStatusQuo() {
    Projection.Result none =
        Projection.run(
            sample,
            settings(
                "transition.accept_rate",
                "0",
                "transition.decline",
                "stay",
                "projection.paths",
                "50"));
    assertEquals(new BigDecimal("0.0000"), none.summary().get(1).pGrossProfitAboveStatusQuo());
    assertEquals(none.summary().get(0).grossProfitP50(), none.summary().get(1).grossProfitP50());

    Projection.Result half =
        Projection.run(
            List.of(solo()),
            settings(
                "pricing.method",
                "uplift",
                "transition.price_elasticity",
                "0",
                "transition.accept_rate",
                "0.5",
                "projection.horizon",
                "4",
                "projection.paths",
                "2000"));
    // a path that accepts earns 2,046 against 1,800; one that declines churns and earns 0
    Projection.Summary transition = half.summary().get(1);
    double share = transition.pGrossProfitAboveStatusQuo().doubleValue();
    assertTrue(Math.abs(share - 0.5) < 0.04, "about half the paths accept: " + share);
  }

  @Test
  void theSensitivityCoversEveryMainAssumptionWidestFirst() {
    Projection.Result r = Projection.run(sample, settings("projection.paths", "200"));
    assertEquals(
        java.util.Set.of(
            "accept rate",
            "price elasticity",
            "reactive reduction",
            "fee level",
            "decline policy",
            "cost per hour"),
        r.sensitivity().stream()
            .map(Projection.Sensitivity::assumption)
            .collect(java.util.stream.Collectors.toSet()));
    for (int i = 1; i < r.sensitivity().size(); i++) {
      assertTrue(r.sensitivity().get(i - 1).swing().compareTo(r.sensitivity().get(i).swing()) >= 0);
    }
    Projection.Sensitivity accept = find(r, "accept rate");
    assertEquals(new BigDecimal("0.35"), accept.low());
    assertEquals(new BigDecimal("1"), accept.high(), "0.7 x 1.5 capped at 1");
    Projection.Sensitivity decline = find(r, "decline policy");
    assertEquals("churn", decline.low());
    assertEquals("stay", decline.high());
    assertTrue(
        decline.grossProfitDiffHigh().compareTo(decline.grossProfitDiffLow()) >= 0,
        "a decliner who stays keeps its profit");
    Projection.Sensitivity elasticity = find(r, "price elasticity");
    assertEquals(new BigDecimal("2.0"), elasticity.high());
  }

  /**
   * Each figure of the sensitivity equals a whole run at its value: the transition's P50 gross
   * profit less the status quo's (the sensitivity plays every value on the base run's draws in one
   * pass; this checks the pass against runs of their own).
   */
  @ParameterizedTest
  @CsvSource({"churn, break-fix, cost", "stay, 'break-fix,hybrid', cost", "churn, hybrid, uplift"})
  void eachSensitivityFigureIsAWholeRunAtItsValue(String decline, String include, String pricing) {
    String[] base = {
      "projection.paths", "150",
      "projection.horizon", "9",
      "transition.decline", decline,
      "transition.include", include,
      "pricing.method", pricing
    };
    Projection.Result r = Projection.run(sample, settings(base));
    assertEquals(6, r.sensitivity().size());
    for (Projection.Sensitivity row : r.sensitivity()) {
      assertEquals(
          profitDifference(variant(base, row.assumption(), row.low())),
          row.grossProfitDiffLow(),
          row.assumption() + " low");
      assertEquals(
          profitDifference(variant(base, row.assumption(), row.high())),
          row.grossProfitDiffHigh(),
          row.assumption() + " high");
    }
  }

  /** The settings with one assumption at a value of the sensitivity. */
  private static ProjectionSettings variant(String[] base, String assumption, Object value) {
    String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    String key =
        switch (assumption) {
          case "accept rate" -> "transition.accept_rate";
          case "price elasticity" -> "transition.price_elasticity";
          case "reactive reduction" -> "transition.reactive_reduction";
          case "decline policy" -> "transition.decline";
          case "cost per hour" -> "labor.cost_per_hour";
          case "fee level" -> null;
          default -> throw new AssertionError(assumption);
        };
    if (key != null) {
      String[] pairs = java.util.Arrays.copyOf(base, base.length + 2);
      pairs[base.length] = key;
      pairs[base.length + 1] = text;
      return settings(pairs);
    }
    // the fee level has no setting of its own: a factor on the fees
    ProjectionSettings s = settings(base);
    return s.with(
        s.acceptRate(),
        s.priceElasticity(),
        s.declineChurns(),
        s.reactiveReduction(),
        s.feeLevel().multiply((BigDecimal) value),
        s.costPerHour());
  }

  /** A whole run's transition P50 gross profit less its status quo's. */
  private static BigDecimal profitDifference(ProjectionSettings s) {
    List<Projection.Summary> summary = Projection.run(sample, s).summary();
    return summary.get(1).grossProfitP50().subtract(summary.get(0).grossProfitP50());
  }

  /**
   * A higher accept rate never lowers the transition's P50 gross profit when every fee is above the
   * client's cost and a decliner stays: each acceptance adds profit on the same draws.
   */
  @ParameterizedTest
  @ValueSource(strings = {"0.1", "0.3", "0.5", "0.7", "0.9"})
  void aHigherAcceptRateNeverLowersTheTransitionsProfit(String rate) {
    String higher = new BigDecimal(rate).add(new BigDecimal("0.1")).toPlainString();
    BigDecimal low = transitionProfit(rate);
    BigDecimal high = transitionProfit(higher);
    assertTrue(high.compareTo(low) >= 0, rate + ": " + low + " then " + higher + ": " + high);
  }

  private static BigDecimal transitionProfit(String acceptRate) {
    return Projection.run(
            List.of(solo()),
            settings(
                "transition.accept_rate",
                acceptRate,
                "transition.decline",
                "stay",
                "projection.horizon",
                "6",
                "projection.paths",
                "400"))
        .summary()
        .get(1)
        .grossProfitP50();
  }

  private static Projection.Sensitivity find(Projection.Result r, String assumption) {
    return r.sensitivity().stream()
        .filter(s -> s.assumption().equals(assumption))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void nobodyAcceptingAndDeclinersStayingIsTheStatusQuo() {
    Projection.Result r =
        Projection.run(
            sample,
            settings(
                "transition.accept_rate",
                "0",
                "transition.decline",
                "stay",
                "projection.paths",
                "200"));
    int horizon = 24;
    for (int t = 0; t < horizon; t++) {
      Projection.Month quo = r.months().get(t);
      for (int s = 1; s < 3; s++) {
        Projection.Month other = r.months().get(s * horizon + t);
        assertEquals(quo.revenueP10(), other.revenueP10());
        assertEquals(quo.revenueP50(), other.revenueP50());
        assertEquals(quo.revenueP90(), other.revenueP90());
        assertEquals(quo.hoursP90(), other.hoursP90());
        assertEquals(quo.techsP90(), other.techsP90());
      }
    }
    assertEquals(0, r.summary().get(1).kept());
    assertEquals(0, r.summary().get(1).churned());
  }

  @Test
  void percentilesAreOrderedEverywhere() {
    Projection.Result r = Projection.run(sample, settings("projection.paths", "300"));
    for (Projection.Month m : r.months()) {
      assertTrue(m.revenueP10().compareTo(m.revenueP50()) <= 0, m.toString());
      assertTrue(m.revenueP50().compareTo(m.revenueP90()) <= 0, m.toString());
      assertTrue(m.hoursP50().compareTo(m.hoursP90()) <= 0, m.toString());
      assertTrue(m.techsP50() <= m.techsP90(), m.toString());
    }
    for (Projection.Summary s : r.summary()) {
      assertTrue(s.totalRevenueP10().compareTo(s.totalRevenueP50()) <= 0);
      assertTrue(s.totalRevenueP50().compareTo(s.totalRevenueP90()) <= 0);
    }
  }

  @Test
  void theSameSeedGivesTheSameResult() {
    ProjectionSettings s = settings("projection.paths", "300", "projection.seed", "7");
    assertEquals(Projection.run(sample, s), Projection.run(sample, s));
  }

  @Test
  void morePathsNarrowTheErrorOfTheMedian() {
    double few = spreadOfMedianTotal(20);
    double many = spreadOfMedianTotal(800);
    assertTrue(many < few, "spread with 800 paths " + many + " vs 20 paths " + few);
  }

  /** The range, over five seeds, of the status quo's median total revenue. */
  private static double spreadOfMedianTotal(int paths) {
    double low = Double.MAX_VALUE;
    double high = -Double.MAX_VALUE;
    for (int seed = 1; seed <= 5; seed++) {
      double total =
          Projection.run(
                  sample, settings("projection.paths", "" + paths, "projection.seed", "" + seed))
              .summary()
              .get(0)
              .totalRevenueP50()
              .doubleValue();
      low = Math.min(low, total);
      high = Math.max(high, total);
    }
    return high - low;
  }

  @Test
  void clientsOfferedAfterTheHorizonAreNeitherKeptNorChurned() {
    Projection.Result r =
        Projection.run(
            sample,
            settings(
                "transition.price_elasticity",
                "0",
                "transition.accept_rate",
                "1",
                "projection.horizon",
                "2",
                "projection.paths",
                "20"));
    long offeredInTime = r.offers().stream().filter(o -> o.month() <= 2).count();
    assertTrue(offeredInTime < r.offers().size(), "the sample has candidates for 6 ramp months");
    assertEquals(offeredInTime, r.summary().get(1).kept());
  }

  @Test
  void nearestRankPercentiles() {
    assertEquals(0, Projection.rank(1, 0.5));
    assertEquals(999, Projection.rank(2000, 0.5));
    assertEquals(1799, Projection.rank(2000, 0.9));
    assertEquals(199, Projection.rank(2000, 0.1));
    assertEquals(
        3,
        Projection.breakEven(new long[] {0, 682, 1364, 2046}, new long[] {450, 900, 1350, 1800}));
    assertNull(Projection.breakEven(new long[] {500, 400}, new long[] {450, 900}));
  }
}
