package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.BookTables;
import io.mrrlens.analysis.LaborAnalysis;
import io.mrrlens.analysis.PaymentAnalysis;
import io.mrrlens.analysis.Period;
import io.mrrlens.analysis.SegmentAnalysis;
import io.mrrlens.model.Agreement;
import io.mrrlens.model.Books;
import io.mrrlens.model.ChargeTo;
import io.mrrlens.model.Client;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Ticket;
import io.mrrlens.model.TimeEntry;
import io.mrrlens.sample.SampleGenerator;
import io.mrrlens.sample.SampleSettings;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample book written in each system's export layout and read back with detection gives the
 * canonical import, except for what the layout cannot carry; each system's test names those values
 * by what it leaves out of the comparison.
 */
class ProfileRoundTripTest {
  private static final SampleSettings SMALL = new SampleSettings(12, 6, 11, YearMonth.of(2026, 6));

  @TempDir static Path dir;
  private static Books sample;
  private static Books canonical;

  @BeforeAll
  static void writeCanonical() {
    sample = SampleGenerator.generate(SMALL);
    Path folder = dir.resolve("canonical");
    CanonicalBookWriter.write(sample, folder);
    canonical = read(folder);
  }

  private static Books read(Path folder) {
    return new BooksImporter(ImportOptions.defaults()).read(folder);
  }

  private static Books roundTrip(String name) {
    Path folder = dir.resolve(name);
    ProfileBookWriter.write(sample, name, folder);
    return read(folder);
  }

  private static Map<String, String> profiles(Books books) {
    return books.files().stream()
        .collect(
            Collectors.toMap(
                FileImport::file, f -> f.layout().profile(), (a, b) -> a, TreeMap::new));
  }

  private static FileImport file(Books books, String name) {
    return books.files().stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
  }

  private static BigDecimal strip(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros();
  }

  private static <T> List<String> lines(List<T> records, Function<T, T> normal) {
    return records.stream().map(normal).map(Object::toString).sorted().toList();
  }

  private static <T> void same(List<T> expected, List<T> actual, UnaryOperator<T> normal) {
    assertEquals(lines(expected, normal), lines(actual, normal));
  }

  private static TimeEntry entry(TimeEntry e) {
    return new TimeEntry(
        e.id(),
        e.client(),
        e.ticketId(),
        e.technician(),
        e.date(),
        strip(e.hours()),
        e.billable(),
        e.workType(),
        e.chargeTo(),
        strip(e.rate()));
  }

  private static Invoice invoice(Invoice i) {
    return new Invoice(
        i.id(),
        i.client(),
        i.issued(),
        i.due(),
        strip(i.amount()),
        i.paid(),
        strip(i.balance()),
        i.kind(),
        i.description());
  }

  private static Invoice withoutPaid(Invoice i) {
    Invoice n = invoice(i);
    return new Invoice(
        n.id(),
        n.client(),
        n.issued(),
        n.due(),
        n.amount(),
        null,
        n.balance(),
        n.kind(),
        n.description());
  }

  private static Payment payment(Payment p) {
    return new Payment(p.invoiceId(), p.date(), strip(p.amount()));
  }

  private static Agreement agreement(Agreement a) {
    return new Agreement(a.client(), a.name(), a.type(), a.start(), a.end(), strip(a.monthlyFee()));
  }

  private static Client nameOnly(Client c) {
    return new Client(c.name(), null, null, null);
  }

  private static void sameExcept(Books actual, boolean tickets, boolean time, boolean invoices) {
    if (tickets) {
      same(canonical.tickets(), actual.tickets(), t -> t);
    }
    if (time) {
      same(canonical.timeEntries(), actual.timeEntries(), ProfileRoundTripTest::entry);
    }
    if (invoices) {
      same(canonical.invoices(), actual.invoices(), ProfileRoundTripTest::invoice);
    }
  }

  private static BigDecimal hours(Books books) {
    return books.timeEntries().stream()
        .map(TimeEntry::hours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal invoiced(Books books) {
    return books.invoices().stream().map(Invoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Map<String, BigDecimal> invoicedPerClient(Books books) {
    return books.invoices().stream()
        .collect(
            Collectors.groupingBy(
                Invoice::client,
                TreeMap::new,
                Collectors.reducing(
                    BigDecimal.ZERO, i -> i.amount().stripTrailingZeros(), BigDecimal::add)));
  }

  private static Map<String, BigDecimal> hoursPerClient(Books books) {
    return books.timeEntries().stream()
        .collect(
            Collectors.groupingBy(
                TimeEntry::client,
                TreeMap::new,
                Collectors.reducing(
                    BigDecimal.ZERO, e -> e.hours().stripTrailingZeros(), BigDecimal::add)));
  }

  private static void sameTotals(Books actual) {
    assertEquals(0, hours(canonical).compareTo(hours(actual)), "hours");
    assertEquals(0, invoiced(canonical).compareTo(invoiced(actual)), "invoiced");
    assertEquals(hoursPerClient(canonical), hoursPerClient(actual));
    assertEquals(invoicedPerClient(canonical), invoicedPerClient(actual));
    assertEquals(canonical.payments().size(), actual.payments().size());
    assertTrue(actual.rejections().isEmpty());
  }

  /** Which analyses give the canonical results: labor, payments, segments. */
  private static String sameAnalyses(Books actual) {
    AnalysisSettings settings = AnalysisSettings.defaults();
    LocalDate asOf = SMALL.lastMonth().atEndOfMonth();
    Period period = Period.resolve(canonical, asOf, null, null);
    BookTables a = BookTables.of(canonical, settings);
    BookTables b = BookTables.of(actual, settings);
    StringBuilder same = new StringBuilder();
    same.append(
        LaborAnalysis.of(a, period, settings, true)
                .equals(LaborAnalysis.of(b, period, settings, true))
            ? "labor "
            : "");
    same.append(
        PaymentAnalysis.of(a, period, true).equals(PaymentAnalysis.of(b, period, true))
            ? "payments "
            : "");
    same.append(
        SegmentAnalysis.of(a, period, settings, true)
                .equals(SegmentAnalysis.of(b, period, settings, true))
            ? "segments"
            : "");
    return same.toString().strip();
  }

  private static java.math.BigDecimal paid(Books books) {
    return books.payments().stream()
        .map(io.mrrlens.model.Payment::amount)
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
  }

  /** The amounts the unapplied-payment warnings report ("X paid 12.50 more than ..."). */
  private static java.math.BigDecimal unapplied(Books books) {
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    for (io.mrrlens.model.ImportWarning warning : books.warnings()) {
      if (warning.code().equals("unapplied-payment")) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile(" paid (-?[0-9.]+) more").matcher(warning.message());
        assertTrue(m.find(), warning.message());
        total = total.add(new java.math.BigDecimal(m.group(1)));
      }
    }
    return total;
  }

  /**
   * Profiles the sample writer has no layout for; each is read from its own fixture in
   * SystemProfilesImportTest or AccountingExportsTest instead.
   */
  private static final java.util.Set<String> NOT_WRITTEN =
      java.util.Set.of(
          "halopsa-tickets",
          "halopsa-time",
          "halopsa-invoices",
          "syncro-tickets",
          "syncro-time",
          "syncro-invoices",
          "clockify-time",
          "zohobooks-invoices",
          "invoiceninja5-clients",
          "invoiceninja4-clients",
          "freshbooks-invoices",
          "freshbooks-invoice-details",
          "freshbooks-payments",
          "wave-invoices",
          "wave-invoices-csv",
          "quickbooks-ar-aging",
          "quickbooks-desktop-invoices",
          "quickbooks-desktop-payments",
          "wave-transactions-invoices",
          "wave-transactions-payments");

  @Test
  void everyProfileAloneIsWrittenDetectedAndReadWithoutRejections() {
    for (Profile profile : ProfileCatalogue.builtIn()) {
      if (NOT_WRITTEN.contains(profile.name())) {
        continue;
      }
      Books books = roundTrip(profile.name());
      assertEquals(
          profile.name(),
          profiles(books).get(profile.name() + ".csv"),
          profile.name() + " detected");
      assertTrue(books.rejections().isEmpty(), profile.name() + " rejections");
      assertEquals(canonical.tickets().size(), books.tickets().size(), profile.name());
      assertEquals(canonical.invoices().size(), books.invoices().size(), profile.name());
      if (profile.name().equals("quickbooks-payments")) {
        // the Transaction List names no invoice: payments are applied oldest first and may split,
        // so what is kept is the money, applied or reported unapplied
        assertEquals(
            0,
            paid(canonical).compareTo(paid(books).add(unapplied(books))),
            profile.name() + " paid");
      } else {
        assertEquals(canonical.payments().size(), books.payments().size(), profile.name());
      }
      assertEquals(canonical.clients().size(), books.clients().size(), profile.name());
      if (!profile.name().equals("autotask-time")) {
        assertEquals(canonical.timeEntries().size(), books.timeEntries().size(), profile.name());
        assertEquals(0, hours(canonical).compareTo(hours(books)), profile.name() + " hours");
      }
      if (!profile.name().equals("itflow-recurring")) {
        assertEquals(canonical.agreements().size(), books.agreements().size(), profile.name());
      }
      assertEquals(0, invoiced(canonical).compareTo(invoiced(books)), profile.name() + " invoiced");
    }
  }

  @Test
  void theSameBookIsWrittenToTheSameBytes() throws IOException {
    for (String system : ProfileBookWriter.SYSTEMS) {
      Path first = dir.resolve("again-1-" + system);
      Path second = dir.resolve("again-2-" + system);
      ProfileBookWriter.write(SampleGenerator.generate(SMALL), system, first);
      ProfileBookWriter.write(SampleGenerator.generate(SMALL), system, second);
      try (var files = Files.list(first)) {
        for (Path file : files.toList()) {
          assertEquals(
              -1L, Files.mismatch(file, second.resolve(file.getFileName())), file.toString());
        }
      }
    }
  }

  @Test
  void aNameThatIsNeitherSystemNorProfileIsRefused() {
    assertEquals("connectwise", ProfileBookWriter.nearest("connectwize"));
    assertEquals(false, ProfileBookWriter.knows("connectwize"));
    assertTrue(ProfileBookWriter.knows("Kimai"));
    assertTrue(ProfileBookWriter.knows("connectwise-time"));
  }

  @Test
  void itflowTextStartingWithAFormulaSignKeepsItsValue() {
    Books book =
        new Books(
            List.of(),
            List.of(
                new Ticket(
                    "T-1",
                    "Acme Corp",
                    LocalDate.of(2026, 9, 1).atTime(8, 15),
                    null,
                    "P2",
                    "incident",
                    null,
                    "=SUM(A1) in the @budget sheet")),
            List.of(),
            List.of(
                new Invoice(
                    "INV-1",
                    "-Acme Corp",
                    LocalDate.of(2026, 9, 1),
                    LocalDate.of(2026, 10, 1),
                    new BigDecimal("99.50"),
                    null,
                    new BigDecimal("99.50"),
                    null,
                    "+1 hour")),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Path folder = dir.resolve("itflow-formula");
    ProfileBookWriter.write(book, "itflow", folder);
    Books read = read(folder);
    assertEquals("=SUM(A1) in the @budget sheet", read.tickets().get(0).summary());
    assertEquals("+1 hour", read.invoices().get(0).description());
    assertEquals("-Acme Corp", read.invoices().get(0).client());
  }

  @Test
  void theSampleBookIsBigEnoughToMean() {
    assertTrue(canonical.tickets().size() > 100);
    assertTrue(canonical.invoices().stream().anyMatch(Invoice::isCredit));
    assertTrue(canonical.agreements().stream().anyMatch(a -> a.end() != null));
  }

  @Test
  void itflow() {
    Books books = roundTrip("itflow");
    assertEquals("payments segments", sameAnalyses(books));
    assertEquals(
        Map.of(
            "itflow-clients.csv", "itflow-clients",
            "itflow-income.csv", "itflow-income",
            "itflow-invoices.csv", "itflow-invoices",
            "itflow-recurring.csv", "itflow-recurring",
            "itflow-tickets.csv", "itflow-tickets",
            "time.csv", "canonical"),
        profiles(books));
    same(
        canonical.tickets(),
        books.tickets(),
        t ->
            new Ticket(
                t.id(),
                t.client(),
                t.opened(),
                t.closed(),
                t.priority(),
                t.type(),
                null,
                t.summary()));
    same(
        canonical.invoices(),
        books.invoices(),
        i -> {
          Invoice n = withoutPaid(i);
          BigDecimal balance =
              n.balance() != null && n.balance().signum() == 0 ? BigDecimal.ZERO : null;
          return new Invoice(
              n.id(),
              n.client(),
              n.issued(),
              n.due(),
              n.amount(),
              null,
              balance,
              n.kind(),
              n.description());
        });
    same(canonical.payments(), books.payments(), ProfileRoundTripTest::payment);
    same(
        canonical.agreements().stream().filter(a -> a.end() == null).toList(),
        books.agreements(),
        ProfileRoundTripTest::agreement);
    same(canonical.clients(), books.clients(), ProfileRoundTripTest::nameOnly);
    sameTotals(books);
  }

  @Test
  void connectwise() {
    Books books = roundTrip("connectwise");
    assertEquals("labor payments", sameAnalyses(books));
    assertEquals(
        Map.of(
            "connectwise-agreements.csv", "connectwise-agreements",
            "connectwise-invoices.csv", "connectwise-invoices",
            "connectwise-tickets.csv", "connectwise-tickets",
            "connectwise-time.csv", "connectwise-time",
            "clients.csv", "canonical",
            "payments.csv", "canonical"),
        profiles(books));
    same(canonical.tickets(), books.tickets(), t -> t);
    same(
        canonical.timeEntries(),
        books.timeEntries(),
        e -> {
          TimeEntry n = entry(e);
          return new TimeEntry(
              null,
              n.client(),
              n.chargeTo() == ChargeTo.INTERNAL ? null : n.ticketId(),
              n.technician(),
              n.date(),
              n.hours(),
              n.billable(),
              n.workType(),
              n.chargeTo(),
              n.rate());
        });
    same(
        canonical.invoices(),
        books.invoices(),
        i -> {
          Invoice n = withoutPaid(i);
          return new Invoice(
              n.id(),
              n.client(),
              n.issued(),
              n.due(),
              n.amount(),
              null,
              n.balance(),
              n.kind(),
              null);
        });
    same(canonical.payments(), books.payments(), ProfileRoundTripTest::payment);
    same(canonical.agreements(), books.agreements(), ProfileRoundTripTest::agreement);
    same(canonical.clients(), books.clients(), c -> c);
    sameTotals(books);
  }

  @Test
  void autotask() {
    Books books = roundTrip("autotask");
    assertEquals("payments", sameAnalyses(books));
    assertEquals(
        Map.of(
            "autotask-companies.csv", "autotask-companies",
            "autotask-contracts.csv", "autotask-contracts",
            "autotask-invoices.csv", "autotask-invoices",
            "autotask-tickets.csv", "autotask-tickets",
            "autotask-time.csv", "autotask-time",
            "payments.csv", "canonical"),
        profiles(books));
    Map<String, String> priorities =
        Map.of("P1", "Critical", "P2", "High", "P3", "Medium", "P4", "Low");
    List<String> types =
        List.of("service request", "incident", "problem", "change request", "alert");
    same(
        canonical.tickets(),
        books.tickets(),
        t ->
            new Ticket(
                null,
                t.client(),
                t.opened(),
                t.closed(),
                t.priority() == null ? null : priorities.getOrDefault(t.priority(), t.priority()),
                t.type() != null && types.contains(t.type()) ? t.type() : null,
                t.source(),
                t.summary()));
    same(
        canonical.timeEntries().stream().filter(e -> e.ticketId() != null).toList(),
        books.timeEntries(),
        e ->
            new TimeEntry(
                null,
                e.client(),
                null,
                null,
                e.date(),
                strip(e.hours()),
                e.billable(),
                null,
                null,
                null));
    same(
        canonical.invoices(),
        books.invoices(),
        i -> {
          Invoice n = invoice(i);
          return new Invoice(
              n.id(), n.client(), n.issued(), n.due(), n.amount(), n.paid(), null, n.kind(), null);
        });
    same(canonical.payments(), books.payments(), ProfileRoundTripTest::payment);
    same(
        canonical.agreements(),
        books.agreements(),
        a -> new Agreement(a.client(), a.name(), a.type(), a.start(), a.end(), null));
    same(canonical.clients(), books.clients(), ProfileRoundTripTest::nameOnly);
    assertEquals(0, invoiced(canonical).compareTo(invoiced(books)), "invoiced");
    assertEquals(invoicedPerClient(canonical), invoicedPerClient(books));
    assertTrue(books.rejections().isEmpty());
  }

  @Test
  void quickbooks() {
    Books books = roundTrip("quickbooks");
    assertEquals("labor payments segments", sameAnalyses(books));
    assertEquals("quickbooks-invoices", profiles(books).get("quickbooks-invoices.csv"));
    FileImport report = file(books, "quickbooks-invoices.csv");
    assertEquals(3, report.layout().preambleLines());
    assertEquals(
        Map.of("total row", 1L, "heading, subtotal or footer", 1L), report.layout().skipped());
    assertEquals(6, profiles(books).size());
    same(canonical.invoices(), books.invoices(), ProfileRoundTripTest::withoutPaid);
    sameTotals(books);
  }

  @Test
  void xero() {
    Books books = roundTrip("xero");
    assertEquals("labor payments segments", sameAnalyses(books));
    assertEquals("xero-invoices", profiles(books).get("xero-invoices.csv"));
    FileImport xero = file(books, "xero-invoices.csv");
    assertEquals(canonical.invoices().size(), xero.layout().records());
    assertTrue(xero.rowsRead() > xero.layout().records(), "some invoices have two lines");
    assertEquals(6, profiles(books).size());
    same(canonical.invoices(), books.invoices(), ProfileRoundTripTest::withoutPaid);
    sameTotals(books);
  }

  /** Both versions' invoices carry no paid date and no description; their payments read back. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"invoiceninja5", "invoiceninja4"})
  void invoiceNinja(String system) {
    Books books = roundTrip(system);
    assertEquals("labor payments", sameAnalyses(books));
    assertEquals(system + "-invoices", profiles(books).get(system + "-invoices.csv"));
    assertEquals(system + "-payments", profiles(books).get(system + "-payments.csv"));
    assertEquals(6, profiles(books).size());
    same(
        canonical.invoices(),
        books.invoices(),
        i -> {
          Invoice n = withoutPaid(i);
          return new Invoice(
              n.id(),
              n.client(),
              n.issued(),
              n.due(),
              n.amount(),
              null,
              n.balance(),
              n.kind(),
              null);
        });
    same(canonical.payments(), books.payments(), ProfileRoundTripTest::payment);
    sameTotals(books);
  }

  /** Kimai and Harvest carry a rate; Toggl's detailed report does not. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"kimai, true", "harvest, true", "toggl, false"})
  void timeTrackers(String system, boolean keepsRate) {
    Books books = roundTrip(system);
    assertEquals("payments segments", sameAnalyses(books));
    assertEquals(system + "-time", profiles(books).get(system + "-time.csv"));
    assertEquals(6, profiles(books).size());
    same(
        canonical.timeEntries(),
        books.timeEntries(),
        e -> {
          TimeEntry n = entry(e);
          return new TimeEntry(
              null,
              n.client(),
              null,
              n.technician(),
              n.date(),
              n.hours(),
              n.billable(),
              n.workType(),
              null,
              keepsRate ? n.rate() : null);
        });
    sameExcept(books, true, false, true);
    sameTotals(books);
  }
}
