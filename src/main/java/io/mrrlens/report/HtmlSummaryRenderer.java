package io.mrrlens.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML page of {@code mrrlens summary} (template {@code summary.html}), made to be mailed:
 * every style inline (mail clients drop a {@code <style>} element), one column at most 640 pixels
 * wide that narrows with a phone's screen, the headline first, each value next to its label (a
 * table of more than {@value #NARROW} columns becomes a block per row, so no table is wider than
 * the screen), the charts after the first part at the column's width, and the settings last. A
 * chart's source is a {@code data:} URI in a page saved to a file and a {@code cid:} reference in a
 * mail.
 */
public final class HtmlSummaryRenderer {

  /** The most columns a table keeps as a table; a wider one is written as a block per row. */
  static final int NARROW = 3;

  /**
   * A picture of the page.
   *
   * @param source what the {@code img} element loads: a data URI or {@code cid:ID}
   * @param description the alternative text
   */
  public record Picture(String source, String description) {}

  private HtmlSummaryRenderer() {}

  /** The page of a summary report on its own: its charts embedded in it as PNG data. */
  public static String page(Report report) {
    List<Picture> pictures = new ArrayList<>();
    for (Part.Figure chart : report.figures()) {
      String png = Base64.getEncoder().encodeToString(chart.image().png());
      pictures.add(new Picture("data:image/png;base64," + png, chart.alt()));
    }
    return render(report, pictures);
  }

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
    page.put("headline", report.main() == null ? List.of() : SummaryMailRenderer.headline(report));
    List<Map<String, Object>> parts = new ArrayList<>();
    for (Part part : report.parts()) {
      if (part instanceof Part.Figure) {
        continue; // the chart is drawn where the page and the mail place it
      }
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("title", part.title());
      section.put("facts", List.of());
      section.put("table", List.of());
      section.put("blocks", List.of());
      section.put("lines", List.of());
      section.put("pictures", parts.isEmpty() ? pictures : List.of());
      if (part instanceof Part.Facts facts) {
        section.put("facts", facts(facts.facts()));
      } else if (part instanceof Part.Table table && table == report.main()) {
        section.put("facts", figures(table));
      } else if (part instanceof Part.Table table && table.rows().isEmpty()) {
        section.put("none", true);
      } else if (part instanceof Part.Table table && table.columns().size() <= NARROW) {
        section.put("table", List.of(table(table)));
      } else if (part instanceof Part.Table table) {
        section.put("blocks", blocks(table));
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
      out.add(fact(fact.label(), Values.fact(fact.value(), fact.format()), List.of()));
    }
    return out;
  }

  /** The month's figures: each with its value, and under its name the months it is set against. */
  private static List<Map<String, Object>> figures(Part.Table table) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> row : table.rows()) {
      out.add(
          fact(
              String.valueOf(row.get("figure")),
              SummaryMailRenderer.value(row),
              SummaryMailRenderer.against(table, row)));
    }
    return out;
  }

  /** A label and its value, with notes under the label (each kept on one line where it fits). */
  private static Map<String, Object> fact(String label, String value, List<String> notes) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      items.add(Map.of("text", notes.get(i), "last", i == notes.size() - 1));
    }
    Map<String, Object> fact = new LinkedHashMap<>();
    fact.put("label", label);
    fact.put("value", value);
    fact.put("notes", items.isEmpty() ? List.of() : List.of(Map.of("items", items)));
    return fact;
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
    return Map.of("headers", headers, "rows", rows);
  }

  /** A wide table as one block per row: its first cell as the block's name, then label value. */
  private static List<Map<String, Object>> blocks(Part.Table table) {
    List<Map<String, Object>> blocks = new ArrayList<>();
    List<Column> columns = table.columns();
    for (Map<String, Object> row : table.rows()) {
      List<String> cells = Cells.row(columns, row);
      List<Map<String, Object>> pairs = new ArrayList<>();
      for (int i = 1; i < columns.size(); i++) {
        pairs.add(
            Map.of(
                "label",
                columns.get(i).header(),
                "value",
                cells.get(i),
                // A number, a date or a code is kept whole; a phrase may wrap.
                "whole",
                Values.isNumeric(columns.get(i).format()) || !cells.get(i).contains(" "),
                "last",
                false));
      }
      if (!pairs.isEmpty()) {
        Map<String, Object> last = new LinkedHashMap<>(pairs.get(pairs.size() - 1));
        last.put("last", true);
        pairs.set(pairs.size() - 1, last);
      }
      blocks.add(Map.of("name", cells.get(0), "pairs", pairs));
    }
    return blocks;
  }

  private static Map<String, Object> cell(String text, Column column) {
    return Map.of("text", text, "numeric", Values.isNumeric(column.format()));
  }
}
