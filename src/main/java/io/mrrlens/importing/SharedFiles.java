package io.mrrlens.importing;

import io.mrrlens.model.FileKind;
import io.mrrlens.model.ImportWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files that hold two kinds of record (an accounting report listing invoices and payments, a
 * journal export): the second reading of such a file, by the profile that shares it with the one
 * detected ({@code same_file_as}), and which of the readings stand when other files of the book
 * give the same kind.
 */
final class SharedFiles {
  private SharedFiles() {}

  /**
   * The profiles among {@code candidates} that read another kind of record from a file {@code
   * detected} reads, and whose header the file has too.
   */
  static List<Profile> companions(
      Profile detected, ProfileCatalogue.Sniff sniff, List<Profile> candidates) {
    List<Profile> companions = new ArrayList<>();
    for (Profile candidate : candidates) {
      if (detected.sharesFileWith(candidate)
          && ProfileCatalogue.detect(sniff, List.of(candidate)) != null) {
        companions.add(candidate);
      }
    }
    return companions;
  }

  /**
   * Leaves out each reading of a shared file (one read as two kinds) whose kind another file of the
   * book gives alone: that file is the one meant for the kind, and reading both would count its
   * records twice (payments) or reject them as repeated IDs (invoices). Each reading left out is a
   * {@code layout} warning naming the file that gives the kind.
   *
   * @param shared the sources of the files read as two kinds (compared by identity)
   */
  static void settle(
      Map<FileKind, List<BooksImporter.LocatedFile>> found,
      Set<CsvSource> shared,
      List<ImportWarning> warnings) {
    for (Map.Entry<FileKind, List<BooksImporter.LocatedFile>> entry : found.entrySet()) {
      List<BooksImporter.LocatedFile> files = entry.getValue();
      String alone =
          files.stream()
              .filter(f -> !shared.contains(f.source()))
              .map(f -> f.source().name())
              .findFirst()
              .orElse(null);
      if (alone == null) {
        continue;
      }
      files.removeIf(
          f -> {
            if (!shared.contains(f.source())) {
              return false;
            }
            warnings.add(leftOut(f.source().name(), f.profile(), entry.getKey(), alone));
            return true;
          });
    }
    found.values().removeIf(List::isEmpty);
  }

  /** The warning for a second kind of record not read from a file because another file gives it. */
  static ImportWarning leftOut(String file, Profile profile, FileKind kind, String instead) {
    return new ImportWarning(
        file,
        0,
        "layout",
        "holds "
            + kind.prefix()
            + " too ("
            + profile.name()
            + "), which were not read from it: "
            + instead
            + " gives the "
            + kind.prefix()
            + "; to read them from this file instead, leave "
            + instead
            + " out of the folder");
  }
}
