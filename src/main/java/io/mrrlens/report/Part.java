package io.mrrlens.report;

import java.util.List;
import java.util.Map;

/**
 * A part of a document; {@code key} names it in JSON, {@code title} heads it in text. A document is
 * its parts in order: facts, tables, lines and figures, or sections holding them.
 */
public sealed interface Part {
  String key();

  String title();

  /** Named values, shown as "label: value" lines (a JSON object). */
  record Facts(String key, String title, List<Fact> facts) implements Part {}

  /**
   * A table of rows (a JSON array of objects), with an optional totals row. The report's main table
   * has the key {@code rows}, its totals {@code totals}.
   *
   * @param more a line under the table saying where the rows left out are (e.g. "and 41 more
   *     clients, in tables/labor.csv"), or null when it shows every row
   */
  record Table(
      String key,
      String title,
      List<Column> columns,
      List<Map<String, Object>> rows,
      Map<String, Object> totals,
      String more)
      implements Part {

    /** A table that shows every row. */
    public Table(
        String key,
        String title,
        List<Column> columns,
        List<Map<String, Object>> rows,
        Map<String, Object> totals) {
      this(key, title, columns, rows, totals, null);
    }

    /** The first {@code shown} rows, with {@code more} saying where the others are. */
    public Table cut(int shown, String more) {
      return new Table(key, title, columns, rows.subList(0, shown), totals, more);
    }
  }

  /** Lines of text (a JSON array of strings), e.g. messages. */
  record Lines(String key, String title, List<String> lines) implements Part {}

  /**
   * A chart: text formats leave it out (their charts are written by {@code --charts DIR}); HTML and
   * PDF embed its picture.
   *
   * @param key the chart's file stem, e.g. {@code labor-hours}
   * @param title the caption
   * @param alt what the chart shows, in words, for a reader who cannot see it
   */
  record Figure(String key, String title, String alt, ChartImage image) implements Part {}

  /**
   * A section of a long document: its paragraphs in plain words, the sentences to stand out (the
   * recommendation), its figures, then its other parts.
   *
   * @param key the section's anchor, lower-case letters and dashes
   */
  record Section(
      String key,
      String title,
      List<String> paragraphs,
      List<String> highlights,
      List<Figure> figures,
      List<Part> parts)
      implements Part {}
}
