package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.Invoice;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The accounting packages' own exports as they come (issue 13): FreshBooks' and Wave's CSV,
 * QuickBooks Online reports grouped, totalled, in UK English and in French, the A/R Aging Detail,
 * and QuickBooks Desktop reports that name the customer only in a heading row. Each fixture is
 * written in the real layout; the per-client totals are computed by hand from it.
 */
class AccountingExportsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/profiles");

  @TempDir Path dir;

  private static Books read(String folder) {
    return RealExportsTest.read(FIXTURES.resolve(folder));
  }

  /** The file of that name, checked to be read by the profile, leaving out those rows. */
  private static FileImport readAs(
      Books books, String name, String profile, Map<String, Long> skipped) {
    FileImport file = RealExportsTest.file(books, name);
    assertEquals(profile, file.layout().profile());
    assertEquals(skipped, file.layout().skipped());
    return file;
  }

  /** Per client, what was invoiced and what is open (a client with no balance known is absent). */
  private static void assertInvoiced(
      Books books, Map<String, String> invoiced, Map<String, String> open) {
    assertEquals(invoiced, RealExportsTest.invoiced(books), "invoiced");
    assertEquals(open, RealExportsTest.open(books), "open");
  }

  /** Per client, how many invoices the books hold. */
  private static Map<String, Integer> counted(Books books) {
    Map<String, Integer> counts = new TreeMap<>();
    books.invoices().forEach(i -> counts.merge(i.client(), 1, Integer::sum));
    return counts;
  }

  private static List<String> dates(List<Invoice> invoices) {
    return invoices.stream()
        .sorted(java.util.Comparator.comparing(Invoice::id))
        .map(i -> i.id() + " " + i.issued() + " " + i.due() + " " + i.paid())
        .toList();
  }

  @Test
  void freshBooksInvoiceDetailsAddsUpTheLinesOfEachInvoice() {
    Books books = read("freshbooks-csv");
    // 0000201: 1,050.00 + 52.50 (GST included), paid 2026-10-18; 0000205: 1,200.00 viewed;
    // 0000202: 213.75 partly paid (the report does not say how much); 0000203: 95.00 sent;
    // 0000204: a draft of 400.00 + 100.00
    assertEquals(
        Map.of("Acme Corp", "2302.5", "Bolt LLC", "213.75", "Kim Park", "95"),
        RealExportsTest.invoiced(books));
    assertEquals(Map.of("Acme Corp", 2, "Bolt LLC", 1, "Kim Park", 1), counted(books));
    assertEquals(
        List.of(
            "0000201 2026-10-01 null 2026-10-18",
            "0000202 2026-10-07 null null",
            "0000203 2026-10-12 null null",
            "0000205 2026-10-25 null null"),
        dates(books.invoices()));
    assertEquals(
        Map.of("0000201", "0"),
        books.invoices().stream()
            .filter(i -> i.balance() != null)
            .collect(
                java.util.stream.Collectors.toMap(
                    Invoice::id, i -> i.balance().stripTrailingZeros().toPlainString())));
    FileImport file =
        readAs(books, "invoice_details.csv", "freshbooks-invoice-details", Map.of("draft", 2L));
    assertEquals(7, file.rowsRead());
    assertEquals(5, file.rowsAccepted());
    assertEquals(4, file.layout().records());
    assertEquals("500", RealExportsTest.skippedAmount(file, "draft"));
    assertEquals(new java.math.BigDecimal("2611.25"), file.amountAccepted().stripTrailingZeros());
  }

  @Test
  void waveInvoicesCsvTakesWhatWasPaidOffTheTotal() {
    Books books = read("wave-csv");
    assertEquals(Map.of("Acme Corp", "1500", "Bolt LLC", "237.5"), RealExportsTest.invoiced(books));
    // 12 paid in full, 13 with 100.00 of 237.50 paid, 14 unpaid
    assertEquals(Map.of("Acme Corp", "400", "Bolt LLC", "137.5"), RealExportsTest.open(books));
    assertEquals(
        "wave-invoices-csv", RealExportsTest.file(books, "invoices.csv").layout().profile());
  }

  @Test
  void quickBooksUkInvoiceListWritesNoAndCreditNotes() {
    Books books = read("quickbooks-uk");
    // Acme: 1,234.56 + 200.00, 200.00 open; Bolt: a 100.00 credit note, 1004 voided, 45.50 open
    assertInvoiced(
        books,
        Map.of("Acme Corp", "1434.56", "Bolt Ltd", "-54.5"),
        Map.of("Acme Corp", "200", "Bolt Ltd", "45.5"));
    assertEquals(Map.of("Acme Corp", 2, "Bolt Ltd", 2), counted(books));
    FileImport file =
        readAs(
            books,
            "Invoice List.csv",
            "quickbooks-invoices",
            Map.of("heading, subtotal or footer", 6L, "voided", 1L));
    assertEquals("en_GB", file.layout().language());
    assertEquals("d/M/yyyy (detected)", file.dateFormat());
    assertEquals(11, file.rowsRead());
    assertEquals(
        List.of(
            "1001 2026-09-01 2026-10-01 null",
            "1002 2026-09-15 2026-10-15 null",
            "1003 2026-09-20 2026-09-20 null",
            "1005 2026-09-25 2026-10-25 null"),
        dates(books.invoices()));
  }

  @Test
  void quickBooksInFrenchReadsWithNoFlags() {
    Books books = read("quickbooks-fr");
    // "1 234,56": a space groups, the comma is the decimal mark; 1004 "Annulée" with 0,00 is voided
    assertInvoiced(
        books,
        Map.of("Acme Corp", "1434.56", "Bolt ltée", "-100"),
        Map.of("Acme Corp", "200", "Bolt ltée", "0"));
    FileImport file =
        readAs(
            books,
            "Liste des factures.csv",
            "quickbooks-invoices",
            Map.of("heading, subtotal or footer", 2L, "voided", 1L));
    assertEquals("fr", file.layout().language());
  }

  /**
   * The Transaction List by Customer names the customer in the heading above its rows: Acme's
   * 1,234.56 pays 1001 and its 250.00 pays 1002's 200.00 (50.00 left over); Bolt's 45.50 pays 1005.
   */
  @Test
  void quickBooksTransactionListByCustomerTakesTheCustomerFromTheHeading() {
    Books books = read("quickbooks-by-customer");
    assertEquals(Map.of("Acme Corp", "1434.56", "Bolt LLC", "45.5"), RealExportsTest.paid(books));
    assertEquals(
        List.of("2026-09-20 1001", "2026-09-25 1005", "2026-10-05 1002"),
        books.payments().stream().map(p -> p.date() + " " + p.invoiceId()).sorted().toList());
    readAs(
        books,
        "Transaction List by Customer.csv",
        "quickbooks-payments",
        Map.of("heading, subtotal or footer", 6L, "not a payment", 1L));
  }

  @Test
  void quickBooksAgingDetailReadsTheOpenInvoicesOfEachBucket() {
    Books books = read("quickbooks-aging");
    // Acme: 400.00 current and 1,200.00 with 200.00 open; Bolt: 95.00 and a 20.00 credit memo;
    // Bolt's unapplied payment of 50.00 is not an invoice
    assertInvoiced(
        books,
        Map.of("Acme Corp", "1600", "Bolt LLC", "75"),
        Map.of("Acme Corp", "600", "Bolt LLC", "75"));
    assertEquals(
        List.of(
            "0998 2026-08-20 2026-09-19 null",
            "1002 2026-09-15 2026-10-15 null",
            "1003 2026-09-10 2026-09-10 null",
            "1010 2026-10-20 2026-11-19 null"),
        dates(books.invoices()));
    readAs(
        books,
        "AR Aging Detail.csv",
        "quickbooks-ar-aging",
        Map.of("heading, subtotal or footer", 8L, "not an invoice", 1L));
  }

  /**
   * Desktop's Customer Balance Detail names the customer in its heading row (a heading has nothing
   * after its name, so a customer called "Total Care Ltd" is no total); a job's heading and total
   * (indented) keep the customer. Payments from the Transaction List by Date: 1,234.56 pays 1001,
   * 300.00 on 10/10 pays 1006 (the oldest open); 1007 stays open.
   */
  @Test
  void quickBooksDesktopReportsNameTheCustomerInTheHeading() {
    Books books = read("quickbooks-desktop");
    assertEquals(
        Map.of("Acme Corp", "1614.56", "Bolt LLC", "-54.5", "Total Care Ltd", "60"),
        RealExportsTest.invoiced(books));
    assertEquals(Map.of("Acme Corp", 3, "Bolt LLC", 2, "Total Care Ltd", 1), counted(books));
    assertEquals(Map.of("Acme Corp", "1534.56"), RealExportsTest.paid(books));
    readAs(
        books,
        "Customer Balance Detail.csv",
        "quickbooks-desktop-invoices",
        Map.of("heading, subtotal or footer", 9L, "not an invoice", 1L));

    FileImport payments =
        readAs(
            books,
            "Transaction List by Date.csv",
            "quickbooks-payments",
            Map.of("not a payment", 1L));
    assertEquals("desktop", payments.layout().language());
  }

  /**
   * Xero's export writes 4 decimals and dd/MM/yyyy (a New Zealand organisation); its Bills.csv has
   * the same 44 columns and is not sales. INV-1014 1,495.00 paid; INV-1015 two lines of 862.50 with
   * 300.00 paid; CN-0091 a 115.00 credit note; a prepayment and a draft left out.
   */
  @Test
  void xeroSalesExportBesideItsBillsExport() {
    Books books = read("xero-export");
    assertInvoiced(
        books,
        Map.of("Harbour Cafe", "1380", "The Roastery Bar", "862.5"),
        Map.of("Harbour Cafe", "-115", "The Roastery Bar", "562.5"));
    assertEquals(Map.of("Harbour Cafe", 2, "The Roastery Bar", 1), counted(books));
    FileImport sales =
        readAs(
            books,
            "SalesInvoices.csv",
            "xero-invoices",
            Map.of("overpayment or prepayment", 1L, "draft, voided or deleted", 1L));
    assertEquals("d/M/yyyy (detected)", sales.dateFormat());
    assertEquals("230", RealExportsTest.skippedAmount(sales, "draft, voided or deleted"));
    readAs(books, "Bills.csv", "xero-invoices", Map.of("bill (a supplier's invoice)", 2L));
  }

  /**
   * Zoho Books' newer export (83 columns: Company Name, Branch, Project, write-offs, gateways): the
   * Total once per invoice, Balance what is open, Last Payment Date the paid date of a paid one.
   */
  @Test
  void zohoBooksExportWithItsNewerColumns() {
    Books books = read("zohobooks-export");
    assertInvoiced(
        books,
        Map.of("Acme Corp", "1100", "Bolt LLC", "332.5"),
        Map.of("Acme Corp", "0", "Bolt LLC", "232.5"));
    assertEquals(
        List.of(
            "INV-000201 2026-10-01 2026-10-31 2026-10-18",
            "INV-000202 2026-10-07 2026-11-06 null",
            "INV-000203 2026-09-15 2026-10-15 null"),
        dates(books.invoices()));
    assertEquals(
        "RECURRING",
        books.invoices().stream()
            .filter(i -> i.id().equals("INV-000201"))
            .findFirst()
            .orElseThrow()
            .kind()
            .name());
    readAs(books, "Invoice.csv", "zohobooks-invoices", Map.of("draft or void", 2L));
  }

  /**
   * Invoice Ninja v5 before 5.6.8 wrote the invoice's own words without the entity prefix (Amount,
   * Client, Number, Paid to Date): 0021 paid; 0022 75.00 with 50.00 paid; 0024 unpaid; a draft and
   * a cancelled invoice left out.
   */
  @Test
  void invoiceNinja5BeforeThePrefixedHeaders() {
    Books books = read("invoiceninja5-2022");
    assertInvoiced(
        books,
        Map.of("Acme Corp", "500.5", "Bolt LLC", "75", "Cora Ltd", "120"),
        Map.of("Acme Corp", "0", "Bolt LLC", "25", "Cora Ltd", "120"));
    FileImport file =
        readAs(
            books,
            "invoices.csv",
            "invoiceninja5-invoices",
            Map.of("draft, cancelled or reversed", 2L));
    assertEquals("v5-unprefixed", file.layout().language());
  }

  /** The books of one file written in {@code dir}, bad rows set aside. */
  private Books readOne(String name, List<String> lines) throws java.io.IOException {
    Path books = dir.resolve("books");
    java.nio.file.Files.createDirectories(books);
    java.nio.file.Files.write(books.resolve(name), lines);
    return new BooksImporter(TestOptions.of(ErrorPolicy.SKIP, dir.resolve("rejects"), Map.of()))
        .read(books);
  }

  /**
   * Row order changes nothing: the FreshBooks report's lines, shuffled with a seed, add up to the
   * same invoices (the lines of one invoice need not be next to each other).
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 1234, 99991})
  void freshBooksLinesInAnyOrderMakeTheSameInvoices(long seed) throws java.io.IOException {
    List<String> lines =
        java.nio.file.Files.readAllLines(FIXTURES.resolve("freshbooks-csv/invoice_details.csv"));
    List<String> rows = new java.util.ArrayList<>(lines.subList(1, lines.size()));
    java.util.Collections.shuffle(rows, new java.util.Random(seed));
    List<String> shuffled = new java.util.ArrayList<>(List.of(lines.get(0)));
    shuffled.addAll(rows);
    Books books = readOne("invoice_details.csv", shuffled);
    assertEquals(
        Map.of("Acme Corp", "2302.5", "Bolt LLC", "213.75", "Kim Park", "95"),
        RealExportsTest.invoiced(books));
    assertEquals(
        "500",
        RealExportsTest.skippedAmount(RealExportsTest.file(books, "invoice_details.csv"), "draft"));
  }

  /** A line whose total does not read rejects its invoice, naming the line and the column. */
  @Test
  void aSummedLineThatDoesNotReadRejectsItsInvoice() throws java.io.IOException {
    List<String> lines =
        new java.util.ArrayList<>(
            java.nio.file.Files.readAllLines(
                FIXTURES.resolve("freshbooks-csv/invoice_details.csv")));
    lines.set(2, lines.get(2).replace(",52.50,USD", ",lots,USD"));
    Books books = readOne("invoice_details.csv", lines);
    assertEquals(
        Map.of("Acme Corp", "1200", "Bolt LLC", "213.75", "Kim Park", "95"),
        RealExportsTest.invoiced(books));
    assertEquals(
        List.of("invoice_details.csv:3: Line Total \"lots\" is not an amount"),
        books.rejections().stream().map(io.mrrlens.model.Rejection::message).toList());
    assertEquals(2, RealExportsTest.file(books, "invoice_details.csv").rowsRejected());
  }

  /**
   * A transaction above any heading (the report's grouping removed, the Name column hidden) has no
   * client: it is rejected, not given another customer's name.
   */
  @Test
  void aGroupedRowBeforeAnyHeadingHasNoClient() throws java.io.IOException {
    Books books =
        readOne(
            "Transaction List by Customer.csv",
            List.of(
                ",Date,Transaction type,Num,Posting,Memo/Description,Account,Split,Amount",
                ",09/20/2026,Payment,5501,Yes,,Undeposited Funds,Accounts Receivable (A/R),100.00",
                "Acme Corp,,,,,,,,",
                ",09/21/2026,Payment,5502,Yes,,Undeposited Funds,Accounts Receivable (A/R),250.00",
                "Total for Acme Corp,,,,,,,,$250.00"));
    // no invoice is in the books, so Acme's payment is reported unapplied, under its heading's name
    assertEquals(
        List.of("Acme Corp paid 250.00"),
        books.warnings().stream()
            .filter(w -> w.code().equals("unapplied-payment"))
            .map(w -> w.message().substring(0, w.message().indexOf(" more")))
            .toList());
    assertEquals(1, books.rejections().size());
    assertEquals(2, books.rejections().get(0).line());
  }
}
