package io.mrrlens.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A support ticket. {@code opened} and {@code closed} keep the time of day when the export gave one
 * (midnight otherwise); {@code closed} is null while the ticket is open. Optional text is null when
 * absent.
 */
public record Ticket(
    String id,
    String client,
    LocalDateTime opened,
    LocalDateTime closed,
    String priority,
    String type,
    String source,
    String summary)
    implements ClientRecord<Ticket> {

  /** The day the ticket was opened. */
  public LocalDate openedDate() {
    return opened.toLocalDate();
  }

  /** The day the ticket was closed, or null while it is open. */
  public LocalDate closedDate() {
    return closed == null ? null : closed.toLocalDate();
  }

  @Override
  public Ticket withClient(String name) {
    return new Ticket(id, name, opened, closed, priority, type, source, summary);
  }
}
