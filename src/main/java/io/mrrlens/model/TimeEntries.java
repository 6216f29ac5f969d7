package io.mrrlens.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Time entries stored as columns: IDs and ticket IDs packed as text, clients, technicians and work
 * types as codes of a dictionary, dates as epoch days, hours and rates as exact unscaled numbers.
 * No object is kept per entry; {@link #get} makes an equal {@link TimeEntry} on demand, and the
 * analysis reads the columns directly.
 */
public final class TimeEntries extends AbstractList<TimeEntry> implements RandomAccess {
  private static final int NO_DATE = Integer.MIN_VALUE;
  private static final ChargeTo[] CHARGES = ChargeTo.values();
  private final TextColumn id;
  private final WordColumn client;
  private final TextColumn ticket;
  private final WordColumn technician;
  private final WordColumn workType;
  private final DecimalColumn hours;
  private final DecimalColumn rate;
  private int[] day;
  private boolean[] billable;
  private byte[] chargeTo;
  private int size;

  /** No entries yet. */
  public TimeEntries() {
    this(16);
  }

  /**
   * No entries yet, with room for about {@code rows} (a file's estimate: the columns are not copied
   * to grow while it is read).
   */
  public TimeEntries(int rows) {
    this(
        new TextColumn(rows, rows * 10),
        new WordColumn(rows),
        new TextColumn(rows, rows * 10),
        new WordColumn(rows),
        new WordColumn(rows),
        new DecimalColumn(rows),
        new DecimalColumn(rows),
        new int[Math.max(16, rows)],
        new boolean[Math.max(16, rows)],
        new byte[Math.max(16, rows)],
        0);
  }

  private TimeEntries(
      TextColumn id,
      WordColumn client,
      TextColumn ticket,
      WordColumn technician,
      WordColumn workType,
      DecimalColumn hours,
      DecimalColumn rate,
      int[] day,
      boolean[] billable,
      byte[] chargeTo,
      int size) {
    this.id = id;
    this.client = client;
    this.ticket = ticket;
    this.technician = technician;
    this.workType = workType;
    this.hours = hours;
    this.rate = rate;
    this.day = day;
    this.billable = billable;
    this.chargeTo = chargeTo;
    this.size = size;
  }

  /**
   * Writes the entries column by column (for the import cache); {@link #read} gives them back
   * equal, in the same order.
   */
  public void write(DataOutput out) throws IOException {
    out.writeInt(size);
    id.write(out);
    client.write(out);
    ticket.write(out);
    technician.write(out);
    workType.write(out);
    hours.write(out);
    rate.write(out);
    Columns.writeInts(out, day, size);
    Columns.writeBooleans(out, billable, size);
    Columns.writeBytes(out, chargeTo, size);
  }

  /**
   * The entries as {@link #write} wrote them.
   *
   * @param limit the bytes left to read, which no count read may exceed
   * @throws IOException when the bytes are not such entries
   */
  public static TimeEntries read(DataInput in, long limit) throws IOException {
    int size = Columns.count(in, limit, 1);
    TextColumn id = TextColumn.read(in, limit);
    WordColumn client = WordColumn.read(in, limit);
    TextColumn ticket = TextColumn.read(in, limit);
    WordColumn technician = WordColumn.read(in, limit);
    WordColumn workType = WordColumn.read(in, limit);
    DecimalColumn hours = DecimalColumn.read(in, limit);
    DecimalColumn rate = DecimalColumn.read(in, limit);
    Columns.checkSizes(
        size,
        id.size(),
        client.size(),
        ticket.size(),
        technician.size(),
        workType.size(),
        hours.size(),
        rate.size());
    int[] day = Columns.readInts(in, size);
    boolean[] billable = Columns.readBooleans(in, size);
    byte[] chargeTo = Columns.readBytes(in, size);
    for (int i = 0; i < size; i++) {
      Columns.check(chargeTo[i] >= -1 && chargeTo[i] < CHARGES.length, "an unknown charge");
    }
    return new TimeEntries(
        id, client, ticket, technician, workType, hours, rate, day, billable, chargeTo, size);
  }

  /** The entries of a list, as columns (the list itself when it is columns already). */
  public static TimeEntries of(List<TimeEntry> entries) {
    if (entries instanceof TimeEntries columns) {
      return columns;
    }
    TimeEntries columns = new TimeEntries();
    columns.addAll(entries);
    return columns;
  }

  @Override
  public boolean add(TimeEntry entry) {
    makeRoom();
    id.add(entry.id());
    client.add(entry.client());
    ticket.add(entry.ticketId());
    technician.add(entry.technician());
    workType.add(entry.workType());
    hours.add(entry.hours());
    rate.add(entry.rate());
    // a date beyond an int of days (past the year 5,000,000) fails rather than wraps
    day[size] = entry.date() == null ? NO_DATE : Math.toIntExact(entry.date().toEpochDay());
    billable[size] = entry.billable();
    chargeTo[size] = (byte) (entry.chargeTo() == null ? -1 : entry.chargeTo().ordinal());
    size++;
    modCount++;
    return true;
  }

  /**
   * Appends an entry given as the values its columns keep, as an import reads it without making a
   * {@link TimeEntry}: the date as an epoch day ({@link Long#MIN_VALUE} for none), hours and rate
   * as unscaled digits and a scale (below 0 for none). Equal to adding the entry of those values.
   */
  public void add(
      String id,
      String client,
      String ticketId,
      String technician,
      long epochDay,
      long hours,
      int hoursScale,
      boolean billable,
      String workType,
      ChargeTo chargeTo,
      long rate,
      int rateScale) {
    makeRoom();
    this.id.add(id);
    this.client.add(client);
    ticket.add(ticketId);
    this.technician.add(technician);
    this.workType.add(workType);
    this.hours.add(hours, hoursScale);
    this.rate.add(rate, rateScale);
    day[size] = epochDay == Long.MIN_VALUE ? NO_DATE : Math.toIntExact(epochDay);
    this.billable[size] = billable;
    this.chargeTo[size] = (byte) (chargeTo == null ? -1 : chargeTo.ordinal());
    size++;
    modCount++;
  }

  private void makeRoom() {
    if (size == day.length) {
      int grown = size + (size >> 1) + 16;
      day = Arrays.copyOf(day, grown);
      billable = Arrays.copyOf(billable, grown);
      chargeTo = Arrays.copyOf(chargeTo, grown);
    }
  }

  /** Appends the entries; another list of columns is appended column by column. */
  @Override
  public boolean addAll(Collection<? extends TimeEntry> entries) {
    if (!(entries instanceof TimeEntries other)) {
      return super.addAll(entries);
    }
    if (day.length - size < other.size) {
      int grown = size + other.size;
      day = Arrays.copyOf(day, grown);
      billable = Arrays.copyOf(billable, grown);
      chargeTo = Arrays.copyOf(chargeTo, grown);
    }
    id.addAll(other.id);
    client.addAll(other.client);
    ticket.addAll(other.ticket);
    technician.addAll(other.technician);
    workType.addAll(other.workType);
    hours.addAll(other.hours);
    rate.addAll(other.rate);
    System.arraycopy(other.day, 0, day, size, other.size);
    System.arraycopy(other.billable, 0, billable, size, other.size);
    System.arraycopy(other.chargeTo, 0, chargeTo, size, other.size);
    size += other.size;
    modCount++;
    return other.size > 0;
  }

  @Override
  public TimeEntry get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return new TimeEntry(
        id.get(i),
        client.get(i),
        ticket.get(i),
        technician.get(i),
        day[i] == NO_DATE ? null : LocalDate.ofEpochDay(day[i]),
        hours.get(i),
        billable[i],
        workType.get(i),
        chargeTo[i] < 0 ? null : CHARGES[chargeTo[i]],
        rate.get(i));
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * The same entries with the clients' spellings replaced ({@code names.get(client)} where
   * present), sharing every column but the clients'.
   */
  public TimeEntries withClients(Map<String, String> names) {
    trim();
    return new TimeEntries(
        id,
        client.renamed(names),
        ticket,
        technician,
        workType,
        hours,
        rate,
        day,
        billable,
        chargeTo,
        size);
  }

  private void trim() {
    if (Columns.wasteful(day.length, size)) {
      day = Arrays.copyOf(day, size);
      billable = Arrays.copyOf(billable, size);
      chargeTo = Arrays.copyOf(chargeTo, size);
    }
    id.trim();
    client.trim();
    ticket.trim();
    technician.trim();
    workType.trim();
    hours.trim();
    rate.trim();
  }

  /** The clients, as codes of a dictionary. */
  public WordColumn clients() {
    return client;
  }

  /** The ticket IDs (null when none). */
  public TextColumn ticketIds() {
    return ticket;
  }

  /** The work types, as codes of a dictionary. */
  public WordColumn workTypes() {
    return workType;
  }

  /** The hours. */
  public DecimalColumn hours() {
    return hours;
  }

  /** The date of entry {@code i} as an epoch day. */
  public int epochDay(int i) {
    return day[i];
  }

  /** True when entry {@code i} is billable. */
  public boolean billable(int i) {
    return billable[i];
  }

  /** What entry {@code i} is charged to, or null. */
  public ChargeTo chargeTo(int i) {
    return chargeTo[i] < 0 ? null : CHARGES[chargeTo[i]];
  }
}
