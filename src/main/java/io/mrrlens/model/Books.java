package io.mrrlens.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
    return activityDates().max(LocalDate::compareTo);
  }

  /** The earliest of the same dates as {@link #latestDate()}. */
  public Optional<LocalDate> earliestDate() {
    return activityDates().min(LocalDate::compareTo);
  }

  private Stream<LocalDate> activityDates() {
    return Stream.of(
            tickets.stream().map(Ticket::openedDate),
            tickets.stream().map(Ticket::closedDate),
            timeEntries.stream().map(TimeEntry::date),
            invoices.stream().map(Invoice::issued),
            invoices.stream().map(Invoice::paid),
            payments.stream().map(Payment::date))
        .flatMap(s -> s)
        .filter(d -> d != null);
  }
}
