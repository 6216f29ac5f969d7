package io.mrrlens.report;

import io.mrrlens.model.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code table} format: aligned columns for a terminal or a mail, numbers right-aligned. */
public final class TextReportRenderer implements ReportRenderer.Text {
  /** The widest line of a paragraph, in characters. */
  private static final int PARAGRAPH_WIDTH = 100;

  @Override
  public String render(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("mrrlens ").append(report.command());
    if (report.heading() != null) {
      out.append(": ").append(report.heading());
    }
    out.append('\n');
    if (report.asOf() != null) {
      out.append("as of ").append(report.asOf());
      if (report.window() != null) {
        out.append(", window ")
            .append(report.window().from())
            .append(" to ")
            .append(report.window().to())
            .append(" (")
            .append(report.window().months())
            .append(" months)");
      }
      out.append('\n');
    }
    if (!report.settings().isEmpty()) {
      out.append('\n');
      facts(out, "Settings", report.settings());
    }
    parts(out, report.parts());
    return out.toString();
  }

  /** The parts in order; figures are left out (--charts DIR writes them). */
  private static void parts(StringBuilder out, List<Part> parts) {
    for (Part part : parts) {
      if (part instanceof Part.Figure) {
        continue;
      }
      out.append('\n');
      if (part instanceof Part.Facts facts) {
        facts(out, facts.title(), facts.facts());
      } else if (part instanceof Part.Table table) {
        table(table).forEach(line -> out.append(line).append('\n'));
      } else if (part instanceof Part.Lines lines) {
        lines(out, lines);
      } else if (part instanceof Part.Section section) {
        section(out, section);
      }
    }
  }

  /** A section: its title underlined, its paragraphs and highlights wrapped, then its parts. */
  private static void section(StringBuilder out, Part.Section section) {
    out.append(section.title()).append('\n');
    out.append("=".repeat(section.title().length())).append('\n');
    for (String paragraph : section.paragraphs()) {
      out.append('\n');
      Values.wrap(paragraph, PARAGRAPH_WIDTH).forEach(line -> out.append(line).append('\n'));
    }
    for (String highlight : section.highlights()) {
      out.append('\n');
      Values.wrap(highlight, PARAGRAPH_WIDTH - 2)
          .forEach(line -> out.append("> ").append(line).append('\n'));
    }
    parts(out, section.parts());
  }

  private static void facts(StringBuilder out, String title, List<Fact> facts) {
    out.append(title).append('\n');
    int width = facts.stream().mapToInt(f -> f.label().length()).max().orElse(0);
    for (Fact fact : facts) {
      out.append("  ")
          .append(pad(fact.label() + ":", width + 1, false))
          .append(' ')
          .append(Cells.fact(fact))
          .append('\n');
    }
  }

  /** The table's lines: its title, then its columns aligned, or "(none)". */
  static List<String> table(Part.Table table) {
    StringBuilder out = new StringBuilder();
    out.append(table.title()).append('\n');
    if (table.rows().isEmpty()) {
      out.append("  (none)\n");
      return List.of(out.toString().split("\n"));
    }
    List<Column> columns = table.columns();
    List<String[]> cells = new ArrayList<>();
    cells.add(columns.stream().map(Column::header).toArray(String[]::new));
    for (Map<String, Object> row : table.rows()) {
      // a value from the books (a client's name, a ticket's summary) never drives the terminal
      cells.add(Cells.row(columns, row).stream().map(Quoted::escaped).toArray(String[]::new));
    }
    if (table.totals() != null) {
      cells.add(Cells.totals(table).toArray(String[]::new));
    }
    int[] widths = new int[columns.size()];
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (int r = 0; r < cells.size(); r++) {
      if (table.totals() != null && r == cells.size() - 1) {
        rule(out, widths);
      }
      StringBuilder line = new StringBuilder("  ");
      String[] row = cells.get(r);
      for (int i = 0; i < row.length; i++) {
        boolean right = Values.isNumeric(columns.get(i).format());
        line.append(pad(row[i], widths[i], right));
        if (i < row.length - 1) {
          line.append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
      if (r == 0) {
        rule(out, widths);
      }
    }
    return List.of(out.toString().split("\n"));
  }

  private static void rule(StringBuilder out, int[] widths) {
    StringBuilder line = new StringBuilder("  ");
    for (int i = 0; i < widths.length; i++) {
      line.append("-".repeat(widths[i]));
      if (i < widths.length - 1) {
        line.append("  ");
      }
    }
    out.append(line).append('\n');
  }

  private static void lines(StringBuilder out, Part.Lines lines) {
    out.append(lines.title()).append('\n');
    if (lines.lines().isEmpty()) {
      out.append("  (none)\n");
    }
    for (String line : lines.lines()) {
      out.append("  ").append(line.replace("\n", "\n  ")).append('\n');
    }
  }

  private static String pad(String text, int width, boolean right) {
    int gap = width - text.length();
    if (gap <= 0) {
      return text;
    }
    return right ? " ".repeat(gap) + text : text + " ".repeat(gap);
  }
}
