package io.mrrlens.report;

import java.util.List;
import java.util.Map;

/**
 * The {@code csv} format: the report's main table as RFC 4180 CSV with one header row (the field
 * names), raw numbers, no totals row; text cells that a spreadsheet would run as a formula are
 * prefixed with a quote. A report without a main table gives its facts as {@code field,value} rows.
 */
public final class CsvReportRenderer implements ReportRenderer.Text {

  @Override
  public String render(Report report) {
    Part.Table table = report.main();
    if (table == null) {
      return facts(report, new StringBuilder());
    }
    return table(table);
  }

  /** One table as CSV: the header row of field names, then its rows (not its totals). */
  public String table(Part.Table table) {
    StringBuilder out = new StringBuilder();
    List<Column> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(columns.get(i).field()));
    }
    out.append("\r\n");
    for (Map<String, Object> row : table.rows()) {
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        Column column = columns.get(i);
        out.append(cell(row.get(column.field()), column.format()));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /** A report without a main table (the staffing calculator): its facts as field,value rows. */
  private static String facts(Report report, StringBuilder out) {
    out.append("field,value\r\n");
    for (Part part : report.parts()) {
      if (part instanceof Part.Facts facts) {
        for (Fact fact : facts.facts()) {
          out.append(quote(fact.field()))
              .append(',')
              .append(cell(fact.value(), fact.format()))
              .append("\r\n");
        }
      }
    }
    return out.toString();
  }

  private static String cell(Object value, Format format) {
    if (value instanceof List<?> list) {
      return quote(safe(String.join("; ", list.stream().map(String::valueOf).toList())));
    }
    Object raw = Values.raw(value, format);
    if (raw == null) {
      return "";
    }
    if (raw instanceof java.math.BigDecimal decimal) {
      return decimal.toPlainString();
    }
    String text = raw.toString();
    return quote(Values.isNumeric(format) ? text : safe(text));
  }

  /** Text a spreadsheet would take for a formula gets a leading quote. */
  static String safe(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  static String quote(String text) {
    boolean needs =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return needs ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
