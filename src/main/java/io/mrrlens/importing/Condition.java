package io.mrrlens.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A test on one cell of an export row, as a mapping file writes it: {@code {column: Status, in:
 * [Draft, Cancelled]}}, {@code not_in}, {@code blank: true|false} or {@code matches: REGEX}. Values
 * compare trimmed and case-insensitively; a column the file lacks reads as blank.
 */
record Condition(String column, Condition.Test test, Set<String> values, Pattern pattern) {

  /** How the cell is tested. */
  enum Test {
    IN,
    NOT_IN,
    BLANK,
    NOT_BLANK,
    MATCHES
  }

  /** True when the cell (trimmed, possibly null for blank) passes. */
  boolean holds(String cell) {
    String value = cell == null ? "" : cell.strip();
    return switch (test) {
      case IN -> values.contains(value.toLowerCase(Locale.ROOT));
      case NOT_IN -> !values.contains(value.toLowerCase(Locale.ROOT));
      case BLANK -> value.isEmpty();
      case NOT_BLANK -> !value.isEmpty();
      case MATCHES -> pattern.matcher(value).matches();
    };
  }

  /** A list of conditions (all must hold) from a map or a list of maps. */
  static List<Condition> allOf(ProfileTree tree, Object node) {
    List<Condition> all = new ArrayList<>();
    if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        all.add(one(tree.at(String.valueOf(i)), list.get(i)));
      }
    } else {
      all.add(one(tree, node));
    }
    return List.copyOf(all);
  }

  private static Condition one(ProfileTree tree, Object node) {
    Map<String, Object> map = tree.map(node, Set.of("column", "in", "not_in", "blank", "matches"));
    String column = tree.requiredText(map, "column");
    int tests = 0;
    Condition condition = null;
    if (map.containsKey("in")) {
      tests++;
      condition = new Condition(column, Test.IN, lower(tree.texts(map, "in")), null);
    }
    if (map.containsKey("not_in")) {
      tests++;
      condition = new Condition(column, Test.NOT_IN, lower(tree.texts(map, "not_in")), null);
    }
    if (map.containsKey("blank")) {
      tests++;
      boolean blank = tree.flag(map, "blank");
      condition = new Condition(column, blank ? Test.BLANK : Test.NOT_BLANK, Set.of(), null);
    }
    if (map.containsKey("matches")) {
      tests++;
      String regex = tree.requiredText(map, "matches");
      try {
        condition = new Condition(column, Test.MATCHES, Set.of(), Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        throw tree.at("matches").problem("\"" + regex + "\" is not a regular expression");
      }
    }
    if (tests != 1) {
      throw tree.problem("a condition needs exactly one of in, not_in, blank or matches");
    }
    return condition;
  }

  private static Set<String> lower(List<String> values) {
    Set<String> lower = new HashSet<>();
    values.forEach(v -> lower.add(v.strip().toLowerCase(Locale.ROOT)));
    return Set.copyOf(lower);
  }
}
