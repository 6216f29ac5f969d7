package io.mrrlens.importing;

import io.mrrlens.model.FileKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one row of a canonical file into a record. The mapper reads cells through {@link Row},
 * which collects every bad value; when any was found the row is rejected and the returned record
 * ignored.
 */
interface RecordMapper<T> {

  /** The mapper of a kind of file. */
  static RecordMapper<?> of(FileKind kind) {
    return switch (kind) {
      case TICKETS -> new TicketMapper();
      case TIME -> new TimeEntryMapper();
      case INVOICES -> new InvoiceMapper();
      case PAYMENTS -> new PaymentMapper();
      case CLIENTS -> new ClientMapper();
      case AGREEMENTS -> new AgreementMapper();
    };
  }

  /** The file's columns, in the order the mapper's field indexes use. */
  List<Field> fields();

  /** The index of the column that must be unique, or -1. */
  default int idField() {
    return -1;
  }

  /** The index of the column whose sum is reconciled (amount or hours), or -1. */
  default int amountField() {
    return -1;
  }

  /**
   * An empty list to collect the file's accepted records in: columns for the kinds of many rows (no
   * object kept per row), else a plain list. {@code rows} estimates the file's rows.
   */
  default List<T> newList(int rows) {
    return new ArrayList<>();
  }

  /** The record of the row; may return null when the row has problems. */
  T map(Row row);
}
