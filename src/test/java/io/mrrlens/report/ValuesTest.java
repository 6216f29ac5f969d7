package io.mrrlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers for a person: the hand-written grouping against {@code java.text}'s. */
class ValuesTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "0.00, 0.00",
    "-0.50, -0.50",
    "999, 999",
    "1000, '1,000'",
    "-1234.5, '-1,234.5'",
    "123456, '123,456'",
    "1234567.891, '1,234,567.891'",
    "-100000.00, '-100,000.00'",
    "1E+3, '1,000'"
  })
  void groupsTheIntegerDigitsByThree(String value, String expected) {
    assertEquals(expected, Values.grouped(new BigDecimal(value)));
    assertEquals(expected, Values.groupedByFormat(new BigDecimal(value)));
  }

  /** Random values of every length, sign and scale: the same text as {@code DecimalFormat}. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void equalsDecimalFormatOnRandomValues(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      BigInteger digits = new BigInteger(1 + random.nextInt(80), random);
      if (random.nextBoolean()) {
        digits = digits.negate();
      }
      BigDecimal value = new BigDecimal(digits, random.nextInt(12) - 3);
      assertEquals(Values.groupedByFormat(value), Values.grouped(value), value.toString());
    }
  }
}
