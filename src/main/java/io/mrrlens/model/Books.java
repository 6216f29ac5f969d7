package io.mrrlens.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An MSP's books as imported: the records of every file, and what importing found (files, rejected
 * values, warnings). Client names in the records are already resolved to one spelling per client.
 */
public record Books(
    List<Client> clients,
    List<Ticket> tickets,
    List<TimeEntry> timeEntries,
    List<Invoice> invoices,
    List<Payment> payments,
    List<Agreement> agreements,
    List<FileImport> files,
    List<Rejection> rejections,
    List<ImportWarning> warnings) {

  /**
   * The latest date found in any record: ticket opened or closed, time entry date, invoice issued
   * or paid, payment date. This is the default {@code as_of}. Empty when the books hold none.
   */
  public Optional<LocalDate> latestDate() {
    return Optional.ofNullable(extreme(true));
  }

  /** The earliest of the same dates as {@link #latestDate()}. */
  public Optional<LocalDate> earliestDate() {
    return Optional.ofNullable(extreme(false));
  }

  private LocalDate extreme(boolean latest) {
    DateRange range = new DateRange(latest);
    for (Ticket ticket : tickets) {
      range.add(ticket.openedDate());
      range.add(ticket.closedDate());
    }
    for (TimeEntry entry : timeEntries) {
      range.add(entry.date());
    }
    for (Invoice invoice : invoices) {
      range.add(invoice.issued());
      range.add(invoice.paid());
    }
    for (Payment payment : payments) {
      range.add(payment.date());
    }
    return range.best;
  }

  /** The latest (or earliest) of the dates added, ignoring nulls. */
  private static final class DateRange {
    private final boolean latest;
    private LocalDate best;

    DateRange(boolean latest) {
      this.latest = latest;
    }

    void add(LocalDate date) {
      if (date != null && (best == null || (latest ? date.isAfter(best) : date.isBefore(best)))) {
        best = date;
      }
    }
  }
}
