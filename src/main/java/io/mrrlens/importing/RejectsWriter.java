package io.mrrlens.importing;

import io.mrrlens.file.AtomicFile;
import io.mrrlens.file.FileFailure;
import io.mrrlens.model.FileImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a file's rejected rows, byte for byte as the file has them and under the file's own header
 * (same encoding, BOM and line breaks), to a file of the same name in the rejects folder ({@code
 * --on-error skip}). Two inputs of one name write {@code tickets.csv} and {@code tickets-2.csv}.
 */
final class RejectsWriter {
  private RejectsWriter() {}

  /**
   * Writes the rejects of one file when it has any; returns its summary naming the file.
   *
   * @param taken the rejects file names already written in this run; the name chosen is added
   * @throws UncheckedIOException when the rejects file cannot be written
   */
  static FileImport write(Path folder, BooksImporter.LoadedFile loaded, Set<String> taken) {
    FileImport summary = loaded.result().summary();
    if (summary.rowsRejected() == 0) {
      return summary;
    }
    String name = freeName(summary.file(), taken);
    // a JSON file's rejected records are written as the CSV rows they were read as
    Path target =
        rejectsFolder(folder).resolve(CsvSource.isJson(Path.of(name)) ? name + ".csv" : name);
    byte[] rows = loaded.result().rejects();
    try {
      AtomicFile.writeChecked(target, out -> out.write(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the rejected rows to " + target + ": " + FileFailure.reason(e, target), e);
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

  /** The input's base name, or {@code name-2.ext}, {@code name-3.ext}... when that is taken. */
  static String freeName(String file, Set<String> taken) {
    String base = Path.of(file).getFileName().toString();
    int dot = base.lastIndexOf('.');
    String stem = dot > 0 ? base.substring(0, dot) : base;
    String extension = dot > 0 ? base.substring(dot) : "";
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = stem + "-" + n + extension;
    }
    return name;
  }

  private static Path rejectsFolder(Path folder) {
    return folder != null ? folder : Path.of("rejects");
  }
}
