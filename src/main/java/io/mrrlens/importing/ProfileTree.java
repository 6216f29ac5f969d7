package io.mrrlens.importing;

import io.mrrlens.config.ConfigException;
import io.mrrlens.model.Spelling;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A place in a mapping file being read (its name and the path of keys to here), with readers for
 * its values that fail with a message naming that place: {@code cw-grid.yaml: fields.hours: unknown
 * key "colum"; did you mean "column"?}.
 */
record ProfileTree(String file, String path) {

  ProfileTree at(String key) {
    return new ProfileTree(file, path.isEmpty() ? key : path + "." + key);
  }

  ConfigException problem(String message) {
    return new ConfigException(
        file + ": " + (path.isEmpty() ? "" : path + ": ") + message,
        "see docs/importing.md, \"Your own mapping\", for every key a mapping may use");
  }

  /** The node as a map of any keys (a table of words, say). */
  Map<String, Object> anyMap(Object node) {
    if (!(node instanceof Map<?, ?> map)) {
      throw problem("expected a map of keys (key: value)");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  /** The node as a map whose keys are all in {@code allowed}. */
  @SuppressWarnings("unchecked")
  Map<String, Object> map(Object node, Set<String> allowed) {
    if (!(node instanceof Map<?, ?> map)) {
      throw problem("expected a map of keys (key: value)");
    }
    for (Object key : map.keySet()) {
      if (!allowed.contains(key)) {
        throw at(String.valueOf(key))
            .problem(
                "unknown key; did you mean \""
                    + Spelling.nearest(String.valueOf(key), new TreeSet<>(allowed))
                    + "\"?");
      }
    }
    return new LinkedHashMap<>((Map<String, Object>) map);
  }

  String text(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw at(key).problem("expected a single value");
    }
    return text;
  }

  String requiredText(Map<String, Object> map, String key) {
    String value = text(map, key);
    if (value == null || value.isBlank()) {
      throw at(key).problem("is required");
    }
    return value;
  }

  /** A list of values; a single value counts as a list of one. */
  List<String> texts(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof String text) {
      return List.of(text);
    }
    List<String> texts = new ArrayList<>();
    for (Object item : (List<?>) value) {
      if (!(item instanceof String text)) {
        throw at(key).problem("expected a list of values");
      }
      texts.add(text);
    }
    return List.copyOf(texts);
  }

  boolean flag(Map<String, Object> map, String key) {
    String value = text(map, key);
    if (value == null) {
      return false;
    }
    Boolean parsed = Booleans.parse(value);
    if (parsed == null) {
      throw at(key).problem("\"" + value + "\" is not true or false");
    }
    return parsed;
  }

  /** A map of value to value (e.g. {@code Billable: true}). */
  Map<String, String> pairs(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> pairs)) {
      throw at(key).problem("expected a map of value: value");
    }
    Map<String, String> out = new LinkedHashMap<>();
    pairs.forEach(
        (k, v) -> {
          if (!(v instanceof String text)) {
            throw at(key + "." + k).problem("expected a single value");
          }
          out.put(String.valueOf(k), text);
        });
    return out;
  }
}
