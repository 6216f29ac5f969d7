package io.mrrlens.report;

import java.util.List;
import java.util.Map;

/** The {@code md} format: a heading, settings and facts as lists, tables as Markdown tables. */
public final class MarkdownReportRenderer implements ReportRenderer.Text {

  @Override
  public String render(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("# mrrlens ").append(report.command());
    if (report.heading() != null) {
      out.append(": ").append(escape(report.heading()));
    }
    out.append("\n\n");
    if (report.asOf() != null) {
      out.append("As of ").append(report.asOf());
      if (report.window() != null) {
        out.append(", window ")
            .append(report.window().from())
            .append(" to ")
            .append(report.window().to());
      }
      out.append(".\n\n");
    }
    if (!report.settings().isEmpty()) {
      facts(out, "## ", "Settings", report.settings());
    }
    parts(out, report.parts(), "## ");
    return out.toString();
  }

  /**
   * The parts in order under headings of the given level; figures are left out (--charts DIR writes
   * them), a section's parts go one level down.
   */
  private static void parts(StringBuilder out, List<Part> parts, String heading) {
    for (Part part : parts) {
      if (part instanceof Part.Facts facts) {
        facts(out, heading, facts.title(), facts.facts());
      } else if (part instanceof Part.Table table) {
        table(out, heading, table);
      } else if (part instanceof Part.Lines lines) {
        out.append(heading).append(lines.title()).append("\n\n");
        if (lines.lines().isEmpty()) {
          out.append("(none)\n");
        }
        lines.lines().forEach(l -> out.append("- ").append(escape(l)).append('\n'));
        out.append('\n');
      } else if (part instanceof Part.Section section) {
        out.append(heading).append(escape(section.title())).append("\n\n");
        section.paragraphs().forEach(p -> out.append(escape(p)).append("\n\n"));
        section.highlights().forEach(h -> out.append("> ").append(escape(h)).append("\n\n"));
        parts(out, section.parts(), "#" + heading);
      }
    }
  }

  private static void facts(StringBuilder out, String heading, String title, List<Fact> facts) {
    out.append(heading).append(title).append("\n\n");
    for (Fact fact : facts) {
      String text = Values.fact(fact.value(), fact.format());
      out.append("- ").append(escape(fact.label())).append(": ").append(escape(text)).append('\n');
    }
    out.append('\n');
  }

  private static void table(StringBuilder out, String heading, Part.Table table) {
    out.append(heading).append(table.title()).append("\n\n");
    List<Column> columns = table.columns();
    if (table.rows().isEmpty()) {
      out.append("(none)\n\n");
      return;
    }
    out.append('|');
    columns.forEach(c -> out.append(' ').append(escape(c.header())).append(" |"));
    out.append("\n|");
    columns.forEach(c -> out.append(Values.isNumeric(c.format()) ? " ---: |" : " --- |"));
    out.append('\n');
    for (Map<String, Object> row : table.rows()) {
      row(out, columns, row, false);
    }
    if (table.totals() != null) {
      row(out, columns, table.totals(), true);
    }
    out.append('\n');
  }

  private static void row(
      StringBuilder out, List<Column> columns, Map<String, Object> row, boolean totals) {
    out.append('|');
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      Object value = row.get(column.field());
      String text =
          value instanceof List<?> list
              ? String.join(", ", list.stream().map(String::valueOf).toList())
              : Values.human(value, column.format());
      if (totals && i == 0 && text.isEmpty()) {
        text = "**Total**";
      } else {
        text = escape(text);
      }
      out.append(' ').append(text).append(" |");
    }
    out.append('\n');
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
