package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FreshBooks' Payments Collected report from the API (issue 13), in the layout FreshBooks' own SDK
 * reads: 0000101 paid 1,100.00 on 2026-10-18 (Acme Corp), 0000102 100.00 on 2026-10-20 (Bolt LLC),
 * 0000103 50.00 on 2026-10-22 from Kim Park's credit; the credit itself (a 50.00 prepayment) pays
 * no invoice and is left out, its amount shown.
 */
class FreshBooksPaymentsTest {
  private static final Path FIXTURE = Path.of("src/test/resources/profiles/freshbooks-payments");

  @TempDir Path dir;

  @Test
  void paymentsCollectedPayTheInvoicesTheyName() {
    Books books = RealExportsTest.read(FIXTURE);
    assertEquals(
        Map.of("Acme Corp", "1100", "Bolt LLC", "100", "Kim Park", "50"),
        RealExportsTest.paid(books));
    assertEquals(
        List.of("0000101 2026-10-18", "0000102 2026-10-20", "0000103 2026-10-22"),
        books.payments().stream().map(p -> p.invoiceId() + " " + p.date()).sorted().toList());
    FileImport file = RealExportsTest.file(books, "payments.json");
    assertEquals("freshbooks-payments", file.layout().profile());
    String credit = "credit (prepayment or overpayment), no invoice paid";
    assertEquals(Map.of(credit, 1L), file.layout().skipped());
    assertEquals("50", RealExportsTest.skippedAmount(file, credit));
    assertEquals(List.of(), books.rejections());
  }

  /** A payment whose amount does not read is rejected, naming its record's line and the field. */
  @Test
  void aPaymentWhoseAmountDoesNotReadIsRejected() throws IOException {
    Path books = dir.resolve("books");
    Files.createDirectories(books);
    Files.copy(FIXTURE.resolve("invoices.json"), books.resolve("invoices.json"));
    String payments = Files.readString(FIXTURE.resolve("payments.json"));
    Files.writeString(
        books.resolve("payments.json"), payments.replaceFirst("\"100\\.00\"", "\"a hundred\""));
    Books read =
        new BooksImporter(TestOptions.of(ErrorPolicy.SKIP, dir.resolve("rejects"), Map.of()))
            .read(books);
    assertEquals(
        List.of("payments.json:53: amount.amount \"a hundred\" is not an amount"),
        read.rejections().stream().map(Rejection::message).toList());
    assertEquals(Map.of("Acme Corp", "1100", "Kim Park", "50"), RealExportsTest.paid(read));
  }

  /**
   * The time-entry mapping docs/importing.md gives reads the API's layout: 3600 s for client 12
   * (the ID stands as its name until an alias names it), 1800 s of internal time left out and
   * shown, a running timer left out.
   */
  @Test
  void theDocumentedTimeEntryMappingReadsTheApisLayout() throws IOException {
    String docs = Files.readString(Path.of("docs/importing.md"));
    int start = docs.indexOf("name: freshbooks-time");
    Profile mapping = TestOptions.mapping(docs.substring(start, docs.indexOf("```", start)));
    Path books = dir.resolve("books");
    Files.createDirectories(books);
    Files.writeString(
        books.resolve("time_entries.json"),
        "{\"meta\": {\"page\": 1, \"pages\": 1},\n\"time_entries\": [\n"
            + entry(218192, "true", 12, 3600, "false")
            + ",\n"
            + entry(218193, "true", 0, 1800, "true")
            + ",\n"
            + entry(218194, "false", 12, 600, "false")
            + "\n]}\n");
    Books read =
        new BooksImporter(TestOptions.profiles(dir.resolve("rejects"), mapping)).read(books);
    assertEquals(Map.of("12", "1"), RealExportsTest.hours(read));
    FileImport file = RealExportsTest.file(read, "time_entries.json");
    assertEquals(Map.of("internal time", 1L, "running timer", 1L), file.layout().skipped());
    assertEquals("0.5", RealExportsTest.skippedAmount(file, "internal time"));
  }

  private static String entry(int id, String logged, int client, int seconds, String internal) {
    return "{\"id\": "
        + id
        + ", \"identity_id\": 6600, \"is_logged\": "
        + logged
        + ", \"started_at\": \"2026-10-24T20:00:00Z\", \"client_id\": "
        + (client == 0 ? "null" : String.valueOf(client))
        + ", \"note\": \"\", \"active\": false, \"billable\": true, \"billed\": false,"
        + " \"internal\": "
        + internal
        + ", \"duration\": "
        + seconds
        + "}";
  }
}
