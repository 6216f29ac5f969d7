package io.mrrlens.importing;

import io.mrrlens.model.FileKind;
import io.mrrlens.model.ImportWarning;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Quoted;
import io.mrrlens.model.Ticket;
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
      Set<String> tickets = new HashSet<>();
      for (BooksImporter.LoadedFile file : loaded.get(FileKind.TICKETS)) {
        file.result().records().forEach(r -> tickets.add(((Ticket) r).id()));
      }
      for (BooksImporter.LoadedFile file : loaded.getOrDefault(FileKind.TIME, List.of())) {
        List<?> records = file.result().records();
        for (int i = 0; i < records.size(); i++) {
          String ticket = ((TimeEntry) records.get(i)).ticketId();
          if (ticket != null && !tickets.contains(ticket)) {
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
}
