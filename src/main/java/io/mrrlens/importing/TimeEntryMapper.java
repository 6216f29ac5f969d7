package io.mrrlens.importing;

import io.mrrlens.model.ChargeTo;
import io.mrrlens.model.TimeEntries;
import io.mrrlens.model.TimeEntry;
import java.math.BigDecimal;
import java.util.List;

/**
 * time.csv: entry_id, client, ticket_id, technician, date, hours, billable, work_type, charge_to,
 * rate.
 */
final class TimeEntryMapper implements RecordMapper<TimeEntry> {
  private static final int ID = 0;
  private static final int CLIENT = 1;
  private static final int TICKET = 2;
  private static final int TECHNICIAN = 3;
  private static final int DATE = 4;
  private static final int HOURS = 5;
  private static final int BILLABLE = 6;
  private static final int WORK_TYPE = 7;
  private static final int CHARGE_TO = 8;
  private static final int RATE = 9;
  private static final List<Field> FIELDS =
      List.of(
          Field.optional("entry_id"),
          Field.required("client"),
          Field.optional("ticket_id"),
          Field.optional("technician"),
          Field.requiredDate("date"),
          Field.required("hours"),
          Field.optional("billable"),
          Field.optional("work_type"),
          Field.optional("charge_to"),
          Field.optional("rate"));
  private static final Choices<ChargeTo> CHARGE_TO_VALUES = Choices.of(ChargeTo.class);

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public int idField() {
    return ID;
  }

  @Override
  public List<TimeEntry> newList(int rows) {
    return new TimeEntries(rows);
  }

  @Override
  public int amountField() {
    return HOURS;
  }

  @Override
  public TimeEntry map(Row row) {
    String id = row.text(ID);
    String client = row.client(CLIENT);
    var date = row.date(DATE, true);
    BigDecimal hours = row.hours(HOURS);
    boolean billable = row.bool(BILLABLE, true);
    ChargeTo chargeTo = row.choice(CHARGE_TO, CHARGE_TO_VALUES);
    BigDecimal rate = row.money(RATE, false);
    return new TimeEntry(
        id,
        client,
        row.text(TICKET),
        row.word(TECHNICIAN),
        date,
        hours,
        billable,
        row.word(WORK_TYPE),
        chargeTo,
        rate);
  }
}
