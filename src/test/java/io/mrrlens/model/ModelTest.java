package io.mrrlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The small value types of the model: client names, the window, spellings, invoices, agreements.
 */
class ModelTest {

  @Nested
  class ClientNames {
    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(
        delimiter = '|',
        ignoreLeadingAndTrailingWhitespace = false,
        value = {
          "Acme Corp|Acme Corp",
          "  Acme Corp  |Acme Corp",
          "Acme   Corp|Acme Corp",
          "Acme\tCorp|Acme Corp",
          "Acme \t Corp|Acme Corp",
          "Acme\u00A0Corp|Acme Corp",
          "Acme \u00A0 Corp|Acme Corp",
          "\u00A0Acme Corp\u00A0|Acme Corp",
          "Acme\u202FCorp|Acme Corp",
          "Acme\u2003Corp|Acme Corp",
          "  Big  Blue   Widgets\tLtd |Big Blue Widgets Ltd",
          "ACME corp|ACME corp"
        })
    void normalizeTrimsAndCollapsesWhitespace(String raw, String expected) {
      assertEquals(expected, ClientName.normalize(raw));
    }

    @Test
    void normalizeTreatsLineBreaksAsWhitespace() {
      assertEquals("Acme Corp", ClientName.normalize("Acme\nCorp"));
      assertEquals("Acme Corp", ClientName.normalize("Acme\r\nCorp\n"));
    }

    @Test
    void normalizeOfNothing() {
      assertEquals("", ClientName.normalize(null));
      assertEquals("", ClientName.normalize(""));
      assertEquals("", ClientName.normalize("   \t\u00A0 "));
    }

    @Test
    void normalizeLeavesANormalNameAsItIs() {
      String name = "Acme Corp";
      assertSame(name, ClientName.normalize(name));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(
        delimiter = '|',
        ignoreLeadingAndTrailingWhitespace = false,
        value = {
          "Acme Corp|acme corp",
          "ACME  corp |acme corp",
          " acme\u00A0CORP|acme corp",
          "Acme\tCorp|acme corp",
          "CAFÉ Zoë|café zoë"
        })
    void keyIsNormalisedAndLowerCase(String raw, String expected) {
      assertEquals(expected, ClientName.keyOf(raw));
    }

    @Test
    void spellingsOfOneClientShareAKey() {
      assertEquals(ClientName.keyOf("ACME  corp "), ClientName.keyOf("Acme Corp"));
      assertFalse(ClientName.keyOf("Acme Corp").equals(ClientName.keyOf("Acme Corp.")));
      assertFalse(ClientName.keyOf("Acme Corp").equals(ClientName.keyOf("AcmeCorp")));
    }

    @Test
    void ofKeepsTheDisplaySpellingAndTheKey() {
      ClientName name = ClientName.of("  ACME   Corp\t");
      assertEquals("ACME Corp", name.display());
      assertEquals("acme corp", name.key());
      assertEquals(ClientName.of("acme corp").key(), name.key());
    }
  }

  @Nested
  class Windows {
    @ParameterizedTest(name = "[{index}] as of {0}: {1}..{2}")
    @CsvSource({
      "2026-10-31, 2025-11, 2026-10",
      "2026-10-30, 2025-10, 2026-09",
      "2026-10-01, 2025-10, 2026-09",
      "2024-02-29, 2023-03, 2024-02",
      "2024-02-28, 2023-02, 2024-01",
      "2025-02-28, 2024-03, 2025-02",
      "2026-12-31, 2026-01, 2026-12",
      "2026-01-15, 2025-01, 2025-12",
      "2026-01-31, 2025-02, 2026-01"
    })
    void endingBeforeTakesTheTwelveMonthsUpToTheLastCompleteOne(
        LocalDate asOf, String from, String to) {
      Window window = Window.endingBefore(asOf);
      assertEquals(new Window(YearMonth.parse(from), YearMonth.parse(to)), window);
      assertEquals(12, window.months());
    }

    @Test
    void firstAndLastDay() {
      Window window = Window.endingBefore(LocalDate.of(2026, 10, 31));
      assertEquals(LocalDate.of(2025, 11, 1), window.firstDay());
      assertEquals(LocalDate.of(2026, 10, 31), window.lastDay());
      Window leap = Window.endingBefore(LocalDate.of(2024, 2, 29));
      assertEquals(LocalDate.of(2023, 3, 1), leap.firstDay());
      assertEquals(LocalDate.of(2024, 2, 29), leap.lastDay());
    }

    @ParameterizedTest(name = "[{index}] {0}..{1} has {2} months")
    @CsvSource({
      "2026-01, 2026-01, 1",
      "2025-11, 2026-02, 4",
      "2025-10, 2026-09, 12",
      "2024-01, 2026-12, 36",
      "2025-12, 2026-01, 2"
    })
    void monthsCountsBothEnds(String from, String to, int expected) {
      assertEquals(expected, new Window(YearMonth.parse(from), YearMonth.parse(to)).months());
    }

    @ParameterizedTest(name = "[{index}] {0} in 2025-11..2026-10: {1}")
    @CsvSource({
      "2025-10-31, false",
      "2025-11-01, true",
      "2026-02-28, true",
      "2026-10-31, true",
      "2026-11-01, false",
      "2024-12-15, false",
      "2027-06-15, false"
    })
    void containsWholeMonths(LocalDate day, boolean expected) {
      Window window = new Window(YearMonth.of(2025, 11), YearMonth.of(2026, 10));
      assertEquals(expected, window.contains(day));
    }

    @Test
    void aWindowCannotEndBeforeItStarts() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> new Window(YearMonth.of(2026, 5), YearMonth.of(2026, 4)));
      assertEquals("the window ends (2026-04) before it starts (2026-05)", e.getMessage());
    }
  }

  @Nested
  class Spellings {
    @ParameterizedTest(name = "[{index}] \"{0}\" to \"{1}\": {2}")
    @CsvSource({
      "kitten, sitting, 3",
      "flaw, lawn, 2",
      "same, same, 0",
      "'', abc, 3",
      "abc, '', 3",
      "'', '', 0",
      "a, A, 1",
      "labor.cost_per_hr, labor.cost_per_hour, 2",
      "labour, labor, 1",
      "ab, ba, 2",
      "on_eror, on_error, 1"
    })
    void distanceIsLevenshtein(String a, String b, int expected) {
      assertEquals(expected, Spelling.distance(a, b));
      assertEquals(expected, Spelling.distance(b, a));
    }

    @Test
    void nearestPicksTheClosestCandidate() {
      assertEquals(
          "labor.cost_per_hour",
          Spelling.nearest(
              "labor.cost_per_hr",
              List.of("labor.proactive_types", "labor.cost_per_hour", "payments.terms_days")));
      assertEquals("labor", Spelling.nearest("labour", List.of("block", "labor", "staff")));
    }

    @Test
    void nearestTakesTheFirstOnATie() {
      assertEquals("ax", Spelling.nearest("ab", List.of("ax", "ay")));
      assertEquals("ay", Spelling.nearest("ab", List.of("ay", "ax")));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" to \"{1}\": {2}")
    @CsvSource({
      "--fromat, --format, 1",
      "ab, ba, 1",
      "kitten, sitting, 3",
      "scorcard, scorecard, 1"
    })
    void typingDistanceCountsASwapAsOneEdit(String a, String b, int expected) {
      assertEquals(expected, Spelling.typingDistance(a, b));
      assertEquals(expected, Spelling.typingDistance(b, a));
    }

    @Test
    void nearestNamePrefersTheStartThenWordsThenSpelling() {
      List<String> names =
          List.of("juniper travel", "parkway physical therapy", "parkway dental group");
      assertEquals("parkway dental group", Spelling.nearestName("parkway", names));
      assertEquals("parkway physical therapy", Spelling.nearestName("physical parkway", names));
      assertEquals("juniper travel", Spelling.nearestName("junipr travl", names));
      assertNull(Spelling.nearestName("x", List.of()));
    }

    @Test
    void nearestOfNoCandidatesIsNull() {
      assertNull(Spelling.nearest("anything", List.of()));
    }
  }

  @Nested
  class Invoices {
    private Invoice invoice(LocalDate issued, LocalDate due, String amount) {
      return new Invoice(
          "INV-1", "Acme", issued, due, new BigDecimal(amount), null, null, null, "Monthly");
    }

    @Test
    void dueOrIsTheDueColumnWhenGiven() {
      Invoice invoice = invoice(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 15), "100.00");
      assertEquals(LocalDate.of(2026, 2, 15), invoice.dueOr(30));
      assertEquals(LocalDate.of(2026, 2, 15), invoice.dueOr(0));
    }

    @ParameterizedTest(name = "[{index}] issued {0} + {1} days = {2}")
    @CsvSource({
      "2026-01-31, 30, 2026-03-02",
      "2024-01-31, 30, 2024-03-01",
      "2026-10-15, 30, 2026-11-14",
      "2026-12-15, 30, 2027-01-14",
      "2026-10-15, 0, 2026-10-15",
      "2026-10-15, 45, 2026-11-29"
    })
    void dueOrAddsTheTermsOtherwise(LocalDate issued, int terms, LocalDate expected) {
      assertEquals(expected, invoice(issued, null, "100.00").dueOr(terms));
    }

    @Test
    void aNegativeAmountIsACreditMemo() {
      assertTrue(invoice(LocalDate.of(2026, 1, 1), null, "-25.00").isCredit());
      assertFalse(invoice(LocalDate.of(2026, 1, 1), null, "0.00").isCredit());
      assertFalse(invoice(LocalDate.of(2026, 1, 1), null, "25.00").isCredit());
    }

    @Test
    void withClientChangesOnlyTheClient() {
      Invoice invoice = invoice(LocalDate.of(2026, 1, 1), null, "25.00");
      Invoice renamed = invoice.withClient("Acme Corporation");
      assertEquals("Acme Corporation", renamed.client());
      assertEquals(
          new Invoice(
              "INV-1",
              "Acme Corporation",
              LocalDate.of(2026, 1, 1),
              null,
              new BigDecimal("25.00"),
              null,
              null,
              null,
              "Monthly"),
          renamed);
    }
  }

  @Nested
  class Agreements {
    private final Agreement closed =
        new Agreement(
            "Acme",
            "Managed",
            AgreementType.MANAGED,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 6, 30),
            new BigDecimal("1500.00"));
    private final Agreement open =
        new Agreement(
            "Acme", null, AgreementType.BLOCK_HOURS, LocalDate.of(2026, 3, 15), null, null);

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource({
      "2025-12-31, false",
      "2026-01-01, true",
      "2026-03-31, true",
      "2026-06-30, true",
      "2026-07-01, false"
    })
    void activeOnIncludesStartAndEnd(LocalDate day, boolean expected) {
      assertEquals(expected, closed.activeOn(day));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource({"2026-03-14, false", "2026-03-15, true", "2040-12-31, true"})
    void anOpenEndedAgreementRunsOnFromItsStart(LocalDate day, boolean expected) {
      assertEquals(expected, open.activeOn(day));
    }

    @Test
    void aOneDayAgreement() {
      LocalDate day = LocalDate.of(2026, 5, 5);
      Agreement oneDay = new Agreement("Acme", null, null, day, day, null);
      assertTrue(oneDay.activeOn(day));
      assertFalse(oneDay.activeOn(day.minusDays(1)));
      assertFalse(oneDay.activeOn(day.plusDays(1)));
    }

    @Test
    void codesAreTheBooksSpelling() {
      assertEquals("block_hours", AgreementType.BLOCK_HOURS.code());
      assertEquals("time_and_materials", InvoiceKind.TIME_AND_MATERIALS.code());
      assertEquals("managed", closed.withClient("Acme Corporation").type().code());
      assertEquals("Acme Corporation", closed.withClient("Acme Corporation").client());
      assertEquals("Managed", closed.withClient("Acme Corporation").name());
    }
  }
}
