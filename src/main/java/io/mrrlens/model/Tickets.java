package io.mrrlens.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Tickets stored as columns: IDs and summaries packed as text, clients, priorities, types and
 * sources as codes of a dictionary, opened and closed as seconds since the epoch (with the
 * nanoseconds aside when a time has any). No object is kept per ticket; {@link #get} makes an equal
 * {@link Ticket} on demand, and the analysis reads the columns directly.
 */
public final class Tickets extends AbstractList<Ticket> implements RandomAccess {
  /** The seconds of no time: a ticket still open has no closing time. */
  public static final long NONE = Long.MIN_VALUE;

  private final TextColumn id;
  private final WordColumn client;
  private final WordColumn priority;
  private final WordColumn type;
  private final WordColumn source;
  private final TextColumn summary;
  private long[] opened;
  private long[] closed;
  private int[] openedNanos;
  private int[] closedNanos;
  private int size;

  /** No tickets yet. */
  public Tickets() {
    this(16);
  }

  /**
   * No tickets yet, with room for about {@code rows} (a file's estimate: the columns are not copied
   * to grow while it is read).
   */
  public Tickets(int rows) {
    this(
        new TextColumn(rows, rows * 10),
        new WordColumn(rows),
        new WordColumn(rows),
        new WordColumn(rows),
        new WordColumn(rows),
        new TextColumn(rows, rows * 40),
        new long[Math.max(16, rows)],
        new long[Math.max(16, rows)],
        null,
        null,
        0);
  }

  private Tickets(
      TextColumn id,
      WordColumn client,
      WordColumn priority,
      WordColumn type,
      WordColumn source,
      TextColumn summary,
      long[] opened,
      long[] closed,
      int[] openedNanos,
      int[] closedNanos,
      int size) {
    this.id = id;
    this.client = client;
    this.priority = priority;
    this.type = type;
    this.source = source;
    this.summary = summary;
    this.opened = opened;
    this.closed = closed;
    this.openedNanos = openedNanos;
    this.closedNanos = closedNanos;
    this.size = size;
  }

  /**
   * Writes the tickets column by column (for the import cache); {@link #read} gives them back
   * equal, in the same order.
   */
  public void write(DataOutput out) throws IOException {
    out.writeInt(size);
    id.write(out);
    client.write(out);
    priority.write(out);
    type.write(out);
    source.write(out);
    summary.write(out);
    Columns.writeLongs(out, opened, size);
    Columns.writeLongs(out, closed, size);
    out.writeBoolean(openedNanos != null);
    if (openedNanos != null) {
      Columns.writeInts(out, openedNanos, size);
      Columns.writeInts(out, closedNanos, size);
    }
  }

  /**
   * The tickets as {@link #write} wrote them.
   *
   * @param limit the bytes left to read, which no count read may exceed
   * @throws IOException when the bytes are not such tickets
   */
  public static Tickets read(DataInput in, long limit) throws IOException {
    int size = Columns.count(in, limit, 1);
    TextColumn id = TextColumn.read(in, limit);
    WordColumn client = WordColumn.read(in, limit);
    WordColumn priority = WordColumn.read(in, limit);
    WordColumn type = WordColumn.read(in, limit);
    WordColumn source = WordColumn.read(in, limit);
    TextColumn summary = TextColumn.read(in, limit);
    Columns.checkSizes(
        size,
        id.size(),
        client.size(),
        priority.size(),
        type.size(),
        source.size(),
        summary.size());
    long[] opened = Columns.readLongs(in, size);
    long[] closed = Columns.readLongs(in, size);
    int[] openedNanos = null;
    int[] closedNanos = null;
    if (in.readBoolean()) {
      openedNanos = Columns.readInts(in, size);
      closedNanos = Columns.readInts(in, size);
      for (int i = 0; i < size; i++) {
        Columns.check(
            openedNanos[i] >= 0
                && openedNanos[i] < 1_000_000_000
                && closedNanos[i] >= 0
                && closedNanos[i] < 1_000_000_000,
            "nanoseconds out of range");
      }
    }
    return new Tickets(
        id,
        client,
        priority,
        type,
        source,
        summary,
        opened,
        closed,
        openedNanos,
        closedNanos,
        size);
  }

  /** The tickets of a list, as columns (the list itself when it is columns already). */
  public static Tickets of(List<Ticket> tickets) {
    if (tickets instanceof Tickets columns) {
      return columns;
    }
    Tickets columns = new Tickets();
    columns.addAll(tickets);
    return columns;
  }

  @Override
  public boolean add(Ticket ticket) {
    add(
        ticket.id(),
        ticket.client(),
        seconds(ticket.opened()),
        nanos(ticket.opened()),
        seconds(ticket.closed()),
        nanos(ticket.closed()),
        ticket.priority(),
        ticket.type(),
        ticket.source(),
        ticket.summary());
    return true;
  }

  /**
   * Appends a ticket given as the values its columns keep, as an import reads it without making a
   * {@link Ticket}: opened and closed as seconds since the epoch (the wall time taken as UTC) and
   * nanoseconds, closed {@link #NONE} while open. Equal to adding the ticket of those values.
   */
  public void add(
      String id,
      String client,
      long opened,
      int openedNano,
      long closed,
      int closedNano,
      String priority,
      String type,
      String source,
      String summary) {
    if (size == this.opened.length) {
      int grown = size + (size >> 1) + 16;
      this.opened = Arrays.copyOf(this.opened, grown);
      this.closed = Arrays.copyOf(this.closed, grown);
      if (openedNanos != null) {
        openedNanos = Arrays.copyOf(openedNanos, grown);
        closedNanos = Arrays.copyOf(closedNanos, grown);
      }
    }
    this.id.add(id);
    this.client.add(client);
    this.priority.add(priority);
    this.type.add(type);
    this.source.add(source);
    this.summary.add(summary);
    this.opened[size] = opened;
    this.closed[size] = closed;
    if ((openedNano != 0 || closedNano != 0) && openedNanos == null) {
      openedNanos = new int[this.opened.length];
      closedNanos = new int[this.opened.length];
    }
    if (openedNanos != null) {
      openedNanos[size] = openedNano;
      closedNanos[size] = closedNano;
    }
    size++;
    modCount++;
  }

  /** Appends the tickets; another list of columns is appended column by column. */
  @Override
  public boolean addAll(Collection<? extends Ticket> tickets) {
    if (!(tickets instanceof Tickets other)) {
      return super.addAll(tickets);
    }
    int grown = size + other.size;
    if (opened.length < grown) {
      opened = Arrays.copyOf(opened, grown);
      closed = Arrays.copyOf(closed, grown);
      if (openedNanos != null) {
        openedNanos = Arrays.copyOf(openedNanos, grown);
        closedNanos = Arrays.copyOf(closedNanos, grown);
      }
    }
    if (other.openedNanos != null && openedNanos == null) {
      openedNanos = new int[opened.length];
      closedNanos = new int[opened.length];
    }
    id.addAll(other.id);
    client.addAll(other.client);
    priority.addAll(other.priority);
    type.addAll(other.type);
    source.addAll(other.source);
    summary.addAll(other.summary);
    System.arraycopy(other.opened, 0, opened, size, other.size);
    System.arraycopy(other.closed, 0, closed, size, other.size);
    if (other.openedNanos != null) {
      System.arraycopy(other.openedNanos, 0, openedNanos, size, other.size);
      System.arraycopy(other.closedNanos, 0, closedNanos, size, other.size);
    }
    size = grown;
    modCount++;
    return other.size > 0;
  }

  private static long seconds(LocalDateTime time) {
    return time == null ? NONE : time.toEpochSecond(ZoneOffset.UTC);
  }

  private static int nanos(LocalDateTime time) {
    return time == null ? 0 : time.getNano();
  }

  private static LocalDateTime time(long seconds, int[] nanos, int i) {
    return seconds == NONE
        ? null
        : LocalDateTime.ofEpochSecond(seconds, nanos == null ? 0 : nanos[i], ZoneOffset.UTC);
  }

  @Override
  public Ticket get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return new Ticket(
        id.get(i),
        client.get(i),
        time(opened[i], openedNanos, i),
        time(closed[i], closedNanos, i),
        priority.get(i),
        type.get(i),
        source.get(i),
        summary.get(i));
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * The same tickets with the clients' spellings replaced ({@code names.get(client)} where
   * present), sharing every column but the clients'.
   */
  public Tickets withClients(Map<String, String> names) {
    trim();
    return new Tickets(
        id,
        client.renamed(names),
        priority,
        type,
        source,
        summary,
        opened,
        closed,
        openedNanos,
        closedNanos,
        size);
  }

  private void trim() {
    if (Columns.wasteful(opened.length, size)) {
      opened = Arrays.copyOf(opened, size);
      closed = Arrays.copyOf(closed, size);
      if (openedNanos != null) {
        openedNanos = Arrays.copyOf(openedNanos, size);
        closedNanos = Arrays.copyOf(closedNanos, size);
      }
    }
    id.trim();
    client.trim();
    priority.trim();
    type.trim();
    source.trim();
    summary.trim();
  }

  /** The ticket IDs. */
  public TextColumn ids() {
    return id;
  }

  /** The clients, as codes of a dictionary. */
  public WordColumn clients() {
    return client;
  }

  /** The types, as codes of a dictionary. */
  public WordColumn types() {
    return type;
  }

  /** The day ticket {@code i} was opened, as an epoch day, or {@link Long#MIN_VALUE} if none. */
  public long openedDay(int i) {
    return opened[i] == NONE ? NONE : Math.floorDiv(opened[i], 86_400L);
  }

  /** The day ticket {@code i} was closed, as an epoch day, or {@link Long#MIN_VALUE} while open. */
  public long closedDay(int i) {
    return closed[i] == NONE ? NONE : Math.floorDiv(closed[i], 86_400L);
  }
}
