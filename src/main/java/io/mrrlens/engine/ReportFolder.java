package io.mrrlens.engine;

import io.mrrlens.chart.ChartWriter;
import io.mrrlens.file.AtomicFile;
import io.mrrlens.file.AtomicFolder;
import io.mrrlens.file.FileFailure;
import io.mrrlens.importing.ImportProgress;
import io.mrrlens.report.CsvReportRenderer;
import io.mrrlens.report.HtmlReportRenderer;
import io.mrrlens.report.Part;
import io.mrrlens.report.PdfReportRenderer;
import io.mrrlens.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The transition report's folder: {@code report.html}, {@code report.pdf}, {@code charts/} (each
 * figure as PNG and SVG) and {@code tables/} (each table as CSV), written whole, so that a reader
 * never sees files of two runs.
 */
public final class ReportFolder {
  private ReportFolder() {}

  /** Creates the folder before any work, so that a path that cannot be one fails fast. */
  public static void prepare(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the report to " + dir + ": " + FileFailure.reason(e, dir), e);
    }
  }

  /**
   * Writes the report's folder; drawing the charts and laying out the PDF take seconds on a big
   * book, so each file written is a step of the progress.
   */
  public static void write(Path dir, Report report, ImportProgress progress) {
    Map<String, Part.Table> tables = report.tables();
    List<Part.Figure> figures = report.figures();
    progress.started(figures.size() + tables.size() + 2L);
    AtomicFolder.write(
        dir,
        folder -> {
          for (Part.Figure figure : figures) {
            ChartWriter.writeFigures(List.of(figure), folder.resolve("charts"));
            progress.advanced(1);
          }
          CsvReportRenderer csv = new CsvReportRenderer();
          tables.forEach(
              (name, table) -> {
                AtomicFile.write(folder.resolve("tables").resolve(name + ".csv"), csv.table(table));
                progress.advanced(1);
              });
          AtomicFile.write(folder.resolve("report.html"), new HtmlReportRenderer().render(report));
          progress.advanced(1);
          AtomicFile.write(folder.resolve("report.pdf"), new PdfReportRenderer().bytes(report));
          progress.advanced(1);
        });
    progress.finished();
  }
}
