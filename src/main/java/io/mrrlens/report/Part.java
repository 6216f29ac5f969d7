package io.mrrlens.report;

import java.util.List;
import java.util.Map;

/** A section of a report; {@code key} names it in JSON, {@code title} heads it in text. */
public sealed interface Part {
  String key();

  String title();

  /** Named values, shown as "label: value" lines (a JSON object). */
  record Facts(String key, String title, List<Fact> facts) implements Part {}

  /**
   * A table of rows (a JSON array of objects), with an optional totals row. The report's main table
   * has the key {@code rows}, its totals {@code totals}.
   */
  record Table(
      String key,
      String title,
      List<Column> columns,
      List<Map<String, Object>> rows,
      Map<String, Object> totals)
      implements Part {}

  /** Lines of text (a JSON array of strings), e.g. messages. */
  record Lines(String key, String title, List<String> lines) implements Part {}
}
