package io.mrrlens.importing;

import io.mrrlens.model.Ticket;
import io.mrrlens.model.Tickets;
import java.time.LocalDateTime;
import java.util.List;

/** tickets.csv: ticket_id, client, opened, closed, priority, type, source, summary. */
final class TicketMapper implements RecordMapper<Ticket> {
  private static final int ID = 0;
  private static final int CLIENT = 1;
  private static final int OPENED = 2;
  private static final int CLOSED = 3;
  private static final int PRIORITY = 4;
  private static final int TYPE = 5;
  private static final int SOURCE = 6;
  private static final int SUMMARY = 7;
  private static final List<Field> FIELDS =
      List.of(
          Field.required("ticket_id"),
          Field.required("client"),
          Field.requiredDate("opened"),
          Field.optionalDate("closed"),
          Field.optional("priority"),
          Field.optional("type"),
          Field.optional("source"),
          Field.optional("summary"));

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public int idField() {
    return ID;
  }

  @Override
  public List<Ticket> newList(int rows) {
    return new Tickets(rows);
  }

  @Override
  public Ticket map(Row row) {
    String id = row.required(ID);
    String client = row.client(CLIENT);
    LocalDateTime opened = row.dateTime(OPENED, true);
    LocalDateTime closed = row.dateTime(CLOSED, false);
    if (opened != null && closed != null && closesBeforeOpening(row, opened, closed)) {
      row.reject(CLOSED, "is before opened \"" + row.text(OPENED) + "\"");
    }
    return new Ticket(
        id,
        client,
        opened,
        closed,
        row.word(PRIORITY),
        row.word(TYPE),
        row.word(SOURCE),
        row.text(SUMMARY));
  }

  /** Compares times only when both cells carry one; a date alone compares by day. */
  private static boolean closesBeforeOpening(Row row, LocalDateTime opened, LocalDateTime closed) {
    if (row.hasTime(OPENED) && row.hasTime(CLOSED)) {
      return closed.isBefore(opened);
    }
    return closed.toLocalDate().isBefore(opened.toLocalDate());
  }
}
