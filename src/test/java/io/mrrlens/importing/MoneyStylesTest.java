package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Money as people write it, read with no decimal mark set (issue 13): each value by its own
 * characters, and {@code 1,234} by the mark its column or file shows.
 */
class MoneyStylesTest {
  private static final DecimalParser DETECTING = DecimalParser.detecting();

  private static DecimalParser decidedBy(String... values) {
    DecimalMarks.Survey survey = new DecimalMarks.Survey();
    for (String value : values) {
      survey.see(0, value);
    }
    return DecimalParser.decided(survey.decide());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "$13.50 |13.50",
        "€53,00|53.00",
        "100,00 €|100.00",
        "100,00\u00A0€|100.00",
        "1\u202F234,50\u202F€|1234.50",
        "10.00 OMR|10.00",
        "USD 1,234.50|1234.50",
        "$-142.85|-142.85",
        "-$142.85|-142.85",
        "(400.00)|-400.00",
        "142.85-|-142.85",
        "1.234,50|1234.50",
        "1,234.50|1234.50",
        "1 234,50|1234.50",
        "1'234.50|1234.50",
        "1,234,567|1234567",
        "1.234.567|1234567",
        "20,0|20.0",
        "2.000,0|2000.0",
        "0,500|0.500",
        "0.500|0.500",
        "1234,567|1234.567",
        "1234|1234",
        "12.5|12.5",
        "-0,25|-0.25",
        "R 1 234,50|1234.50",
        "Rp1.000.000|1000000",
        "KSh 1,000.00|1000.00",
        "1.000,00 kn|1000.00",
        "1 000,00 zł|1000.00",
        "kr 1 000,00|1000.00",
        "Rs. 500|500",
        "CHF 1'000.00|1000.00",
        "$ (1,234.50)|-1234.50"
      })
  void readsEachValueByItsOwnCharacters(String text, String expected) throws ValueException {
    assertEquals(new BigDecimal(expected), DETECTING.money(text));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" waits for the file's mark")
  @ValueSource(strings = {"1,234", "1.234", "-12,500", "(999.000)", "10.000 OMR", "KWD 1,250"})
  void leavesAmbiguousValuesToTheFile(String text) {
    assertThrows(UndecidedNumbersException.class, () -> DETECTING.money(text));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "$1,234|1234",
        "€1.234|1234",
        "100.000 €|100000",
        "-$12,500|-12500",
        "USD 1,250|1250",
        "1.250 EUR|1250",
        "¥1,500|1500",
        "(£2,000)|-2000"
      })
  void aCurrencyOfTwoDecimalsMakesTheSeparatorGroup(String text, String expected)
      throws ValueException {
    assertEquals(new BigDecimal(expected), DETECTING.money(text));
    assertEquals(new BigDecimal(expected), decidedBy("12,50").money(text, 0));
    assertEquals(new BigDecimal(expected), decidedBy("12.50").money(text, 0));
  }

  @Test
  void settlesAmbiguousValuesByTheMarkTheColumnShows() throws ValueException {
    assertEquals(new BigDecimal("1234"), decidedBy("12.50", "1,234.50").money("1,234", 0));
    assertEquals(new BigDecimal("1.234"), decidedBy("12,50").money("1,234", 0));
    assertEquals(new BigDecimal("1234"), decidedBy("53,00").money("1.234", 0));
    assertEquals(new BigDecimal("1.234"), decidedBy("0.5").money("1.234", 0));
  }

  @Test
  void aColumnWithoutEvidenceTakesTheFilesMark() throws ValueException {
    DecimalMarks.Survey survey = new DecimalMarks.Survey();
    survey.see(0, "Acme");
    survey.see(1, "1,234");
    survey.see(2, "20,5");
    DecimalParser decided = DecimalParser.decided(survey.decide());
    assertEquals(new BigDecimal("1.234"), decided.money("1,234", 1));
  }

  @Test
  void aColumnMixingMarksDecidesNothingAndSaysWhichSettingDoes() {
    DecimalParser decided = decidedBy("€53,00", "$13.50");
    ValueException e = assertThrows(ValueException.class, () -> decided.money("1,234", 0));
    assertEquals(
        "is ambiguous: it reads as 1234 with a decimal point or as 1.234 with a decimal comma, and"
            + " no other value of the column or the file shows which (set --decimal-point or"
            + " --decimal-comma, or decimal_comma in mrrlens.yaml)",
        e.problem());
    assertTrue(DecimalParser.isMarkProblem(e.problem()));
  }

  @Test
  void aMixedFileStillReadsEveryUnambiguousValue() throws ValueException {
    DecimalParser decided = decidedBy("€53,00", "$13.50");
    assertEquals(new BigDecimal("53.00"), decided.money("€53,00", 0));
    assertEquals(new BigDecimal("13.50"), decided.money("$13.50", 0));
    assertEquals("point and comma (per value)", decided.describe());
  }

  @Test
  void aFileOfWholeNumbersDecidesNothing() {
    DecimalParser decided = decidedBy("1,234", "5");
    assertThrows(ValueException.class, () -> decided.money("1,234", 0));
  }

  @Test
  void describesTheMarkTheValuesShowed() throws ValueException {
    DecimalParser parser = DecimalParser.detecting();
    assertEquals("none shown", parser.describe());
    parser.money("1234");
    assertEquals("none shown", parser.describe());
    parser.money("12,50");
    assertEquals("comma (detected)", parser.describe());
  }

  @Test
  void rejectsALongCellBeforeParsingIt() {
    String megabyte = "1".repeat(1 << 20);
    ValueException e = assertThrows(ValueException.class, () -> DETECTING.money(megabyte));
    assertEquals(
        "is too long for a number (at most 64 characters: is the column right?)", e.problem());
    assertThrows(ValueException.class, () -> DETECTING.number(megabyte));
  }

  @Test
  void writesComputedAmountsSoTheyReadBackExactly() throws ValueException {
    assertEquals("1.2340", DETECTING.written(new BigDecimal("1.234")));
    assertEquals(
        new BigDecimal("1.2340"), DETECTING.money(DETECTING.written(new BigDecimal("1.234"))));
    DecimalParser comma = DecimalParser.forced(DecimalMark.COMMA);
    assertEquals("-12,5", comma.written(new BigDecimal("-12.5")));
  }

  // Property: the same cents written in every supported style read as the same amount.

  private static final String[] POINT_GROUPS = {"", ",", " ", "\u00A0", "\u202F", "'"};
  private static final String[] COMMA_GROUPS = {"", ".", " ", "\u00A0", "\u202F", "'"};
  private static final String[][] CURRENCIES = {
    {"", ""},
    {"$", ""},
    {"$ ", ""},
    {"", " €"},
    {"", "€"},
    {"€", ""},
    {"USD ", ""},
    {"", " OMR"},
    {"EUR", ""},
    {"", "\u00A0€"},
    {"£", ""}
  };

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameCentsInEveryStyleReadTheSame(long seed) throws ValueException {
    Random random = new Random(seed);
    long cents = random.nextLong() % 100_000_000_000_00L;
    if (seed % 5 == 0) {
      cents = cents / 100 * 100;
    }
    BigDecimal expected = BigDecimal.valueOf(cents, 2);
    for (String style : styles(cents, random)) {
      String[] parts = style.split("\\|", -1);
      String text = parts[0];
      DecimalMark mark = DecimalMark.valueOf(parts[1]);
      DecimalParser parser =
          DecimalParser.decided(surveyOf(mark == DecimalMark.POINT ? "0.50" : "0,50"));
      BigDecimal read = parser.money(text, 0);
      assertEquals(0, expected.compareTo(read), () -> "\"" + text + "\" read as " + read);
      assertEquals(0, expected.compareTo(DecimalParser.forced(mark).money(text)), text);
    }
  }

  private static DecimalMarks surveyOf(String value) {
    DecimalMarks.Survey survey = new DecimalMarks.Survey();
    survey.see(0, value);
    return survey.decide();
  }

  /** The amount in every combination of mark, grouping, currency and sign; "text|MARK" each. */
  private static List<String> styles(long cents, Random random) {
    List<String> out = new ArrayList<>();
    long whole = Math.abs(cents) / 100;
    long fraction = Math.abs(cents) % 100;
    for (DecimalMark mark : DecimalMark.values()) {
      String[] groups = mark == DecimalMark.POINT ? POINT_GROUPS : COMMA_GROUPS;
      for (String group : groups) {
        for (boolean decimals : new boolean[] {true, false}) {
          if (!decimals && fraction != 0) {
            continue;
          }
          String digits = grouped(whole, group);
          String number =
              decimals
                  ? digits
                      + (mark == DecimalMark.POINT ? "." : ",")
                      + String.format("%02d", fraction)
                  : digits;
          String[] currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
          for (int sign = 0; sign < (cents < 0 ? 4 : 1); sign++) {
            out.add(signed(number, currency, cents < 0 ? sign : -1) + "|" + mark);
          }
        }
      }
    }
    return out;
  }

  private static String grouped(long whole, String group) {
    String digits = Long.toString(whole);
    if (group.isEmpty()) {
      return digits;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(group);
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  /**
   * sign -1: positive; 0: leading minus; 1: minus after the symbol; 2: parentheses; 3: trailing.
   */
  private static String signed(String number, String[] currency, int sign) {
    return switch (sign) {
      case 0 -> "-" + currency[0] + number + currency[1];
      case 1 -> currency[0] + "-" + number + currency[1];
      case 2 -> "(" + currency[0] + number + currency[1] + ")";
      case 3 -> currency[0] + number + currency[1] + "-";
      default -> currency[0] + number + currency[1];
    };
  }
}
