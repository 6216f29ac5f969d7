package io.mrrlens.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words and number formats the charts show, the same whatever the JVM's locale. */
final class ChartText {
  /** Category labels longer than this are cut and end in an ellipsis. */
  static final int MAX_LABEL = 28;

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);

  private ChartText() {}

  /** Money on an axis or a label: {@code $12,500}, {@code -$300}. */
  static NumberFormat money() {
    return format("$#,##0;-$#,##0");
  }

  /** A whole count on an axis: {@code 1,250}. */
  static NumberFormat whole() {
    return format("#,##0");
  }

  /** A rate label: {@code 142/h}; empty when the rate is unknown. */
  static String rate(BigDecimal rate) {
    return rate == null ? "" : whole().format(rate) + "/h";
  }

  /** The target rate as the scorecard writes it: {@code 125}, {@code 112.5}. */
  static String target(BigDecimal rate) {
    return format("#,##0.##").format(rate);
  }

  /** Money as a bar label: {@code $12,500}; empty when unknown. */
  static String money(BigDecimal amount) {
    return amount == null ? "" : money().format(amount);
  }

  /** A share on an axis as a percentage: 0.42 as {@code 42%}. */
  static NumberFormat percent() {
    return format("#,##0%");
  }

  /** A share as a percentage: {@code 42%}; empty when unknown. */
  static String percent(BigDecimal share) {
    return share == null ? "" : whole().format(share.movePointRight(2)) + "%";
  }

  /** A setting's value: a number with at most two decimals ({@code 0.35}, {@code 44}), or text. */
  static String value(Object value) {
    return value instanceof BigDecimal number
        ? format("#,##0.##").format(number)
        : String.valueOf(value);
  }

  /** Days with at most one decimal: {@code 12.5}. */
  static String days(BigDecimal days) {
    return format("#,##0.#").format(days);
  }

  /** What a category axis shows for a key: a month as {@code Nov 2025}, text cut to fit. */
  static String category(Comparable<?> key) {
    if (key instanceof YearMonth month) {
      return MONTH.format(month);
    }
    return truncate(String.valueOf(key));
  }

  /** The text itself, or its first characters and an ellipsis when longer than MAX_LABEL. */
  static String truncate(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_LABEL) {
      return text;
    }
    String head = text.substring(0, text.offsetByCodePoints(0, MAX_LABEL - 1)).stripTrailing();
    return head + "…";
  }

  private static NumberFormat format(String pattern) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
