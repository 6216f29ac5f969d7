package io.mrrlens.model;

import java.util.Locale;

/**
 * A value read from the books as a message shows it: in quotes, control characters escaped so that
 * a crafted file cannot move the cursor, retitle or clear the terminal, and a long value cut to its
 * first {@value #SHOWN} characters with its length.
 */
public final class Quoted {
  /** The characters of a value a message shows at most. */
  public static final int SHOWN = 80;

  private Quoted() {}

  /**
   * {@code "value"}; a value longer than {@value #SHOWN} characters as {@code "first 80..." (N
   * characters)}; control and direction-changing characters as {@code \n}, {@code \t}, {@code \r}
   * or {@code \u001B}.
   */
  public static String of(String value) {
    if (value == null) {
      return "\"\"";
    }
    if (value.length() <= SHOWN) {
      return "\"" + escaped(value) + "\"";
    }
    return "\"" + escaped(head(value)) + "...\" (" + value.length() + " characters)";
  }

  /** As {@link #of}, without the quotes: for a name in a list, e.g. a header's columns. */
  public static String unquoted(String value) {
    if (value.length() <= SHOWN) {
      return escaped(value);
    }
    return escaped(head(value)) + "... (" + value.length() + " characters)";
  }

  private static String head(String value) {
    int end = SHOWN;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end);
  }

  /** The text with every control and direction-changing character escaped; nothing else changes. */
  public static String escaped(String text) {
    int first = 0;
    while (first < text.length() && !unsafe(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  /**
   * C0 and C1 controls (ESC, BEL, CSI...), line and paragraph separators, and the bidirectional
   * overrides and isolates that make text read in another order than it is stored.
   */
  private static boolean unsafe(char c) {
    return Character.getType(c) == Character.CONTROL
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
