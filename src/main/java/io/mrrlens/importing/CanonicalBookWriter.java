package io.mrrlens.importing;

import io.mrrlens.file.AtomicFile;
import io.mrrlens.file.FileFailure;
import io.mrrlens.model.Agreement;
import io.mrrlens.model.Books;
import io.mrrlens.model.ChargeTo;
import io.mrrlens.model.Client;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Ticket;
import io.mrrlens.model.TimeEntry;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a book as the canonical CSV files of docs/formats.md (UTF-8 without BOM, RFC 4180, CRLF
 * line ends), one file per kind that has records. Each file is written to a temporary file in the
 * same folder and then moved into place, so a reader never sees half a file.
 *
 * <p>Values: dates {@code yyyy-MM-dd}; ticket times {@code yyyy-MM-dd HH:mm} (with {@code :ss} only
 * when the seconds are not zero); money with two decimals (more when the value has more, so nothing
 * is rounded away); hours as plain decimals; booleans {@code true}/{@code false}; choices by their
 * code; null as an empty cell.
 */
public final class CanonicalBookWriter {
  private static final List<String> TICKET_COLUMNS =
      List.of("ticket_id", "client", "opened", "closed", "priority", "type", "source", "summary");
  private static final List<String> TIME_COLUMNS =
      List.of(
          "entry_id",
          "client",
          "ticket_id",
          "technician",
          "date",
          "hours",
          "billable",
          "work_type",
          "charge_to",
          "rate");
  private static final List<String> INVOICE_COLUMNS =
      List.of(
          "invoice_id",
          "client",
          "issued",
          "due",
          "amount",
          "paid",
          "balance",
          "kind",
          "description");
  private static final List<String> INVOICE_COLUMNS_WITHOUT_KIND =
      List.of("invoice_id", "client", "issued", "due", "amount", "paid", "balance", "description");
  private static final List<String> PAYMENT_COLUMNS = List.of("invoice_id", "date", "amount");
  private static final List<String> CLIENT_COLUMNS =
      List.of("client", "endpoints", "users", "since");
  private static final List<String> AGREEMENT_COLUMNS =
      List.of("client", "name", "type", "start", "end", "monthly_fee");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
  private static final int BUFFER = 1 << 16;
  private static final int PARALLEL_ROWS = 50_000;
  private static final String[] CHARGE_TO_CODES =
      Arrays.stream(ChargeTo.values()).map(ChargeTo::code).toArray(String[]::new);

  private CanonicalBookWriter() {}

  /** Prints one record's cells, in the order of the file's columns. */
  @FunctionalInterface
  private interface RowPrinter<T> {
    void print(CSVPrinter out, Cells cells, T record) throws IOException;
  }

  /**
   * Writes tickets.csv, time.csv, invoices.csv, payments.csv, clients.csv and agreements.csv into
   * {@code folder} (created when missing), skipping each kind whose list is empty and replacing
   * files of the same name. The invoices' {@code kind} column is left out when no invoice has a
   * kind. A file of an empty kind already in the folder is left alone, and so are the files written
   * before a failure.
   *
   * @throws UncheckedIOException when the folder cannot be created or a file cannot be written; the
   *     message names the file
   */
  public static void write(Books books, Path folder) {
    write(books, folder, PARALLEL_ROWS);
  }

  /**
   * As {@link #write(Books, Path)}; books with at least {@code parallelRows} tickets and time
   * entries are written a file per thread.
   */
  static void write(Books books, Path folder, long parallelRows) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the folder " + folder + ": " + FileFailure.reason(e, folder), e);
    }
    boolean kinds = books.invoices().stream().anyMatch(i -> i.kind() != null);
    List<Runnable> files =
        List.of(
            job(
                folder,
                "tickets.csv",
                TICKET_COLUMNS,
                books.tickets(),
                CanonicalBookWriter::ticket),
            job(folder, "time.csv", TIME_COLUMNS, books.timeEntries(), CanonicalBookWriter::entry),
            job(
                folder,
                "invoices.csv",
                kinds ? INVOICE_COLUMNS : INVOICE_COLUMNS_WITHOUT_KIND,
                books.invoices(),
                (out, cells, invoice) -> invoice(out, cells, invoice, kinds)),
            job(
                folder,
                "payments.csv",
                PAYMENT_COLUMNS,
                books.payments(),
                CanonicalBookWriter::payment),
            job(
                folder,
                "clients.csv",
                CLIENT_COLUMNS,
                books.clients(),
                CanonicalBookWriter::client),
            job(
                folder,
                "agreements.csv",
                AGREEMENT_COLUMNS,
                books.agreements(),
                CanonicalBookWriter::agreement));
    // small books are written on this thread; large ones a file per thread
    long rows = (long) books.tickets().size() + books.timeEntries().size();
    if (rows < parallelRows || Runtime.getRuntime().availableProcessors() < 2) {
      files.forEach(Runnable::run);
    } else {
      writeInParallel(files);
    }
  }

  private static <T> Runnable job(
      Path folder, String name, List<String> columns, List<T> records, RowPrinter<T> printer) {
    return () -> writeFile(folder, name, columns, records, printer);
  }

  /** Writes the files on their own threads; the first file's failure (in file order) wins. */
  private static void writeInParallel(List<Runnable> files) {
    List<Callable<Void>> tasks = new ArrayList<>();
    files.forEach(
        file ->
            tasks.add(
                () -> {
                  file.run();
                  return null;
                }));
    Workers.runAll("write", tasks);
  }

  private static <T> void writeFile(
      Path folder, String name, List<String> columns, List<T> records, RowPrinter<T> printer) {
    if (records.isEmpty()) {
      return;
    }
    AtomicFile.write(
        folder.resolve(name),
        stream -> {
          Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          // the printer fills a buffer that goes to the file in large chunks
          StringBuilder buffer = new StringBuilder(BUFFER + 4096);
          char[] chunk = new char[BUFFER + 4096];
          CSVPrinter out = FORMAT.print(buffer);
          Cells cells = new Cells();
          out.printRecord(columns);
          for (T record : records) {
            printer.print(out, cells, record);
            out.println();
            if (buffer.length() >= BUFFER) {
              chunk = drain(buffer, chunk, writer);
            }
          }
          drain(buffer, chunk, writer);
          writer.flush();
        });
  }

  private static char[] drain(StringBuilder buffer, char[] chunk, Writer writer)
      throws IOException {
    int length = buffer.length();
    char[] target = chunk.length >= length ? chunk : new char[length];
    buffer.getChars(0, length, target, 0);
    writer.write(target, 0, length);
    buffer.setLength(0);
    return target;
  }

  private static void ticket(CSVPrinter out, Cells cells, Ticket t) throws IOException {
    out.print(t.id());
    out.print(t.client());
    out.print(cells.dateTime(t.opened()));
    out.print(cells.dateTime(t.closed()));
    out.print(t.priority());
    out.print(t.type());
    out.print(t.source());
    out.print(t.summary());
  }

  private static void entry(CSVPrinter out, Cells cells, TimeEntry e) throws IOException {
    out.print(e.id());
    out.print(e.client());
    out.print(e.ticketId());
    out.print(e.technician());
    out.print(cells.date(e.date()));
    out.print(cells.hours(e.hours()));
    out.print(e.billable() ? "true" : "false");
    out.print(e.workType());
    out.print(e.chargeTo() == null ? null : CHARGE_TO_CODES[e.chargeTo().ordinal()]);
    out.print(cells.rate(e.rate()));
  }

  private static void invoice(CSVPrinter out, Cells cells, Invoice i, boolean kinds)
      throws IOException {
    out.print(i.id());
    out.print(i.client());
    out.print(cells.date(i.issued()));
    out.print(cells.date(i.due()));
    out.print(money(i.amount()));
    out.print(cells.date(i.paid()));
    out.print(money(i.balance()));
    if (kinds) {
      out.print(i.kind() == null ? null : i.kind().code());
    }
    out.print(i.description());
  }

  private static void payment(CSVPrinter out, Cells cells, Payment p) throws IOException {
    out.print(p.invoiceId());
    out.print(cells.date(p.date()));
    out.print(money(p.amount()));
  }

  private static void client(CSVPrinter out, Cells cells, Client c) throws IOException {
    out.print(c.name());
    out.print(c.endpoints());
    out.print(c.users());
    out.print(cells.date(c.since()));
  }

  private static void agreement(CSVPrinter out, Cells cells, Agreement a) throws IOException {
    out.print(a.client());
    out.print(a.name());
    out.print(a.type() == null ? null : a.type().code());
    out.print(cells.date(a.start()));
    out.print(cells.date(a.end()));
    out.print(money(a.monthlyFee()));
  }

  /**
   * Formats the cells of one file. A book holds few distinct days, hours and rates but many rows,
   * so each of their texts is made once.
   */
  private static final class Cells {
    private static final int DAYS = 1 << 13; // 22 years without two days in one slot
    private static final int MOST_CACHED = 4096;
    private final long[] dayOfSlot = new long[DAYS];
    private final String[] dayText = new String[DAYS];
    private final Map<BigDecimal, String> hoursText = new HashMap<>();
    private final Map<BigDecimal, String> rateText = new HashMap<>();
    private final StringBuilder time = new StringBuilder(19);

    String date(LocalDate day) {
      if (day == null) {
        return null;
      }
      long epochDay = day.toEpochDay();
      int slot = (int) (epochDay & (DAYS - 1));
      if (dayText[slot] == null || dayOfSlot[slot] != epochDay) {
        dayText[slot] = CanonicalBookWriter.date(day);
        dayOfSlot[slot] = epochDay;
      }
      return dayText[slot];
    }

    String hours(BigDecimal value) {
      return cached(hoursText, value, CanonicalBookWriter::hours);
    }

    String rate(BigDecimal value) {
      return cached(rateText, value, CanonicalBookWriter::money);
    }

    private static String cached(
        Map<BigDecimal, String> cache, BigDecimal value, Function<BigDecimal, String> format) {
      if (value == null) {
        return null;
      }
      String text = cache.get(value);
      if (text == null) {
        text = format.apply(value);
        if (cache.size() < MOST_CACHED) {
          cache.put(value, text);
        }
      }
      return text;
    }

    /**
     * {@code yyyy-MM-dd HH:mm}, with {@code :ss} when the seconds are not zero, in a reused buffer
     * (the printer copies it before the next call).
     */
    CharSequence dateTime(LocalDateTime value) {
      if (value == null) {
        return null;
      }
      time.setLength(0);
      time.append(date(value.toLocalDate())).append(' ');
      twoDigits(time, value.getHour()).append(':');
      twoDigits(time, value.getMinute());
      if (value.getSecond() != 0) {
        twoDigits(time.append(':'), value.getSecond());
      }
      return time;
    }
  }

  /** {@code yyyy-MM-dd}. */
  static String date(LocalDate day) {
    return day == null ? null : day.toString();
  }

  private static StringBuilder twoDigits(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /** Two decimals ({@code 1234.50}); a value with more decimals keeps them all. */
  static String money(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    return amount.scale() <= 2 ? amount.setScale(2).toPlainString() : amount.toPlainString();
  }

  /** A plain decimal without trailing zeros or an exponent ({@code 1.25}, {@code 8}). */
  static String hours(BigDecimal hours) {
    return hours == null ? null : hours.stripTrailingZeros().toPlainString();
  }
}
