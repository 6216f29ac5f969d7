package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The money and number forms of formats.md (Values: Money, Hours). Expected values are exact: the
 * parser keeps the scale as written, so {@code 1,234.50} is {@code 1234.50}, not {@code 1234.5}.
 */
class DecimalParserTest {
  private static final DecimalParser DOT = DecimalParser.forced(DecimalMark.POINT);
  private static final DecimalParser COMMA = DecimalParser.forced(DecimalMark.COMMA);

  @Nested
  class MoneyWithDecimalPoint {
    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(
        delimiter = '|',
        ignoreLeadingAndTrailingWhitespace = false,
        value = {
          "1234.5|1234.5",
          "1,234.50|1234.50",
          "$1,234.50|1234.50",
          "-1234.50|-1234.50",
          "(1,234.50)|-1234.50",
          "1234.50-|-1234.50",
          "USD 1,234.50|1234.50",
          "1,234.50 USD|1234.50",
          "$-142.85|-142.85",
          "-$1,234.50|-1234.50",
          "$13.50 |13.50",
          " 13.50|13.50",
          "12.3456|12.3456",
          "1,234,567.89|1234567.89",
          "1,234|1234",
          "1,234.|1234",
          "0|0",
          "0.00|0.00",
          ".5|0.5",
          "5.|5",
          "USD1,234.50|1234.50",
          "1,234.50USD|1234.50",
          "EUR 99.90|99.90",
          "US$ 13.50|13.50",
          "A$5|5",
          "C$ 7.25|7.25",
          "NZ$1,000|1000",
          "£12.00|12.00",
          "¥1,500|1500",
          "₹2,500.75|2500.75",
          "($1,234.50)|-1234.50",
          "$(1,234.50)|-1234.50",
          "(1,234.50 USD)|-1234.50",
          "1234.50 -|-1234.50",
          "- 5|-5",
          "\u22121234.50|-1234.50",
          "1'234.50|1234.50",
          "1\u00A0234.50|1234.50",
          "1\u202F234.50|1234.50",
          "1 234.50|1234.50",
          "+12.50|12.50",
          "12.50\u00A0USD|12.50",
          "1’234.50|1234.50"
        })
    void readsTheAcceptedForms(String text, String expected) throws ValueException {
      assertEquals(new BigDecimal(expected), DOT.money(text));
    }

    @Test
    void keepsTheScaleAsWritten() throws ValueException {
      assertEquals(2, DOT.money("$1,234.50").scale());
      assertEquals(1, DOT.money("1234.5").scale());
      assertEquals(4, DOT.money("12.3456").scale());
    }

    @Test
    void sumsAreExactWhereBinaryFloatsAreNot() throws ValueException {
      BigDecimal sum = DOT.money("$0.10").add(DOT.money("0.20"));
      assertEquals(new BigDecimal("0.30"), sum);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" rejected")
    @ValueSource(
        strings = {
          "1,5h",
          "1,23,456",
          "12,34.5",
          "1,,234",
          "abc",
          "$",
          "USD",
          "",
          "   ",
          "-",
          "()",
          ".",
          "12.34.56",
          "1 234'567.50",
          "12a",
          "$$5x",
          "1e3",
          "0x10"
        })
    void rejectsWhatIsNotAnAmount(String text) {
      ValueException e = assertThrows(ValueException.class, () -> DOT.money(text));
      assertEquals("is not an amount", e.problem());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" has a decimal comma")
    @ValueSource(strings = {"1,5", "1234,567", ",123", "1.234,50", "€53,00", "1.234.567"})
    void rejectsADecimalCommaNamingTheSetting(String text) {
      ValueException e = assertThrows(ValueException.class, () -> DOT.money(text));
      assertEquals(
          "is not an amount with a decimal point: it has a decimal comma, but the decimal mark is"
              + " set to a point",
          e.problem());
      assertTrue(DecimalParser.isMarkProblem(e.problem()));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" has two minus signs")
    @ValueSource(strings = {"--5", "(5)-", "-(5)", "((5))", "-5-", "-$-5", "(-5)"})
    void rejectsTwoMinusSigns(String text) {
      ValueException e = assertThrows(ValueException.class, () -> DOT.money(text));
      assertEquals("is not an amount (two minus signs)", e.problem());
    }
  }

  @Nested
  class MoneyWithDecimalComma {
    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "€1.234,50|1234.50",
          "1.234,50 €|1234.50",
          "1.234,50€|1234.50",
          "1 234,50|1234.50",
          "1\u00A0234,50|1234.50",
          "-99,90|-99.90",
          "99,90-|-99.90",
          "(1.234,50)|-1234.50",
          "EUR 1.234,50|1234.50",
          "1.234.567,89 EUR|1234567.89",
          "CHF 1'234,50|1234.50",
          "0,5|0.5",
          "1234,5|1234.5",
          "12,3456|12.3456",
          "1234|1234"
        })
    void readsTheAcceptedForms(String text, String expected) throws ValueException {
      assertEquals(new BigDecimal(expected), COMMA.money(text));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" rejected")
    @ValueSource(strings = {"1.23,5", "12,34,56", "1.2345,00", "€", "1 23,50"})
    void rejectsBadGrouping(String text) {
      ValueException e = assertThrows(ValueException.class, () -> COMMA.money(text));
      assertEquals("is not an amount", e.problem());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" has a decimal point")
    @ValueSource(strings = {"1,234.50", "12.50", "$13.5", "1,234,567"})
    void rejectsADecimalPointNamingTheSetting(String text) {
      ValueException e = assertThrows(ValueException.class, () -> COMMA.money(text));
      assertEquals(
          "is not an amount with a decimal comma: it has a decimal point, but the decimal mark is"
              + " set to a comma",
          e.problem());
    }

    @Test
    void readsAPointAsAThousandsSeparator() throws ValueException {
      assertEquals(new BigDecimal("1234"), COMMA.money("1.234"));
      assertEquals(new BigDecimal("1234"), COMMA.money("€1.234"));
    }
  }

  @Nested
  class Numbers {
    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {"1.5|1.5", "0.25|0.25", "-3|-3", "24|24", "' 2.5 '|2.5", ".75|0.75", "8.|8"})
    void readsPlainNumbers(String text, String expected) throws ValueException {
      assertEquals(new BigDecimal(expected), DOT.number(text));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" rejected")
    @ValueSource(
        strings = {"1,5h", "1.2.3", "1,2.3", "$5", "(5)", "5-", "abc", "", "-", "+3", "1e2"})
    void rejectsAnythingButPlainDecimals(String text) {
      ValueException e = assertThrows(ValueException.class, () -> DOT.number(text));
      assertEquals("is not a number", e.problem());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {"1,5|1.5", "0,25|0.25", "-3,75|-3.75", "1.5|1.5", "7|7"})
    void readsADecimalCommaWhenAsked(String text, String expected) throws ValueException {
      assertEquals(new BigDecimal(expected), COMMA.number(text));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" rejected")
    @ValueSource(strings = {"1,5h", "1,2,3", "1.234,5", ","})
    void rejectsMalformedDecimalCommaNumbers(String text) {
      ValueException e = assertThrows(ValueException.class, () -> COMMA.number(text));
      assertEquals("is not a number", e.problem());
    }
  }
}
