package io.mrrlens.importing;

import io.mrrlens.model.FileKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one row of a canonical file into a record, or into the columns of its list. The mapper
 * reads cells through {@link Row}, which collects every bad value; when any was found the row is
 * rejected and what the mapper read ignored.
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

  /**
   * The mapper for one reading of a file (each part of a file read on two cores has its own): this
   * one, unless it keeps the row it read for {@link #add}.
   */
  default RecordMapper<T> forReading() {
    return this;
  }

  /**
   * Reads the row: its record, which may be null when the row has problems; or, for a mapper that
   * reads rows straight into the columns of its list, null and the row's values kept for {@link
   * #add}.
   */
  T map(Row row);

  /** Adds the row {@link #map} read last, accepted, to the list: its record or kept values. */
  default void add(T record, List<T> records) {
    records.add(record);
  }
}
