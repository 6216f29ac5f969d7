package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.model.Agreement;
import io.mrrlens.model.AgreementType;
import io.mrrlens.model.Books;
import io.mrrlens.model.ChargeTo;
import io.mrrlens.model.Client;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.InvoiceKind;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Ticket;
import io.mrrlens.model.TimeEntry;
import io.mrrlens.sample.SampleGenerator;
import io.mrrlens.sample.SampleSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalBookWriterTest {
  private static final String CAFE = "Café Müller GmbH";
  private static final String SMITH = "Smith, Jones & Partners LLP";

  @TempDir Path dir;

  private static Books book(
      List<Client> clients,
      List<Ticket> tickets,
      List<TimeEntry> entries,
      List<Invoice> invoices,
      List<Payment> payments,
      List<Agreement> agreements) {
    return new Books(
        clients, tickets, entries, invoices, payments, agreements, List.of(), List.of(), List.of());
  }

  private static Books small() {
    return book(
        List.of(
            new Client(CAFE, 12, 10, LocalDate.of(2020, 1, 15)),
            new Client(SMITH, null, null, null)),
        List.of(
            new Ticket(
                "T-1",
                SMITH,
                LocalDateTime.of(2026, 10, 1, 9, 5),
                null,
                "P2",
                "incident",
                "phone",
                "Printer says \"offline\", again\nSecond line"),
            new Ticket(
                "T-2",
                CAFE,
                LocalDateTime.of(2026, 10, 2, 14, 30, 15),
                LocalDateTime.of(2026, 10, 2, 16, 0),
                null,
                null,
                null,
                null)),
        List.of(
            new TimeEntry(
                "E-1",
                CAFE,
                "T-2",
                "Alex Morgan",
                LocalDate.of(2026, 10, 2),
                new BigDecimal("1.50"),
                true,
                "remote",
                ChargeTo.TIME_AND_MATERIALS,
                new BigDecimal("150")),
            new TimeEntry(
                "E-2",
                CAFE,
                null,
                null,
                LocalDate.of(2026, 10, 3),
                new BigDecimal("8"),
                false,
                null,
                null,
                null)),
        List.of(
            new Invoice(
                "INV-1",
                CAFE,
                LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 11, 30),
                new BigDecimal("225"),
                null,
                new BigDecimal("125.00"),
                null,
                "Labor - time and materials"),
            new Invoice(
                "INV-2",
                SMITH,
                LocalDate.of(2026, 10, 5),
                null,
                new BigDecimal("-40.5"),
                null,
                null,
                null,
                "Credit memo - billing correction")),
        List.of(new Payment("INV-1", LocalDate.of(2026, 10, 31), new BigDecimal("100.00"))),
        List.of(
            new Agreement(
                CAFE,
                "Managed Services Agreement",
                AgreementType.MANAGED,
                LocalDate.of(2025, 1, 1),
                null,
                new BigDecimal("1500"))));
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  private List<String> fileNames() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheCanonicalColumnsAndValues() throws IOException {
    CanonicalBookWriter.write(small(), dir);

    assertEquals(
        "ticket_id,client,opened,closed,priority,type,source,summary\r\n"
            + "T-1,\"Smith, Jones & Partners LLP\",2026-10-01 09:05,,P2,incident,phone,"
            + "\"Printer says \"\"offline\"\", again\nSecond line\"\r\n"
            + "T-2,Café Müller GmbH,2026-10-02 14:30:15,2026-10-02 16:00,,,,\r\n",
        read("tickets.csv"));
    assertEquals(
        "entry_id,client,ticket_id,technician,date,hours,billable,work_type,charge_to,rate\r\n"
            + "E-1,Café Müller GmbH,T-2,Alex Morgan,2026-10-02,1.5,true,remote,"
            + "time_and_materials,150.00\r\n"
            + "E-2,Café Müller GmbH,,,2026-10-03,8,false,,,\r\n",
        read("time.csv"));
    assertEquals(
        "invoice_id,client,issued,due,amount,paid,balance,description\r\n"
            + "INV-1,Café Müller GmbH,2026-10-31,2026-11-30,225.00,,125.00,"
            + "Labor - time and materials\r\n"
            + "INV-2,\"Smith, Jones & Partners LLP\",2026-10-05,,-40.50,,,"
            + "Credit memo - billing correction\r\n",
        read("invoices.csv"));
    assertEquals("invoice_id,date,amount\r\nINV-1,2026-10-31,100.00\r\n", read("payments.csv"));
    assertEquals(
        "client,endpoints,users,since\r\n"
            + "Café Müller GmbH,12,10,2020-01-15\r\n"
            + "\"Smith, Jones & Partners LLP\",,,\r\n",
        read("clients.csv"));
    assertEquals(
        "client,name,type,start,end,monthly_fee\r\n"
            + "Café Müller GmbH,Managed Services Agreement,managed,2025-01-01,,1500.00\r\n",
        read("agreements.csv"));
  }

  @Test
  void writesUtf8WithoutBom() throws IOException {
    CanonicalBookWriter.write(small(), dir);
    byte[] bytes = Files.readAllBytes(dir.resolve("clients.csv"));
    assertArrayEquals(
        "client".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(bytes, "client".length()));
    byte[] cafe = "Café".getBytes(StandardCharsets.UTF_8);
    assertEquals(5, cafe.length);
    assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("Café Müller GmbH"));
    assertEquals((byte) 0xC3, bytes[30 + 3]); // "client,endpoints,users,since\r\n" then "Caf"
    assertEquals((byte) 0xA9, bytes[30 + 4]);
  }

  @Test
  void writesTheKindColumnWhenAnyInvoiceHasAKind() throws IOException {
    Books small = small();
    Invoice first = small.invoices().get(0);
    Invoice withKind =
        new Invoice(
            first.id(),
            first.client(),
            first.issued(),
            first.due(),
            first.amount(),
            first.paid(),
            first.balance(),
            InvoiceKind.TIME_AND_MATERIALS,
            first.description());
    Books books =
        book(
            List.of(),
            List.of(),
            List.of(),
            List.of(withKind, small.invoices().get(1)),
            List.of(),
            List.of());
    CanonicalBookWriter.write(books, dir);
    assertEquals(
        "invoice_id,client,issued,due,amount,paid,balance,kind,description\r\n"
            + "INV-1,Café Müller GmbH,2026-10-31,2026-11-30,225.00,,125.00,time_and_materials,"
            + "Labor - time and materials\r\n"
            + "INV-2,\"Smith, Jones & Partners LLP\",2026-10-05,,-40.50,,,,"
            + "Credit memo - billing correction\r\n",
        read("invoices.csv"));
  }

  @Test
  void writesOnlyTheKindsThatHaveRecordsAndCreatesTheFolder() throws IOException {
    Path nested = dir.resolve("a").resolve("books");
    Books clientsOnly =
        book(small().clients(), List.of(), List.of(), List.of(), List.of(), List.of());
    CanonicalBookWriter.write(clientsOnly, nested);
    try (Stream<Path> files = Files.list(nested)) {
      assertEquals(List.of("clients.csv"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void keepsMoreThanTwoDecimalsAndPlainHours() throws IOException {
    Books books =
        book(
            List.of(),
            List.of(),
            List.of(
                new TimeEntry(
                    "E-1",
                    CAFE,
                    null,
                    null,
                    LocalDate.of(2026, 1, 2),
                    new BigDecimal("1E+1"),
                    true,
                    null,
                    null,
                    new BigDecimal("99.125"))),
            List.of(),
            List.of(),
            List.of());
    CanonicalBookWriter.write(books, dir);
    assertTrue(read("time.csv").endsWith(",2026-01-02,10,true,,,99.125\r\n"), read("time.csv"));
  }

  @Test
  void replacesAnEarlierFileAndLeavesNoTemporaryFiles() throws IOException {
    Files.writeString(dir.resolve("payments.csv"), "old content that is longer than the new one");
    CanonicalBookWriter.write(small(), dir);
    CanonicalBookWriter.write(small(), dir);
    assertEquals("invoice_id,date,amount\r\nINV-1,2026-10-31,100.00\r\n", read("payments.csv"));
    assertEquals(
        List.of(
            "agreements.csv",
            "clients.csv",
            "invoices.csv",
            "payments.csv",
            "tickets.csv",
            "time.csv"),
        fileNames());
  }

  @Test
  void aFileThatCannotBeWrittenIsNamedAndNoTemporaryFileIsLeft() throws IOException {
    Path blocker = dir.resolve("tickets.csv");
    Files.createDirectory(blocker);
    Files.writeString(blocker.resolve("keep.txt"), "x");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> CanonicalBookWriter.write(small(), dir));
    assertTrue(e.getMessage().startsWith("cannot write " + blocker + ": "), e.getMessage());
    assertEquals(List.of("tickets.csv"), fileNames());
  }

  @Test
  void writingFilesInParallelGivesTheSameBytes(@TempDir Path other) throws IOException {
    Books sample = SampleGenerator.generate(new SampleSettings(12, 6, 3L, YearMonth.of(2026, 3)));
    CanonicalBookWriter.write(sample, dir, Long.MAX_VALUE);
    CanonicalBookWriter.write(sample, other, 0);
    List<String> names = fileNames();
    assertEquals(6, names.size());
    for (String name : names) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve(name)), Files.readAllBytes(other.resolve(name)), name);
    }
    try (Stream<Path> files = Files.list(other)) {
      assertEquals(6, files.count());
    }
  }

  @Test
  void aFailureWhileWritingInParallelIsNamedToo() throws IOException {
    Path blocker = dir.resolve("time.csv");
    Files.createDirectory(blocker);
    Files.writeString(blocker.resolve("keep.txt"), "x");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> CanonicalBookWriter.write(small(), dir, 0));
    assertTrue(e.getMessage().startsWith("cannot write " + blocker + ": "), e.getMessage());
    assertTrue(fileNames().stream().noneMatch(n -> n.endsWith(".tmp")), fileNames().toString());
    assertTrue(fileNames().contains("tickets.csv"), fileNames().toString());
  }

  @Test
  void aFolderThatCannotBeCreatedIsNamed() throws IOException {
    Path file = dir.resolve("not-a-folder");
    Files.writeString(file, "x");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> CanonicalBookWriter.write(small(), file));
    assertTrue(e.getMessage().contains("not-a-folder"), e.getMessage());
  }

  @Test
  void importingWhatWasWrittenGivesTheSameRecords() {
    Books small = small();
    Books canonical =
        book(
            small.clients(),
            small.tickets(),
            List.of(
                new TimeEntry(
                    "E-1",
                    CAFE,
                    "T-2",
                    "Alex Morgan",
                    LocalDate.of(2026, 10, 2),
                    new BigDecimal("1.5"),
                    true,
                    "remote",
                    ChargeTo.TIME_AND_MATERIALS,
                    new BigDecimal("150.00"))),
            List.of(
                new Invoice(
                    "INV-1",
                    CAFE,
                    LocalDate.of(2026, 10, 31),
                    LocalDate.of(2026, 11, 30),
                    new BigDecimal("225.00"),
                    LocalDate.of(2026, 10, 31),
                    new BigDecimal("0.00"),
                    InvoiceKind.PROJECT,
                    "Labor, \"extra\"")),
            List.of(new Payment("INV-1", LocalDate.of(2026, 10, 31), new BigDecimal("225.00"))),
            List.of(
                new Agreement(
                    CAFE,
                    null,
                    AgreementType.BLOCK_HOURS,
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 12, 31),
                    null)));
    CanonicalBookWriter.write(canonical, dir);
    Books read = new BooksImporter(ImportOptions.defaults()).read(dir);
    assertEquals(List.of(), read.rejections());
    assertEquals(canonical.clients(), read.clients());
    assertEquals(canonical.tickets(), read.tickets());
    assertEquals(canonical.timeEntries(), read.timeEntries());
    assertEquals(canonical.invoices(), read.invoices());
    assertEquals(canonical.payments(), read.payments());
    assertEquals(canonical.agreements(), read.agreements());
  }

  @Test
  void theDefaultSampleBookSurvivesTheRoundTrip() throws IOException {
    Books sample = SampleGenerator.generate(SampleSettings.defaults());
    CanonicalBookWriter.write(sample, dir);

    Books read = new BooksImporter(ImportOptions.defaults()).read(dir);

    assertEquals(List.of(), read.rejections());
    assertEquals(List.of(), read.warnings());
    assertEquals(sample.clients(), read.clients());
    assertEquals(sample.tickets(), read.tickets());
    assertEquals(sample.timeEntries(), read.timeEntries());
    assertEquals(sample.invoices(), read.invoices());
    assertEquals(sample.payments(), read.payments());
    assertEquals(sample.agreements(), read.agreements());
    long bytes = 0;
    for (String name : fileNames()) {
      bytes += Files.size(dir.resolve(name));
    }
    assertEquals(6, fileNames().size());
    assertTrue(bytes > 1_500_000 && bytes < 6_000_000, bytes + " bytes");
  }
}
