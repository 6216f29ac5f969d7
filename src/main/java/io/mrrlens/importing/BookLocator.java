package io.mrrlens.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists a book folder's CSV and JSON files (names compared case-insensitively, sorted by name, not
 * recursive) and names files in messages.
 */
final class BookLocator {
  private BookLocator() {}

  /** The folder's CSV and JSON files (any name), sorted by name. */
  static List<Path> csvFiles(Path folder) {
    return list(folder).stream()
        .filter(
            p ->
                p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                    || CsvSource.isJson(p))
        .toList();
  }

  private static List<Path> list(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new UncheckedIOException(
          new IOException("the books folder " + folder + " does not exist or is not a folder"));
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the books folder " + folder, e);
    }
  }

  /** How a file is named in messages: its name when in the books folder, else its path. */
  static String displayName(Path folder, Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    if (parent != null && parent.equals(folder.toAbsolutePath().normalize())) {
      return file.getFileName().toString();
    }
    return file.toString();
  }
}
