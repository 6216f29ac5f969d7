package io.mrrlens.importing;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.mrrlens.model.Agreement;
import io.mrrlens.model.AgreementType;
import io.mrrlens.model.Books;
import io.mrrlens.model.Client;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.FileLayout;
import io.mrrlens.model.FileNumbers;
import io.mrrlens.model.ImportWarning;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.InvoiceKind;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Rejection;
import io.mrrlens.model.Tickets;
import io.mrrlens.model.TimeEntries;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The import cache's payload: a {@link Books} as compact binary. The records of few rows (clients,
 * invoices, payments, agreements, files, rejections, warnings) come first: a text that repeats
 * (client, file name) is written once in a dictionary and referred to by its index; IDs, which
 * seldom repeat, are written in place; dates are epoch days; decimals are an unscaled {@code long}
 * and a scale (a byte array when the unscaled value does not fit a {@code long}); enums are
 * ordinals. The tickets and time entries follow as their columns, array by array ({@link
 * Tickets#write}, {@link TimeEntries#write}), with no record made per row either way. Decoding
 * gives records equal to the ones encoded, lists and maps in the same order. The payload is
 * checksummed by {@link ImportCache}; a payload that does not decode throws {@link IOException}.
 */
final class BooksCodec {
  private static final long NO_DATE = Long.MIN_VALUE;

  private BooksCodec() {}

  /** The books as bytes. */
  static byte[] encode(Books books) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
      ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
      encode(books, bytes, body, () -> body.writeTo(bytes));
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the books' payload to {@code out}, its body first to a scratch file (the dictionary that
   * precedes it is known only once the body is written), so the payload is never whole in memory
   * next to the books.
   */
  static void encode(Books books, OutputStream out, Path scratch) throws IOException {
    try (OutputStream body = Files.newOutputStream(scratch)) {
      encode(
          books,
          out,
          body,
          () -> {
            body.close();
            Files.copy(scratch, out);
          });
    }
  }

  /** Copies the body, once written, after the dictionary. */
  private interface BodyCopy {
    void run() throws IOException;
  }

  private static void encode(Books books, OutputStream target, OutputStream bodyOut, BodyCopy copy)
      throws IOException {
    Writer body = new Writer(bodyOut);
    body.list(books.clients(), body::client);
    body.list(books.invoices(), body::invoice);
    body.list(books.payments(), body::payment);
    body.list(books.agreements(), body::agreement);
    body.list(books.files(), body::file);
    body.list(books.rejections(), body::rejection);
    body.list(books.warnings(), body::warning);
    body.out.flush();
    DataOutputStream out = new DataOutputStream(target);
    out.writeInt(body.dictionary.size());
    for (String text : body.dictionary) {
      byte[] utf8 = text.getBytes(UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    }
    out.flush();
    copy.run();
    // the many rows, after the rest: their columns carry their own texts, array by array
    Tickets.of(books.tickets()).write(out);
    TimeEntries.of(books.timeEntries()).write(out);
    out.flush();
  }

  /**
   * The books the bytes hold.
   *
   * @throws IOException when the bytes are not a payload this version writes
   */
  static Books decode(byte[] payload) throws IOException {
    return decode(ByteBuffer.wrap(payload));
  }

  /**
   * The books the buffer's remaining bytes hold (a heap buffer).
   *
   * @throws IOException when the bytes are not a payload this version writes
   */
  static Books decode(ByteBuffer payload) throws IOException {
    return decode(new Input(payload, null, 0));
  }

  /**
   * The books of the next {@code length} bytes of a channel, read a window at a time (the payload
   * is never whole in memory next to the books decoded from it), whose CRC32C must be {@code crc}.
   *
   * @throws IOException when the bytes are not a payload this version writes
   */
  static Books decode(ReadableByteChannel channel, long length, int crc) throws IOException {
    Input payload = new Input(ByteBuffer.allocate(WINDOW).flip(), channel, length);
    Books books = decode(payload);
    // checked again as read: bytes changed since the first check are never trusted
    if ((int) payload.check.getValue() != crc) {
      throw new IOException("checksum mismatch");
    }
    return books;
  }

  private static final int WINDOW = 1 << 20;

  private static Books decode(Input payload) throws IOException {
    try {
      Reader in = new Reader(payload);
      int size = in.count();
      in.dictionary = new String[size];
      for (int i = 0; i < size; i++) {
        in.dictionary[i] = in.inline();
      }
      List<Client> clients = in.list(in::client);
      List<Invoice> invoices = in.list(in::invoice);
      List<Payment> payments = in.list(in::payment);
      List<Agreement> agreements = in.list(in::agreement);
      List<FileImport> files = List.copyOf(in.list(in::file));
      List<Rejection> rejections = List.copyOf(in.list(in::rejection));
      List<ImportWarning> warnings = List.copyOf(in.list(in::warning));
      DataInputStream columns = new DataInputStream(payload.stream());
      Tickets tickets = Tickets.read(columns, payload.remaining());
      TimeEntries entries = TimeEntries.read(columns, payload.remaining());
      Books books =
          new Books(
              clients,
              tickets,
              entries,
              invoices,
              payments,
              agreements,
              files,
              rejections,
              warnings);
      if (payload.hasRemaining()) {
        throw new IOException("bytes left after the books");
      }
      return books;
    } catch (RuntimeException e) {
      throw new IOException("the payload does not decode: " + e, e);
    }
  }

  /**
   * The payload's bytes: all in memory, or a window of them refilled from a channel as they are
   * read. Reading past the end throws {@link BufferUnderflowException}, a failure to read {@link
   * UncheckedIOException}: either makes the payload one that does not decode.
   */
  private static final class Input {
    private ByteBuffer buffer;
    private final ReadableByteChannel channel;
    private final CRC32C check = new CRC32C();
    private long unread;

    Input(ByteBuffer buffer, ReadableByteChannel channel, long unread) {
      this.buffer = buffer;
      this.channel = channel;
      this.unread = unread;
    }

    private ByteBuffer need(int n) {
      if (buffer.remaining() >= n) {
        return buffer;
      }
      if (channel == null || buffer.remaining() + unread < n) {
        throw new BufferUnderflowException();
      }
      if (n > buffer.capacity()) {
        buffer = ByteBuffer.allocate(n).put(buffer).flip();
      }
      buffer.compact();
      try {
        while (buffer.position() < n) {
          int room = (int) Math.min(buffer.remaining(), unread);
          ByteBuffer window = buffer.slice().limit(room);
          int read = channel.read(window);
          if (read < 0) {
            throw new BufferUnderflowException();
          }
          check.update(window.flip());
          buffer.position(buffer.position() + read);
          unread -= read;
        }
        // read on to fill the window, so that small values do not each cost a read
        int room = (int) Math.min(buffer.remaining(), unread);
        if (room > 0) {
          ByteBuffer window = buffer.slice().limit(room);
          int read = channel.read(window);
          if (read > 0) {
            check.update(window.flip());
            buffer.position(buffer.position() + read);
            unread -= read;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return buffer.flip();
    }

    int getInt() {
      return need(4).getInt();
    }

    int peekInt() {
      ByteBuffer b = need(4);
      return b.getInt(b.position());
    }

    long getLong() {
      return need(8).getLong();
    }

    char getChar() {
      return need(2).getChar();
    }

    byte get() {
      return need(1).get();
    }

    void get(byte[] into) {
      need(into.length).get(into);
    }

    String utf8(int length) {
      ByteBuffer b = need(length);
      String value = new String(b.array(), b.arrayOffset() + b.position(), length, UTF_8);
      b.position(b.position() + length);
      return value;
    }

    long remaining() {
      return buffer.remaining() + unread;
    }

    /** The bytes from here on as a stream, which ends where the payload ends. */
    InputStream stream() {
      return new InputStream() {
        @Override
        public int read() {
          return remaining() == 0 ? -1 : get() & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
          if (length == 0) {
            return 0;
          }
          if (remaining() == 0) {
            return -1;
          }
          ByteBuffer b = need(1);
          int n = Math.min(length, b.remaining());
          b.get(into, offset, n);
          return n;
        }
      };
    }

    boolean hasRemaining() {
      return remaining() > 0;
    }
  }

  /** Writes one value. */
  private interface Put<T> {
    void put(T value) throws IOException;
  }

  /** Reads one value. */
  private interface Get<T> {
    T get() throws IOException;
  }

  private static final class Writer {
    final DataOutputStream out;
    final List<String> dictionary = new ArrayList<>();
    final Map<String, Integer> index = new HashMap<>();

    Writer(OutputStream target) {
      out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
    }

    <T> void list(List<T> values, Put<T> put) throws IOException {
      out.writeInt(values.size());
      for (T value : values) {
        put.put(value);
      }
    }

    void text(String value) throws IOException {
      if (value == null) {
        out.writeInt(-1);
        return;
      }
      Integer at = index.get(value);
      if (at == null) {
        at = dictionary.size();
        dictionary.add(value);
        index.put(value, at);
      }
      out.writeInt(at);
    }

    /** A text that seldom repeats (IDs, summaries): written in place, not in the dictionary. */
    void inline(String value) throws IOException {
      if (value == null) {
        out.writeInt(-1);
        return;
      }
      byte[] utf8 = value.getBytes(UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    }

    void date(LocalDate date) throws IOException {
      out.writeLong(date == null ? NO_DATE : date.toEpochDay());
    }

    void decimal(BigDecimal value) throws IOException {
      if (value == null) {
        out.writeByte(0);
        return;
      }
      BigInteger unscaled = value.unscaledValue();
      if (unscaled.bitLength() < 64) {
        out.writeByte(1);
        out.writeLong(unscaled.longValue());
      } else {
        byte[] big = unscaled.toByteArray();
        out.writeByte(2);
        out.writeInt(big.length);
        out.write(big);
      }
      out.writeInt(value.scale());
    }

    void integer(Integer value) throws IOException {
      out.writeBoolean(value != null);
      if (value != null) {
        out.writeInt(value);
      }
    }

    void ordinal(Enum<?> value) throws IOException {
      out.writeByte(value == null ? -1 : value.ordinal());
    }

    void client(Client c) throws IOException {
      text(c.name());
      integer(c.endpoints());
      integer(c.users());
      date(c.since());
    }

    void invoice(Invoice i) throws IOException {
      inline(i.id());
      text(i.client());
      date(i.issued());
      date(i.due());
      decimal(i.amount());
      date(i.paid());
      decimal(i.balance());
      ordinal(i.kind());
      text(i.description());
    }

    void payment(Payment p) throws IOException {
      inline(p.invoiceId());
      date(p.date());
      decimal(p.amount());
      text(p.client());
    }

    void agreement(Agreement a) throws IOException {
      text(a.client());
      text(a.name());
      ordinal(a.type());
      date(a.start());
      date(a.end());
      decimal(a.monthlyFee());
    }

    void file(FileImport f) throws IOException {
      text(f.file());
      ordinal(f.kind());
      text(f.encoding());
      out.writeChar(f.delimiter());
      text(f.dateFormat());
      out.writeLong(f.rowsRead());
      out.writeLong(f.rowsAccepted());
      out.writeLong(f.rowsRejected());
      text(f.amountColumn());
      decimal(f.amountRead());
      decimal(f.amountAccepted());
      decimal(f.amountRejected());
      out.writeLong(f.unreadableAmounts());
      list(f.unknownColumns(), this::text);
      text(f.rejectsFile());
      FileLayout l = f.layout();
      out.writeBoolean(l != null);
      if (l != null) {
        text(l.profile());
        text(l.system());
        text(l.description());
        text(l.language());
        out.writeLong(l.preambleLines());
        list(List.copyOf(l.skipped().entrySet()), e -> longEntry(e.getKey(), e.getValue()));
        list(List.copyOf(l.skippedAmounts().entrySet()), e -> decimalEntry(e.getKey(), e));
        out.writeLong(l.records());
        out.writeLong(l.extraValues());
        out.writeLong(l.unresolvedIds());
        text(l.clientFromFileName());
        out.writeBoolean(l.clientNameSanitised());
      }
      FileNumbers n = f.numbers();
      out.writeBoolean(n != null);
      if (n != null) {
        text(n.decimalMark());
        text(n.durations());
        out.writeLong(n.rounded());
        text(n.firstRounded());
      }
    }

    private void longEntry(String key, Long value) throws IOException {
      text(key);
      out.writeLong(value);
    }

    private void decimalEntry(String key, Map.Entry<String, BigDecimal> entry) throws IOException {
      text(key);
      decimal(entry.getValue());
    }

    void rejection(Rejection r) throws IOException {
      text(r.file());
      out.writeLong(r.line());
      text(r.column());
      text(r.value());
      text(r.problem());
    }

    void warning(ImportWarning w) throws IOException {
      text(w.file());
      out.writeLong(w.line());
      text(w.code());
      text(w.message());
    }
  }

  private static final class Reader {
    final Input in;
    String[] dictionary;

    Reader(Input in) {
      this.in = in;
    }

    int count() throws IOException {
      int n = in.getInt();
      if (n < 0 || n > in.remaining()) {
        throw new IOException("a count of " + n + " does not fit the bytes left");
      }
      return n;
    }

    <T> List<T> list(Get<T> get) throws IOException {
      List<T> values = new ArrayList<>();
      int n = count();
      for (int i = 0; i < n; i++) {
        values.add(get.get());
      }
      return values;
    }

    String text() {
      int at = in.getInt();
      return at == -1 ? null : dictionary[at];
    }

    String inline() throws IOException {
      if (in.peekInt() == -1) {
        in.getInt();
        return null;
      }
      return in.utf8(count());
    }

    LocalDate date() {
      long day = in.getLong();
      return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    BigDecimal decimal() throws IOException {
      int tag = in.get();
      BigInteger unscaled;
      switch (tag) {
        case 0:
          return null;
        case 1:
          unscaled = BigInteger.valueOf(in.getLong());
          break;
        case 2:
          byte[] big = new byte[count()];
          in.get(big);
          unscaled = new BigInteger(big);
          break;
        default:
          throw new IOException("unknown decimal tag " + tag);
      }
      return new BigDecimal(unscaled, in.getInt());
    }

    Integer integer() {
      return in.get() != 0 ? in.getInt() : null;
    }

    boolean bool() {
      return in.get() != 0;
    }

    <E extends Enum<E>> E ordinal(E[] values) {
      int at = in.get();
      return at == -1 ? null : values[at];
    }

    Client client() throws IOException {
      return new Client(text(), integer(), integer(), date());
    }

    Invoice invoice() throws IOException {
      return new Invoice(
          inline(),
          text(),
          date(),
          date(),
          decimal(),
          date(),
          decimal(),
          ordinal(InvoiceKind.values()),
          text());
    }

    Payment payment() throws IOException {
      return new Payment(inline(), date(), decimal(), text());
    }

    Agreement agreement() throws IOException {
      return new Agreement(
          text(), text(), ordinal(AgreementType.values()), date(), date(), decimal());
    }

    FileImport file() throws IOException {
      String file = text();
      FileKind kind = ordinal(FileKind.values());
      String encoding = text();
      char delimiter = in.getChar();
      String dateFormat = text();
      long read = in.getLong();
      long accepted = in.getLong();
      long rejected = in.getLong();
      String amountColumn = text();
      BigDecimal amountRead = decimal();
      BigDecimal amountAccepted = decimal();
      BigDecimal amountRejected = decimal();
      long unreadable = in.getLong();
      List<String> unknown = Collections.unmodifiableList(list(this::text));
      String rejectsFile = text();
      FileLayout layout = bool() ? layout() : null;
      FileNumbers numbers = bool() ? new FileNumbers(text(), text(), in.getLong(), text()) : null;
      return new FileImport(
          file,
          kind,
          encoding,
          delimiter,
          dateFormat,
          read,
          accepted,
          rejected,
          amountColumn,
          amountRead,
          amountAccepted,
          amountRejected,
          unreadable,
          unknown,
          rejectsFile,
          layout,
          numbers);
    }

    private FileLayout layout() throws IOException {
      String profile = text();
      String system = text();
      String description = text();
      String language = text();
      long preamble = in.getLong();
      Map<String, Long> skipped = new LinkedHashMap<>();
      int n = count();
      for (int i = 0; i < n; i++) {
        skipped.put(text(), in.getLong());
      }
      Map<String, BigDecimal> amounts = new LinkedHashMap<>();
      n = count();
      for (int i = 0; i < n; i++) {
        amounts.put(text(), decimal());
      }
      return new FileLayout(
          profile,
          system,
          description,
          language,
          preamble,
          Collections.unmodifiableMap(skipped),
          Collections.unmodifiableMap(amounts),
          in.getLong(),
          in.getLong(),
          in.getLong(),
          text(),
          bool());
    }

    Rejection rejection() throws IOException {
      return new Rejection(text(), in.getLong(), text(), text(), text());
    }

    ImportWarning warning() throws IOException {
      return new ImportWarning(text(), in.getLong(), text(), text());
    }
  }
}
