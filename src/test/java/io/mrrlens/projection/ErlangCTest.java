package io.mrrlens.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Erlang C against published values and known identities (projection.md). */
class ErlangCTest {

  @Test
  void tenErlangsOnFourteenAgents() {
    // 100 arrivals per 30 minutes of 180 s each: 10 Erlangs; target 20 s = 1/9 handle time.
    double load = 100 * 180 / 1800.0;
    double target = 20 / 180.0;
    assertEquals(0.1741, ErlangC.probabilityOfWaiting(14, load), 0.00005);
    assertEquals(0.8884, ErlangC.serviceLevel(14, load, target), 0.00005);
    assertEquals(7.84, ErlangC.meanWait(14, load) * 180, 0.005);
  }

  @Test
  void thirtyThreeErlangsNeedThirtyEightAgentsForEightyPercent() {
    double load = 1000 * 120 / 3600.0;
    double target = 20 / 120.0;
    assertEquals(38, ErlangC.agentsFor(load, target, 0.80));
    assertEquals(0.847, ErlangC.serviceLevel(38, load, target), 0.0005);
    assertTrue(ErlangC.serviceLevel(37, load, target) < 0.80);
    assertEquals(0.1907, ErlangC.probabilityOfWaiting(40, load), 0.00005);
    assertEquals(0.9372, ErlangC.serviceLevel(40, load, target), 0.00005);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.1, 0.5, 0.9, 0.999})
  void withOneAgentTheProbabilityOfWaitingIsTheLoad(double load) {
    assertEquals(load, ErlangC.probabilityOfWaiting(1, load), 1e-12);
  }

  @Test
  void aLoadAtOrAboveTheAgentsAlwaysWaits() {
    assertEquals(1.0, ErlangC.probabilityOfWaiting(5, 5.0));
    assertEquals(1.0, ErlangC.probabilityOfWaiting(5, 7.5));
    assertEquals(0.0, ErlangC.serviceLevel(5, 5.0, 1.0));
    assertEquals(Double.POSITIVE_INFINITY, ErlangC.meanWait(5, 6.0));
  }

  @Test
  void hundredsOfErlangsStayFiniteAndOrdered() {
    double load = 800;
    int agents = ErlangC.agentsFor(load, 0.1, 0.8);
    assertTrue(agents > 800 && agents < 900, "agents " + agents);
    double below = ErlangC.serviceLevel(agents - 1, load, 0.1);
    double at = ErlangC.serviceLevel(agents, load, 0.1);
    assertTrue(below < 0.8 && at >= 0.8, below + " " + at);
    double c = ErlangC.probabilityOfWaiting(900, load);
    assertTrue(c > 0 && c < 1e-3 && Double.isFinite(c), "C = " + c);
  }

  @Test
  void moreAgentsNeverWaitLonger() {
    double previous = 1.0;
    for (int agents = 11; agents < 40; agents++) {
      double c = ErlangC.probabilityOfWaiting(agents, 10.5);
      assertTrue(c <= previous, agents + ": " + c);
      previous = c;
    }
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ErlangC.probabilityOfWaiting(0, 1));
    assertThrows(IllegalArgumentException.class, () -> ErlangC.probabilityOfWaiting(2, -1));
    assertThrows(IllegalArgumentException.class, () -> ErlangC.agentsFor(2, 1, 1.0));
  }
}
