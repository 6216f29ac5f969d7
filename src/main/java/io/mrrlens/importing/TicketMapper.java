package io.mrrlens.importing;

import io.mrrlens.model.Ticket;
import io.mrrlens.model.Tickets;
import java.util.List;

/**
 * tickets.csv: ticket_id, client, opened, closed, priority, type, source, summary. Reads each row
 * straight into the columns of {@link Tickets}: no record or date-time object is made for a row of
 * plain ISO times.
 */
final class TicketMapper implements RecordMapper<Ticket> {
  private static final int ID = 0;
  private static final int CLIENT = 1;
  private static final int OPENED = 2;
  private static final int CLOSED = 3;
  private static final int PRIORITY = 4;
  private static final int TYPE = 5;
  private static final int SOURCE = 6;
  private static final int SUMMARY = 7;
  private static final long SECONDS_PER_DAY = 86_400;
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

  // the row read last, as the columns keep it
  private String id;
  private String client;
  private long opened;
  private int openedNano;
  private long closed;
  private int closedNano;
  private String priority;
  private String type;
  private String source;
  private String summary;

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
  public RecordMapper<Ticket> forReading() {
    return new TicketMapper();
  }

  /** Keeps the row's values for {@link #add}; makes no record. */
  @Override
  public Ticket map(Row row) {
    id = row.required(ID);
    client = row.client(CLIENT);
    opened = row.epochSecond(OPENED, true);
    openedNano = row.nano();
    closed = row.epochSecond(CLOSED, false);
    closedNano = row.nano();
    if (opened != DateParser.NO_SECOND
        && closed != DateParser.NO_SECOND
        && closesBeforeOpening(row)) {
      row.reject(CLOSED, "is before opened \"" + row.text(OPENED) + "\"");
    }
    priority = row.word(PRIORITY);
    type = row.word(TYPE);
    source = row.word(SOURCE);
    summary = row.text(SUMMARY);
    return null;
  }

  @Override
  public void add(Ticket none, List<Ticket> records) {
    ((Tickets) records)
        .add(id, client, opened, openedNano, closed, closedNano, priority, type, source, summary);
  }

  /** Compares times only when both cells carry one; a date alone compares by day. */
  private boolean closesBeforeOpening(Row row) {
    if (row.hasTime(OPENED) && row.hasTime(CLOSED)) {
      return closed < opened || (closed == opened && closedNano < openedNano);
    }
    return Math.floorDiv(closed, SECONDS_PER_DAY) < Math.floorDiv(opened, SECONDS_PER_DAY);
  }
}
