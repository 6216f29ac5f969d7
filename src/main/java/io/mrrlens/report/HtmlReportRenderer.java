package io.mrrlens.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transition report as one self-contained HTML file (template {@code report.html}): the charts
 * and the logo inline as data URIs, the style in the page, nothing fetched from elsewhere; every
 * value is HTML-escaped by the template. The same report always gives the same bytes.
 */
public final class HtmlReportRenderer implements ReportRenderer.Text {

  /** The whole page. */
  @Override
  public String render(Report report) {
    return Templates.render("report.html", view(report));
  }

  private static Map<String, Object> view(Report report) {
    Cover cover = report.cover();
    Map<String, Object> view = new HashMap<>();
    view.put("title", cover.title());
    view.put(
        "documentTitle",
        cover.company() == null ? cover.title() : cover.title() + " - " + cover.company());
    putIfPresent(view, "company", cover.company());
    putIfPresent(view, "author", cover.author());
    if (cover.logo() != null) {
      view.put("logo", dataUri(cover.logo().mediaType(), cover.logo().bytes()));
    }
    putIfPresent(view, "period", cover.period());
    putIfPresent(view, "books", cover.books());
    List<Map<String, Object>> sections = new ArrayList<>();
    // the report's charts are also files beside it; a command's only with --charts
    boolean files = report.command().equals("report");
    for (Part.Section section : report.sections()) {
      sections.add(section(section, files));
    }
    view.put("sections", sections);
    if (sections.size() > 1) {
      view.put("contents", true);
    }
    return view;
  }

  private static Map<String, Object> section(Part.Section section, boolean files) {
    Map<String, Object> view = new HashMap<>();
    view.put("id", section.key());
    view.put("title", section.title());
    view.put("paragraphs", section.paragraphs());
    view.put("highlights", section.highlights());
    List<Map<String, Object>> figures = new ArrayList<>();
    for (Part.Figure figure : section.figures()) {
      figures.add(
          Map.of(
              "src", dataUri("image/svg+xml", figure.image().svg()),
              "name", figure.key(),
              "caption", figure.title(),
              "alt", figure.alt(),
              "chartFiles", files));
    }
    view.put("figures", figures);
    List<Map<String, Object>> parts = new ArrayList<>();
    for (Part part : section.parts()) {
      parts.add(part(part));
    }
    view.put("parts", parts);
    return view;
  }

  private static Map<String, Object> part(Part part) {
    if (part instanceof Part.Facts facts) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (Fact fact : facts.facts()) {
        items.add(Map.of("label", fact.label(), "value", Cells.fact(fact)));
      }
      return Map.of("facts", Map.of("title", facts.title(), "items", items));
    }
    if (part instanceof Part.Lines lines) {
      return Map.of("lines", Map.of("title", lines.title(), "items", lines.lines()));
    }
    Part.Table table = (Part.Table) part;
    Map<String, Object> view = new HashMap<>();
    view.put("title", table.title());
    view.put("empty", table.rows().isEmpty());
    List<Map<String, Object>> headers = new ArrayList<>();
    for (Column column : table.columns()) {
      headers.add(Map.of("text", column.header(), "numeric", Values.isNumeric(column.format())));
    }
    view.put("headers", headers);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> row : table.rows()) {
      rows.add(Map.of("cells", cells(table.columns(), Cells.row(table.columns(), row))));
    }
    view.put("rows", rows);
    if (table.more() != null) {
      view.put("more", table.more());
    }
    if (table.totals() != null) {
      view.put("totals", Map.of("cells", cells(table.columns(), Cells.totals(table))));
    }
    return Map.of("table", view);
  }

  private static List<Map<String, Object>> cells(List<Column> columns, List<String> texts) {
    List<Map<String, Object>> cells = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      cells.add(Map.of("text", texts.get(i), "numeric", Values.isNumeric(columns.get(i).format())));
    }
    return cells;
  }

  private static void putIfPresent(Map<String, Object> view, String key, String value) {
    if (value != null && !value.isBlank()) {
      view.put(key, value);
    }
  }

  private static String dataUri(String mediaType, byte[] bytes) {
    return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }
}
