package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.ImportWarning;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each built-in profile reads a fixture written in its export layout, with the layout's quirks, to
 * known canonical values (written here by hand from the fixture).
 */
class ProfileImportTest {
  private static final Path FIXTURES = Path.of("src/test/resources/profiles");

  static Books read(String folder) {
    return new BooksImporter(ImportOptions.defaults()).read(FIXTURES.resolve(folder));
  }

  static Map<String, String> profiles(Books books) {
    return books.files().stream()
        .collect(
            Collectors.toMap(
                FileImport::file, f -> f.layout().profile(), (a, b) -> a, TreeMap::new));
  }

  static List<String> lines(List<?> records) {
    return records.stream().map(Object::toString).sorted().toList();
  }

  static FileImport file(Books books, String name) {
    return books.files().stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void itflow() {
    Books books = read("itflow");
    assertEquals(
        Map.of(
            "income.csv", "itflow-income",
            "invoices.csv", "itflow-invoices",
            "recurring.csv", "itflow-recurring",
            "tickets.csv", "itflow-tickets"),
        profiles(books));
    assertEquals(
        List.of(
            "Invoice[id=INV-0007, client=Acme Corp, issued=2026-09-01, due=2026-10-01, amount=150,"
                + " paid=null, balance=0, kind=null, description=Monthly support]",
            "Invoice[id=INV-0008, client=Bolt LLC, issued=2026-09-15, due=2026-10-15, amount=99.5,"
                + " paid=null, balance=null, kind=null, description==Server fix]"),
        lines(books.invoices()));
    FileImport invoices = file(books, "invoices.csv");
    assertEquals(4, invoices.rowsRead());
    assertEquals(2, invoices.rowsAccepted());
    assertEquals(Map.of("draft", 1L, "cancelled", 1L), invoices.layout().skipped());
    assertEquals(
        List.of(
            "Ticket[id=TCK-0012, client=Acme Corp, opened=2026-09-02T08:15, closed=2026-09-03T09:00,"
                + " priority=High, type=Hardware, source=null, summary=Printer, jammed]",
            "Ticket[id=TCK-0013, client=Bolt LLC, opened=2026-09-05T11:00, closed=2026-09-06T12:30,"
                + " priority=Low, type=Software, source=null, summary=@mention fix]"),
        lines(books.tickets()));
    assertEquals(
        List.of("Payment[invoiceId=INV-0007, date=2026-09-20, amount=150.00, client=null]"),
        lines(books.payments()));
    assertEquals(Map.of("not a payment", 1L), file(books, "income.csv").layout().skipped());
    assertEquals(
        List.of(
            "Agreement[client=Acme Corp, name=Managed services, type=MANAGED, start=2026-01-01,"
                + " end=null, monthlyFee=100]",
            "Agreement[client=Bolt LLC, name=Backup, type=MANAGED, start=2026-02-01, end=null,"
                + " monthlyFee=250.5]"),
        lines(books.agreements()));
  }

  @Test
  void connectwise() {
    Books books = read("connectwise");
    assertEquals(
        Map.of(
            "agreements.csv", "connectwise-agreements",
            "invoices.csv", "connectwise-invoices",
            "tickets.csv", "connectwise-tickets",
            "time.csv", "connectwise-time"),
        profiles(books));
    assertEquals(
        List.of(
            "TimeEntry[id=501, client=Acme Corp, ticketId=9001, technician=jsmith, date=2026-09-02,"
                + " hours=1.5, billable=true, workType=Remote, chargeTo=AGREEMENT, rate=150]",
            "TimeEntry[id=502, client=Bolt LLC, ticketId=9002, technician=jsmith, date=2026-09-03,"
                + " hours=2.25, billable=true, workType=Onsite, chargeTo=TIME_AND_MATERIALS,"
                + " rate=125.00]",
            "TimeEntry[id=503, client=Bolt LLC, ticketId=77, technician=adoe, date=2026-09-04,"
                + " hours=4, billable=false, workType=Project, chargeTo=PROJECT, rate=0]",
            "TimeEntry[id=504, client=Acme Corp, ticketId=null, technician=adoe, date=2026-09-05,"
                + " hours=0.5, billable=false, workType=Admin, chargeTo=INTERNAL, rate=null]"),
        lines(books.timeEntries()));
    assertEquals(
        List.of(
            "Ticket[id=9001, client=Acme Corp, opened=2026-09-02T13:55, closed=2026-09-02T16:00,"
                + " priority=Priority 1 - Critical, type=Incident, source=Phone,"
                + " summary=Email down]",
            "Ticket[id=9002, client=Bolt LLC, opened=2026-09-03T15:00, closed=null,"
                + " priority=Priority 3 - Normal, type=Request, source=Email,"
                + " summary=New user \"setup\"]"),
        lines(books.tickets()));
    assertEquals(
        List.of(
            "Invoice[id=1001, client=Acme Corp, issued=2026-09-01, due=2026-10-01, amount=1200.00,"
                + " paid=null, balance=0.00, kind=RECURRING, description=null]",
            "Invoice[id=1002, client=Bolt LLC, issued=2026-09-10, due=2026-10-10, amount=281.25,"
                + " paid=null, balance=281.25, kind=null, description=null]",
            "Invoice[id=1003, client=Bolt LLC, issued=2026-09-12, due=null, amount=-50.00,"
                + " paid=null, balance=0, kind=null, description=null]"),
        lines(books.invoices()));
    assertEquals(
        List.of(
            "Agreement[client=Acme Corp, name=Acme MSA, type=MANAGED, start=2025-01-01, end=null,"
                + " monthlyFee=1200]",
            "Agreement[client=Bolt LLC, name=Bolt block, type=BLOCK_HOURS, start=2026-01-01,"
                + " end=2026-12-31, monthlyFee=1000]"),
        lines(books.agreements()));
    assertEquals(
        Map.of("ended without an end date", 1L), file(books, "agreements.csv").layout().skipped());
  }

  @Test
  void autotask() {
    Books books = read("autotask");
    assertEquals(
        Map.of(
            "companies.csv", "autotask-companies",
            "contracts.csv", "autotask-contracts",
            "invoices.csv", "autotask-invoices",
            "tickets.csv", "autotask-tickets",
            "time.csv", "autotask-time"),
        profiles(books));
    assertEquals(
        List.of(
            "Ticket[id=7001, client=Acme Corp, opened=2026-09-02T13:55, closed=2026-09-02T16:00,"
                + " priority=High, type=incident, source=2, summary=Email down]",
            "Ticket[id=7002, client=0099, opened=2026-09-03T15:00, closed=null, priority=Medium,"
                + " type=service request, source=4, summary=VPN]"),
        lines(books.tickets()));
    assertEquals(
        List.of(
            "TimeEntry[id=1, client=Acme Corp, ticketId=7001, technician=29683000,"
                + " date=2026-09-02, hours=1.75, billable=true, workType=null, chargeTo=null,"
                + " rate=null]",
            "TimeEntry[id=2, client=0099, ticketId=7002, technician=29683001, date=2026-09-03,"
                + " hours=0.5, billable=false, workType=null, chargeTo=null, rate=null]"),
        lines(books.timeEntries()));
    assertEquals(
        List.of(
            "Invoice[id=00012, client=Acme Corp, issued=2026-09-01, due=2026-10-01,"
                + " amount=1500.00, paid=2026-09-25, balance=null, kind=null, description=null]",
            "Invoice[id=00013, client=Bolt LLC, issued=2026-09-05, due=2026-10-05, amount=320.40,"
                + " paid=null, balance=null, kind=null, description=null]"),
        lines(books.invoices()));
    assertEquals(
        List.of(
            "Agreement[client=Acme Corp, name=Acme managed, type=MANAGED, start=2025-01-01,"
                + " end=null, monthlyFee=null]",
            "Agreement[client=Bolt LLC, name=Bolt T&M, type=TIME_AND_MATERIALS,"
                + " start=2026-01-01, end=null, monthlyFee=null]",
            "Agreement[client=Bolt LLC, name=Bolt fixed, type=null, start=2026-02-01,"
                + " end=2026-06-30, monthlyFee=null]"),
        lines(books.agreements()));
    List<String> layoutWarnings =
        books.warnings().stream()
            .filter(w -> w.code().equals("layout"))
            .map(ImportWarning::file)
            .toList();
    assertEquals(List.of("tickets.csv"), layoutWarnings);
  }

  @Test
  void quickbooksInvoiceListSkipsTitlesHeadingsTotalsAndTheTimestamp() {
    Books books = read("quickbooks");
    assertEquals(
        Map.of("invoices.csv", "quickbooks-invoices", "payments.csv", "quickbooks-payments"),
        profiles(books));
    assertEquals(
        List.of(
            "Invoice[id=1001, client=Acme Corp, issued=2026-09-01, due=2026-10-01, amount=1234.56,"
                + " paid=null, balance=0.00, kind=null, description=Monthly support]",
            "Invoice[id=1002, client=Acme Corp, issued=2026-09-15, due=2026-10-15, amount=200.00,"
                + " paid=null, balance=200.00, kind=null, description=Server fix]",
            "Invoice[id=1003, client=Bolt LLC, issued=2026-09-20, due=2026-09-20, amount=-100.00,"
                + " paid=null, balance=0.00, kind=null, description=Refund]"),
        lines(books.invoices()));
    FileImport file = file(books, "invoices.csv");
    assertEquals(3, file.layout().preambleLines());
    assertEquals(Map.of("heading, subtotal or footer", 6L), file.layout().skipped());
    assertEquals(9, file.rowsRead());
    assertEquals(3, file.rowsAccepted());
    assertEquals("M/d/yyyy (detected)", file.dateFormat());
  }

  /**
   * The Transaction List names the customer, not the invoice: 1,234.56 on 9/20 pays invoice 1001
   * (the oldest); 250.00 on 10/5 pays the 200.00 of 1002 and leaves 50.00 unapplied.
   */
  @Test
  void quickbooksPaymentsGoToTheCustomersOldestOpenInvoices() {
    Books books = read("quickbooks");
    assertEquals(
        List.of(
            "Payment[invoiceId=1001, date=2026-09-20, amount=1234.56, client=null]",
            "Payment[invoiceId=1002, date=2026-10-05, amount=200.00, client=null]"),
        lines(books.payments()));
    FileImport file = file(books, "payments.csv");
    assertEquals(
        Map.of("not a payment", 1L, "heading, subtotal or footer", 2L), file.layout().skipped());
    assertEquals(
        List.of(
            "payments.csv: Acme Corp paid 50.00 more than its invoices open at the payments'"
                + " dates; that much is left unapplied (a prepayment or a refund)"),
        books.warnings().stream()
            .filter(w -> w.code().equals("unapplied-payment"))
            .map(w -> w.file() + ": " + w.message())
            .toList());
  }

  @Test
  void xeroGroupsInvoiceLinesAndTakesTheTotalOnce() {
    Books books = read("xero");
    assertEquals(
        List.of(
            "Invoice[id=CN-0007, client=Bolt LLC, issued=2026-09-15, due=2026-09-15,"
                + " amount=-55.00, paid=null, balance=-55.00, kind=null,"
                + " description=Credit for outage]",
            "Invoice[id=INV-0101, client=Acme Corp, issued=2026-09-01, due=2026-10-01,"
                + " amount=330.00, paid=null, balance=0.00, kind=null, description=Support hours]"),
        lines(books.invoices()));
    FileImport file = file(books, "invoices.csv");
    assertEquals(5, file.rowsRead());
    assertEquals(3, file.rowsAccepted());
    assertEquals(2, file.layout().records());
    assertEquals(new java.math.BigDecimal("275.00"), file.amountAccepted());
    assertEquals("d/M/yyyy (detected)", file.dateFormat());
  }

  @Test
  void invoiceNinja() {
    Books v5 = read("invoiceninja5");
    assertEquals(
        List.of(
            "Invoice[id=0021, client=Acme Corp, issued=2026-09-01, due=2026-09-15, amount=500.5,"
                + " paid=null, balance=0, kind=RECURRING, description=null]",
            "Invoice[id=0022, client=Bolt LLC, issued=2026-09-03, due=2026-09-17, amount=75,"
                + " paid=null, balance=75, kind=null, description=null]"),
        lines(v5.invoices()));
    assertEquals(
        List.of(
            "Payment[invoiceId=0021, date=2026-09-10, amount=500.5, client=null]",
            "Payment[invoiceId=0022, date=2026-09-20, amount=75, client=null]"),
        lines(v5.payments()));
    assertEquals(
        Map.of("voided, failed or refunded", 1L), file(v5, "payments.csv").layout().skipped());
    Books v4 = read("invoiceninja4");
    assertEquals(
        List.of(
            "Invoice[id=0031, client=Acme Corp, issued=2026-09-02, due=2026-09-16,"
                + " amount=1013.50, paid=null, balance=0.00, kind=null, description=null]",
            "Invoice[id=0032, client=Bolt LLC, issued=2026-09-13, due=2026-09-27, amount=250.00,"
                + " paid=null, balance=150.00, kind=null, description=null]",
            "Invoice[id=0034, client=Cora Ltd, issued=2026-08-01, due=2026-08-15, amount=40.00,"
                + " paid=null, balance=40.00, kind=null, description=null]",
            "Invoice[id=0035, client=Cora Ltd, issued=2026-09-05, due=null, amount=-20.00,"
                + " paid=null, balance=-20.00, kind=null, description=null]"),
        lines(v4.invoices()));
    assertEquals(
        List.of(
            "Payment[invoiceId=0031, date=2026-09-14, amount=1013.50, client=null]",
            "Payment[invoiceId=0032, date=2026-09-20, amount=100.00, client=null]"),
        lines(v4.payments()));
  }

  @Test
  void timeTrackers() {
    assertEquals(
        List.of(
            "TimeEntry[id=null, client=Acme Corp, ticketId=null, technician=tom, date=2026-09-02,"
                + " hours=1.333333, billable=true, workType=Remote, chargeTo=null, rate=120.00]",
            "TimeEntry[id=null, client=Bolt LLC, ticketId=null, technician=ann, date=2026-09-03,"
                + " hours=0.75, billable=false, workType=Onsite, chargeTo=null, rate=100.00]"),
        lines(read("kimai").timeEntries()));
    assertEquals(
        List.of(
            "TimeEntry[id=null, client=Acme Corp, ticketId=null, technician=Tom Baker,"
                + " date=2026-09-02, hours=1.25, billable=true, workType=Remote support,"
                + " chargeTo=null, rate=150]",
            "TimeEntry[id=null, client=Bolt LLC, ticketId=null, technician=Ann Lee,"
                + " date=2026-09-03, hours=0.5, billable=false, workType=Admin, chargeTo=null,"
                + " rate=0]"),
        lines(read("harvest").timeEntries()));
    assertEquals(
        List.of(
            "TimeEntry[id=null, client=Acme Corp, ticketId=null, technician=Tom, date=2026-09-02,"
                + " hours=1.508333, billable=true, workType=Support, chargeTo=null, rate=null]",
            "TimeEntry[id=null, client=Bolt LLC, ticketId=null, technician=Ann, date=2026-09-03,"
                + " hours=0.25, billable=false, workType=Support, chargeTo=null, rate=null]"),
        lines(read("toggl").timeEntries()));
  }

  /** The mapping docs/importing.md shows, read from the page, reads the grid it describes. */
  @Test
  void theDocumentedMappingReadsTheConnectWiseTimeGrid() throws java.io.IOException {
    String page = java.nio.file.Files.readString(Path.of("docs/importing.md"));
    int start = page.indexOf("```yaml\nname: cw-time-grid");
    String yaml = page.substring(start + 8, page.indexOf("```", start + 8));
    Profile grid = Profile.parse("cw-grid.yaml", io.mrrlens.config.YamlTree.parse("cw-grid", yaml));
    ImportOptions defaults = ImportOptions.defaults();
    ImportOptions options =
        new ImportOptions(
            null,
            null,
            false,
            defaults.onError(),
            null,
            Map.of(),
            Map.of(),
            List.of(grid),
            false,
            null);
    Books books = new BooksImporter(options).read(FIXTURES.resolve("cw-grid"));
    assertEquals(Map.of("time-grid.csv", "cw-time-grid"), profiles(books));
    assertEquals(
        List.of(
            "TimeEntry[id=null, client=Acme Corp, ticketId=9001, technician=jsmith,"
                + " date=2026-09-02, hours=1.50, billable=true, workType=Remote,"
                + " chargeTo=AGREEMENT, rate=150.00]",
            "TimeEntry[id=null, client=Bolt, LLC, ticketId=9002, technician=jsmith,"
                + " date=2026-09-14, hours=2.00, billable=true, workType=Onsite,"
                + " chargeTo=TIME_AND_MATERIALS, rate=1025.00]",
            "TimeEntry[id=null, client=Bolt, LLC, ticketId=null, technician=adoe,"
                + " date=2026-09-13, hours=0.25, billable=false, workType=Admin, chargeTo=null,"
                + " rate=0.00]"),
        lines(books.timeEntries()));
  }

  @Test
  void aWrongMappingNamesTheFileAndTheKey() {
    io.mrrlens.config.ConfigException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            io.mrrlens.config.ConfigException.class,
            () ->
                Profile.parse(
                    "cw-grid.yaml",
                    io.mrrlens.config.YamlTree.parse(
                        "cw-grid.yaml",
                        "name: x\nkind: time\nfields:\n  client: Company\n  date: Date\n"
                            + "  hours: {colum: Hours}\n")));
    assertEquals(
        "cw-grid.yaml: fields.hours.colum: unknown key; did you mean \"column\"?", e.getMessage());
  }

  @Test
  void everyBuiltInProfileLoadsAndHasAFixture() {
    List<String> names =
        ProfileCatalogue.builtIn().stream()
            .map(Profile::name)
            .sorted(Comparator.naturalOrder())
            .toList();
    assertEquals(45, names.size(), names.toString());
  }
}
