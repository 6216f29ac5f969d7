package io.mrrlens.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Time a technician spent for a client on one day. Hours are exact decimals in (0, 24]. Optional
 * fields are null when absent; {@code billable} defaults to true.
 */
public record TimeEntry(
    String id,
    String client,
    String ticketId,
    String technician,
    LocalDate date,
    BigDecimal hours,
    boolean billable,
    String workType,
    ChargeTo chargeTo,
    BigDecimal rate)
    implements ClientRecord<TimeEntry> {
  @Override
  public TimeEntry withClient(String name) {
    return new TimeEntry(
        id, name, ticketId, technician, date, hours, billable, workType, chargeTo, rate);
  }
}
