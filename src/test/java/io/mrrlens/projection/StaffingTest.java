package io.mrrlens.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.config.Config;
import org.junit.jupiter.api.Test;

/** The staffing of a ticket load, computed by hand from the defaults of projection.md. */
class StaffingTest {
  private static final StaffSettings DEFAULTS = StaffSettings.from(Config.defaults());

  @Test
  void fourHundredTicketsOfAnHourAndAHalf() {
    Staffing s = Staffing.of(400, 1.5, DEFAULTS, 8);
    assertEquals(400 / 189.0 * 1.5, s.arrivalsPerHour(), 1e-12, "3.1746 tickets an hour");
    assertEquals(400 / 189.0 * 1.5 * 1.5, s.offeredLoad(), 1e-12, "4.7619 Erlangs");
    assertEquals(600, s.workloadHours(), 1e-12);
    assertEquals(120, s.capacityHours(), 1e-12, "160 x 0.75");
    assertEquals(5, s.techsByCapacity(), "ceil(600 / 120)");
    double target = 1 / 1.5;
    assertTrue(ErlangC.serviceLevel(6, s.offeredLoad(), target) < 0.8);
    assertTrue(ErlangC.serviceLevel(7, s.offeredLoad(), target) >= 0.8);
    assertEquals(7, s.techsByServiceLevel());
    assertEquals(7, s.techsNeeded());
    assertEquals(0.9845, s.serviceLevel(), 0.00005);
    assertEquals(0.1346, s.probabilityOfWaiting(), 0.00005);
    assertEquals(
        s.probabilityOfWaiting() * 1.5 * 60 / (8 - s.offeredLoad()), s.meanWaitMinutes(), 1e-9);
    assertTrue(s.keepsUp());
  }

  @Test
  void capacityThatDividesEvenlyNeedsNoExtraTech() {
    assertEquals(2, Staffing.of(160, 1.5, DEFAULTS, null).techsByCapacity(), "240 / 120");
  }

  @Test
  void noTicketsNeedNoTechs() {
    Staffing s = Staffing.of(0, 1, DEFAULTS, null);
    assertEquals(0, s.techsNeeded());
    assertNull(s.serviceLevel());
    assertFalse(s.keepsUp());
  }

  @Test
  void aTeamBelowTheLoadDoesNotKeepUp() {
    Staffing s = Staffing.of(400, 1.5, DEFAULTS, 4);
    assertFalse(s.keepsUp());
    assertEquals(0.0, s.serviceLevel());
    assertEquals(1.0, s.probabilityOfWaiting());
    assertNull(s.meanWaitMinutes());
  }

  @Test
  void hoursPerTicketMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> Staffing.of(10, 0, DEFAULTS, null));
    assertThrows(IllegalArgumentException.class, () -> Staffing.of(-1, 1, DEFAULTS, null));
  }
}
