package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Durations as time trackers write them, and how an {@code auto} column's unit is decided. */
class DurationsTest {
  private static final DecimalParser DETECTING = DecimalParser.detecting();

  @ParameterizedTest(name = "[{index}] {0} in {1} -> {2} h, {3}")
  @CsvSource({
    "1.5, AUTO, 1.5, decimal hours",
    "'1,5', AUTO, 1.5, decimal hours",
    "8, AUTO, 8, decimal hours",
    "1:30, AUTO, 1.5, H:MM",
    "0:45, AUTO, 0.75, H:MM",
    "1:30:30, AUTO, 1.508333, H:MM:SS",
    "10:00:00, AUTO, 10, H:MM:SS",
    "5400, SECONDS, 1.5, seconds",
    "1, SECONDS, 0.000278, seconds",
    "90, MINUTES, 1.5, minutes",
    "20, MINUTES, 0.333333, minutes",
    "'20,5', HOURS, 20.5, decimal hours"
  })
  void readsEachForm(String text, FieldRule.Duration unit, String hours, String form)
      throws ValueException {
    assertEquals(new BigDecimal(hours), Durations.hours(text, unit, DETECTING));
    FieldRule.Duration shown = unit == FieldRule.Duration.AUTO ? FieldRule.Duration.HOURS : unit;
    assertEquals(form, Durations.form(text, shown).label);
  }

  @Test
  void aWholeNumberAbove24InAnAutoColumnWaitsForTheColumn() {
    assertThrows(
        UndecidedNumbersException.class,
        () -> Durations.hours("3600", FieldRule.Duration.AUTO, DETECTING));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource({
    "Duration, ",
    "Duration (s), SECONDS",
    "Dauer (Sekunden), SECONDS",
    "Duration in seconds, SECONDS",
    "Minutes, MINUTES",
    "Duration (min), MINUTES",
    "Duration (h), ",
    "Dauer, "
  })
  void readsTheUnitAHeaderNames(String header, FieldRule.Duration unit) {
    assertEquals(unit, Durations.unitOfHeader(header));
  }

  @Test
  void aColumnOfWholeNumbersMostlyAbove24HoldsSeconds() {
    Durations.Survey survey = new Durations.Survey();
    for (String cell : new String[] {"3600", "900", "20", "", "1:30"}) {
      survey.see(cell);
    }
    assertEquals(FieldRule.Duration.SECONDS, survey.decide());
  }

  @Test
  void aColumnWithOneFractionHoldsHours() {
    Durations.Survey survey = new Durations.Survey();
    for (String cell : new String[] {"30", "0.5"}) {
      survey.see(cell);
    }
    assertEquals(FieldRule.Duration.HOURS, survey.decide());
  }

  @Test
  void oneStrayWholeNumberAbove24InAColumnOfHoursStaysHours() {
    Durations.Survey survey = new Durations.Survey();
    for (String cell : new String[] {"8", "25", "4", "0"}) {
      survey.see(cell);
    }
    assertEquals(FieldRule.Duration.HOURS, survey.decide());
  }

  @Test
  void aColumnOfSmallWholeNumbersHoldsHours() {
    Durations.Survey survey = new Durations.Survey();
    for (String cell : new String[] {"8", "24", "1"}) {
      survey.see(cell);
    }
    assertEquals(FieldRule.Duration.HOURS, survey.decide());
  }

  @Test
  void rejectsWhatIsNoDuration() {
    ValueException e =
        assertThrows(
            ValueException.class,
            () -> Durations.hours("1:75", FieldRule.Duration.AUTO, DETECTING));
    assertEquals("is not a duration (hours, H:MM or H:MM:SS)", e.problem());
    assertNull(Durations.unitOfHeader("Hours"));
  }
}
