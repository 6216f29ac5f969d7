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
    // the columns' days, without a record per row
    Tickets ticketColumns = Tickets.of(tickets);
    for (int i = 0; i < ticketColumns.size(); i++) {
      range.add(ticketColumns.openedDay(i));
      range.add(ticketColumns.closedDay(i));
    }
    TimeEntries entryColumns = TimeEntries.of(timeEntries);
    for (int i = 0; i < entryColumns.size(); i++) {
      int day = entryColumns.epochDay(i);
      range.add(day == Integer.MIN_VALUE ? Long.MIN_VALUE : day);
    }
    for (Invoice invoice : invoices) {
      range.add(invoice.issued());
      range.add(invoice.paid());
    }
    for (Payment payment : payments) {
      range.add(payment.date());
    }
    return range.found ? LocalDate.ofEpochDay(range.best) : null;
  }

  /** The latest (or earliest) of the days added, ignoring none. */
  private static final class DateRange {
    private final boolean latest;
    private boolean found;
    private long best;

    DateRange(boolean latest) {
      this.latest = latest;
    }

    void add(LocalDate date) {
      if (date != null) {
        add(date.toEpochDay());
      }
    }

    /** Adds an epoch day; {@link Long#MIN_VALUE} for none. */
    void add(long day) {
      if (day != Long.MIN_VALUE && (!found || (latest ? day > best : day < best))) {
        best = day;
        found = true;
      }
    }
  }
}
