package io.mrrlens.cli;

import io.mrrlens.report.Report;
import io.mrrlens.report.ReportRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
      writeAtomically(output, text);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return ((FileSystemException) e).getFile() + " is a file, not a folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage();
  }

  /** Writes a file whole or not at all: a temporary file in the same folder, then a rename. */
  static void writeAtomically(Path target, String text) {
    writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes bytes whole or not at all, as {@link #writeAtomically(Path, String)}. */
  static void writeAtomically(Path target, byte[] bytes) {
    Path absolute = target.toAbsolutePath();
    try {
      Files.createDirectories(absolute.getParent());
      // Not Files.createTempFile: its files are private (0600) and would stay so after the rename.
      Path temp =
          absolute.resolveSibling(
              "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
      try {
        Files.write(temp, bytes);
        Files.move(
            temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + reason(e), e);
    }
  }
}
