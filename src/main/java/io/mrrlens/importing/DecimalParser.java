package io.mrrlens.importing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads exact decimals as exports write them: money ({@code $1,234.50}, {@code (1,234.50)}, {@code
 * 1234.50-}, {@code USD 1,234.50}, {@code 1.234,50 €}, {@code 1'234.50}) and plain numbers such as
 * hours ({@code 1.5}, {@code 1,5}). Never goes through a binary float.
 *
 * <p>Each value is read on its own when its characters decide its decimal mark ({@code 1.234,50},
 * {@code 53,00}, {@code 12.5}, {@code 1,234,567}); only a value with one separator followed by
 * exactly three digits ({@code 1,234}, {@code 1.234}) needs the mark of its column or file. That
 * mark is forced ({@code --decimal-comma}, {@code --decimal-point}, a profile), or decided per
 * column from the file's other values ({@link DecimalMarks}); until it is decided such a value
 * throws {@link UndecidedNumbersException} so the reader can decide it and read the file again.
 */
final class DecimalParser {
  /** Longer cells are no number: they are rejected before any parsing work. */
  static final int MAX_LENGTH = 64;

  private static final int CACHE_LIMIT = 20_000;

  /** The mark every value must use, or null to read each value by itself and its column. */
  private final DecimalMark forced;

  /** The decided mark per column when not forced; null while undecided (first reading). */
  private final DecimalMarks marks;

  private boolean pointSeen;
  private boolean commaSeen;

  // Hours and fees repeat (1.5, 0.25, 1250.00): one BigDecimal each saves time and memory.
  private final Map<String, BigDecimal> numbers = new HashMap<>();
  private final Map<String, BigDecimal> amounts = new HashMap<>();

  /** False for the twin that reads values mrrlens computed, whose marks say nothing of the file. */
  private final boolean counts;

  private DecimalParser silent;

  private DecimalParser(DecimalMark forced, DecimalMarks marks, boolean counts) {
    this.forced = forced;
    this.marks = marks;
    this.counts = counts;
  }

  private DecimalParser(DecimalMark forced, DecimalMarks marks) {
    this(forced, marks, true);
  }

  /**
   * A parser reading like this one whose values do not count towards {@link #describe}: for values
   * a profile computed (a duration in hours, a negated amount).
   */
  DecimalParser silent() {
    if (silent == null) {
      silent = counts ? new DecimalParser(forced, marks, false) : this;
    }
    return silent;
  }

  /** A parser whose every value must use {@code mark}. */
  static DecimalParser forced(DecimalMark mark) {
    return new DecimalParser(mark, null);
  }

  /** A parser that reads each value by its own characters until one needs the file's mark. */
  static DecimalParser detecting() {
    return new DecimalParser(null, null);
  }

  /** A parser that settles values like {@code 1,234} by the marks decided for their columns. */
  static DecimalParser decided(DecimalMarks marks) {
    return new DecimalParser(null, marks);
  }

  /** Takes in the marks another parser of the same file saw (its second part, read apart). */
  void absorb(DecimalParser other) {
    pointSeen |= other.pointSeen;
    commaSeen |= other.commaSeen;
  }

  /** The forced mark, or null when detected. */
  DecimalMark forcedMark() {
    return forced;
  }

  /** An amount without column: see {@link #money(String, int)}. */
  BigDecimal money(String text) throws ValueException {
    return money(text, -1);
  }

  /**
   * A plain number: digits, one decimal separator (a point, or a comma unless a point is forced),
   * an optional leading minus; no grouping, no currency. Hours are such numbers, and at most 24: a
   * lone separator before three digits ({@code 1,234}) can only be their decimal mark.
   */
  BigDecimal number(String text) throws ValueException {
    checkLength(text);
    String s = trim(text);
    BigDecimal cached = numbers.get(s);
    if (cached != null) {
      return cached;
    }
    int n = s.length();
    int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    int separator = -1;
    for (int k = i; k < n; k++) {
      char c = s.charAt(k);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if ((c == '.' || c == ',') && separator < 0) {
        separator = k;
      } else {
        throw new ValueException("is not a number");
      }
    }
    if (digits == 0) {
      throw new ValueException("is not a number");
    }
    String form = s;
    if (separator >= 0 && s.charAt(separator) == ',') {
      if (forced == DecimalMark.POINT) {
        throw new ValueException(DecimalMark.POINT.mismatch("a number"));
      }
      form = s.replace(',', '.');
      seen(DecimalMark.COMMA);
    } else if (separator >= 0) {
      seen(DecimalMark.POINT);
    }
    return cache(numbers, s, new BigDecimal(form));
  }

  /** What {@link #plainNumber} and {@link #plainMoney} return for a value they leave alone. */
  static final long NOT_PLAIN = -1;

  /** The most digits of a plain value read into a {@code long}. */
  private static final int PLAIN_DIGITS = 18;

  /**
   * A plain value ({@code 1.5}, {@code 8}: digits, at most one decimal point, at most 18 digits, no
   * sign) as {@link #number} reads it, its point counted, without a BigDecimal: the digits without
   * the point, whose scale is {@link #plainScale}. {@link #NOT_PLAIN} for any other value, which
   * {@link #number} then reads or rejects.
   */
  long plainNumber(String s) {
    long digits = plainDigits(s);
    if (digits != NOT_PLAIN && s.indexOf('.') >= 0) {
      seen(DecimalMark.POINT);
    }
    return digits;
  }

  /**
   * A plain value as {@link #money(String, int)} reads it, like {@link #plainNumber}; {@link
   * #NOT_PLAIN} also for a value whose point may group thousands ({@code 1.234}) and for any value
   * when a decimal comma is forced.
   */
  long plainMoney(String s) {
    if (forced == DecimalMark.COMMA
        || (forced != DecimalMark.POINT && DecimalShape.ambiguous(s, 0))) {
      return NOT_PLAIN;
    }
    return plainNumber(s);
  }

  /** The decimals of a plain value: how many digits follow its point. */
  static int plainScale(String s) {
    int point = s.indexOf('.');
    return point < 0 ? 0 : s.length() - point - 1;
  }

  private static long plainDigits(String s) {
    int n = s.length();
    long value = 0;
    int digits = 0;
    boolean point = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return NOT_PLAIN;
      }
    }
    return digits == 0 || digits > PLAIN_DIGITS ? NOT_PLAIN : value;
  }

  /**
   * An amount of money in any of the accepted forms. A value whose characters show its decimal mark
   * is read by them (with a forced mark, one showing the other mark is rejected); {@code 1,234} and
   * {@code 1.234} are read by the forced or decided mark of the column.
   */
  BigDecimal money(String text, int column) throws ValueException {
    checkLength(text);
    String s = trim(text);
    if (forced != DecimalMark.COMMA && isPlainPoint(s)) {
      BigDecimal cached = amounts.get(s);
      if (cached != null) {
        return cached;
      }
      if (forced == DecimalMark.POINT || !DecimalShape.ambiguous(s, s.charAt(0) == '-' ? 1 : 0)) {
        if (s.indexOf('.') >= 0) {
          seen(DecimalMark.POINT);
        }
        return cache(amounts, s, new BigDecimal(s));
      }
    }
    Signed signed = unsign(s);
    DecimalShape shape = DecimalShape.of(signed.body());
    if (shape == null) {
      throw new ValueException("is not an amount");
    }
    String digits =
        forced == null && shape.ambiguous() && signed.twoDecimalCurrency()
            ? grouping(shape)
            : resolve(shape, column);
    BigDecimal value = new BigDecimal(digits);
    return signed.negative() ? value.negate() : value;
  }

  /** The reading of an ambiguous shape in which its separator groups thousands. */
  private static String grouping(DecimalShape shape) {
    String point = shape.plain(DecimalMark.POINT);
    return point.indexOf('.') < 0 ? point : shape.plain(DecimalMark.COMMA);
  }

  /**
   * Currencies whose minor unit is a thousandth (ISO 4217): with them {@code 1.234} may be an
   * amount with three decimals.
   */
  private static final Set<String> THREE_DECIMALS =
      Set.of("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND");

  /**
   * A number's body (digits and separators), whether a sign or parentheses made it negative, and
   * the currency symbol or code written with it (null when none).
   */
  record Signed(String body, boolean negative, String currency) {

    /**
     * True when the value names a currency of at most two decimals (every symbol, and every code
     * but the seven of three): an amount in it never has exactly three decimals, so {@code $1,234}
     * and {@code 1.234 €} group thousands whatever the file's decimal mark.
     */
    boolean twoDecimalCurrency() {
      return currency != null && !THREE_DECIMALS.contains(currency);
    }
  }

  /**
   * Takes off a minus (leading or trailing), parentheses, a leading plus and a currency symbol or
   * code (before or after, with or without a space), in any order.
   */
  static Signed unsign(String text) throws ValueException {
    String s = trim(text);
    boolean negative = false;
    boolean changed = true;
    String[] currency = new String[1];
    while (changed && !s.isEmpty()) {
      String before = s;
      if (s.length() >= 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') {
        negative = flip(negative);
        s = trim(s.substring(1, s.length() - 1));
      } else if (isMinus(s.charAt(0))) {
        negative = flip(negative);
        s = trim(s.substring(1));
      } else if (isMinus(s.charAt(s.length() - 1))) {
        negative = flip(negative);
        s = trim(s.substring(0, s.length() - 1));
      } else if (s.charAt(0) == '+' && !negative) {
        s = trim(s.substring(1));
      } else {
        s = stripCurrency(s, currency);
      }
      changed = !s.equals(before);
    }
    return new Signed(s, negative, currency[0]);
  }

  /** Strips whitespace and the no-break spaces exports put between a number and its currency. */
  static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isBlank(s.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(s.charAt(to - 1))) {
      to--;
    }
    return from == 0 && to == s.length() ? s : s.substring(from, to);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || DecimalShape.isSpace(c);
  }

  // Longer symbols first: US$ before $, Rs before R.
  private static final String[] SYMBOLS = {
    "US$", "A$", "C$", "NZ$", "HK$", "S$", "R$", "$", "€", "£", "¥", "₹", "₽", "₩", "₺", "₱", "₪",
    "฿", "₫", "₦", "₴", "KSh", "zł", "kr", "Kr", "kn", "Kč", "Ft", "Fr.", "RM", "Rp", "Rs.", "Rs",
        "R"
  };

  /** {@code s} without a currency symbol or code before or after; {@code found[0]} names it. */
  private static String stripCurrency(String s, String[] found) {
    String out = s;
    for (String symbol : SYMBOLS) {
      // A symbol of letters is one only apart from other letters: OMR does not end in R.
      int n = symbol.length();
      if (out.startsWith(symbol) && !letters(symbol, out, n)) {
        out = trim(out.substring(n));
        found[0] = symbol;
      }
      if (out.endsWith(symbol) && !letters(symbol, out, out.length() - n - 1)) {
        out = trim(out.substring(0, out.length() - n));
        found[0] = symbol;
      }
    }
    if (out.length() > 4 && isCode(out, 0) && !Character.isLetter(out.charAt(3))) {
      found[0] = out.substring(0, 3);
      out = trim(out.substring(3));
    }
    int n = out.length();
    if (n > 4 && isCode(out, n - 3) && !Character.isLetter(out.charAt(n - 4))) {
      found[0] = out.substring(n - 3);
      out = trim(out.substring(0, n - 3));
    }
    return out;
  }

  /**
   * True when {@code symbol} ends or starts in a letter and {@code s} has a letter at {@code at}.
   */
  private static boolean letters(String symbol, String s, int at) {
    return at >= 0
        && at < s.length()
        && Character.isLetter(s.charAt(at))
        && (Character.isLetter(symbol.charAt(0))
            || Character.isLetter(symbol.charAt(symbol.length() - 1)));
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
   * A count (endpoints, users): like {@link #money}, except that {@code 1,234} and {@code 1.234}
   * need no decimal mark: in a column of whole numbers the separator can only group thousands.
   */
  BigDecimal whole(String text, int column) throws ValueException {
    checkLength(text);
    if (forced == null) {
      Signed signed = unsign(text);
      DecimalShape shape = DecimalShape.of(signed.body());
      if (shape != null && shape.ambiguous()) {
        BigDecimal value = new BigDecimal(grouping(shape));
        return signed.negative() ? value.negate() : value;
      }
    }
    return money(text, column);
  }

  /** The plain digits of a shape, by its own mark or else the forced or decided one. */
  private String resolve(DecimalShape shape, int column) throws ValueException {
    if (forced != null) {
      if (shape.shows() != null && shape.shows() != forced) {
        throw new ValueException(forced.mismatch("an amount"));
      }
      return shape.plain(forced);
    }
    if (shape.shows() != null || !shape.ambiguous()) {
      seen(shape.shows());
      return shape.plain(shape.shows() == null ? DecimalMark.POINT : shape.shows());
    }
    if (marks == null) {
      throw new UndecidedNumbersException();
    }
    DecimalMark mark = marks.of(column);
    if (mark == null) {
      throw new ValueException(
          "is ambiguous: it reads as "
              + shape.plain(DecimalMark.POINT)
              + " with a decimal point or as "
              + shape.plain(DecimalMark.COMMA)
              + " with a decimal comma, and no other value of the column or the file shows which"
              + " (set --decimal-point or --decimal-comma, or decimal_comma in mrrlens.yaml)");
    }
    seen(mark);
    return shape.plain(mark);
  }

  private void seen(DecimalMark mark) {
    if (!counts) {
      return;
    }
    if (mark == DecimalMark.POINT) {
      pointSeen = true;
    } else if (mark == DecimalMark.COMMA) {
      commaSeen = true;
    }
  }

  /**
   * The decimal mark as {@code check} reports it: the forced one, or those the values showed
   * ({@code point}, {@code comma}, {@code point and comma} in a file mixing them, {@code none
   * shown} when every value was whole).
   */
  String describe() {
    if (forced != null) {
      return forced.word();
    }
    if (pointSeen && commaSeen) {
      return "point and comma (per value)";
    }
    if (pointSeen || commaSeen) {
      return (pointSeen ? "point" : "comma") + " (detected)";
    }
    return "none shown";
  }

  /**
   * A computed amount written so that this parser reads it back exactly: with a decimal comma when
   * a comma is forced, else with a point and never three decimals alone ({@code 1.2340}, not the
   * ambiguous {@code 1.234}).
   */
  String written(BigDecimal amount) {
    BigDecimal value = amount.scale() == 3 ? amount.setScale(4) : amount;
    String text = value.toPlainString();
    return forced == DecimalMark.COMMA ? text.replace('.', ',') : text;
  }

  /** True when a rejection's problem is about the decimal mark (the fix is a setting). */
  static boolean isMarkProblem(String problem) {
    return problem.startsWith("is ambiguous: it reads as") || problem.contains("decimal mark is");
  }

  private static void checkLength(String text) throws ValueException {
    if (text.length() > MAX_LENGTH && text.strip().length() > MAX_LENGTH) {
      throw new ValueException(
          "is too long for a number (at most " + MAX_LENGTH + " characters: is the column right?)");
    }
  }

  private static BigDecimal cache(Map<String, BigDecimal> cache, String s, BigDecimal value) {
    if (cache.size() < CACHE_LIMIT) {
      cache.put(s, value);
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

  /** True for {@code [-]digits[.digits]}, the form BigDecimal reads directly. */
  private static boolean isPlainPoint(String s) {
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
