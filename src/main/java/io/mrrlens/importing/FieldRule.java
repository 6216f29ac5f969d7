package io.mrrlens.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a mapping fills one canonical column from an export row. The value comes from the first of
 * {@code columns} the file has (or {@code join}ed columns, or a constant {@code value}), then goes
 * through {@code map} (case-insensitive; {@code otherwise} for values it lacks), a {@code duration}
 * conversion to hours, a {@code lookup} of an ID, {@code minus} (another column's amount taken off,
 * e.g. an invoice's amount less what was paid of it), {@code divide_by} and {@code negative_when}.
 * {@code cases} picks the first sub-rule whose {@code when} holds; {@code when} alone blanks the
 * value when it does not hold.
 *
 * @param extraValue when the column is absent, take the first value past the header's width (a
 *     layout that writes one value more than its header names)
 * @param divideBy a divisor for each value of {@code divideByColumn} (e.g. {@code Yearly: 12})
 * @param sum in a grouped file, the record's value is the sum of its lines' values (a report that
 *     gives each line's total and not the invoice's)
 * @param heading when the column is absent or blank, the value is the heading of the row's group (a
 *     report grouped by customer that names the customer only in the group's heading row)
 */
record FieldRule(
    String field,
    List<String> columns,
    List<String> join,
    String value,
    Map<String, String> map,
    String otherwise,
    Duration duration,
    String lookup,
    String minus,
    String divideByColumn,
    Map<String, String> divideBy,
    List<Condition> negativeWhen,
    List<Condition> when,
    List<FieldRule> cases,
    boolean extraValue,
    boolean sum,
    boolean heading) {

  /**
   * The unit of a duration column; {@code AUTO}: decided by header and values ({@link Durations}).
   */
  enum Duration {
    HOURS,
    MINUTES,
    SECONDS,
    AUTO
  }

  /** The lookups a rule may name: IDs resolved through another file of the book. */
  static final Set<String> LOOKUPS = Set.of("companies", "tickets");

  private static final Set<String> KEYS =
      Set.of(
          "column",
          "join",
          "value",
          "map",
          "otherwise",
          "duration",
          "lookup",
          "minus",
          "divide_by",
          "negative_when",
          "when",
          "cases",
          "extra_value",
          "sum",
          "heading");

  /** A rule that gives every row the same value. */
  static FieldRule constant(String field, String value) {
    return new FieldRule(
        field, List.of(), List.of(), value, Map.of(), null, null, null, null, null, Map.of(),
        List.of(), List.of(), List.of(), false, false, false);
  }

  static FieldRule parse(ProfileTree tree, String field, Object node) {
    if (node instanceof String column) {
      return new FieldRule(
          field,
          List.of(column),
          List.of(),
          null,
          Map.of(),
          null,
          null,
          null,
          null,
          null,
          Map.of(),
          List.of(),
          List.of(),
          List.of(),
          false,
          false,
          false);
    }
    Map<String, Object> map = tree.map(node, KEYS);
    List<FieldRule> cases = new ArrayList<>();
    if (map.get("cases") instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        FieldRule rule = parse(tree.at("cases").at(String.valueOf(i)), field, list.get(i));
        if (rule.when.isEmpty()) {
          throw tree.at("cases").at(String.valueOf(i)).problem("a case needs a when");
        }
        cases.add(rule);
      }
    } else if (map.containsKey("cases")) {
      throw tree.at("cases").problem("expected a list of cases");
    }
    Map<String, String> lowered = new LinkedHashMap<>();
    tree.pairs(map, "map").forEach((k, v) -> lowered.put(k.strip().toLowerCase(Locale.ROOT), v));
    String divideByColumn = null;
    Map<String, String> divideBy = new LinkedHashMap<>();
    if (map.containsKey("divide_by")) {
      ProfileTree at = tree.at("divide_by");
      Map<String, Object> divide = at.map(map.get("divide_by"), Set.of("column", "map"));
      divideByColumn = at.requiredText(divide, "column");
      at.pairs(divide, "map")
          .forEach(
              (k, v) -> {
                if (!divisor(v)) {
                  throw at.at("map")
                      .at(k)
                      .problem(
                          "\""
                              + v
                              + "\" is not a divisor; give a number above 0, or a fraction such as"
                              + " 12/52");
                }
                divideBy.put(k.strip().toLowerCase(Locale.ROOT), v);
              });
    }
    String lookup = tree.text(map, "lookup");
    if (lookup != null && !LOOKUPS.contains(lookup)) {
      throw tree.at("lookup").problem("\"" + lookup + "\" is not one of companies, tickets");
    }
    FieldRule rule =
        new FieldRule(
            field,
            tree.texts(map, "column"),
            tree.texts(map, "join"),
            tree.text(map, "value"),
            Map.copyOf(lowered),
            tree.text(map, "otherwise"),
            duration(tree, tree.text(map, "duration")),
            lookup,
            tree.text(map, "minus"),
            divideByColumn,
            Map.copyOf(divideBy),
            map.containsKey("negative_when")
                ? Condition.allOf(tree.at("negative_when"), map.get("negative_when"))
                : List.of(),
            map.containsKey("when") ? Condition.allOf(tree.at("when"), map.get("when")) : List.of(),
            List.copyOf(cases),
            tree.flag(map, "extra_value"),
            tree.flag(map, "sum"),
            tree.flag(map, "heading"));
    int sources =
        (rule.columns.isEmpty() ? 0 : 1)
            + (rule.join.isEmpty() ? 0 : 1)
            + (rule.value == null ? 0 : 1);
    if (sources > 1) {
      throw tree.problem("give one of column, join or value");
    }
    if (sources == 0 && cases.isEmpty()) {
      throw tree.problem("needs a column, join, value or cases");
    }
    return rule;
  }

  /** True when a divisor is a number above 0, or a fraction of two ({@code 12/52}). */
  private static boolean divisor(String text) {
    for (String part : text.strip().split("/", -1)) {
      try {
        if (new java.math.BigDecimal(part.strip()).signum() <= 0) {
          return false;
        }
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return text.chars().filter(c -> c == '/').count() <= 1;
  }

  private static Duration duration(ProfileTree tree, String unit) {
    if (unit == null) {
      return null;
    }
    return switch (unit.strip().toLowerCase(Locale.ROOT)) {
      case "hours" -> Duration.HOURS;
      case "minutes" -> Duration.MINUTES;
      case "seconds" -> Duration.SECONDS;
      case "auto" -> Duration.AUTO;
      default ->
          throw tree.at("duration")
              .problem("\"" + unit + "\" is not hours, minutes, seconds or auto");
    };
  }

  /** Every column the rule reads, for checking a header against it. */
  List<String> columnsRead() {
    List<String> all = new ArrayList<>(columns);
    all.addAll(join);
    if (divideByColumn != null) {
      all.add(divideByColumn);
    }
    if (minus != null) {
      all.add(minus);
    }
    negativeWhen.forEach(c -> all.add(c.column()));
    when.forEach(c -> all.add(c.column()));
    cases.forEach(c -> all.addAll(c.columnsRead()));
    return all;
  }
}
