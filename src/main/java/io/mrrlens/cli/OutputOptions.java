package io.mrrlens.cli;

import io.mrrlens.file.AtomicFile;
import io.mrrlens.model.Problem;
import io.mrrlens.report.Report;
import io.mrrlens.report.ReportRenderer;
import io.mrrlens.report.TextStyle;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options of every command that prints a document: its format and the file to write. */
final class OutputOptions {
  /** The format an output file's extension implies; anything else is written as a table. */
  private static final Map<String, String> BY_EXTENSION =
      Map.of(
          "json", "json", "csv", "csv", "md", "md", "txt", "table", "html", "html", "htm", "html",
          "pdf", "pdf");

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE")
  Path output;

  @Option(names = "--width", paramLabel = "N")
  Integer width;

  /** Checks the options before any work is done. */
  void validate() {
    if (format != null && !ReportRenderer.FORMATS.containsKey(format)) {
      throw Problem.usage(
          "--format \"" + format + "\" is not a format",
          "use " + String.join(", ", ReportRenderer.names()));
    }
    if (width != null && width < 40) {
      throw Problem.usage("--width " + width + " is below 40", "give --width 80 or more");
    }
    if (toFile() == null && ReportRenderer.forFormat(format()).binary()) {
      throw Problem.usage(
          format() + " is not text and cannot go to standard output",
          "give --output FILE." + format() + " to write it to a file");
    }
  }

  /**
   * The format to write: --format, else the one the output file's extension implies, else table.
   */
  String format() {
    if (format != null) {
      return format;
    }
    if (toFile() == null) {
      return "table";
    }
    String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "table");
  }

  /** Whether the format shows the document's charts (HTML and PDF embed them). */
  boolean showsCharts() {
    return format().equals("html") || format().equals("pdf");
  }

  /** The output file, or null for stdout (no --output, or --output -). */
  Path toFile() {
    return output == null || output.toString().equals("-") ? null : output;
  }

  /**
   * Renders a document and writes it to the output file, or to stdout unless quiet; a table on a
   * terminal gets colour and the terminal's width as the run says (a file gets neither, but
   * --width).
   */
  void write(Report report, CommandSpec spec) {
    validate();
    Path file = toFile();
    int fit = width != null ? width : file == null ? RootCommand.terminalWidth(spec) : 0;
    boolean colour = file == null && RootCommand.colour(spec);
    byte[] bytes = ReportRenderer.forFormat(format(), new TextStyle(colour, fit)).bytes(report);
    PrintWriter out = spec.commandLine().getOut();
    boolean quiet = RootCommand.quiet(spec);
    if (file != null) {
      AtomicFile.write(file, bytes);
    } else if (!quiet) {
      out.print(new String(bytes, StandardCharsets.UTF_8));
      out.flush();
    }
  }
}
