package io.mrrlens.cli;

import io.mrrlens.file.AtomicFile;
import io.mrrlens.report.Report;
import io.mrrlens.report.ReportRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options of every command that prints a report: format, output file, quiet. */
final class OutputOptions {
  private static final List<String> FORMATS = List.of("table", "csv", "json", "md");

  /** The format an output file's extension implies; anything else is written as a table. */
  private static final Map<String, String> BY_EXTENSION =
      Map.of("json", "json", "csv", "csv", "md", "md", "txt", "table");

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "table, csv, json or md (default: what --output's extension says, .json .csv .md,"
              + " else table).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report to FILE instead of stdout (whole or not at all); - is stdout.")
  Path output;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Print nothing but errors (the exit code tells the outcome); --output is still"
              + " written.")
  boolean quiet;

  /** Checks the options before any work is done. */
  void validate() {
    if (format != null && !FORMATS.contains(format)) {
      throw new UsageException(
          "--format \"" + format + "\" is not a format", "use table, csv, json or md");
    }
    String implied = implied();
    if (format == null && implied != null && !FORMATS.contains(implied)) {
      throw new UsageException(
          "--output " + output + ": this command writes table, csv, json or md, not " + implied,
          "name the file .txt, .csv, .json or .md, or give --format; mrrlens report writes HTML"
              + " and PDF");
    }
  }

  /**
   * The format to write: --format, else the one the output file's extension implies, else table.
   */
  String format() {
    if (format != null) {
      return format;
    }
    String implied = implied();
    return implied != null && FORMATS.contains(implied) ? implied : "table";
  }

  /** The extension of --output in lower case when it names a format mrrlens knows of, or null. */
  private String implied() {
    if (toFile() == null) {
      return null;
    }
    String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    if (extension.equals("html") || extension.equals("pdf")) {
      return extension;
    }
    return BY_EXTENSION.get(extension);
  }

  /** The output file, or null for stdout (no --output, or --output -). */
  Path toFile() {
    return output == null || output.toString().equals("-") ? null : output;
  }

  /** Renders a report and writes it to the output file or stdout. */
  void write(Report report, PrintWriter out) {
    validate();
    String text = ReportRenderer.forFormat(format()).render(report);
    Path file = toFile();
    if (file == null && quiet) {
      return;
    }
    if (file == null) {
      out.print(text);
      out.flush();
    } else {
      AtomicFile.write(file, text);
    }
  }
}
