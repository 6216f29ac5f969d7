package io.mrrlens.model;

import java.util.Locale;

/**
 * A client's name as the books spell it, with the key that decides whether two spellings are the
 * same client: trimmed, inner whitespace collapsed, compared case-insensitively.
 */
public record ClientName(String display, String key) {

  /** Normalises a raw cell: trims it and collapses each run of whitespace to one space. */
  public static String normalize(String raw) {
    if (raw == null) {
      return "";
    }
    if (isNormal(raw)) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    boolean gap = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isSpace(c)) {
        gap = out.length() > 0;
      } else {
        if (gap) {
          out.append(' ');
          gap = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The comparison key of a raw name: normalised and lower-cased. */
  public static String keyOf(String raw) {
    return normalize(raw).toLowerCase(Locale.ROOT);
  }

  /** A name from a raw cell. */
  public static ClientName of(String raw) {
    String display = normalize(raw);
    return new ClientName(display, display.toLowerCase(Locale.ROOT));
  }

  private static boolean isNormal(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (isSpace(c) && (c != ' ' || isSpace(s.charAt(i - 1)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
