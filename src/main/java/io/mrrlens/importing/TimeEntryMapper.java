package io.mrrlens.importing;

import io.mrrlens.model.ChargeTo;
import io.mrrlens.model.TimeEntries;
import io.mrrlens.model.TimeEntry;
import java.util.List;

/**
 * time.csv: entry_id, client, ticket_id, technician, date, hours, billable, work_type, charge_to,
 * rate. Reads each row straight into the columns of {@link TimeEntries}: no record, date, hours or
 * rate object is made for a row of plain values.
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

  // the row read last, as the columns keep it
  private String id;
  private String client;
  private String ticket;
  private String technician;
  private long day;
  private long hours;
  private int hoursScale;
  private boolean billable;
  private String workType;
  private ChargeTo chargeTo;
  private long rate;
  private int rateScale;

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
  public RecordMapper<TimeEntry> forReading() {
    return new TimeEntryMapper();
  }

  /** Keeps the row's values for {@link #add}; makes no record. */
  @Override
  public TimeEntry map(Row row) {
    id = row.text(ID);
    client = row.client(CLIENT);
    day = row.epochDay(DATE, true);
    hours = row.hoursDigits(HOURS);
    hoursScale = row.scale();
    billable = row.bool(BILLABLE, true);
    chargeTo = row.choice(CHARGE_TO, CHARGE_TO_VALUES);
    rate = row.moneyDigits(RATE, false);
    rateScale = row.scale();
    ticket = row.text(TICKET);
    technician = row.word(TECHNICIAN);
    workType = row.word(WORK_TYPE);
    return null;
  }

  @Override
  public void add(TimeEntry none, List<TimeEntry> records) {
    ((TimeEntries) records)
        .add(
            id,
            client,
            ticket,
            technician,
            day,
            hours,
            hoursScale,
            billable,
            workType,
            chargeTo,
            rate,
            rateScale);
  }
}
