package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.importing.DatePattern.AmbiguousDatesException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as formats.md reads them: ISO always, one other pattern given or detected per file. */
class DateParserTest {

  @Nested
  class Iso {
    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "2026-10-31|2026-10-31T00:00",
          "2026-10-31T14:05|2026-10-31T14:05",
          "2026-10-31T14:05:09|2026-10-31T14:05:09",
          "2026-10-31 14:05|2026-10-31T14:05",
          "2026-10-31 14:05:09|2026-10-31T14:05:09",
          "2026-10-31T14:05:09Z|2026-10-31T14:05:09",
          "2026-10-31T14:05Z|2026-10-31T14:05",
          "2026-10-31T14:05:09+02:00|2026-10-31T14:05:09",
          "2026-10-31T23:30:00-05:00|2026-10-31T23:30",
          "2026-10-31T14:05:09+0200|2026-10-31T14:05:09",
          "2026-10-31T14:05+02|2026-10-31T14:05",
          "2026-10-31T14:05:09.123|2026-10-31T14:05:09",
          "2026-10-31T14:05:09.123456Z|2026-10-31T14:05:09",
          "2026-10-31 14:05:09,5 UTC|2026-10-31T14:05:09",
          "2026-10-31T9:05|2026-10-31T09:05",
          "2026-10-31 2:05 PM|2026-10-31T14:05",
          "2026-10-31 12:00 am|2026-10-31T00:00",
          "2024-02-29|2024-02-29T00:00",
          "' 2026-10-31 '|2026-10-31T00:00"
        })
    void readsIsoAndKeepsTheWallTime(String text, String expected) throws ValueException {
      assertEquals(LocalDateTime.parse(expected), DateParser.isoOnly().dateTime(text));
      assertEquals(LocalDateTime.parse(expected), DateParser.isoStrict().dateTime(text));
    }

    @Test
    void dateDropsTheTimeOfDay() throws ValueException {
      assertEquals(LocalDate.of(2026, 10, 31), DateParser.isoOnly().date("2026-10-31T23:59:59Z"));
      assertEquals(LocalDate.of(2026, 10, 31), DateParser.isoOnly().date("2026-10-31"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is not a valid date")
    @ValueSource(strings = {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31"})
    void rejectsImpossibleDays(String text) {
      ValueException e =
          assertThrows(ValueException.class, () -> DateParser.isoOnly().dateTime(text));
      assertEquals("is not a valid date", e.problem());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is not a valid date-time")
    @ValueSource(
        strings = {
          "2026-10-31T24:00",
          "2026-10-31T14:60",
          "2026-10-31T14:05:60",
          "2026-10-31T",
          "2026-10-31T14",
          "2026-10-31T14:05 Paris",
          "2026-10-31 13:05 PM"
        })
    void rejectsImpossibleTimes(String text) {
      ValueException e =
          assertThrows(ValueException.class, () -> DateParser.isoOnly().dateTime(text));
      assertEquals("is not a valid date-time", e.problem());
    }

    @Test
    void describesItselfAsIso() {
      assertEquals("ISO", DateParser.isoOnly().describe());
      assertEquals("ISO", DateParser.isoStrict().describe());
    }
  }

  @Nested
  class IsoOnlyAndStrict {
    @ParameterizedTest(name = "[{index}] \"{0}\" asks for detection")
    @ValueSource(
        strings = {"10/31/2026", "31.10.2026", "Oct 31, 2026", "31 Oct 2026", "2026/10/31"})
    void isoOnlyAsksForThePatternOnAnotherDateForm(String text) {
      assertThrows(UndecidedPatternException.class, () -> DateParser.isoOnly().dateTime(text));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is not a date")
    @ValueSource(strings = {"hello", "", "12345", "2026-10-31X", "13/13/2026", "31/31/2026"})
    void isoOnlyRejectsWhatIsNoDateAtAll(String text) {
      ValueException e =
          assertThrows(ValueException.class, () -> DateParser.isoOnly().dateTime(text));
      assertEquals("is not a date (expected YYYY-MM-DD)", e.problem());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is not ISO")
    @ValueSource(strings = {"10/31/2026", "31.10.2026", "Oct 31, 2026", "hello"})
    void isoStrictRejectsEveryOtherForm(String text) {
      ValueException e =
          assertThrows(ValueException.class, () -> DateParser.isoStrict().dateTime(text));
      assertEquals("is not a date (expected YYYY-MM-DD)", e.problem());
    }
  }

  @Nested
  class Explicit {
    @ParameterizedTest(name = "[{index}] {0}: \"{1}\" -> {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "MM/dd/yyyy|10/31/2026|2026-10-31T00:00",
          "MM/dd/yyyy|10/31/2026 2:05 PM|2026-10-31T14:05",
          "MM/dd/yyyy|10/31/2026 2:05 am|2026-10-31T02:05",
          "MM/dd/yyyy|10/31/2026 12:30 PM|2026-10-31T12:30",
          "MM/dd/yyyy|10/31/2026 12:30 AM|2026-10-31T00:30",
          "MM/dd/yyyy|10/31/2026 2:05:09 PM|2026-10-31T14:05:09",
          "MM/dd/yyyy|10/31/2026 14:05|2026-10-31T14:05",
          "MM/dd/yyyy|10/31/2026 14:05:09|2026-10-31T14:05:09",
          "MM/dd/yyyy|10/31/2026T14:05|2026-10-31T14:05",
          "MM/dd/yyyy|2026-10-31|2026-10-31T00:00",
          "MM/dd/yyyy|2026-10-31T08:15|2026-10-31T08:15",
          "dd/MM/yyyy|31/10/2026|2026-10-31T00:00",
          "dd/MM/yyyy|01/02/2026|2026-02-01T00:00",
          "dd/MM/yyyy|31/10/2026 14:05|2026-10-31T14:05",
          "dd.MM.yyyy|31.10.2026|2026-10-31T00:00",
          "dd.MM.yyyy|29.02.2024|2024-02-29T00:00",
          "MMM d, yyyy|Oct 31, 2026|2026-10-31T00:00",
          "MMM d, yyyy|oct 3, 2026|2026-10-03T00:00",
          "MMM d, yyyy|Oct 31, 2026 2:05 PM|2026-10-31T14:05"
        })
    void readsTheGivenPattern(String pattern, String text, String expected) throws ValueException {
      assertEquals(LocalDateTime.parse(expected), DateParser.explicit(pattern).dateTime(text));
    }

    @ParameterizedTest(name = "[{index}] {0}: \"{1}\" rejected")
    @CsvSource(
        delimiter = '|',
        value = {
          "MM/dd/yyyy|31/10/2026",
          "MM/dd/yyyy|13/01/2026",
          "MM/dd/yyyy|10/31/26",
          "MM/dd/yyyy|10-31-2026",
          "MM/dd/yyyy|hello",
          "MM/dd/yyyy|10/31/2026 25:00",
          "dd/MM/yyyy|10/31/2026",
          "dd.MM.yyyy|31/10/2026",
          "MMM d, yyyy|Foo 31, 2026"
        })
    void rejectsValuesInAnotherForm(String pattern, String text) {
      ValueException e =
          assertThrows(ValueException.class, () -> DateParser.explicit(pattern).dateTime(text));
      assertEquals("is not a date in the form " + pattern, e.problem());
    }

    @ParameterizedTest(name = "[{index}] {0}: \"{1}\" rejected")
    @CsvSource(
        delimiter = '|',
        value = {"MM/dd/yyyy|02/30/2026", "dd/MM/yyyy|31/04/2026", "dd.MM.yyyy|29.02.2025"})
    void rejectsDaysTheMonthDoesNotHave(String pattern, String text) {
      ValueException e =
          assertThrows(ValueException.class, () -> DateParser.explicit(pattern).dateTime(text));
      assertEquals("is not a date in the form " + pattern, e.problem());
    }

    @Test
    void anIsoValueThatIsInvalidStaysAnError() {
      ValueException e =
          assertThrows(
              ValueException.class, () -> DateParser.explicit("MM/dd/yyyy").dateTime("2026-02-30"));
      assertEquals("is not a valid date", e.problem());
    }

    @Test
    void rejectsAnInvalidPattern() {
      assertThrows(IllegalArgumentException.class, () -> DateParser.explicit("MM/dd/yyyy{"));
    }

    @Test
    void describesThePattern() {
      assertEquals("MM/dd/yyyy", DateParser.explicit("MM/dd/yyyy").describe());
    }
  }

  @Nested
  class Detected {
    @Test
    void readsIsoAndTheDetectedPattern() throws ValueException {
      DateParser parser = DateParser.detected(DatePattern.MONTH_DAY_YEAR);
      assertEquals(LocalDateTime.of(2026, 10, 31, 0, 0), parser.dateTime("10/31/2026"));
      assertEquals(LocalDateTime.of(2026, 1, 5, 14, 5), parser.dateTime("1/5/2026 2:05 PM"));
      assertEquals(LocalDateTime.of(2026, 10, 31, 9, 30), parser.dateTime("2026-10-31T09:30"));
      assertEquals(LocalDate.of(2026, 2, 3), parser.date("02/03/2026 23:59"));
    }

    @Test
    void rejectsValuesThePatternCannotRead() {
      DateParser parser = DateParser.detected(DatePattern.MONTH_DAY_YEAR);
      ValueException e = assertThrows(ValueException.class, () -> parser.dateTime("31/10/2026"));
      assertEquals("is not a date in the form M/d/yyyy", e.problem());
      assertThrows(ValueException.class, () -> parser.dateTime("2/30/2026"));
    }

    @Test
    void describesThePatternAsDetected() {
      assertEquals(
          "M/d/yyyy (detected)", DateParser.detected(DatePattern.MONTH_DAY_YEAR).describe());
      assertEquals(
          "d.M.yyyy (detected)", DateParser.detected(DatePattern.DAY_MONTH_YEAR_DOT).describe());
    }
  }

  @Nested
  class Patterns {
    @ParameterizedTest(name = "[{index}] {0}: \"{1}\" -> {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "MONTH_DAY_YEAR|10/31/2026|2026-10-31T00:00",
          "MONTH_DAY_YEAR|1/5/2026|2026-01-05T00:00",
          "MONTH_DAY_YEAR|10/31/2026 2:05 PM|2026-10-31T14:05",
          "MONTH_DAY_YEAR|10/31/2026 14:05:09|2026-10-31T14:05:09",
          "MONTH_DAY_YEAR|10/31/2026T14:05|2026-10-31T14:05",
          "DAY_MONTH_YEAR|31/10/2026|2026-10-31T00:00",
          "DAY_MONTH_YEAR|5/1/2026|2026-01-05T00:00",
          "DAY_MONTH_YEAR_DOT|31.10.2026|2026-10-31T00:00",
          "DAY_MONTH_YEAR_DOT|31.10.2026 14:05|2026-10-31T14:05",
          "MONTH_DAY_YEAR_DASH|10-31-2026|2026-10-31T00:00",
          "DAY_MONTH_YEAR_DASH|31-10-2026|2026-10-31T00:00",
          "YEAR_MONTH_DAY_SLASH|2026/10/31|2026-10-31T00:00",
          "MONTH_NAME_DAY_YEAR|Oct 31, 2026|2026-10-31T00:00",
          "MONTH_NAME_DAY_YEAR|Oct. 31, 2026|2026-10-31T00:00",
          "MONTH_NAME_DAY_YEAR|October 31 2026|2026-10-31T00:00",
          "MONTH_NAME_DAY_YEAR|Sept 5, 2026|2026-09-05T00:00",
          "MONTH_NAME_DAY_YEAR|Oct 31, 2026 2:05 PM|2026-10-31T14:05",
          "DAY_MONTH_NAME_YEAR|31 Oct 2026|2026-10-31T00:00",
          "DAY_MONTH_NAME_YEAR|31-Oct-2026|2026-10-31T00:00",
          "DAY_MONTH_NAME_YEAR|1 january 2026|2026-01-01T00:00"
        })
    void readsItsOwnForm(DatePattern pattern, String text, String expected) {
      assertEquals(LocalDateTime.parse(expected), pattern.parse(text));
    }

    @ParameterizedTest(name = "[{index}] {0}: \"{1}\" does not fit")
    @CsvSource(
        delimiter = '|',
        value = {
          "MONTH_DAY_YEAR|2/30/2026",
          "MONTH_DAY_YEAR|31/10/2026",
          "MONTH_DAY_YEAR|10/31/26",
          "MONTH_DAY_YEAR|10/31/2026/1",
          "MONTH_DAY_YEAR|/10/2026",
          "MONTH_DAY_YEAR|10//2026",
          "MONTH_DAY_YEAR|10/31/",
          "MONTH_DAY_YEAR|2026/10/31",
          "MONTH_DAY_YEAR|10/31/2026 25:00",
          "MONTH_DAY_YEAR|1a/3/2026",
          "DAY_MONTH_YEAR|10/31/2026",
          "DAY_MONTH_YEAR_DOT|31/10/2026",
          "YEAR_MONTH_DAY_SLASH|10/31/2026",
          "MONTH_NAME_DAY_YEAR|Foo 31, 2026",
          "MONTH_NAME_DAY_YEAR|Feb 30, 2026",
          "MONTH_NAME_DAY_YEAR|31 Oct 2026",
          "DAY_MONTH_NAME_YEAR|Oct 31, 2026"
        })
    void returnsNullWhenTheTextDoesNotFit(DatePattern pattern, String text) {
      assertNull(pattern.parse(text));
    }

    @Test
    void namesItsJavaPattern() {
      assertEquals("M/d/yyyy", DatePattern.MONTH_DAY_YEAR.javaPattern());
      assertEquals("d/M/yyyy", DatePattern.DAY_MONTH_YEAR.javaPattern());
      assertEquals("d.M.yyyy", DatePattern.DAY_MONTH_YEAR_DOT.javaPattern());
      assertEquals("MMM d, yyyy", DatePattern.MONTH_NAME_DAY_YEAR.javaPattern());
      assertEquals("d MMM yyyy", DatePattern.DAY_MONTH_NAME_YEAR.javaPattern());
    }

    @Test
    void looksLikeDateForAnyKnownForm() {
      assertTrue(DatePattern.looksLikeDate("10/31/2026"));
      assertTrue(DatePattern.looksLikeDate("31 Oct 2026"));
      assertFalse(DatePattern.looksLikeDate("hello"));
      assertFalse(DatePattern.looksLikeDate("2/30/2026"));
      assertFalse(DatePattern.looksLikeDate("12345"));
    }
  }

  @Nested
  class Decide {
    @Test
    void everyValueFittingBothOrdersIsAmbiguous() {
      List<String> values = List.of("01/02/2026", "03/04/2026", "12/11/2026", "5/6/2026 14:05");
      AmbiguousDatesException e =
          assertThrows(AmbiguousDatesException.class, () -> DatePattern.decide(values));
      assertEquals(DatePattern.MONTH_DAY_YEAR, e.one);
      assertEquals(DatePattern.DAY_MONTH_YEAR, e.other);
      assertEquals("every date fits both M/d/yyyy and d/M/yyyy", e.getMessage());
    }

    @Test
    void ambiguousDashedDatesAreAmbiguousToo() {
      AmbiguousDatesException e =
          assertThrows(
              AmbiguousDatesException.class,
              () -> DatePattern.decide(List.of("01-02-2026", "11-12-2026")));
      assertEquals(DatePattern.MONTH_DAY_YEAR_DASH, e.one);
      assertEquals(DatePattern.DAY_MONTH_YEAR_DASH, e.other);
    }

    @Test
    void oneDayAbove12DecidesMonthFirst() {
      List<String> values = List.of("01/02/2026", "03/04/2026", "10/31/2026", "12/11/2026");
      assertEquals(DatePattern.MONTH_DAY_YEAR, DatePattern.decide(values));
    }

    @Test
    void oneDayAbove12DecidesDayFirst() {
      List<String> values = List.of("01/02/2026", "31/10/2026", "12/11/2026");
      assertEquals(DatePattern.DAY_MONTH_YEAR, DatePattern.decide(values));
    }

    @Test
    void dotsAreDayFirst() {
      assertEquals(
          DatePattern.DAY_MONTH_YEAR_DOT, DatePattern.decide(List.of("31.10.2026", "01.02.2026")));
    }

    @Test
    void monthNameFirst() {
      assertEquals(
          DatePattern.MONTH_NAME_DAY_YEAR,
          DatePattern.decide(List.of("Oct 31, 2026", "Nov 1, 2026")));
    }

    @Test
    void dayFirstThenMonthName() {
      assertEquals(
          DatePattern.DAY_MONTH_NAME_YEAR,
          DatePattern.decide(List.of("31 Oct 2026", "1 Nov 2026")));
    }

    @Test
    void yearFirstWithSlashes() {
      assertEquals(
          DatePattern.YEAR_MONTH_DAY_SLASH,
          DatePattern.decide(List.of("2026/10/31", "2026/01/02")));
    }

    @Test
    void noValueFittingAnyPatternDecidesNothing() {
      assertNull(DatePattern.decide(List.of("hello", "2/30/2026", "12345")));
      assertNull(DatePattern.decide(List.of()));
    }

    @Test
    void thePatternReadingMostValuesWins() {
      List<String> values = List.of("10/31/2026", "11/30/2026", "31/12/2026", "hello");
      assertEquals(DatePattern.MONTH_DAY_YEAR, DatePattern.decide(values));
    }
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource({
    "0000-00-00, true",
    "0000-00-00 00:00:00, true",
    "0000-00-00T00:00:00, true",
    "0000-00-00 00:00:00.000, true",
    "0000-00-00 12:00:00, false",
    "0000-01-01, false",
    "2026-00-00, false",
    "00/00/0000, false"
  })
  void knowsTheZeroDateThatMeansNone(String text, boolean none) {
    assertEquals(none, DateParser.isNoDate(text));
  }

  @Test
  void rejectsALongCellByItsLength() {
    ValueException e =
        assertThrows(
            ValueException.class, () -> DateParser.isoOnly().dateTime("2".repeat(100_000)));
    assertEquals(
        "is too long for a date (at most 64 characters: is the column right?)", e.problem());
  }
}
