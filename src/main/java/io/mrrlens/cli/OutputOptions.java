package io.mrrlens.cli;

import io.mrrlens.file.AtomicFile;
import io.mrrlens.report.Report;
import io.mrrlens.report.ReportRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of every command that prints a report: format, output file, quiet. */
final class OutputOptions {
  private static final List<String> FORMATS = List.of("table", "csv", "json", "md");

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table (default), csv, json or md.")
  String format = "table";

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of stdout (whole or not at all).")
  Path output;

  @Option(
      names = "--quiet",
      description =
          "Print nothing but errors (the exit code tells the outcome); --output is still"
              + " written.")
  boolean quiet;

  @Option(names = "--no-color", description = "No colour (also when NO_COLOR is set).")
  boolean noColor;

  /** Checks the options before any work is done. */
  void validate() {
    if (!FORMATS.contains(format)) {
      throw new UsageException(
          "--format \"" + format + "\" is not a format", "use table, csv, json or md");
    }
  }

  /** Renders a report and writes it to the output file or stdout. */
  void write(Report report, PrintWriter out) {
    validate();
    String text = ReportRenderer.forFormat(format).render(report);
    if (output == null && quiet) {
      return;
    }
    if (output == null) {
      out.print(text);
      out.flush();
    } else {
      AtomicFile.write(output, text);
    }
  }
}
