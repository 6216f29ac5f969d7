package io.mrrlens.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.BookTables;
import io.mrrlens.analysis.ClientHistory;
import io.mrrlens.analysis.History;
import io.mrrlens.analysis.MinorUnits;
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

/** The projection: a case checked by hand, and its invariants on the sample book. */
class ProjectionTest {
  private static List<ClientHistory> sample;

  @BeforeAll
  static void readSample() {
    Books books = new BooksImporter(ImportOptions.defaults()).read(Path.of("samples/msp-book"));
    AnalysisSettings analysis = AnalysisSettings.defaults();
    BookTables tables = BookTables.of(books, analysis);
    Period period = Period.resolve(books, null, null, null);
    sample = History.of(tables, period, SegmentAnalysis.of(tables, period, analysis, false));
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
   * T&amp;M: every path is the same. Managed fee: mean spend 1,000 x 1.10 = 1,100.00. Block: 10
   * hours at its own rate (1,000 / 10 billable hours = 100/h) less 10% = 900.00.
   */
  @Test
  void oneClientWithTwoMonthsByHand() {
    ClientHistory solo =
        new ClientHistory(
            "Solo",
            Segment.BREAK_FIX,
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
    Projection.Result r =
        Projection.run(
            List.of(solo),
            settings(
                "transition.accept_rate", "1", "projection.horizon", "4", "projection.paths", "3"));
    assertEquals(1, r.offers().size());
    assertEquals(new BigDecimal("1100.00"), r.offers().get(0).fee());
    assertEquals(new BigDecimal("900.00"), r.offers().get(0).blockFee());
    assertEquals(1, r.offers().get(0).month());

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
