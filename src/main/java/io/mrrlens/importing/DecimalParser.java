package io.mrrlens.importing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads exact decimals as exports write them: money ({@code $1,234.50}, {@code (1,234.50)}, {@code
 * 1234.50-}, {@code USD 1,234.50}, {@code 1.234,50 €} with a decimal comma) and plain numbers such
 * as hours. Never goes through a binary float.
 */
final class DecimalParser {
  private static final int CACHE_LIMIT = 20_000;
  private final boolean decimalComma;
  // Hours and fees repeat (1.5, 0.25, 1250.00): one BigDecimal each saves time and memory.
  private final Map<String, BigDecimal> plain = new HashMap<>();

  DecimalParser(boolean decimalComma) {
    this.decimalComma = decimalComma;
  }

  /** True when numbers use a decimal comma. */
  boolean decimalComma() {
    return decimalComma;
  }

  /** A plain number: digits, one decimal separator, an optional leading minus; no grouping. */
  BigDecimal number(String text) throws ValueException {
    String s = text.strip();
    if (isPlain(s)) {
      return plain(s);
    }
    if (decimalComma && s.indexOf(',') >= 0 && s.indexOf('.') < 0) {
      String swapped = s.replace(',', '.');
      if (isPlain(swapped)) {
        return new BigDecimal(swapped);
      }
    }
    throw new ValueException("is not a number");
  }

  /**
   * An amount of money in any of the accepted forms. With a decimal comma a point only groups
   * thousands, so {@code 1.234} is 1234 and {@code 12.50} is rejected.
   */
  BigDecimal money(String text) throws ValueException {
    String s = text.strip();
    if (!decimalComma && isPlain(s)) {
      return plain(s);
    }
    boolean negative = false;
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      String before = s;
      if (s.length() >= 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') {
        negative = flip(negative);
        s = s.substring(1, s.length() - 1).strip();
      } else if (isMinus(s.charAt(0))) {
        negative = flip(negative);
        s = s.substring(1).strip();
      } else if (isMinus(s.charAt(s.length() - 1))) {
        negative = flip(negative);
        s = s.substring(0, s.length() - 1).strip();
      } else {
        s = stripCurrency(s);
      }
      changed = !s.equals(before);
    }
    String digits = grouped(s);
    if (digits == null) {
      throw new ValueException("is not an amount");
    }
    BigDecimal value = new BigDecimal(digits);
    return negative ? value.negate() : value;
  }

  private BigDecimal plain(String s) {
    BigDecimal value = plain.get(s);
    if (value == null) {
      value = new BigDecimal(s);
      if (plain.size() < CACHE_LIMIT) {
        plain.put(s, value);
      }
    }
    return value;
  }

  private static boolean flip(boolean negative) throws ValueException {
    if (negative) {
      throw new ValueException("is not an amount (two minus signs)");
    }
    return true;
  }

  private static boolean isMinus(char c) {
    return c == '-' || c == '\u2212';
  }

  private static String stripCurrency(String s) {
    String out = s;
    for (String symbol : new String[] {"US$", "A$", "C$", "NZ$", "$", "€", "£", "¥", "₹"}) {
      if (out.startsWith(symbol)) {
        out = out.substring(symbol.length()).strip();
      }
      if (out.endsWith(symbol)) {
        out = out.substring(0, out.length() - symbol.length()).strip();
      }
    }
    if (out.length() > 4 && isCode(out, 0) && !Character.isLetter(out.charAt(3))) {
      out = out.substring(3).strip();
    }
    int n = out.length();
    if (n > 4 && isCode(out, n - 3) && !Character.isLetter(out.charAt(n - 4))) {
      out = out.substring(0, n - 3).strip();
    }
    return out;
  }

  private static boolean isCode(String s, int from) {
    for (int i = from; i < from + 3; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * The plain decimal form of a grouped number, or null when it is not one. Groups after the first
   * must have exactly three digits.
   */
  private String grouped(String s) {
    char decimal = decimalComma ? ',' : '.';
    StringBuilder out = new StringBuilder(s.length());
    int groupLength = 0;
    boolean grouped = false;
    boolean inFraction = false;
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
        groupLength++;
        digits++;
      } else if (c == decimal && !inFraction) {
        if (grouped && groupLength != 3) {
          return null;
        }
        inFraction = true;
        out.append('.');
        groupLength = 0;
      } else if (!inFraction && isGroupSeparator(c)) {
        if (groupLength == 0 || groupLength > 3 || (grouped && groupLength != 3)) {
          return null;
        }
        grouped = true;
        groupLength = 0;
      } else {
        return null;
      }
    }
    if (digits == 0 || (grouped && !inFraction && groupLength != 3)) {
      return null;
    }
    if (out.charAt(out.length() - 1) == '.') {
      out.setLength(out.length() - 1);
    }
    if (out.charAt(0) == '.') {
      out.insert(0, '0');
    }
    return out.toString();
  }

  private boolean isGroupSeparator(char c) {
    if (decimalComma) {
      return c == '.' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'';
    }
    return c == ',' || c == '\'' || c == '\u00A0' || c == '\u202F';
  }

  /** True for {@code [-]digits[.digits]}, the form BigDecimal reads directly. */
  private static boolean isPlain(String s) {
    int n = s.length();
    int i = 0;
    if (n > 0 && s.charAt(0) == '-') {
      i = 1;
    }
    int digits = 0;
    boolean dot = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return false;
      }
    }
    return digits > 0;
  }
}
