package io.mrrlens.importing;

import io.mrrlens.model.FileImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file's rejected rows, unchanged and under the file's own header, to a file of the same
 * name in the rejects folder ({@code --on-error skip}).
 */
final class RejectsWriter {
  private RejectsWriter() {}

  /** Writes the rejects of one file when it has any; returns its summary naming the file. */
  static FileImport write(Path folder, BooksImporter.LoadedFile loaded) {
    FileImport summary = loaded.result().summary();
    if (summary.rowsRejected() == 0) {
      return summary;
    }
    String name = Path.of(summary.file()).getFileName().toString();
    // a JSON file's rejected records are written as the CSV rows they were read as
    Path target =
        rejectsFolder(folder).resolve(CsvSource.isJson(Path.of(name)) ? name + ".csv" : name);
    String newline = loaded.result().newline();
    StringBuilder out = new StringBuilder();
    for (String row : loaded.result().rejectedText()) {
      out.append(row).append(newline);
    }
    try {
      Files.createDirectories(target.getParent());
      // Not Files.createTempFile: its files are private (0600) and would stay so after the rename.
      Path temp =
          target.resolveSibling(
              "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
      try {
        Files.writeString(temp, out, loaded.charset());
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rejected rows to " + target, e);
    }
    return new FileImport(
        summary.file(),
        summary.kind(),
        summary.encoding(),
        summary.delimiter(),
        summary.dateFormat(),
        summary.rowsRead(),
        summary.rowsAccepted(),
        summary.rowsRejected(),
        summary.amountColumn(),
        summary.amountRead(),
        summary.amountAccepted(),
        summary.amountRejected(),
        summary.unreadableAmounts(),
        summary.unknownColumns(),
        target.toString(),
        summary.layout(),
        summary.numbers());
  }

  private static Path rejectsFolder(Path folder) {
    return folder != null ? folder : Path.of("rejects");
  }
}
