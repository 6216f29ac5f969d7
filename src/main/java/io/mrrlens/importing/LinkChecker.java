package io.mrrlens.importing;

import io.mrrlens.model.FileKind;
import io.mrrlens.model.ImportWarning;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Quoted;
import io.mrrlens.model.TextColumn;
import io.mrrlens.model.Ticket;
import io.mrrlens.model.Tickets;
import io.mrrlens.model.TimeEntries;
import io.mrrlens.model.TimeEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links between files that keep a row but earn a warning: a time entry whose ticket is not in
 * the tickets files, a payment for an invoice that is not in the invoices files.
 */
final class LinkChecker {
  private LinkChecker() {}

  static List<ImportWarning> check(Map<FileKind, List<BooksImporter.LoadedFile>> loaded) {
    List<ImportWarning> warnings = new ArrayList<>();
    if (loaded.containsKey(FileKind.TICKETS)) {
      // the IDs are looked up in the tickets' columns, without a String or set entry per ticket
      List<TextColumn.Index> tickets = new ArrayList<>();
      for (BooksImporter.LoadedFile file : loaded.get(FileKind.TICKETS)) {
        tickets.add(new TextColumn.Index(Tickets.of(ticketList(file)).ids(), null));
      }
      for (BooksImporter.LoadedFile file : loaded.getOrDefault(FileKind.TIME, List.of())) {
        TextColumn ids = TimeEntries.of(entryList(file)).ticketIds();
        boolean previousFound = false;
        for (int i = 0; i < ids.size(); i++) {
          if (ids.isNull(i)) {
            continue;
          }
          // a ticket's entries often follow one another: the same ID is looked up once
          boolean again = i > 0 && ids.sameText(i, ids, i - 1);
          previousFound = again ? previousFound : found(tickets, ids, i);
          if (!previousFound) {
            String ticket = ids.get(i);
            warnings.add(
                new ImportWarning(
                    file.name(),
                    file.result().lines()[i],
                    "unknown-ticket",
                    "ticket_id " + Quoted.of(ticket) + " is not in the tickets files"));
          }
        }
      }
    }
    if (loaded.containsKey(FileKind.PAYMENTS)) {
      Set<String> invoices = new HashSet<>();
      for (BooksImporter.LoadedFile file : loaded.getOrDefault(FileKind.INVOICES, List.of())) {
        file.result().records().forEach(r -> invoices.add(((Invoice) r).id()));
      }
      for (BooksImporter.LoadedFile file : loaded.get(FileKind.PAYMENTS)) {
        List<?> records = file.result().records();
        for (int i = 0; i < records.size(); i++) {
          String invoice = ((Payment) records.get(i)).invoiceId();
          if (invoice != null && !invoices.contains(invoice)) {
            warnings.add(
                new ImportWarning(
                    file.name(),
                    file.result().lines()[i],
                    "unknown-invoice",
                    "invoice_id " + Quoted.of(invoice) + " is not in the invoices files"));
          }
        }
      }
    }
    return warnings;
  }

  private static boolean found(List<TextColumn.Index> indexes, TextColumn ids, int i) {
    for (TextColumn.Index index : indexes) {
      if (index.find(ids, i) >= 0) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static List<Ticket> ticketList(BooksImporter.LoadedFile file) {
    return (List<Ticket>) file.result().records();
  }

  @SuppressWarnings("unchecked")
  private static List<TimeEntry> entryList(BooksImporter.LoadedFile file) {
    return (List<TimeEntry>) file.result().records();
  }
}
