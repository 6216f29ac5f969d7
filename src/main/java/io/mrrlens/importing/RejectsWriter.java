package io.mrrlens.importing;

import io.mrrlens.model.FileImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

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
    Path target =
        rejectsFolder(folder, loaded).resolve(Path.of(summary.file()).getFileName().toString());
    String text = loaded.source().text();
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    StringBuilder out = new StringBuilder();
    List<long[]> spans = loaded.result().rejectedSpans();
    for (long[] span : spans) {
      int end = span[1] < 0 ? text.length() : (int) span[1];
      out.append(text, (int) span[0], end).setLength(trimmedLength(out));
      out.append(newline);
    }
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".rejects", ".tmp");
      Files.writeString(temp, out, loaded.source().charset());
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
        target.toString());
  }

  private static Path rejectsFolder(Path folder, BooksImporter.LoadedFile loaded) {
    return folder != null ? folder : Path.of("rejects");
  }

  /** The length without the line breaks (and blank lines) the span ends with. */
  private static int trimmedLength(StringBuilder out) {
    int end = out.length();
    while (end > 0 && (out.charAt(end - 1) == '\n' || out.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }
}
