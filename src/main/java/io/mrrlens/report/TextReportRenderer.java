package io.mrrlens.report;

import io.mrrlens.model.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code table} format: aligned columns for a terminal or a mail, numbers right-aligned. */
public final class TextReportRenderer implements ReportRenderer.Text {
  /** The widest line of a paragraph, in characters. */
  private static final int PARAGRAPH_WIDTH = 100;

  private final TextStyle style;

  /** Plain text: no colour, no width limit. */
  public TextReportRenderer() {
    this(TextStyle.PLAIN);
  }

  /** Text for a terminal: colour and width as the style says. */
  public TextReportRenderer(TextStyle style) {
    this.style = style;
  }

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
    parts(out, report.parts(), style);
    return out.toString();
  }

  /** The parts in order; figures are left out (--charts DIR writes them). */
  private static void parts(StringBuilder out, List<Part> parts, TextStyle style) {
    for (Part part : parts) {
      if (part instanceof Part.Figure) {
        continue;
      }
      out.append('\n');
      if (part instanceof Part.Facts facts) {
        facts(out, facts.title(), facts.facts());
      } else if (part instanceof Part.Table table) {
        table(table, style).forEach(line -> out.append(line).append('\n'));
      } else if (part instanceof Part.Lines lines) {
        lines(out, lines);
      } else if (part instanceof Part.Section section) {
        section(out, section, style);
      }
    }
  }

  /** A section: its title underlined, its paragraphs and highlights wrapped, then its parts. */
  private static void section(StringBuilder out, Part.Section section, TextStyle style) {
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
    parts(out, section.parts(), style);
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

  /** The table's lines, plain: its title, then its columns aligned, or "(none)". */
  static List<String> table(Part.Table table) {
    return table(table, TextStyle.PLAIN);
  }

  /**
   * The table's lines: its title, then its columns aligned, or "(none)"; text columns cut to fit
   * the style's width, grades and negative figures coloured when it says so.
   */
  static List<String> table(Part.Table table, TextStyle style) {
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
    fit(widths, columns, style.width());
    for (int r = 0; r < cells.size(); r++) {
      if (table.totals() != null && r == cells.size() - 1) {
        rule(out, widths);
      }
      StringBuilder line = new StringBuilder("  ");
      String[] row = cells.get(r);
      Map<String, Object> values =
          r == 0 ? Map.of() : r <= table.rows().size() ? table.rows().get(r - 1) : Map.of();
      for (int i = 0; i < row.length; i++) {
        boolean right = Values.isNumeric(columns.get(i).format());
        String padded = pad(cut(row[i], widths[i]), widths[i], right);
        line.append(style.paint(columns.get(i), values.get(columns.get(i).field()), padded));
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

  /**
   * Narrows the widest text columns, one at a time and never below {@value TextStyle#NARROWEST}
   * characters, until a line fits in {@code width} (0: any width).
   */
  private static void fit(int[] widths, List<Column> columns, int width) {
    if (width <= 0) {
      return;
    }
    int narrowest = 2 + 2 * (widths.length - 1);
    for (int i = 0; i < widths.length; i++) {
      boolean text = !Values.isNumeric(columns.get(i).format());
      narrowest += text ? Math.min(widths[i], TextStyle.NARROWEST) : widths[i];
    }
    if (narrowest > width) {
      return; // cutting names would not make it fit: show them whole
    }
    while (true) {
      int line = 2 + 2 * (widths.length - 1);
      for (int w : widths) {
        line += w;
      }
      int widest = -1;
      for (int i = 0; i < widths.length; i++) {
        if (!Values.isNumeric(columns.get(i).format())
            && widths[i] > TextStyle.NARROWEST
            && (widest < 0 || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      if (line <= width || widest < 0) {
        return;
      }
      widths[widest] = Math.max(TextStyle.NARROWEST, widths[widest] - (line - width));
    }
  }

  /** A cell cut to a column's width, ending in "…" when it was longer. */
  private static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
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
