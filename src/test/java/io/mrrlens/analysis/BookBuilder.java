package io.mrrlens.analysis;

import io.mrrlens.model.Agreement;
import io.mrrlens.model.AgreementType;
import io.mrrlens.model.Books;
import io.mrrlens.model.ChargeTo;
import io.mrrlens.model.Client;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.FileLayout;
import io.mrrlens.model.FileNumbers;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.InvoiceKind;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Ticket;
import io.mrrlens.model.TimeEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Tiny books built in code for the analysis tests: one call per record, values as text. */
final class BookBuilder {
  final List<Client> clients = new ArrayList<>();
  final List<Ticket> tickets = new ArrayList<>();
  final List<TimeEntry> time = new ArrayList<>();
  final List<Invoice> invoices = new ArrayList<>();
  final List<Payment> payments = new ArrayList<>();
  final List<Agreement> agreements = new ArrayList<>();
  private boolean paymentsFile;
  private int ticketIds;
  private int invoiceIds;

  BookBuilder client(String name, Integer endpoints) {
    clients.add(new Client(name, endpoints, null, null));
    return this;
  }

  /** A ticket opened on the day (09:00), returning its ID. */
  String ticket(String client, String opened, String type) {
    String id = "T" + (++ticketIds);
    tickets.add(
        new Ticket(id, client, LocalDate.parse(opened).atTime(9, 0), null, null, type, null, null));
    return id;
  }

  BookBuilder entry(
      String client,
      String date,
      String hours,
      boolean billable,
      String workType,
      ChargeTo chargeTo,
      String ticketId) {
    time.add(
        new TimeEntry(
            null,
            client,
            ticketId,
            null,
            LocalDate.parse(date),
            new BigDecimal(hours),
            billable,
            workType,
            chargeTo,
            null));
    return this;
  }

  BookBuilder entry(String client, String date, String hours) {
    return entry(client, date, hours, true, null, null, null);
  }

  /** An invoice with every column; null for an empty cell. Returns its ID. */
  String invoice(
      String client,
      String issued,
      String due,
      String amount,
      String paid,
      String balance,
      InvoiceKind kind,
      String description) {
    String id = "I" + (++invoiceIds);
    invoices.add(
        new Invoice(
            id,
            client,
            LocalDate.parse(issued),
            due == null ? null : LocalDate.parse(due),
            new BigDecimal(amount),
            paid == null ? null : LocalDate.parse(paid),
            balance == null ? null : new BigDecimal(balance),
            kind,
            description));
    return id;
  }

  /** An invoice with an amount and a description only. */
  String invoice(String client, String issued, String amount, String description) {
    return invoice(client, issued, null, amount, null, null, null, description);
  }

  BookBuilder payment(String invoiceId, String date, String amount) {
    payments.add(new Payment(invoiceId, LocalDate.parse(date), new BigDecimal(amount)));
    paymentsFile = true;
    return this;
  }

  /** The book has a payments file, even with no rows. */
  BookBuilder paymentsFile() {
    paymentsFile = true;
    return this;
  }

  BookBuilder agreement(
      String client, AgreementType type, String start, String end, String monthlyFee) {
    agreements.add(
        new Agreement(
            client,
            null,
            type,
            LocalDate.parse(start),
            end == null ? null : LocalDate.parse(end),
            monthlyFee == null ? null : new BigDecimal(monthlyFee)));
    return this;
  }

  Books books() {
    List<FileImport> files = new ArrayList<>();
    if (paymentsFile) {
      files.add(
          new FileImport(
              "payments.csv",
              FileKind.PAYMENTS,
              "UTF-8",
              ',',
              "ISO",
              payments.size(),
              payments.size(),
              0,
              "amount",
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              0,
              List.of(),
              null,
              FileLayout.CANONICAL,
              FileNumbers.UNKNOWN));
    }
    return new Books(
        List.copyOf(clients),
        List.copyOf(tickets),
        List.copyOf(time),
        List.copyOf(invoices),
        List.copyOf(payments),
        List.copyOf(agreements),
        files,
        List.of(),
        List.of());
  }

  BookTables tables() {
    return BookTables.of(books(), AnalysisSettings.defaults());
  }

  /** Asserts a decimal equals the expected text once rounded to that text's decimals. */
  static void assertDecimal(String expected, BigDecimal actual, String what) {
    if (expected == null) {
      org.junit.jupiter.api.Assertions.assertNull(actual, what);
      return;
    }
    org.junit.jupiter.api.Assertions.assertNotNull(actual, what);
    BigDecimal want = new BigDecimal(expected);
    org.junit.jupiter.api.Assertions.assertEquals(
        want, actual.setScale(want.scale(), java.math.RoundingMode.HALF_UP), what);
  }
}
