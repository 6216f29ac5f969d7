package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A large file read in two parts on two cores gives the books of one reading in file order: the
 * same records, lines, rejections (in order), warnings, sums and rejects files, whatever the rows
 * near the boundary (quoted line breaks, malformed quotes, repeated IDs, blank lines).
 */
class FileInPartsTest {
  @TempDir Path dir;

  @AfterEach
  void restore() {
    CsvFileReader.splitFrom = 8L << 20;
  }

  private static final String[] BAD_TIME = {
    "{id},Acme,T-1,Ana,2026-10-01,25,true,,,",
    "{id},Acme,T-1,Ana,2026-13-01,1,true,,,",
    "{id},,T-1,Ana,2026-10-01,1,true,,,",
    "{id},Acme,T-1,Ana,2026-10-01,1,true,,,,extra",
    "{id},\"Acme\"x,T-1,Ana,2026-10-01,1,true,,,",
    "",
    "{id},\"Acme\r\nInc\",T-404,Ana,2026-10-01,1.5,false,remote,project,95.005",
  };

  private static final String[] BAD_TICKETS = {
    "{id},Acme,2026-10-01,2026-09-01,P1,alert,email,closed before",
    "{id},Acme,2026-10-01,,P1,alert,email,\"summary over\r\ntwo lines, with \"\"quotes\"\"\"",
    "   ",
  };

  /**
   * Writes the two files with bad rows of every kind; with {@code repeats}, rows that repeat an ID
   * of the first rows too (the second part then cannot be taken in, and is read again in order).
   */
  private void write(long seed, String newline, boolean repeats) throws IOException {
    Random random = new Random(seed);
    List<String> time = new ArrayList<>();
    time.add("entry_id,client,ticket_id,technician,date,hours,billable,work_type,charge_to,rate");
    List<String> tickets = new ArrayList<>();
    tickets.add("ticket_id,client,opened,closed,priority,type,source,summary");
    for (int i = 1; i <= 600; i++) {
      tickets.add(
          repeats && random.nextInt(100) == 0
              ? "T-3,Acme,2026-10-01,,P1,alert,email,repeats T-3"
              : random.nextInt(12) == 0
                  ? BAD_TICKETS[random.nextInt(BAD_TICKETS.length)].replace("{id}", "T-" + i)
                  : "T-"
                      + i
                      + ",Client "
                      + random.nextInt(9)
                      + ",2026-0"
                      + (1 + random.nextInt(9))
                      + "-1"
                      + random.nextInt(10)
                      + " 10:0"
                      + random.nextInt(10)
                      + ",,P"
                      + random.nextInt(4)
                      + ",incident,phone,\"Ünïcode 😀 summary, "
                      + i
                      + "\"");
    }
    for (int i = 1; i <= 900; i++) {
      time.add(
          repeats && random.nextInt(100) == 0
              ? "E-7,Acme,T-1,Ana,2026-10-01,1,true,,,"
              : random.nextInt(10) == 0
                  ? BAD_TIME[random.nextInt(BAD_TIME.length)].replace("{id}", "E-" + i)
                  : "E-"
                      + i
                      + ",Client "
                      + random.nextInt(9)
                      + ",T-"
                      + (1 + random.nextInt(700))
                      + ",Tech "
                      + random.nextInt(4)
                      + ",2026-10-0"
                      + (1 + random.nextInt(9))
                      + ","
                      + (1 + random.nextInt(16)) * 0.25
                      + ","
                      + random.nextBoolean()
                      + ",remote,,");
    }
    Files.writeString(
        dir.resolve("time").resolve("time.csv"),
        String.join(newline, time).replace("\r\n", newline) + newline,
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("tickets").resolve("tickets.csv"),
        "\uFEFF" + String.join(newline, tickets).replace("\r\n", newline) + newline,
        StandardCharsets.UTF_8);
  }

  /** The book of one file (a file of more than half of its book is read in parts). */
  private Books read(String file, long splitFrom, String rejects) {
    CsvFileReader.splitFrom = splitFrom;
    ImportOptions options = TestOptions.of(ErrorPolicy.SKIP, dir.resolve(rejects), Map.of());
    return new BooksImporter(options).read(dir.resolve(file));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void theBooksOfTwoPartsAreTheBooksOfOneReading(long seed) throws IOException {
    Files.createDirectories(dir.resolve("time"));
    Files.createDirectories(dir.resolve("tickets"));
    write(seed, seed % 2 == 0 ? "\n" : "\r\n", seed > 4);
    for (String file : List.of("time", "tickets")) {
      sameBooks(read(file, Long.MAX_VALUE, "rejects-whole"), read(file, 1, "rejects-parts"));
    }
  }

  private void sameBooks(Books whole, Books parts) throws IOException {
    assertEquals(whole.tickets(), parts.tickets());
    assertEquals(whole.timeEntries(), parts.timeEntries());
    assertEquals(whole.rejections(), parts.rejections());
    assertEquals(whole.warnings(), parts.warnings());
    assertTrue(whole.rejections().size() > 10, "the seed makes bad rows on both sides");
    for (int i = 0; i < whole.files().size(); i++) {
      FileImport one = whole.files().get(i);
      FileImport two = parts.files().get(i);
      assertEquals(one.rowsRead(), two.rowsRead());
      assertEquals(one.rowsRejected(), two.rowsRejected());
      assertEquals(one.amountAccepted(), two.amountAccepted());
      assertEquals(one.amountRejected(), two.amountRejected());
      assertEquals(one.numbers(), two.numbers());
      assertEquals(
          Files.readString(dir.resolve("rejects-whole").resolve(one.file())),
          Files.readString(dir.resolve("rejects-parts").resolve(two.file())));
    }
  }
}
