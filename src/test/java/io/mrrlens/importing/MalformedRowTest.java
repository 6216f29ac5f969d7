package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.Rejection;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rows whose quotes Commons CSV cannot read: set aside like any bad row when the row is one line, a
 * located error naming the line where the quote starts otherwise, never a Java class name.
 */
class MalformedRowTest {
  @TempDir Path dir;

  private static final String HEADER =
      "ticket_id,client,opened,closed,priority,type,source,summary";
  private static final String FOLLOWED =
      "has a quoted field followed by other text before the delimiter (a quote inside a quoted"
          + " field is written as two quotes \"\")";

  private void write(String newline, String... lines) throws IOException {
    Files.writeString(
        dir.resolve("tickets.csv"), String.join(newline, lines) + newline, StandardCharsets.UTF_8);
  }

  private Books read(ErrorPolicy policy) {
    ImportOptions options = TestOptions.of(policy, dir.resolve("rejects"), Map.of());
    return new BooksImporter(options).read(dir);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void aQuoteInsideAnUnquotedRestIsSetAsideUnderSkip(String newline) throws IOException {
    write(
        newline,
        HEADER,
        "T1,Acme,2026-10-01,,P1,incident,phone,fine",
        "T2,Acme,2026-10-02,,P1,incident,phone,\"He \"said",
        "T3,Acme,2026-10-03,,P1,incident,phone,\"two" + newline + "lines\"",
        "T4,Acme,2026-10-04,,P1,incident,phone,\"x\"y \"z\"",
        "T5,Acme,2026-10-05,,P1,incident,phone,fine");

    Books books = read(ErrorPolicy.SKIP);

    FileImport file = books.files().get(0);
    assertEquals(5, file.rowsRead());
    assertEquals(3, file.rowsAccepted());
    assertEquals(2, file.rowsRejected());
    assertEquals(List.of("T1", "T3", "T5"), books.tickets().stream().map(t -> t.id()).toList());
    assertEquals("two" + newline + "lines", books.tickets().get(1).summary());
    assertEquals(
        List.of(
            new Rejection("tickets.csv", 3, "row", null, FOLLOWED),
            new Rejection("tickets.csv", 6, "row", null, FOLLOWED)),
        books.rejections());
    assertEquals(
        HEADER
            + newline
            + "T2,Acme,2026-10-02,,P1,incident,phone,\"He \"said"
            + newline
            + "T4,Acme,2026-10-04,,P1,incident,phone,\"x\"y \"z\""
            + newline,
        Files.readString(dir.resolve("rejects/tickets.csv")));
  }

  @Test
  void aMalformedRowIsListedWithTheOtherProblemsUnderFail() throws IOException {
    write(
        "\n",
        HEADER,
        "T1,Acme,not a date,,P1,incident,phone,fine",
        "T2,Acme,2026-10-02,,P1,incident,phone,\"He \"said");
    RejectedRowsException e =
        assertThrows(RejectedRowsException.class, () -> read(ErrorPolicy.FAIL));
    assertEquals(
        List.of(
            new Rejection(
                "tickets.csv", 2, "opened", "not a date", "is not a date (expected YYYY-MM-DD)"),
            new Rejection("tickets.csv", 3, "row", null, FOLLOWED)),
        e.rejections());
    assertEquals("tickets.csv:3: row " + FOLLOWED, e.rejections().get(1).message());
  }

  @Test
  void aRowWhoseEndIsUnclearFailsTheFileAtTheLineWhereItStarts() throws IOException {
    // three quotes on the line: the third may open a field that goes on, so the row's end is unsure
    write(
        "\n",
        HEADER,
        "T1,Acme,2026-10-01,,P1,incident,phone,fine",
        "T2,Acme,2026-10-02,,P1,incident,phone,\"He \"said \"hello",
        "T3,Acme,2026-10-03,,P1,incident,phone,fine");
    ImportException e = assertThrows(ImportException.class, () -> read(ErrorPolicy.SKIP));
    assertEquals(
        "tickets.csv:3: a quoted field is followed by other text before the delimiter",
        e.getMessage());
    assertEquals("write a quote inside a quoted field as two quotes \"\"", e.fix());
  }

  @Test
  void anUnclosedQuoteNamesItsLineEvenAfterSkippedRows() throws IOException {
    write(
        "\n",
        HEADER,
        "T1,Acme,2026-10-01,,P1,incident,phone,\"He \"said",
        "T2,Acme,2026-10-02,,P1,incident,phone,\"never closed",
        "T3,Acme,2026-10-03,,P1,incident,phone,fine");
    ImportException e = assertThrows(ImportException.class, () -> read(ErrorPolicy.SKIP));
    assertEquals(
        "tickets.csv:3: a quoted field starts on this line and is never closed", e.getMessage());
  }

  @Test
  void aMalformedHeaderFailsTheFile() throws IOException {
    write("\n", "ticket_id,\"client\"x,opened", "T1,Acme,2026-10-01");
    ImportException e = assertThrows(ImportException.class, () -> read(ErrorPolicy.SKIP));
    assertEquals(
        "tickets.csv:1: a quoted field is followed by other text before the delimiter",
        e.getMessage());
  }

  @Test
  void aMalformedRowInAFileOfDetectedDatesIsSetAside() throws IOException {
    // dates that are not ISO make the reader survey the file first; the survey steps over it too
    write(
        "\n",
        HEADER,
        "T1,Acme,10/01/2026,,P1,incident,phone,fine",
        "T2,Acme,10/02/2026,,P1,incident,phone,\"He \"said",
        "T3,Acme,10/13/2026,,P1,incident,phone,fine");
    Books books = read(ErrorPolicy.SKIP);
    assertEquals(2, books.tickets().size());
    assertEquals(
        List.of(new Rejection("tickets.csv", 3, "row", null, FOLLOWED)), books.rejections());
  }

  @Test
  void aFileOver2GbIsRefusedWithAFittingFix() throws IOException {
    // a sparse file: 3 GB long, next to nothing on disk
    try (RandomAccessFile file = new RandomAccessFile(dir.resolve("time.csv").toFile(), "rw")) {
      file.setLength(3L << 30);
    }
    ImportException e = assertThrows(ImportException.class, () -> read(ErrorPolicy.FAIL));
    assertEquals("time.csv: the file is 3.0 GB; mrrlens reads files of up to 2 GB", e.getMessage());
    assertEquals(
        "export a shorter period per file (e.g. one year) and put the files in the books folder"
            + " with names that start as the kind's name (time-2025.csv, time-2026.csv), or give"
            + " each with --time FILE (--tickets, --invoices, ...)",
        e.fix());
  }
}
