package io.mrrlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mrrlens.model.Books;
import io.mrrlens.model.Client;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.ImportWarning;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Ticket;
import io.mrrlens.model.TimeEntry;
import io.mrrlens.model.Window;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BookCheck: dates, as_of, window, clients per file, mismatches and alias suggestions. */
class BookCheckTest {

  private static Ticket ticket(String id, String client, String opened, String closed) {
    return new Ticket(
        id,
        client,
        LocalDateTime.parse(opened + "T09:00"),
        closed == null ? null : LocalDateTime.parse(closed + "T10:00"),
        null,
        null,
        null,
        null);
  }

  private static Invoice invoice(String id, String client, String issued, String paid) {
    return new Invoice(
        id,
        client,
        LocalDate.parse(issued),
        null,
        new BigDecimal("100.00"),
        paid == null ? null : LocalDate.parse(paid),
        null,
        null,
        null);
  }

  private static TimeEntry entry(String client, String date) {
    return new TimeEntry(
        null, client, null, null, LocalDate.parse(date), BigDecimal.ONE, true, null, null, null);
  }

  private static Books books(
      List<Client> clients,
      List<Ticket> tickets,
      List<TimeEntry> time,
      List<Invoice> invoices,
      List<Payment> payments,
      List<ImportWarning> warnings) {
    return new Books(
        clients, tickets, time, invoices, payments, List.of(), List.of(), List.of(), warnings);
  }

  @Test
  void asOfIsTheLatestDateOfAnyKindAndTheWindowEndsWithTheLastCompleteMonth() {
    Books books =
        books(
            List.of(),
            List.of(ticket("T1", "Acme", "2026-03-02", "2026-09-29")),
            List.of(entry("Acme", "2026-01-15")),
            List.of(invoice("I1", "Acme", "2026-09-01", "2026-09-10")),
            List.of(new Payment("I1", LocalDate.parse("2026-09-30"), BigDecimal.TEN)),
            List.of());
    BookCheck check = BookCheck.of(books, null);
    assertEquals(LocalDate.parse("2026-01-15"), check.earliest());
    assertEquals(LocalDate.parse("2026-09-30"), check.latest());
    assertEquals(LocalDate.parse("2026-09-30"), check.asOf());
    assertEquals(new Window(YearMonth.of(2025, 10), YearMonth.of(2026, 9)), check.window());

    BookCheck earlier = BookCheck.of(books, LocalDate.parse("2026-09-29"));
    assertEquals(LocalDate.parse("2026-09-29"), earlier.asOf());
    assertEquals(new Window(YearMonth.of(2025, 9), YearMonth.of(2026, 8)), earlier.window());
  }

  @Test
  void emptyBooksHaveNoDates() {
    BookCheck check =
        BookCheck.of(books(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), null);
    assertNull(check.asOf());
    assertNull(check.window());
    assertEquals(0, check.clients());
  }

  @Test
  void clientsMissingFromSomeFilesAndTheirLikelyOtherSpellings() {
    Books books =
        books(
            List.of(
                new Client("Acme Corporation", 10, null, null), new Client("Bolt", 2, null, null)),
            List.of(
                ticket("T1", "ACME Corp.", "2026-10-01", null),
                ticket("T2", "Bolt", "2026-10-01", null)),
            List.of(entry("Bolt", "2026-10-01"), entry("Café Müller", "2026-10-01")),
            List.of(
                invoice("I1", "Bolt", "2026-10-01", null),
                invoice("I2", "Cafe Muller", "2026-10-01", null)),
            List.of(),
            List.of(
                new ImportWarning("time.csv", 3, "unknown-ticket", "x"),
                new ImportWarning("time.csv", 4, "unknown-ticket", "y")));
    BookCheck check = BookCheck.of(books, null);
    assertEquals(5, check.clients());
    assertEquals(
        Map.of(FileKind.CLIENTS, 2, FileKind.TICKETS, 2, FileKind.TIME, 2, FileKind.INVOICES, 2),
        check.clientsByKind());
    assertEquals(
        List.of(
            new BookCheck.NameMismatch(
                "ACME Corp.",
                EnumSet.of(FileKind.TICKETS),
                EnumSet.of(FileKind.TIME, FileKind.INVOICES, FileKind.CLIENTS)),
            new BookCheck.NameMismatch(
                "Acme Corporation",
                EnumSet.of(FileKind.CLIENTS),
                EnumSet.of(FileKind.TICKETS, FileKind.TIME, FileKind.INVOICES)),
            new BookCheck.NameMismatch(
                "Cafe Muller",
                EnumSet.of(FileKind.INVOICES),
                EnumSet.of(FileKind.TICKETS, FileKind.TIME, FileKind.CLIENTS)),
            new BookCheck.NameMismatch(
                "Café Müller",
                EnumSet.of(FileKind.TIME),
                EnumSet.of(FileKind.TICKETS, FileKind.INVOICES, FileKind.CLIENTS))),
        check.mismatches());
    assertEquals(
        List.of(
            new BookCheck.AliasSuggestion("Acme Corporation", List.of("ACME Corp.")),
            new BookCheck.AliasSuggestion("Cafe Muller", List.of("Café Müller"))),
        check.aliasSuggestions());
    assertEquals(Map.of("unknown-ticket", 2L), check.warningCounts());
  }

  @Test
  void simplifiedNamesDropAccentsPunctuationAndLegalSuffixes() {
    assertEquals("acme", NameSimilarity.simplify("The ACME Corp., Inc."));
    assertEquals("smithjonespartners", NameSimilarity.simplify("Smith, Jones & Partners LLP"));
    assertEquals("cafemuller", NameSimilarity.simplify("Café  Müller GmbH"));
  }
}
