package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mrrlens.model.Books;
import io.mrrlens.model.ChargeTo;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.ImportWarning;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Rejection;
import io.mrrlens.model.Ticket;
import io.mrrlens.model.TimeEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Importing whole books: values, line numbers, policies, names, and the no-loss invariants. */
class BooksImporterTest {
  @TempDir Path dir;

  static final String TIME_HEADER =
      "entry_id,client,ticket_id,technician,date,hours,billable,work_type,charge_to,rate";

  private void write(String name, String... lines) throws IOException {
    write(dir, name, lines);
  }

  /** Writes a file of the book in {@code dir}, one line per argument. */
  static void write(Path dir, String name, String... lines) throws IOException {
    Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private Books read(ErrorPolicy policy) {
    ImportOptions options = TestOptions.of(policy, dir.resolve("rejects"), Map.of());
    return new BooksImporter(options).read(dir);
  }

  @Test
  void readsEveryCanonicalValue() throws IOException {
    write(
        "tickets.csv",
        "ticket_id,client,opened,closed,priority,type,source,summary",
        "00123, Acme  Corp ,2026-10-01 09:30,2026-10-02,P1,incident,phone,\"a, \"\"b\"\"\nc\"");
    write(
        "time.csv",
        TIME_HEADER,
        "E1,acme corp,00123,Ann,2026-10-01,1.25,no,remote,Time & Materials,$150.00");
    write(
        "invoices.csv",
        "invoice_id,client,issued,due,amount,paid,balance,kind,description",
        "I-1,Acme Corp,2026-10-01,,\"(1,234.50)\",,0,time and materials,Credit");
    Books books = read(ErrorPolicy.FAIL);

    Ticket ticket = books.tickets().get(0);
    assertEquals("00123", ticket.id());
    assertEquals("Acme Corp", ticket.client());
    assertEquals(LocalDateTime.of(2026, 10, 1, 9, 30), ticket.opened());
    assertEquals(LocalDateTime.of(2026, 10, 2, 0, 0), ticket.closed());
    assertEquals("a, \"b\"\nc", ticket.summary());

    TimeEntry entry = books.timeEntries().get(0);
    assertEquals("Acme Corp", entry.client(), "one spelling per client");
    assertEquals(new BigDecimal("1.25"), entry.hours());
    assertEquals(false, entry.billable());
    assertEquals(ChargeTo.TIME_AND_MATERIALS, entry.chargeTo());
    assertEquals(new BigDecimal("150.00"), entry.rate());
    assertEquals("remote", entry.workType());

    Invoice invoice = books.invoices().get(0);
    assertEquals(new BigDecimal("-1234.50"), invoice.amount());
    assertNull(invoice.due());
    assertEquals(LocalDate.of(2026, 10, 31), invoice.dueOr(30));
    assertEquals(BigDecimal.ZERO, invoice.balance());
    assertEquals(LocalDate.of(2026, 10, 2), books.latestDate().orElseThrow());
  }

  /**
   * Each time entry whose ticket is unknown has its warning, when entries of one ticket follow one
   * another too (known, unknown, blank and known again), in the entries' order.
   */
  @Test
  void everyEntryOfAnUnknownTicketIsWarnedOf() throws IOException {
    write(
        "tickets.csv",
        "ticket_id,client,opened,closed,priority,type,source,summary",
        "T-1,Acme,2026-10-01,,P1,incident,phone,a",
        "T-2,Acme,2026-10-01,,P1,incident,phone,b");
    write(
        "time.csv",
        TIME_HEADER,
        "E1,Acme,T-1,Ann,2026-10-01,1,,,,",
        "E2,Acme,T-1,Ann,2026-10-01,1,,,,",
        "E3,Acme,T-9,Ann,2026-10-01,1,,,,",
        "E4,Acme,T-9,Ann,2026-10-01,1,,,,",
        "E5,Acme,,Ann,2026-10-01,1,,,,",
        "E6,Acme,T-9,Ann,2026-10-01,1,,,,",
        "E7,Acme,T-2,Ann,2026-10-01,1,,,,",
        "E8,Acme,T-2,Ann,2026-10-01,1,,,,",
        "E9,Acme,T-1,Ann,2026-10-01,1,,,,",
        "E10,Acme,T-10,Ann,2026-10-01,1,,,,");
    List<Long> lines =
        read(ErrorPolicy.FAIL).warnings().stream()
            .filter(w -> w.code().equals("unknown-ticket"))
            .map(ImportWarning::line)
            .toList();
    assertEquals(List.of(4L, 5L, 7L, 11L), lines);
  }

  @Test
  void linesCountPhysicalLinesAcrossQuotedLineBreaksAndBlankLines() throws IOException {
    write(
        "tickets.csv",
        "ticket_id,client,opened,closed,priority,type,source,summary",
        "T1,Acme,2026-10-01,,,,,\"one",
        "two",
        "three\"",
        "",
        "T2,Acme,not a date,,,,,x");
    RejectedRowsException e =
        assertThrows(RejectedRowsException.class, () -> read(ErrorPolicy.FAIL));
    assertEquals(
        List.of(
            new Rejection(
                "tickets.csv", 6, "opened", "not a date", "is not a date (expected YYYY-MM-DD)")),
        e.rejections());
  }

  @Test
  void skipKeepsGoodRowsAndWritesTheBadOnesUnchanged() throws IOException {
    write(
        "time.csv",
        TIME_HEADER,
        "E1,Acme,,Ann,2026-10-01,1.5,true,,,",
        "E2,Acme,,Ann,2026-10-01,\"1,5h\",true,,,",
        "E3,Acme,,Ann,2026-10-01,\"multi",
        "line\",true,,,");
    Books books = read(ErrorPolicy.SKIP);
    FileImport file = books.files().get(0);
    assertEquals(3, file.rowsRead());
    assertEquals(1, file.rowsAccepted());
    assertEquals(2, file.rowsRejected());
    assertEquals(
        TIME_HEADER
            + "\nE2,Acme,,Ann,2026-10-01,\"1,5h\",true,,,\nE3,Acme,,Ann,2026-10-01,\"multi\nline\",true,,,\n",
        Files.readString(dir.resolve("rejects/time.csv")));
    assertEquals(dir.resolve("rejects/time.csv").toString(), file.rejectsFile());
  }

  @Test
  void aliasesJoinSpellingsAndNameTheClient() throws IOException {
    write("clients.csv", "client,endpoints", "ACME corp,5");
    write(
        "invoices.csv",
        "invoice_id,client,issued,amount",
        "I1,Acme Corp,2026-10-01,10",
        "I2,Acme Inc.,2026-10-02,20",
        "I3,acme corp,2026-10-03,30");
    ImportOptions options =
        new ImportOptions(
            null,
            null,
            false,
            ErrorPolicy.FAIL,
            null,
            Map.of("acme inc.", "Acme Corporation", "acme corp", "Acme Corporation"),
            Map.of(),
            List.of(),
            false,
            null);
    Books books = new BooksImporter(options).read(dir);
    assertEquals(
        List.of("Acme Corporation", "Acme Corporation", "Acme Corporation"),
        books.invoices().stream().map(Invoice::client).toList());
    assertEquals("Acme Corporation", books.clients().get(0).name());
  }

  @Test
  void theClientsFileSpellingWinsThenTheMostUsed() throws IOException {
    write("clients.csv", "client", "ACME Corp");
    write(
        "tickets.csv",
        "ticket_id,client,opened",
        "T1,Acme Corp,2026-10-01",
        "T2,Acme Corp,2026-10-01",
        "T3,Bolt,2026-10-01",
        "T4,BOLT,2026-10-01",
        "T5,BOLT,2026-10-01");
    Books books = read(ErrorPolicy.FAIL);
    assertEquals(
        List.of("ACME Corp", "ACME Corp", "BOLT", "BOLT", "BOLT"),
        books.tickets().stream().map(Ticket::client).toList());
  }

  @Test
  void explicitFilesReplaceTheSearch() throws IOException {
    write("tickets.csv", "ticket_id,client,opened", "T1,Acme,2026-10-01");
    Path other = dir.resolve("elsewhere.csv");
    Files.writeString(other, "ticket_id,client,opened\nX1,Bolt,2026-09-01\n");
    ImportOptions options =
        new ImportOptions(
            null,
            null,
            false,
            ErrorPolicy.FAIL,
            null,
            Map.of(),
            Map.of(FileKind.TICKETS, List.of(other)),
            List.of(),
            false,
            null);
    Books books = new BooksImporter(options).read(dir);
    assertEquals(List.of("X1"), books.tickets().stream().map(Ticket::id).toList());
  }

  /** Seeds for the property tests: each builds a random book with good and bad rows. */
  static Stream<Long> seeds() {
    return Stream.of(1L, 2L, 3L, 17L, 42L, 99L, 1234L, 2026L);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void nothingReadIsLostAndSumsReconcile(long seed) throws IOException {
    Random random = new Random(seed);
    List<String> rows = new ArrayList<>();
    BigDecimal parseable = BigDecimal.ZERO;
    int bad = 0;
    int unreadable = 0;
    for (int i = 0; i < 200; i++) {
      int hundredths = 1 + random.nextInt(3000);
      BigDecimal hours = BigDecimal.valueOf(hundredths, 2);
      String cell = hours.toPlainString();
      String date = "2026-10-" + String.format("%02d", 1 + random.nextInt(28));
      switch (random.nextInt(6)) {
        case 0 -> {
          cell = cell.replace('.', ',') + "h";
          unreadable++;
          bad++;
        }
        case 1 -> {
          date = "2026-10-3" + (2 + random.nextInt(7));
          bad++;
        }
        default -> {
          if (hours.compareTo(BigDecimal.valueOf(24)) > 0) {
            bad++;
          }
        }
      }
      if (!cell.endsWith("h")) {
        parseable = parseable.add(hours);
      }
      rows.add(
          "E" + i + ",Client " + random.nextInt(7) + ",,Ann," + date + ",\"" + cell + "\",true,,,");
    }
    write("time.csv", Stream.concat(Stream.of(TIME_HEADER), rows.stream()).toArray(String[]::new));
    Books books = read(ErrorPolicy.SKIP);
    FileImport file = books.files().get(0);
    assertEquals(200, file.rowsRead());
    assertEquals(file.rowsRead(), file.rowsAccepted() + file.rowsRejected());
    assertEquals(bad, file.rowsRejected());
    assertEquals(unreadable, file.unreadableAmounts());
    assertEquals(0, parseable.compareTo(file.amountRead()));
    assertEquals(0, file.amountRead().compareTo(file.amountAccepted().add(file.amountRejected())));
    BigDecimal accepted =
        books.timeEntries().stream().map(TimeEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, accepted.compareTo(file.amountAccepted()));
    List<String> rejectLines = Files.readAllLines(dir.resolve("rejects/time.csv"));
    assertEquals(file.rowsRejected() + 1, rejectLines.size(), "header plus every rejected row");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rowOrderChangesNothingButOrder(long seed) throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String spelling = i % 3 == 0 ? "ACME corp" : i % 3 == 1 ? "Acme Corp" : "Bolt";
      rows.add(
          "I"
              + i
              + ","
              + spelling
              + ",2026-10-"
              + String.format("%02d", 1 + i % 28)
              + ","
              + i
              + ".25");
    }
    write(
        "invoices.csv",
        Stream.concat(Stream.of("invoice_id,client,issued,amount"), rows.stream())
            .toArray(String[]::new));
    Books first = read(ErrorPolicy.FAIL);
    Collections.shuffle(rows, new Random(seed));
    write(
        "invoices.csv",
        Stream.concat(Stream.of("invoice_id,client,issued,amount"), rows.stream())
            .toArray(String[]::new));
    Books second = read(ErrorPolicy.FAIL);
    assertEquals(new HashSet<>(first.invoices()), new HashSet<>(second.invoices()));
    assertEquals(first.files().get(0).amountRead(), second.files().get(0).amountRead());
    assertEquals(
        new HashSet<>(List.of("ACME corp", "Bolt")),
        new HashSet<>(second.invoices().stream().map(Invoice::client).toList()),
        "a tie between spellings goes to the first in alphabetical order, whatever the row order");
  }
}
