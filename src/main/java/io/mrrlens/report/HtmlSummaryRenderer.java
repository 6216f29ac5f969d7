package io.mrrlens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML page of {@code mrrlens summary} (template {@code summary.html}): the report's parts as
 * headed tables, with the charts after the first part. A chart's source is a {@code data:} URI in a
 * page saved to a file and a {@code cid:} reference in a mail.
 */
public final class HtmlSummaryRenderer {

  /**
   * A picture of the page.
   *
   * @param source what the {@code img} element loads: a data URI or {@code cid:ID}
   * @param description the alternative text
   */
  public record Picture(String source, String description) {}

  private HtmlSummaryRenderer() {}

  /** The page of a summary report with its pictures. */
  public static String render(Report report, List<Picture> pictures) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("title", "mrrlens " + report.command() + ": " + report.heading());
    page.put(
        "subtitle",
        "as of "
            + report.asOf()
            + (report.window() == null
                ? ""
                : ", window " + report.window().from() + " to " + report.window().to()));
    List<Map<String, Object>> parts = new ArrayList<>();
    for (Part part : report.parts()) {
      if (part instanceof Part.Figure) {
        continue; // the chart is drawn where the page and the mail place it
      }
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("title", part.title());
      section.put("facts", List.of());
      section.put("hasFacts", part instanceof Part.Facts f && !f.facts().isEmpty());
      section.put("table", List.of());
      section.put("lines", List.of());
      section.put("pictures", parts.isEmpty() ? pictures : List.of());
      if (part instanceof Part.Facts facts) {
        section.put("facts", facts(facts.facts()));
      } else if (part instanceof Part.Table table) {
        section.put("table", List.of(table(table)));
      } else if (part instanceof Part.Lines lines) {
        section.put("lines", lines.lines());
      }
      parts.add(section);
    }
    page.put("parts", parts);
    page.put("settings", facts(report.settings()));
    return Templates.render("summary.html", page);
  }

  private static List<Map<String, Object>> facts(List<Fact> facts) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Fact fact : facts) {
      out.add(Map.of("label", fact.label(), "value", Values.fact(fact.value(), fact.format())));
    }
    return out;
  }

  private static Map<String, Object> table(Part.Table table) {
    List<Map<String, Object>> headers = new ArrayList<>();
    for (Column column : table.columns()) {
      headers.add(cell(column.header(), column));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> row : table.rows()) {
      List<Map<String, Object>> cells = new ArrayList<>();
      for (Column column : table.columns()) {
        cells.add(cell(Values.human(row.get(column.field()), column.format()), column));
      }
      rows.add(Map.of("cells", cells));
    }
    return Map.of("headers", headers, "rows", rows, "empty", rows.isEmpty());
  }

  private static Map<String, Object> cell(String text, Column column) {
    return Map.of("text", text, "numeric", Values.isNumeric(column.format()));
  }
}
