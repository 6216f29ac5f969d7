package io.mrrlens.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.analysis.ClientHistory;
import io.mrrlens.analysis.Grade;
import io.mrrlens.analysis.MinorUnits;
import io.mrrlens.analysis.Segment;
import io.mrrlens.config.Config;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With no fall in reactive hours, no onboarding, every candidate accepting and a price equal to its
 * historical spend (uplift 1, no floor, no endpoints), the transition leaves revenue unchanged in
 * expectation (seeded random books; each case is repeatable).
 */
class ProjectionExpectationTest {

  private static List<ClientHistory> randomClients(long seed) {
    Random random = new Random(seed);
    List<ClientHistory> clients = new ArrayList<>();
    for (int c = 0; c < 40; c++) {
      int months = 12;
      double[] hours = new double[months];
      double[] reactive = new double[months];
      long[] tickets = new long[months];
      long[] tm = new long[months];
      long[] project = new long[months];
      for (int m = 0; m < months; m++) {
        hours[m] = random.nextInt(40);
        reactive[m] = hours[m] * random.nextDouble();
        tickets[m] = random.nextInt(20);
        tm[m] = random.nextInt(500_000);
      }
      clients.add(
          new ClientHistory(
              "Client " + c,
              Segment.BREAK_FIX,
              Grade.NONE,
              null,
              new MinorUnits(2),
              hours,
              reactive,
              new double[months],
              tickets,
              new long[months],
              tm,
              project,
              0,
              null));
    }
    return clients;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void revenueIsUnchangedInExpectation(long seed) {
    Config config = Config.defaults();
    String[] pairs = {
      "transition.accept_rate", "1",
      "transition.reactive_reduction", "0",
      "transition.onboarding_hours", "0",
      "transition.onboarding_hours_per_endpoint", "0",
      "pricing.method", "uplift",
      "pricing.uplift", "1",
      "transition.price_elasticity", "0",
      "pricing.min_fee", "0",
      "projection.paths", "1000",
      "projection.seed", "" + seed
    };
    for (int i = 0; i < pairs.length; i += 2) {
      config = config.with(pairs[i], "test", pairs[i + 1]);
    }
    Projection.Result result = Projection.run(randomClients(seed), ProjectionSettings.from(config));
    BigDecimal quo = result.summary().get(0).totalRevenueP50();
    BigDecimal transition = result.summary().get(1).totalRevenueP50();
    double gap = transition.subtract(quo).abs().doubleValue() / quo.doubleValue();
    assertTrue(gap < 0.01, "transition " + transition + " vs status quo " + quo);
    assertEquals(40, result.summary().get(1).kept());
    // hours are those of the status quo, month by month
    for (int t = 0; t < 24; t++) {
      assertEquals(result.months().get(t).hoursP50(), result.months().get(24 + t).hoursP50());
    }
  }
}
