package io.mrrlens.report;

import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import java.util.ArrayList;
import java.util.List;

/**
 * What an analysis stands on when rows were set aside ({@code --on-error skip}): how many rows were
 * read, accepted and rejected, and where the rejected rows went. Books without rejected rows add
 * nothing, so the reports of clean books are as before.
 */
public final class DataQuality {
  private DataQuality() {}

  /** True when rows were set aside. */
  public static boolean setAside(Books books) {
    return books.files().stream().anyMatch(f -> f.rowsRejected() > 0);
  }

  /**
   * The report with a last part {@code data_quality} when rows were set aside: rows read, accepted,
   * rejected and skipped (not data), and each file's rejects file; the report as it is otherwise.
   */
  public static Report appended(Report report, Books books) {
    if (!setAside(books)) {
      return report;
    }
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    long skipped = 0;
    List<String> where = new ArrayList<>();
    for (FileImport file : books.files()) {
      read += file.rowsRead();
      accepted += file.rowsAccepted();
      rejected += file.rowsRejected();
      skipped += file.layout().rowsSkipped();
      if (file.rowsRejected() > 0) {
        where.add(file.file() + ": " + file.rowsRejected() + " to " + file.rejectsFile());
      }
    }
    List<Part> parts = new ArrayList<>(report.parts());
    parts.add(
        new Part.Facts(
            "data_quality",
            "Data quality (rows set aside with --on-error skip)",
            List.of(
                new Fact("rows_read", "rows read", read, Format.COUNT),
                new Fact("rows_accepted", "rows accepted", accepted, Format.COUNT),
                new Fact("rows_rejected", "rows rejected", rejected, Format.COUNT),
                new Fact("rows_skipped", "rows skipped (not data)", skipped, Format.COUNT),
                new Fact("rejects", "rejected rows", String.join("; ", where), Format.TEXT))));
    return report.withParts(parts);
  }

  /**
   * The lines that tell on stderr what was set aside, one per file with rejected rows, e.g. {@code
   * set aside 2 of 120 rows of time.csv (--on-error skip); they are in BOOKS/rejects/time.csv}.
   */
  public static List<String> notes(Books books) {
    List<String> notes = new ArrayList<>();
    for (FileImport file : books.files()) {
      if (file.rowsRejected() > 0) {
        notes.add(
            "set aside "
                + file.rowsRejected()
                + " of "
                + file.rowsRead()
                + (file.rowsRead() == 1 ? " row of " : " rows of ")
                + file.file()
                + " (--on-error skip); they are in "
                + file.rejectsFile());
      }
    }
    return notes;
  }
}
