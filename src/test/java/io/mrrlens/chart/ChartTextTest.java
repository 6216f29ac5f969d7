package io.mrrlens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The words and numbers on the charts, US-style whatever the locale. */
class ChartTextTest {

  @Test
  void moneyHasUsGroupingAndNoCurrencySymbol() {
    assertEquals("12,500", ChartText.money(new BigDecimal("12500.40")));
    assertEquals("-1,000", ChartText.money(new BigDecimal("-1000")));
    assertEquals("", ChartText.money(null));
  }

  @Test
  void sharesOnAnAxisArePercentages() {
    assertEquals("80%", ChartText.percent().format(0.8));
    assertEquals("100%", ChartText.percent().format(1.0));
    assertEquals("93%", ChartText.percent().format(0.925));
  }

  @Test
  void ratesAreWholePerHour() {
    assertEquals("142/h", ChartText.rate(new BigDecimal("141.50")));
    assertEquals("1,250/h", ChartText.rate(new BigDecimal("1250")));
    assertEquals("", ChartText.rate(null));
    assertEquals("125", ChartText.target(new BigDecimal("125.00")));
    assertEquals("112.5", ChartText.target(new BigDecimal("112.50")));
  }

  @Test
  void longNamesAreCutToTwentyEightCharactersWithAnEllipsis() {
    String name = "Meadowbrook Montessori School of the Arts";

    String cut = ChartText.truncate(name);

    assertEquals("Meadowbrook Montessori Scho…", cut);
    assertEquals(28, cut.length());
    assertEquals(
        "Exactly twenty-eight chars!!", ChartText.truncate("Exactly twenty-eight chars!!"));
  }

  @Test
  void monthsReadAsWords() {
    assertEquals("Nov 2025", ChartText.category(YearMonth.of(2025, 11)));
    assertEquals("Acme", ChartText.category("Acme"));
  }
}
