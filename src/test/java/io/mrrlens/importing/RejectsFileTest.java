package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.FileKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rejects file holds the rejected rows byte for byte as the input has them (encoding, BOM, line
 * breaks), and no input's rejects overwrite another's.
 */
class RejectsFileTest {
  @TempDir Path dir;

  private static final String HEADER =
      "ticket_id,client,opened,closed,priority,type,source,summary";

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      } else {
        for (int b : (int[]) part) {
          out.write(b);
        }
      }
    }
    return out.toByteArray();
  }

  private Books read(Map<FileKind, List<Path>> files) {
    ImportOptions options = TestOptions.of(ErrorPolicy.SKIP, dir.resolve("rejects"), files);
    return new BooksImporter(options).read(dir.resolve("books"));
  }

  private byte[] rejectsOf(byte[] input) throws IOException {
    Files.createDirectories(dir.resolve("books"));
    Files.write(dir.resolve("books/tickets.csv"), input);
    read(Map.of());
    return Files.readAllBytes(dir.resolve("rejects/tickets.csv"));
  }

  @Test
  void keepsTheBomAndLineBreaksOfCarriageReturnsAlone() throws IOException {
    int[] bom = {0xEF, 0xBB, 0xBF};
    byte[] input =
        bytes(
            bom,
            HEADER + "\r",
            "T1,Acme,2026-10-01,,P1,incident,phone,fine\r",
            "T2,Acme,yesterday,,P1,incident,phone,bad date\r",
            "T3,Acme,2026-10-02,,P1,incident,phone,fine\r");
    assertArrayEquals(
        bytes(bom, HEADER + "\r", "T2,Acme,yesterday,,P1,incident,phone,bad date\r"),
        rejectsOf(input));
  }

  @Test
  void keepsBytesWindows1252LeavesUndefined() throws IOException {
    // 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character in Windows-1252; 0xE9 is é
    int[] undefined = {0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xE9};
    byte[] input =
        bytes(
            HEADER + "\r\n",
            "T1,Caf",
            new int[] {0xE9},
            ",2026-10-01,,P1,incident,phone,fine\r\n",
            "T2,Acme",
            undefined,
            ",not a date,,P1,incident,phone,x\r\n");
    assertArrayEquals(
        bytes(HEADER + "\r\n", "T2,Acme", undefined, ",not a date,,P1,incident,phone,x\r\n"),
        rejectsOf(input));
  }

  @Test
  void cutsAtTheRightBytesAfterCharactersOfSeveralBytes() throws IOException {
    // é is two bytes of UTF-8, € three, the emoji four (two Java characters)
    byte[] input =
        bytes(
            HEADER + "\n",
            "T1,Café € \uD83D\uDE00,2026-10-01,,P1,incident,phone,\"two\nlines\"\n",
            "\n",
            "T2,Zoë,2026-13-01,,P1,incident,phone,last row without a line break");
    assertArrayEquals(
        bytes(
            HEADER + "\n", "T2,Zoë,2026-13-01,,P1,incident,phone,last row without a line break\n"),
        rejectsOf(input));
  }

  @Test
  void keepsEachRowsOwnLineBreakAndDropsBlankLines() throws IOException {
    byte[] input =
        bytes(
            HEADER + "\r\n",
            "T1,Acme,bad,,P1,incident,phone,x\r\n",
            "\r\n",
            "\r\n",
            "T2,Acme,2026-10-01,,P1,incident,phone,fine\n",
            "T3,Acme,bad,,P1,incident,phone,\"quoted\r\ninside\"\n");
    assertArrayEquals(
        bytes(
            HEADER + "\r\n",
            "T1,Acme,bad,,P1,incident,phone,x\r\n",
            "T3,Acme,bad,,P1,incident,phone,\"quoted\r\ninside\"\n"),
        rejectsOf(input));
  }

  @Test
  void twoInputsOfOneNameWriteTwoRejectsFiles() throws IOException {
    Path a = dir.resolve("books/a/tickets.csv");
    Path b = dir.resolve("books/b/tickets.csv");
    Files.createDirectories(a.getParent());
    Files.createDirectories(b.getParent());
    Files.writeString(a, HEADER + "\nA1,Acme,bad,,P1,incident,phone,from a\n");
    Files.writeString(b, HEADER + "\nB1,Acme,bad,,P1,incident,phone,from b\n");

    Books books = read(Map.of(FileKind.TICKETS, List.of(a, b)));

    List<String> rejectsFiles = books.files().stream().map(FileImport::rejectsFile).toList();
    assertEquals(
        List.of(
            dir.resolve("rejects/tickets.csv").toString(),
            dir.resolve("rejects/tickets-2.csv").toString()),
        rejectsFiles);
    assertEquals(
        HEADER + "\nA1,Acme,bad,,P1,incident,phone,from a\n",
        Files.readString(dir.resolve("rejects/tickets.csv")));
    assertEquals(
        HEADER + "\nB1,Acme,bad,,P1,incident,phone,from b\n",
        Files.readString(dir.resolve("rejects/tickets-2.csv")));
  }

  @Test
  void freeNamesNumberTheRepeats() {
    Set<String> taken = new HashSet<>();
    assertEquals("tickets.csv", RejectsWriter.freeName("a/tickets.csv", taken));
    assertEquals("tickets-2.csv", RejectsWriter.freeName("b/Tickets.csv", taken).toLowerCase());
    assertEquals("tickets-3.csv", RejectsWriter.freeName("c/tickets.csv", taken));
    assertEquals("time.csv", RejectsWriter.freeName("time.csv", taken));
    assertEquals("README", RejectsWriter.freeName("README", taken));
    assertEquals("README-2", RejectsWriter.freeName("x/README", taken));
  }
}
