package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Payment;
import io.mrrlens.model.TimeEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports as the systems really write them (issue 13): line-item rows, paid amounts, headers in the
 * user's language, rows that are not client work. Fixtures are written in the exact layouts of the
 * exporters' source; the expected per-client totals are computed by hand from them.
 */
class RealExportsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/profiles");

  @TempDir Path dir;

  static Books read(Path folder) {
    return new BooksImporter(ImportOptions.defaults()).read(folder);
  }

  static FileImport file(Books books, String name) {
    return books.files().stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
  }

  /** Per client, the sum of one value of each record, as plain text. */
  static <T> Map<String, String> perClient(
      List<T> records, Function<T, String> client, Function<T, BigDecimal> value) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (T record : records) {
      sums.merge(client.apply(record), value.apply(record), BigDecimal::add);
    }
    Map<String, String> shown = new TreeMap<>();
    sums.forEach((k, v) -> shown.put(k, v.stripTrailingZeros().toPlainString()));
    return shown;
  }

  /** What the rows left out for a reason held, as plain text. */
  static String skippedAmount(FileImport file, String reason) {
    return file.layout().skippedAmounts().get(reason).stripTrailingZeros().toPlainString();
  }

  static Map<String, String> invoiced(Books books) {
    return perClient(books.invoices(), Invoice::client, Invoice::amount);
  }

  static Map<String, String> open(Books books) {
    return perClient(books.invoices(), Invoice::client, Invoice::balance);
  }

  static Map<String, String> paid(Books books) {
    Map<String, String> clientOf = new TreeMap<>();
    books.invoices().forEach(i -> clientOf.put(i.id(), i.client()));
    return perClient(books.payments(), p -> clientOf.get(p.invoiceId()), Payment::amount);
  }

  static Map<String, String> hours(Books books) {
    return perClient(books.timeEntries(), TimeEntry::client, TimeEntry::hours);
  }

  @Test
  void invoiceNinja4LineItemsAreOneInvoiceAndPaidLeavesTheBalance() {
    Books books = read(FIXTURES.resolve("invoiceninja4"));
    // 0031: two lines of $1,013.50 paid in full; 0032: $250 with $100 paid; 0033 a draft;
    // 0034 archived and unpaid; 0035 a $20 credit
    assertEquals(
        Map.of("Acme Corp", "1013.5", "Bolt LLC", "250", "Cora Ltd", "20"), invoiced(books));
    assertEquals(Map.of("Acme Corp", "0", "Bolt LLC", "150", "Cora Ltd", "20"), open(books));
    assertEquals(Map.of("Acme Corp", "1013.5", "Bolt LLC", "100"), paid(books));
    FileImport invoices = file(books, "invoices.csv");
    assertEquals("invoiceninja4-invoices", invoices.layout().profile());
    assertEquals(6, invoices.rowsRead());
    assertEquals(5, invoices.rowsAccepted());
    assertEquals(0, invoices.rowsRejected());
    assertEquals(4, invoices.layout().records());
    assertEquals(2, invoices.layout().preambleLines());
    assertEquals(Map.of("draft", 1L), invoices.layout().skipped());
    assertEquals("80", skippedAmount(invoices, "draft"));
    assertNull(invoices.layout().language());
  }

  @Test
  void invoiceNinja4InGermanReadsWithNoFlags() {
    Books books = read(FIXTURES.resolve("invoiceninja4-de"));
    // RE-0101 $600 paid; RE-0102 two lines of $300, $120 paid; RE-0103 Entwurf (draft);
    // RE-0104 $45.50 sent
    assertEquals(Map.of("Müller GmbH", "900", "Schmidt KG", "45.5"), invoiced(books));
    assertEquals(Map.of("Müller GmbH", "180", "Schmidt KG", "45.5"), open(books));
    assertEquals(Map.of("Müller GmbH", "720"), paid(books));
    FileImport invoices = file(books, "invoices.csv");
    assertEquals("de", invoices.layout().language());
    assertEquals(Map.of("draft", 1L), invoices.layout().skipped());
    assertEquals(3, invoices.layout().records());
    assertEquals("de", file(books, "payments.csv").layout().language());
    assertEquals(
        List.of("2026-10-12", "2026-10-20"),
        books.payments().stream().map(p -> p.date().toString()).sorted().toList());
  }

  @Test
  void invoiceNinja5InGermanTakesRefundsOffAndSkipsByTranslatedStatus() {
    Books books = read(FIXTURES.resolve("invoiceninja5-de"));
    // R-0001 500.50 paid by a recurring invoice; R-0002 75 with 25 open; R-0003 Entwurf and
    // R-0004 Storniert left out; payment of 60 less 10 refunded; a refunded payment left out
    assertEquals(Map.of("Müller GmbH", "500.5", "Schmidt KG", "75"), invoiced(books));
    assertEquals(Map.of("Müller GmbH", "0", "Schmidt KG", "25"), open(books));
    assertEquals(Map.of("Müller GmbH", "500.5", "Schmidt KG", "50"), paid(books));
    FileImport invoices = file(books, "invoices.csv");
    assertEquals("de", invoices.layout().language());
    assertEquals(Map.of("draft, cancelled or reversed", 2L), invoices.layout().skipped());
    assertEquals("40", skippedAmount(invoices, "draft, cancelled or reversed"));
    assertEquals(
        Map.of("voided, failed or refunded", 1L), file(books, "payments.csv").layout().skipped());
    assertEquals(
        "RECURRING",
        books.invoices().stream()
            .filter(i -> i.id().equals("R-0001"))
            .findFirst()
            .orElseThrow()
            .kind()
            .name());
  }

  @Test
  void kimaiInGermanReadsItsWordsAndLeavesZeroTimersOut() {
    Books books = read(FIXTURES.resolve("kimai-de"));
    // Müller GmbH 1:30 + 0:45; Schmidt KG 2:00 and a 0:00 timer
    assertEquals(Map.of("Müller GmbH", "2.25", "Schmidt KG", "2"), hours(books));
    assertEquals(
        Map.of("Müller GmbH", "1.5", "Schmidt KG", "2"),
        perClient(
            books.timeEntries().stream().filter(TimeEntry::billable).toList(),
            TimeEntry::client,
            TimeEntry::hours));
    assertEquals(
        List.of("Anna Berg", "Anna Berg", "Jan Roth"),
        books.timeEntries().stream().map(TimeEntry::technician).sorted().toList());
    assertEquals(
        List.of("100.00", "90.00", "90.00"),
        books.timeEntries().stream().map(e -> e.rate().toPlainString()).sorted().toList());
    FileImport time = file(books, "time.csv");
    assertEquals("kimai-time", time.layout().profile());
    assertEquals("de", time.layout().language());
    assertEquals(
        Map.of("zero or no duration (a running or empty timer)", 1L), time.layout().skipped());
  }

  @Test
  void internalTimeIsLeftOutWithItsHoursShown() {
    Books books = read(FIXTURES.resolve("toggl-internal"));
    // internal: 01:00:00 + 02:30:00 without a client; a 00:00:00 timer
    assertEquals(Map.of("Acme Corp", "1.5", "Bolt LLC", "0.25"), hours(books));
    FileImport time = file(books, "time.csv");
    assertEquals(5, time.rowsRead());
    assertEquals(2, time.rowsAccepted());
    assertEquals(0, time.rowsRejected());
    assertEquals(
        Map.of(
            "internal time (no client)", 2L, "zero or no duration (a running or empty timer)", 1L),
        time.layout().skipped());
    assertEquals("3.5", skippedAmount(time, "internal time (no client)"));
  }

  @Test
  void linesOfOneNumberThatDisagreeAreNotOneInvoice() throws IOException {
    Files.writeString(
        dir.resolve("invoices.csv"),
        String.join(
            "\n",
            "Client,Email,Invoice Number,Amount,Paid,PO Number,Status,Invoice Date,Due Date",
            "Acme Corp,,0040,$100.00 ,$0.00 ,,Sent,2026-09-01,2026-09-15",
            "Bolt LLC,,0040,$70.00 ,$0.00 ,,Sent,2026-09-02,2026-09-16",
            "Bolt LLC,,0041,$30.00 ,$0.00 ,,Sent,2026-09-02,2026-09-16"),
        StandardCharsets.UTF_8);
    ImportOptions skip = ImportOptions.defaults().withOnError(ErrorPolicy.SKIP, dir);
    Books books = new BooksImporter(skip).read(dir);
    assertEquals(Map.of("Bolt LLC", "30"), invoiced(books));
    FileImport invoices = file(books, "invoices.csv");
    assertEquals(2, invoices.rowsRejected());
    assertEquals(
        "invoices.csv:3: Client \"Bolt LLC\" differs from line 2 (\"Acme Corp\"), so the lines are"
            + " not of one record; give each its own number",
        books.rejections().get(0).message());
  }

  private static final Path PER_CLIENT =
      Path.of("src/test/resources/golden/check-itflow-client-from-file-name/books");

  @Test
  void itflowPerClientExportsTakeTheClientFromTheFileName() {
    Books books = read(PER_CLIENT);
    // the sanitised "Acme-Corp-Inc" is the "Acme Corp, Inc." the invoices export writes
    assertEquals(
        List.of("Acme Corp, Inc.", "Acme Corp, Inc."),
        books.tickets().stream().map(t -> t.client()).toList());
    assertEquals(
        Map.of("Bolt LLC", "100"),
        perClient(books.agreements(), a -> a.client(), a -> a.monthlyFee()));
    assertEquals(Map.of("Acme Corp, Inc.", "200", "Bolt LLC", "300"), invoiced(books));
    assertEquals(Map.of("Acme Corp, Inc.", "0", "Bolt LLC", "200"), open(books));
    assertEquals(
        "Acme Corp Inc",
        file(books, "Acme-Corp-Inc-Tickets-2026-09-30-10-11-12.csv").layout().clientFromFileName());
    assertEquals(
        "Bolt LLC",
        file(books, "Bolt LLC-Recurring Invoices-2026-09-30.csv").layout().clientFromFileName());
    assertNull(
        file(books, "Sample-MSP-Invoices-2026-09-30-10-11-12.csv").layout().clientFromFileName());
  }

  @Test
  void clientOptionOverridesTheFileName() {
    ImportOptions options =
        ImportOptions.defaults()
            .withFiles(
                Map.of(
                    io.mrrlens.model.FileKind.TICKETS,
                    List.of(PER_CLIENT.resolve("Acme-Corp-Inc-Tickets-2026-09-30-10-11-12.csv"))),
                "Acme Holdings");
    Books books = new BooksImporter(options).read(PER_CLIENT);
    assertEquals(
        List.of("Acme Holdings", "Acme Holdings"),
        books.tickets().stream().map(t -> t.client()).toList());
    assertNull(
        file(books, "Acme-Corp-Inc-Tickets-2026-09-30-10-11-12.csv").layout().clientFromFileName());
  }

  @Test
  void aFileNameOfNoPatternGivesNoClient() {
    Profile tickets = ProfileCatalogue.byName("itflow-tickets");
    assertEquals(
        new Profile.FileNameClient("Acme Corp", true),
        tickets.clientFromFileName("Acme-Corp-Tickets-2026-07-30-10-11-12.csv"));
    assertEquals(
        new Profile.FileNameClient("Acme Corp, Inc.", false),
        tickets.clientFromFileName("Acme Corp, Inc.-Tickets-2024-05-01.csv"));
    assertEquals(
        new Profile.FileNameClient("Acme", false),
        tickets.clientFromFileName("Acme-Tickets-2024-05-01 (1).csv"));
    // mid-2025 versions named every export "Tickets-DATE.csv", which names no client
    assertNull(tickets.clientFromFileName("Tickets-2025-06-01.csv"));
    assertNull(tickets.clientFromFileName("tickets.csv"));
    assertNull(tickets.clientFromFileName("Acme-Tickets-2024-05.csv"));
  }

  @Test
  void quickBooksVoidedInvoicesAreLeftOut() throws IOException {
    Files.writeString(
        dir.resolve("Invoice List.csv"),
        String.join(
            "\r\n",
            "Acme MSP LLC",
            "Invoice List",
            "January 1 - October 31, 2026",
            "",
            "Date,Transaction type,Num,Name,Memo/Description,Due date,Amount,Open balance",
            "9/1/2026,Invoice,1001,Acme Corp,Monthly support,10/1/2026,\"1,234.56\",0.00",
            "9/2/2026,Invoice,1002,Acme Corp,Voided,10/2/2026,0.00,0.00",
            "9/3/2026,Invoice,1003,Bolt LLC,Voided - wrong customer,10/3/2026,0.00,0.00",
            "9/14/2026,Invoice,1004,Bolt LLC,Voided warranty work (free),10/14/2026,50.00,50.00",
            "TOTAL,,,,,,\"$1,284.56\",$50.00"),
        StandardCharsets.UTF_8);
    Books books = read(dir);
    // 1002 and 1003 are voided (zero amounts, "Voided" before the memo); 1004 only mentions it
    assertEquals(Map.of("Acme Corp", "1234.56", "Bolt LLC", "50"), invoiced(books));
    assertEquals(
        Map.of("voided", 2L, "total row", 1L), file(books, "Invoice List.csv").layout().skipped());
  }

  @Test
  void autotaskTimeWithNeitherTicketNorTaskIsInternal() throws IOException {
    Path autotask = FIXTURES.resolve("autotask");
    Files.copy(autotask.resolve("tickets.csv"), dir.resolve("tickets.csv"));
    Files.copy(autotask.resolve("companies.csv"), dir.resolve("companies.csv"));
    Files.writeString(
        dir.resolve("time.csv"),
        String.join(
            "\n",
            "id,ticketID,taskID,resourceID,dateWorked,hoursWorked,isNonBillable",
            "1,7001,,29683000,2026-09-02T00:00:00Z,1.75,false",
            "2,,,29683000,2026-09-02T00:00:00Z,4.00,true",
            "3,,,29683001,2026-09-03T00:00:00Z,0.50,true",
            "4,7002,,29683001,2026-09-03T00:00:00Z,0.25,false"),
        StandardCharsets.UTF_8);
    Books books = read(dir);
    // 7001 is Acme's ticket; 7002 names company 0099, which no companies row names
    assertEquals(Map.of("Acme Corp", "1.75", "0099", "0.25"), hours(books));
    FileImport time = file(books, "time.csv");
    assertEquals(Map.of("internal time (no ticket or task)", 2L), time.layout().skipped());
    assertEquals("4.5", skippedAmount(time, "internal time (no ticket or task)"));
  }
}
