package io.mrrlens.importing;

/**
 * The digits and separators of a number (sign and currency removed) as its characters alone read
 * them. When both a point and a comma occur, the last one is the decimal mark; a mark repeated
 * ({@code 1,234,567}) only groups thousands, so the decimal mark is the other one; spaces (also
 * no-break and narrow no-break) and apostrophes only group. One point or comma followed by exactly
 * three digits, after one to three digits not starting with 0 ({@code 1,234}, {@code 1.234}), is
 * ambiguous: it groups thousands in one convention and marks decimals in the other. Anything else
 * with one separator is a decimal mark ({@code 53,00}, {@code 1234.567}, {@code 0,500}).
 *
 * @param point the plain decimal ({@code 1234.5}) in a file whose decimal mark is a point, or null
 *     when the characters show a comma
 * @param comma likewise in a file whose decimal mark is a comma, or null when they show a point
 * @param shows the decimal mark the characters show, or null when they show none
 */
record DecimalShape(String point, String comma, DecimalMark shows) {

  /** True when the value reads differently under the two marks. */
  boolean ambiguous() {
    return shows == null && !point.equals(comma);
  }

  /** The plain decimal in a file whose decimal mark is {@code mark}. */
  String plain(DecimalMark mark) {
    return mark == DecimalMark.POINT ? point : comma;
  }

  /** The shape of a number's body, or null when it is not a well-formed number. */
  static DecimalShape of(String s) {
    int n = s.length();
    int dots = 0;
    int commas = 0;
    int lastDot = -1;
    int lastComma = -1;
    char groupClass = 0;
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (c >= '0' && c <= '9') {
        continue;
      }
      char cls;
      if (c == '.') {
        dots++;
        lastDot = k;
        continue;
      } else if (c == ',') {
        commas++;
        lastComma = k;
        continue;
      } else if (isSpace(c)) {
        cls = ' ';
      } else if (c == '\'' || c == '\u2019') {
        cls = '\'';
      } else {
        return null;
      }
      if (groupClass != 0 && groupClass != cls) {
        return null;
      }
      groupClass = cls;
    }
    char decimal = 0;
    char grouping = groupClass;
    DecimalMark shows = null;
    if (dots > 0 && commas > 0) {
      decimal = lastDot > lastComma ? '.' : ',';
      if ((decimal == '.' ? dots : commas) != 1 || groupClass != 0) {
        return null;
      }
      grouping = decimal == '.' ? ',' : '.';
      shows = mark(decimal);
    } else if (dots + commas > 1) {
      if (groupClass != 0) {
        return null;
      }
      grouping = dots > 0 ? '.' : ',';
      shows = mark(grouping).other();
    } else if (dots + commas == 1) {
      char c = dots > 0 ? '.' : ',';
      int at = dots > 0 ? lastDot : lastComma;
      if (groupClass == 0 && ambiguous(s, 0)) {
        String grouped = s.substring(0, at) + s.substring(at + 1);
        String decimals = s.replace(',', '.');
        return c == '.'
            ? new DecimalShape(decimals, grouped, null)
            : new DecimalShape(grouped, decimals, null);
      }
      decimal = c;
      shows = mark(c);
    }
    String plain = grouped(s, decimal, grouping);
    if (plain == null) {
      return null;
    }
    return new DecimalShape(
        shows == DecimalMark.COMMA ? null : plain,
        shows == DecimalMark.POINT ? null : plain,
        shows);
  }

  /**
   * True when {@code s} from {@code from} is 1 to 3 digits (the first not 0), one point or comma
   * and exactly 3 digits.
   */
  static boolean ambiguous(String s, int from) {
    int n = s.length() - from;
    if (n < 5 || n > 7 || s.charAt(from) == '0') {
      return false;
    }
    int at = s.length() - 4;
    char c = s.charAt(at);
    if (c != '.' && c != ',') {
      return false;
    }
    for (int k = from; k < s.length(); k++) {
      char d = s.charAt(k);
      if (k != at && (d < '0' || d > '9')) {
        return false;
      }
    }
    return true;
  }

  /** No-break, narrow no-break and thin spaces group digits like a space. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  private static DecimalMark mark(char c) {
    return c == '.' ? DecimalMark.POINT : DecimalMark.COMMA;
  }

  /**
   * The plain decimal form of a grouped number, or null when it is not one. Groups after the first
   * must have exactly three digits, the first one to three.
   */
  private static String grouped(String s, char decimal, char grouping) {
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
      } else if (!inFraction && isGrouping(c, grouping)) {
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

  private static boolean isGrouping(char c, char grouping) {
    return switch (grouping) {
      case ' ' -> isSpace(c);
      case '\'' -> c == '\'' || c == '\u2019';
      case 0 -> false;
      default -> c == grouping;
    };
  }
}
