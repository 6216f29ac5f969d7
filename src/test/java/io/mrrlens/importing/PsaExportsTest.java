package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.model.Books;
import io.mrrlens.model.ClientRecord;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Ticket;
import io.mrrlens.model.TimeEntry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * PSA exports as the systems write them today (issue 13), read with no flags: ITFlow's exports of
 * the column-picker era (from 2026-07, functions/export.php) and Autotask's REST pages. The
 * expected per-client figures are computed by hand from the fixtures.
 */
class PsaExportsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/profiles");

  private static Books read(String folder) {
    return new BooksImporter(ImportOptions.defaults()).read(FIXTURES.resolve(folder));
  }

  private static FileImport file(Books books, String name) {
    return books.files().stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
  }

  /** Per client, the sum of one value of each record, as plain text. */
  private static <T extends ClientRecord<T>> Map<String, String> perClient(
      List<T> records, Function<T, BigDecimal> value) {
    return sums(records, ClientRecord::client, value);
  }

  /** Per key, the sum of one value of each record, as plain text. */
  private static <T> Map<String, String> sums(
      List<T> records, Function<T, String> key, Function<T, BigDecimal> value) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    records.forEach(r -> sums.merge(key.apply(r), value.apply(r), BigDecimal::add));
    Map<String, String> shown = new TreeMap<>();
    sums.forEach((k, v) -> shown.put(k, v.stripTrailingZeros().toPlainString()));
    return shown;
  }

  @Test
  void itflowColumnPickerExportsReadWithTheirDefaultColumns() {
    Books books = read("itflow-2026");
    // invoices: Acme 1500.00 (paid) + 849.99 (49.99 open); Northwind 600.00 (open) + 100.10
    // with PHP's float balance 0.09999999999999432; a 120.00 draft left out
    assertEquals(
        Map.of("Acme Corp", "2349.99", "Northwind Traders", "700.1"),
        perClient(books.invoices(), Invoice::amount));
    assertEquals(
        Map.of("Acme Corp", "49.99", "Northwind Traders", "600.1"),
        perClient(books.invoices(), Invoice::balance));
    // income: payments of INV-201 (1500.00) and INV-202 (800.00), INV-205 (100.00); revenue left
    // out
    Map<String, String> clientOf = new TreeMap<>();
    books.invoices().forEach(i -> clientOf.put(i.id(), i.client()));
    assertEquals(
        Map.of("Acme Corp", "2300", "Northwind Traders", "100"),
        sums(books.payments(), p -> clientOf.get(p.invoiceId()), Payment::amount));
    // recurring invoices of one client (file name): 1500 monthly + 2400 yearly / 12
    assertEquals(Map.of("Acme Corp", "1700"), perClient(books.agreements(), a -> a.monthlyFee()));
    // tickets of one client (file name); closed is Date Closed, else Date Resolved
    assertEquals(
        List.of(
            "TCK-101 Acme Corp 2026-08-04T08:30",
            "TCK-102 Acme Corp 2026-08-06T10:15",
            "TCK-103 Acme Corp null"),
        books.tickets().stream()
            .map(t -> t.id() + " " + t.client() + " " + t.closed())
            .sorted()
            .toList());
    assertEquals(
        "=SUM error in budget sheet",
        books.tickets().stream()
            .filter(t -> t.id().equals("TCK-102"))
            .map(Ticket::summary)
            .findFirst()
            .orElseThrow());
    FileImport invoices =
        file(books, "Sample-MSP-Invoices-2026-08-01-to-2026-08-31-2026-09-01-09-00-00.csv");
    assertEquals(Map.of("draft", 1L), invoices.layout().skipped());
    assertEquals(1, invoices.numbers().rounded());
    assertEquals(
        "Acme Corp",
        file(books, "Acme-Corp-Tickets-2026-08-15-10-30-00.csv").layout().clientFromFileName());
    assertEquals(
        Map.of("not a payment", 1L),
        file(books, "Sample-MSP-Income-2026-09-01-09-01-00.csv").layout().skipped());
  }

  @Test
  void itflowNamesAnInvoicesExportWithItsDateFilter() {
    Profile invoices = ProfileCatalogue.byName("itflow-invoices");
    assertEquals(
        new Profile.FileNameClient("Acme Corp", true),
        invoices.clientFromFileName(
            "Acme-Corp-Invoices-2026-01-01-to-2026-06-30-2026-07-31-08-15-00.csv"));
    assertEquals(
        new Profile.FileNameClient("Acme Corp", true),
        invoices.clientFromFileName("Acme-Corp-Invoices-2026-07-31-08-15-00.csv"));
  }

  @Test
  void autotaskPagesReadWithVoidedInvoicesAndNonCustomersLeftOut() {
    Books books = read("psa-api/autotask");
    // 1001 (1,250.00, paid 10/15) and a voided 1003 of 300.00 for Harbor Dental; 1002 for Keystone
    assertEquals(
        Map.of("Harbor Dental Group", "1250", "Keystone Logistics", "487.5"),
        perClient(books.invoices(), Invoice::amount));
    assertEquals(
        "2026-10-15",
        books.invoices().stream()
            .filter(i -> i.id().equals("1001"))
            .findFirst()
            .orElseThrow()
            .paid()
            .toString());
    assertEquals(Map.of("voided", 1L), file(books, "invoices.json").layout().skipped());
    // time takes its ticket's client: 1.5 + 0.25 (not billable); 3.0; a prospect's pre-sales
    // visit 1.0, named by the companies file though the prospect is not a client; 2 h internal
    assertEquals(
        Map.of("Harbor Dental Group", "1.75", "Keystone Logistics", "3", "Bayview Bakery", "1"),
        perClient(books.timeEntries(), TimeEntry::hours));
    assertEquals(
        Map.of("Harbor Dental Group", "1.5", "Keystone Logistics", "3"),
        perClient(
            books.timeEntries().stream().filter(TimeEntry::billable).toList(), TimeEntry::hours));
    // the clients listed: customers only, from two pages saved into one file
    assertEquals(
        List.of("Harbor Dental Group", "Keystone Logistics"),
        books.clients().stream().map(c -> c.client()).sorted().toList());
    assertEquals(
        Map.of("your own company", 1L, "not a customer (lead, prospect, vendor or partner)", 2L),
        file(books, "companies.json").layout().skipped());
  }

  @Test
  void connectwiseAgreementsAreDividedByTheirBillingCycle() {
    Books books = read("psa-api/connectwise");
    // Fjord: 2400.00 monthly + 1800.00 annually / 12; Granite: 2850.00 quarterly / 3, block time;
    // a cancelled agreement with no end date left out
    assertEquals(
        Map.of("Fjord Fisheries", "2550", "Granite Build Co", "950"),
        perClient(books.agreements(), a -> a.monthlyFee()));
    assertEquals(
        List.of("BLOCK_HOURS", "MANAGED", "MANAGED"),
        books.agreements().stream().map(a -> a.type().name()).sorted().toList());
    assertEquals(
        Map.of("ended without an end date", 1L), file(books, "agreements.json").layout().skipped());
  }
}
