package io.mrrlens.importing;

import io.mrrlens.model.FileKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds a book's files: those given explicitly, else the folder's {@code tickets*.csv}, {@code
 * time*.csv}, ... (names compared case-insensitively, sorted by name, not recursive).
 */
final class BookLocator {
  private BookLocator() {}

  /** The files of each kind, in reading order; kinds with no file are absent. */
  static Map<FileKind, List<Path>> locate(Path folder, Map<FileKind, List<Path>> explicit) {
    Map<FileKind, List<Path>> found = new EnumMap<>(FileKind.class);
    List<Path> listing = explicit.size() == FileKind.values().length ? List.of() : list(folder);
    for (FileKind kind : FileKind.values()) {
      List<Path> files = explicit.get(kind);
      if (files == null) {
        files = new ArrayList<>();
        for (Path path : listing) {
          if (kind.matches(path.getFileName().toString())) {
            files.add(path);
          }
        }
      }
      if (!files.isEmpty()) {
        found.put(kind, List.copyOf(files));
      }
    }
    return found;
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
