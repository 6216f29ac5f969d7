package io.mrrlens.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The monthly summary as a mail: a subject that carries the headline figures, and a plain text of
 * at most {@value #WIDTH} columns that opens with the headline (the month's revenue, MRR and the
 * alert that matters), then the report's parts, then its settings. A table too wide for the columns
 * is written one client (or figure) per block of "header: value" pairs; lines break only at spaces,
 * so a number never wraps.
 */
public final class SummaryMailRenderer {
  /** The widest line of the text: a mail client's 78 columns less the room a reply's "> " needs. */
  public static final int WIDTH = 72;

  private static final String INDENT = "  ";

  private SummaryMailRenderer() {}

  /**
   * The subject, e.g. "March 2026: revenue 3,300 (+83%), MRR 1,000, 2 alerts - msp-book": money to
   * the unit, the change on the previous month to the percent.
   */
  public static String subject(Report report, YearMonth month, String books) {
    Map<String, Object> revenue = figure(report, "revenue");
    Map<String, Object> mrr = figure(report, "mrr");
    StringBuilder subject =
        new StringBuilder(
            month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " "
                + month.getYear()
                + ":");
    if (revenue != null) {
      subject.append(" revenue ").append(whole(revenue.get("value")));
      Object pct = revenue.get("pct_vs_previous_month");
      if (pct instanceof BigDecimal change) {
        subject.append(" (").append(percent(change)).append(')');
      }
      subject.append(',');
    }
    if (mrr != null) {
      subject.append(" MRR ").append(whole(mrr.get("value"))).append(',');
    }
    int alerts = alerts(report).stream().mapToInt(t -> t.rows().size()).sum();
    subject.append(' ').append(alerts == 0 ? "no" : String.valueOf(alerts));
    subject.append(alerts == 1 ? " alert" : " alerts");
    return subject + " - " + books;
  }

  /** The plain text, every line at most {@value #WIDTH} columns. */
  public static String text(Report report) {
    List<String> lines = new ArrayList<>();
    wrap(lines, "mrrlens summary: " + report.heading(), "");
    if (report.asOf() != null && report.window() != null) {
      wrap(
          lines,
          "as of "
              + report.asOf()
              + ", window "
              + report.window().from()
              + " to "
              + report.window().to(),
          "");
    }
    lines.add("");
    headline(report).forEach(sentence -> wrap(lines, sentence, INDENT));
    for (Part part : report.parts()) {
      if (part instanceof Part.Figure) {
        continue; // the chart is drawn where the page and the mail place it
      }
      lines.add("");
      if (part instanceof Part.Facts facts) {
        facts(lines, facts.title(), facts.facts());
      } else if (part instanceof Part.Table table && table == report.main()) {
        figures(lines, table);
      } else if (part instanceof Part.Table table) {
        table(lines, table);
      } else if (part instanceof Part.Lines text) {
        lines.add(text.title());
        text.lines().forEach(l -> wrap(lines, INDENT + l, INDENT + INDENT));
      }
    }
    if (!report.settings().isEmpty()) {
      lines.add("");
      facts(lines, "Settings", report.settings());
    }
    return String.join("\n", lines) + "\n";
  }

  /**
   * The headline, a sentence each: the month's revenue and MRR with their change on the previous
   * month, then the number of alerts and the first of them (the overdue invoices first).
   */
  static List<String> headline(Report report) {
    List<String> lines = new ArrayList<>();
    for (String key : List.of("revenue", "mrr")) {
      Map<String, Object> row = figure(report, key);
      if (row == null) {
        continue;
      }
      Part.Table table = report.main();
      String text =
          (key.equals("mrr") ? "MRR" : "Revenue")
              + " "
              + Values.human(row.get("value"), Format.NUMBER);
      Object pct = row.get("pct_vs_previous_month");
      if (pct != null) {
        text += ", " + signed(pct) + " on " + table.columns().get(2).header();
      }
      lines.add(text);
    }
    List<Part.Table> alerts = alerts(report);
    int count = alerts.stream().mapToInt(t -> t.rows().size()).sum();
    if (count == 0) {
      lines.add("No alerts.");
      return lines;
    }
    // The overdue invoices come first: money owed for long is the alert to act on this week.
    Part.Table first =
        alerts.stream()
            .filter(t -> t.key().equals("overdue_invoices"))
            .findFirst()
            .orElse(alerts.get(0));
    String title = first.title().replaceFirst("^Alert: ", "");
    List<String> cells = Cells.row(first.columns(), first.rows().get(0));
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      pairs.add(first.columns().get(i).header() + " " + cells.get(i));
    }
    lines.add(
        (count == 1 ? "1 alert" : count + " alerts")
            + ". First: "
            + title
            + ": "
            + String.join(", ", pairs)
            + (first.rows().size() > 1 ? " (and " + (first.rows().size() - 1) + " more)." : "."));
    return lines;
  }

  /**
   * The month's figures, two lines each: the figure and its value, then the previous month's and
   * last year's value with the change in percent, e.g. "2026-02 1,800.00 (+83.3%)".
   */
  private static void figures(List<String> lines, Part.Table table) {
    lines.add(table.title());
    for (Map<String, Object> row : table.rows()) {
      wrap(lines, INDENT + row.get("figure") + ": " + number(row.get("value")), INDENT + INDENT);
      wrap(
          lines,
          INDENT + INDENT + String.join(", ", against(table, row)),
          INDENT + INDENT + INDENT);
    }
  }

  /**
   * A figure's previous month's and last year's value with the change in percent, e.g. "2026-02
   * 1,800.00 (+83.3%)" and "2025-03 900.00 (+266.7%)".
   */
  static List<String> against(Part.Table table, Map<String, Object> row) {
    Map<String, Column> columns = new HashMap<>();
    table.columns().forEach(c -> columns.put(c.field(), c));
    List<String> against = new ArrayList<>();
    for (String[] pair :
        new String[][] {
          {"previous_month", "pct_vs_previous_month"},
          {"same_month_last_year", "pct_vs_last_year"}
        }) {
      Column column = columns.get(pair[0]);
      if (column == null) {
        continue;
      }
      String text = column.header() + " " + number(row.get(pair[0]));
      if (row.get(pair[1]) != null) {
        text += " (" + signed(row.get(pair[1])) + ")";
      }
      against.add(text);
    }
    return against;
  }

  /** A figure's value as the mail writes it, "-" when empty. */
  static String value(Map<String, Object> row) {
    return number(row.get("value"));
  }

  private static String number(Object value) {
    return value == null ? "-" : Values.human(value, Format.NUMBER);
  }

  /** A share as a percent with its sign: +83.3%, -3.1%, 0.0%. */
  private static String signed(Object share) {
    String text = Values.human(share, Format.PERCENT);
    return share instanceof BigDecimal d && d.signum() > 0 ? "+" + text : text;
  }

  private static List<Part.Table> alerts(Report report) {
    List<Part.Table> alerts = new ArrayList<>();
    for (Part part : report.parts()) {
      if (part instanceof Part.Table table
          && table.title().startsWith("Alert:")
          && !table.rows().isEmpty()) {
        alerts.add(table);
      }
    }
    return alerts;
  }

  private static Map<String, Object> figure(Report report, String key) {
    Part.Table table = report.main();
    if (table == null) {
      return null;
    }
    String label = key.equals("mrr") ? "MRR" : key;
    return table.rows().stream()
        .filter(r -> label.equals(r.get("figure")) || key.equals(r.get("figure")))
        .findFirst()
        .orElse(null);
  }

  private static void facts(List<String> lines, String title, List<Fact> facts) {
    lines.add(title);
    int width = facts.stream().mapToInt(f -> f.label().length()).max().orElse(0) + 1;
    if (width > WIDTH / 2) {
      width = 0;
    }
    for (Fact fact : facts) {
      String label = fact.label() + ":";
      wrap(
          lines,
          INDENT + label + " ".repeat(Math.max(1, width - label.length() + 1)) + Cells.fact(fact),
          INDENT + INDENT);
    }
  }

  private static void table(List<String> lines, Part.Table table) {
    List<String> aligned = TextReportRenderer.table(table);
    if (aligned.stream().allMatch(l -> l.length() <= WIDTH)) {
      lines.addAll(aligned);
      return;
    }
    lines.add(table.title());
    List<Column> columns = table.columns();
    for (Map<String, Object> row : table.rows()) {
      List<String> cells = Cells.row(columns, row);
      wrap(lines, INDENT + cells.get(0), INDENT + INDENT);
      List<String> pairs = new ArrayList<>();
      for (int i = 1; i < cells.size(); i++) {
        if (!cells.get(i).isEmpty()) {
          pairs.add(columns.get(i).header() + ": " + cells.get(i));
        }
      }
      wrap(lines, INDENT + INDENT + String.join("; ", pairs), INDENT + INDENT + INDENT);
    }
  }

  /** Adds {@code text} as lines of at most WIDTH columns, broken at spaces only. */
  static void wrap(List<String> lines, String text, String hanging) {
    lines.addAll(Values.wrap(text, WIDTH, hanging));
  }

  private static String whole(Object value) {
    BigDecimal amount = value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
    return Values.human(amount.setScale(0, RoundingMode.HALF_UP), Format.COUNT);
  }

  private static String percent(BigDecimal change) {
    BigDecimal points = change.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
    return (points.signum() > 0 ? "+" : "") + points.toPlainString() + "%";
  }
}
