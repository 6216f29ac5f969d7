package io.mrrlens.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How values read in each output: for people (thousands separators, 2 decimals, percentages) and
 * raw for machines (plain decimals: money and hours to 2 places, rates and shares to 4).
 */
final class Values {
  private Values() {}

  /** The value for a person reading a table; empty for null. */
  static String human(Object value, Format format) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean bool) {
      return bool ? "yes" : "no";
    }
    return switch (format) {
      case MONEY, HOURS -> grouped(decimal(value).setScale(2, RoundingMode.HALF_UP));
      case RATE, DECIMAL -> grouped(decimal(value).setScale(2, RoundingMode.HALF_UP));
      case NUMBER -> value instanceof String text ? text : grouped(decimal(value));
      case PERCENT ->
          decimal(value).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
      case COUNT ->
          value instanceof Number n ? grouped(new BigDecimal(n.toString())) : value.toString();
      default -> value.toString();
    };
  }

  /** A fact's value for a person: a list joined with commas, {@code -} when empty. */
  static String fact(Object value, Format format) {
    String text =
        value instanceof java.util.List<?> list
            ? String.join(", ", list.stream().map(String::valueOf).toList())
            : human(value, format);
    return text.isEmpty() ? "-" : text;
  }

  /** The value as a plain number or text, for CSV and JSON; null stays null. */
  static Object raw(Object value, Format format) {
    if (value == null || value instanceof Boolean) {
      return value;
    }
    return switch (format) {
      case MONEY, HOURS -> decimal(value).setScale(2, RoundingMode.HALF_UP);
      case RATE, PERCENT, DECIMAL -> decimal(value).setScale(4, RoundingMode.HALF_UP);
      case COUNT -> value instanceof Number ? value : value.toString();
      case NUMBER -> value instanceof String ? value : decimal(value);
      default -> value.toString();
    };
  }

  static boolean isNumeric(Format format) {
    return format != Format.TEXT && format != Format.DATE;
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    return new BigDecimal(value.toString());
  }

  /**
   * The value with every decimal it has and a comma between groups of three integer digits: {@code
   * -1,234.50}. Written by hand (a table has thousands of cells, and a {@code DecimalFormat} costs
   * a pattern and a set of symbols each); {@link #groupedByFormat} is the same for tests.
   */
  static String grouped(BigDecimal value) {
    String plain = value.toPlainString();
    int start = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain.length() + (end - start) / 3);
    out.append(plain, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, end, plain.length()).toString();
  }

  /** {@link #grouped} by {@code java.text}: the pattern {@code #,##0} and the value's decimals. */
  static String groupedByFormat(BigDecimal value) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
    format.setMinimumFractionDigits(Math.max(0, value.scale()));
    format.setMaximumFractionDigits(Math.max(0, value.scale()));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /**
   * {@code text} as lines of at most {@code width} characters, broken at spaces only (a longer word
   * stands on its own line); the first line keeps the text's indent, the others start with {@code
   * hanging}.
   */
  static List<String> wrap(String text, int width, String hanging) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lead = text.length() - text.stripLeading().length();
    line.append(text, 0, lead);
    boolean empty = true;
    for (String word : text.substring(lead).split(" ")) {
      if (!empty && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(hanging);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }

  /** {@code text} as lines of at most {@code width} characters, broken at spaces only. */
  static List<String> wrap(String text, int width) {
    return wrap(text, width, "");
  }
}
