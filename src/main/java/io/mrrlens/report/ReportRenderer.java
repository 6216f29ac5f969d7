package io.mrrlens.report;

/** Writes a report in one output format. */
public interface ReportRenderer {
  /** The whole output as text. */
  String render(Report report);

  /** The renderer of a format name: table, csv, json or md. */
  static ReportRenderer forFormat(String format) {
    return switch (format) {
      case "table" -> new TextReportRenderer();
      case "csv" -> new CsvReportRenderer();
      case "json" -> new JsonReportRenderer();
      case "md" -> new MarkdownReportRenderer();
      default -> throw new IllegalArgumentException("unknown format " + format);
    };
  }
}
