package io.mrrlens.importing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The values a text column may take, read case-insensitively with spaces, hyphens and slashes read
 * as underscores and {@code &} as "and" ({@code Time & Materials} is {@code time_and_materials}).
 */
final class Choices<E extends Enum<E>> {
  private final Map<String, E> byKey;
  private final String allowed;

  private Choices(Map<String, E> byKey, String allowed) {
    this.byKey = byKey;
    this.allowed = allowed;
  }

  static <E extends Enum<E>> Choices<E> of(Class<E> type) {
    Map<String, E> byKey = new HashMap<>();
    StringJoiner allowed = new StringJoiner(", ");
    for (E value : type.getEnumConstants()) {
      String code = value.name().toLowerCase(Locale.ROOT);
      byKey.put(code, value);
      allowed.add(code);
    }
    return new Choices<>(byKey, allowed.toString());
  }

  /** The value the text names, or null. */
  E find(String text) {
    E exact = byKey.get(text);
    return exact != null ? exact : byKey.get(key(text));
  }

  /** The accepted values, comma-separated. */
  String allowed() {
    return allowed;
  }

  static String key(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT).replace("&", " and ");
    return lower.replaceAll("[\\s/\\-_]+", "_");
  }
}
