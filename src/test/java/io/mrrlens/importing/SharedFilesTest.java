package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.ImportWarning;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file that holds two kinds of record, read by two profiles (issue 13): Wave's accounting
 * transactions export (invoices and their payments as journal lines) and QuickBooks Desktop's
 * Customer Balance Detail (invoices, credit memos and payments under each customer's heading). The
 * per-client totals are computed by hand from the fixtures.
 */
class SharedFilesTest {
  private static final Path FIXTURES = Path.of("src/test/resources/profiles");
  private static final String WAVE = "accounting_transactions.csv";
  private static final String BALANCE = "Customer Balance Detail.csv";
  private static final String TRANSACTIONS = "Transaction List by Date.csv";

  @TempDir Path dir;

  /** The reading of a file as one kind. */
  private static FileImport reading(Books books, String name, FileKind kind) {
    return books.files().stream()
        .filter(f -> f.file().equals(name) && f.kind() == kind)
        .findFirst()
        .orElseThrow();
  }

  private static List<String> readings(Books books) {
    return books.files().stream()
        .map(f -> f.file() + " " + f.kind().prefix() + " " + f.layout().profile())
        .sorted()
        .toList();
  }

  private static Map<String, Integer> counted(List<? extends Object> records) {
    Map<String, Integer> counts = new TreeMap<>();
    records.forEach(
        r ->
            counts.merge(
                r instanceof Invoice i ? i.client() : ((Payment) r).invoiceId(), 1, Integer::sum));
    return counts;
  }

  /** A reading's rows read and accepted, the amount accepted and the rows skipped by reason. */
  private static void assertReading(FileImport file, String expected) {
    assertEquals(
        expected,
        file.rowsRead()
            + " read, "
            + file.rowsAccepted()
            + " accepted, "
            + file.amountAccepted().stripTrailingZeros().toPlainString()
            + " amount, "
            + new TreeMap<>(file.layout().skipped()));
  }

  /** Each payment as {@code invoice date amount}, sorted. */
  private static List<String> payments(Books books) {
    return books.payments().stream()
        .map(
            p ->
                p.invoiceId()
                    + " "
                    + p.date()
                    + " "
                    + p.amount().stripTrailingZeros().toPlainString())
        .sorted()
        .toList();
  }

  private static List<String> issuedDates(Books books) {
    return books.invoices().stream()
        .sorted(Comparator.comparing(Invoice::id))
        .map(i -> i.id() + " " + i.issued())
        .toList();
  }

  /** The book's layout warnings are these, in order. */
  private static void assertLeftOut(Books books, String... warnings) {
    assertEquals(
        List.of(warnings),
        books.warnings().stream()
            .filter(w -> w.code().equals("layout"))
            .map(ImportWarning::describe)
            .toList());
  }

  /** The book's files were read as these ({@code file kind profile}), sorted. */
  private static void assertReadings(Books books, String... readings) {
    assertEquals(List.of(readings), readings(books));
  }

  /** The warning for a kind a shared file holds but another file gives. */
  private static String leftOut(String file, String kind, String profile, String instead) {
    return file
        + ": holds "
        + kind
        + " too ("
        + profile
        + "), which were not read from it: "
        + instead
        + " gives the "
        + kind
        + "; to read them from this file instead, leave "
        + instead
        + " out of the folder";
  }

  private Path folder(String... files) throws IOException {
    Path books = dir.resolve("books");
    Files.createDirectories(books);
    for (String file : files) {
      Path from = FIXTURES.resolve(file);
      Files.copy(from, books.resolve(from.getFileName().toString()));
    }
    return books;
  }

  private static Books read(Path folder, ImportOptions options) {
    return new BooksImporter(options).read(folder);
  }

  /**
   * Wave: invoices 101 (1,200.00 + 96.00 tax) and 103 (the same) to Harbor Dental, 102 (300.00 +
   * 150.00) to Pine Street Law; 101 paid in full on 2026-08-20, 102 paid 200.00 on 2026-09-10 and
   * 250.00 on 2026-09-25; an expense and the bank lines name neither. 17 lines: 3 receivable debits
   * (the invoices), 3 receivable credits (the payments), 11 others.
   */
  @Test
  void waveTransactionsAreReadAsInvoicesAndAsPayments() {
    Books books = RealExportsTest.read(FIXTURES.resolve("wave-transactions"));
    assertReadings(
        books,
        WAVE + " invoices wave-transactions-invoices",
        WAVE + " payments wave-transactions-payments");
    assertEquals(
        Map.of("Harbor Dental", "2592", "Pine Street Law", "450"), RealExportsTest.invoiced(books));
    assertEquals(Map.of("Harbor Dental", 2, "Pine Street Law", 1), counted(books.invoices()));
    assertEquals(
        Map.of("Harbor Dental", "1296", "Pine Street Law", "450"), RealExportsTest.paid(books));
    assertEquals(Map.of("101", 1, "102", 2), counted(books.payments()));
    assertEquals(List.of("101 2026-08-03", "102 2026-08-05", "103 2026-09-01"), issuedDates(books));
    assertEquals(
        List.of("101 2026-08-20 1296", "102 2026-09-10 200", "102 2026-09-25 250"),
        payments(books));

    assertReading(
        reading(books, WAVE, FileKind.INVOICES),
        "17 read, 3 accepted, 3042 amount, {not a receivable line=11, payment (read as"
            + " payments)=3}");
    assertReading(
        reading(books, WAVE, FileKind.PAYMENTS),
        "17 read, 3 accepted, 1746 amount, {invoice (read as invoices)=3, not a receivable"
            + " line=11}");
    assertEquals(List.of(), books.warnings());
  }

  /**
   * QuickBooks Desktop's Customer Balance Detail alone: its Payment row (-1,234.56 under Acme Corp,
   * 09/20/2026) is a payment of 1,234.56, applied to Acme's oldest open invoice, 1001 (1,234.56).
   */
  @Test
  void quickBooksDesktopBalanceDetailAloneGivesItsPayments() throws IOException {
    Books books = read(folder("quickbooks-desktop/" + BALANCE), ImportOptions.defaults());
    assertReadings(
        books,
        BALANCE + " invoices quickbooks-desktop-invoices",
        BALANCE + " payments quickbooks-desktop-payments");
    assertEquals(
        Map.of("Acme Corp", "1614.56", "Bolt LLC", "-54.5", "Total Care Ltd", "60"),
        RealExportsTest.invoiced(books));
    assertEquals(Map.of("Acme Corp", "1234.56"), RealExportsTest.paid(books));
    assertEquals(List.of("1001 2026-09-20 1234.56"), payments(books));
    assertEquals(
        Map.of("heading, subtotal or footer", 9L, "not a payment", 6L),
        reading(books, BALANCE, FileKind.PAYMENTS).layout().skipped());
    assertEquals(List.of(), books.warnings());
  }

  /**
   * With the Transaction List by Date beside it, the payments are that file's (1,234.56 and
   * 300.00): the Customer Balance Detail is read as invoices only, and a warning says why.
   */
  @Test
  void aPaymentsExportBesideTheReportIsTheOneRead() {
    Books books = RealExportsTest.read(FIXTURES.resolve("quickbooks-desktop"));
    assertReadings(
        books,
        BALANCE + " invoices quickbooks-desktop-invoices",
        TRANSACTIONS + " payments quickbooks-payments");
    assertEquals(Map.of("Acme Corp", "1534.56"), RealExportsTest.paid(books));
    assertLeftOut(books, leftOut(BALANCE, "payments", "quickbooks-desktop-payments", TRANSACTIONS));
  }

  /** A payments file given explicitly is the book's payments; the report's are left out. */
  @Test
  void aPaymentsFileGivenExplicitlyKeepsTheSharedFilesPaymentsOut() throws IOException {
    Path books = folder("quickbooks-desktop/" + BALANCE);
    Path given =
        Files.copy(
            FIXTURES.resolve("quickbooks-desktop/" + TRANSACTIONS), dir.resolve(TRANSACTIONS));
    Books read =
        read(
            books,
            TestOptions.of(
                ErrorPolicy.FAIL,
                dir.resolve("rejects"),
                Map.of(FileKind.PAYMENTS, List.of(given))));
    assertEquals(Map.of("Acme Corp", "1534.56"), RealExportsTest.paid(read));
    assertEquals(
        List.of(BALANCE + " invoices quickbooks-desktop-invoices"),
        readings(read).stream().filter(r -> r.startsWith(BALANCE)).toList());
    assertLeftOut(
        read, leftOut(BALANCE, "payments", "quickbooks-desktop-payments", given.toString()));
  }

  /**
   * Both kinds given by other files: the shared file is not read at all, and each kind it held is a
   * warning.
   */
  @Test
  void bothKindsGivenByOtherFilesLeaveTheSharedFileUnread() throws IOException {
    Path books = folder("wave-transactions/" + WAVE);
    Files.write(
        books.resolve("invoices.csv"),
        List.of("invoice_id,client,issued,due,amount", "9001,Harbor Dental,2026-08-03,,100.00"));
    Files.write(
        books.resolve("payments.csv"), List.of("invoice_id,date,amount", "9001,2026-08-09,100.00"));
    Books read = read(books, ImportOptions.defaults());
    assertReadings(read, "invoices.csv invoices canonical", "payments.csv payments canonical");
    assertLeftOut(
        read,
        leftOut(WAVE, "invoices", "wave-transactions-invoices", "invoices.csv"),
        leftOut(WAVE, "payments", "wave-transactions-payments", "payments.csv"));
  }

  /** Restricted to one of the two profiles, the file is read as that kind alone. */
  @Test
  void aProfileNamedAloneReadsItsKindAlone() throws IOException {
    Path books = folder("quickbooks-desktop/" + BALANCE);
    ImportOptions options =
        TestOptions.profiles(
            dir.resolve("rejects"), ProfileCatalogue.byName("quickbooks-desktop-invoices"));
    Books read = read(books, options);
    assertReadings(read, BALANCE + " invoices quickbooks-desktop-invoices");
    assertEquals(List.of(), read.payments());
  }

  /**
   * A payment line whose amount does not read is rejected in the payments reading only, naming its
   * line and column; the invoices reading skips that line as a payment.
   */
  @Test
  void aPaymentLineThatDoesNotReadIsRejectedInItsReadingOnly() throws IOException {
    List<String> lines =
        new ArrayList<>(Files.readAllLines(FIXTURES.resolve("wave-transactions/" + WAVE)));
    lines.set(16, lines.get(16).replace(",,250.00,", ",,lots,"));
    Path books = dir.resolve("books");
    Files.createDirectories(books);
    Files.write(books.resolve(WAVE), lines);
    Books read = read(books, TestOptions.of(ErrorPolicy.SKIP, dir.resolve("rejects"), Map.of()));
    assertEquals(
        List.of(WAVE + ":17: Credit Amount (Two Column Approach) \"lots\" is not an amount"),
        read.rejections().stream().map(Rejection::message).toList());
    assertEquals(1, reading(read, WAVE, FileKind.PAYMENTS).rowsRejected());
    assertEquals(0, reading(read, WAVE, FileKind.INVOICES).rowsRejected());
    assertEquals(
        Map.of("Harbor Dental", "1296", "Pine Street Law", "200"), RealExportsTest.paid(read));
  }

  /** A mapping that names itself as the profile sharing its file is an error naming the key. */
  @Test
  void aMappingSharingAFileWithItselfIsAnError() {
    String message =
        TestOptions.mappingError(
            "name: mine\nkind: payments\nsame_file_as: Mine\n"
                + "fields:\n  client: Customer\n  date: Date\n  amount: Paid\n");
    assertEquals(
        "mine.yaml: same_file_as: names the profile itself; name the other profile", message);
  }

  /** A user's own mapping may read a second kind from a built-in profile's file. */
  @Test
  void aUsersMappingReadsASecondKindFromABuiltInProfilesFile() throws IOException {
    Path books = folder("wave-transactions/" + WAVE);
    Profile mine =
        TestOptions.mapping(
            "name: wave-income-lines\nkind: payments\nsame_file_as: wave-transactions-invoices\n"
                + "detect: [Transaction ID, Account Type]\n"
                + "skip:\n  - reason: not income\n"
                + "    when: {column: Account Type, not_in: [Income]}\n"
                + "fields:\n  client: Customer\n  date: Transaction Date\n"
                + "  amount: Credit Amount (Two Column Approach)\n");
    ImportOptions options =
        TestOptions.profiles(
            dir.resolve("rejects"), ProfileCatalogue.byName("wave-transactions-invoices"), mine);
    Books read = read(books, options);
    assertReadings(
        read, WAVE + " invoices wave-transactions-invoices", WAVE + " payments wave-income-lines");
    // the four income lines: 1,200.00, 300.00, 150.00, 1,200.00
    assertEquals(4, reading(read, WAVE, FileKind.PAYMENTS).rowsAccepted());
  }
}
