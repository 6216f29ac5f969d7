package io.mrrlens.report;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes a document in one output format. The formats are registered here, one renderer class each:
 * adding a format is one class and one line below.
 */
public interface ReportRenderer {
  /** The renderers by format name, in the order help lists them. */
  Map<String, Supplier<ReportRenderer>> FORMATS = formats();

  /** The whole output. */
  byte[] bytes(Report report);

  /** True for a format that is not text (PDF): it goes to a file, never to a terminal. */
  default boolean binary() {
    return false;
  }

  /** A renderer whose output is text. */
  interface Text extends ReportRenderer {
    /** The whole output as text. */
    String render(Report report);

    @Override
    default byte[] bytes(Report report) {
      return render(report).getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The format names: table, csv, json, md, html, pdf. */
  static List<String> names() {
    return List.copyOf(FORMATS.keySet());
  }

  /** The renderer of a format name. */
  static ReportRenderer forFormat(String format) {
    Supplier<ReportRenderer> renderer = FORMATS.get(format);
    if (renderer == null) {
      throw new IllegalArgumentException("unknown format " + format);
    }
    return renderer.get();
  }

  /** The renderer of a format name, the table in the given style. */
  static ReportRenderer forFormat(String format, TextStyle style) {
    return format.equals("table") ? new TextReportRenderer(style) : forFormat(format);
  }

  private static Map<String, Supplier<ReportRenderer>> formats() {
    Map<String, Supplier<ReportRenderer>> formats = new LinkedHashMap<>();
    formats.put("table", TextReportRenderer::new);
    formats.put("csv", CsvReportRenderer::new);
    formats.put("json", JsonReportRenderer::new);
    formats.put("md", MarkdownReportRenderer::new);
    formats.put("html", HtmlReportRenderer::new);
    formats.put("pdf", PdfReportRenderer::new);
    return java.util.Collections.unmodifiableMap(formats);
  }
}
