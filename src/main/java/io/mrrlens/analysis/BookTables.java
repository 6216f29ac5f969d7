package io.mrrlens.analysis;

import io.mrrlens.model.Agreement;
import io.mrrlens.model.Books;
import io.mrrlens.model.ChargeTo;
import io.mrrlens.model.Client;
import io.mrrlens.model.ClientName;
import io.mrrlens.model.ClientSpellings;
import io.mrrlens.model.DecimalColumn;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.InvoiceKind;
import io.mrrlens.model.Payment;
import io.mrrlens.model.TextColumn;
import io.mrrlens.model.Tickets;
import io.mrrlens.model.TimeEntries;
import io.mrrlens.model.WordColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.booleans.BitSetBooleanData;
import tech.tablesaw.columns.booleans.BooleanColumnType;

/**
 * A book as the analysis tables the three questions are computed from: one table of Tablesaw
 * columns ({@link ColumnTable}) each for tickets, time entries, invoices and payments, with clients
 * as numbers (indexes into {@link #clients()}), months as numbers ({@link #month}), and money and
 * hours as exact longs ({@link MinorUnits}). Invoices carry their kind (given or inferred), due
 * date and paid date (the paid column, else the day payments.csv first covers the amount).
 */
public final class BookTables {
  static final String CLIENT = "client";
  static final String MONTH = "month";
  static final String CLOSED_MONTH = "closed_month";

  private final List<String> clients;
  private final Map<String, Integer> indexBySpelling;
  private final Integer[] endpoints;
  private final List<List<Agreement>> agreements;
  private final MinorUnits money;
  private final MinorUnits hours;
  private final boolean hasPaymentsFile;
  private final Books books;
  private final AnalysisSettings settings;
  private final Tickets ticketColumns;
  private final TimeEntries timeColumns;
  private final Lazy tickets = new Lazy(() -> ticketTable(ticketColumns()));
  private final Lazy time = new Lazy(() -> timeTable(settings().proactiveTypes()));
  private final Lazy invoices = new Lazy(() -> invoiceTable(books(), settings().termsDays()));
  private final Lazy payments = new Lazy(() -> paymentTable(books().payments()));
  // written with the invoices table, under its lock, and read after it
  private volatile String[] invoiceIds;

  /** A table built on first use, once, whichever thread asks first. */
  private static final class Lazy {
    private final Supplier<ColumnTable> build;
    private ColumnTable table;

    Lazy(Supplier<ColumnTable> build) {
      this.build = build;
    }

    synchronized ColumnTable get() {
      if (table == null) {
        table = build.get();
      }
      return table;
    }
  }

  private Books books() {
    return books;
  }

  private Tickets ticketColumns() {
    return ticketColumns;
  }

  private AnalysisSettings settings() {
    return settings;
  }

  private BookTables(Books books, AnalysisSettings settings) {
    ClientSpellings spellings = new ClientSpellings();
    books.clients().forEach(c -> spellings.count(c.name(), true, 1));
    books.agreements().forEach(a -> spellings.count(a.client(), false, 1));
    ticketColumns = Tickets.of(books.tickets());
    timeColumns = TimeEntries.of(books.timeEntries());
    countWords(spellings, ticketColumns.clients());
    countWords(spellings, timeColumns.clients());
    // counted by spelling first: a book's invoices name a few clients many times over
    Map<String, long[]> invoiceClients = new HashMap<>();
    books
        .invoices()
        .forEach(i -> invoiceClients.computeIfAbsent(i.client(), k -> new long[1])[0]++);
    invoiceClients.forEach((name, uses) -> spellings.count(name, false, uses[0]));
    // imported books spell each client one way already; books built by hand follow the same rule
    Map<String, String> display = new TreeMap<>();
    for (String key : spellings.keys()) {
      display.put(key, ClientName.normalize(spellings.name(key)));
    }
    clients = List.copyOf(display.values());
    Map<String, Integer> byKey = new HashMap<>();
    int n = 0;
    for (String key : display.keySet()) {
      byKey.put(key, n++);
    }
    indexBySpelling = new HashMap<>();
    for (String key : spellings.keys()) {
      for (String name : spellings.spellings(key)) {
        indexBySpelling.put(name, byKey.get(key));
      }
    }
    endpoints = new Integer[clients.size()];
    for (Client client : books.clients()) {
      int c = index(client.name());
      if (client.endpoints() != null
          && (endpoints[c] == null || client.endpoints() > endpoints[c])) {
        endpoints[c] = client.endpoints();
      }
    }
    agreements = new ArrayList<>();
    clients.forEach(c -> agreements.add(new ArrayList<>()));
    for (Agreement agreement : books.agreements()) {
      agreements.get(index(agreement.client())).add(agreement);
    }
    // the scale of every amount, read in place rather than gathered into a list first
    int moneyScale = 2;
    for (Invoice invoice : books.invoices()) {
      moneyScale = MinorUnits.covering(moneyScale, invoice.amount());
      moneyScale = MinorUnits.covering(moneyScale, invoice.balance());
    }
    for (Payment payment : books.payments()) {
      moneyScale = MinorUnits.covering(moneyScale, payment.amount());
    }
    money = new MinorUnits(moneyScale);
    hours = MinorUnits.covering(timeColumns.hours(), 2);
    hasPaymentsFile =
        !books.payments().isEmpty()
            || books.files().stream().anyMatch(f -> f.kind() == FileKind.PAYMENTS);
    this.books = books;
    this.settings = settings;
  }

  /** Adds the texts of a column's rows (each of its dictionary's words is used by a row). */
  private static void countWords(ClientSpellings spellings, WordColumn column) {
    long[] uses = new long[column.words()];
    for (int i = 0; i < column.size(); i++) {
      int code = column.code(i);
      if (code >= 0) {
        uses[code]++;
      }
    }
    for (int code = 0; code < uses.length; code++) {
      spellings.count(column.word(code), false, uses[code]);
    }
  }

  /** The analysis tables of a book. */
  public static BookTables of(Books books, AnalysisSettings settings) {
    return new BookTables(books, settings);
  }

  /** The number of a month: months since year 0, so that consecutive months differ by one. */
  public static int month(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  static int month(LocalDate day) {
    return day.getYear() * 12 + day.getMonthValue() - 1;
  }

  /**
   * The number of the month of an epoch day, as {@link #month(LocalDate)}, without making a date
   * (the civil calendar from days, after Howard Hinnant's {@code civil_from_days}).
   */
  static int monthOfEpochDay(long epochDay) {
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long m = mp < 10 ? mp + 3 : mp - 9;
    long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return Math.toIntExact(y * 12 + m - 1);
  }

  static YearMonth yearMonth(int month) {
    return YearMonth.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1);
  }

  /** Every client of the book, by name, sorted case-insensitively. */
  public List<String> clients() {
    return clients;
  }

  /** The number of a client, by any spelling the books use. */
  int index(String client) {
    return indexBySpelling.get(client);
  }

  /** The client's endpoints from clients.csv, or null when unknown. */
  Integer endpoints(int client) {
    return endpoints[client];
  }

  List<Agreement> agreements(int client) {
    return agreements.get(client);
  }

  MinorUnits money() {
    return money;
  }

  MinorUnits hours() {
    return hours;
  }

  /** True when the book has a payments file: open amounts then come from the payments. */
  boolean hasPaymentsFile() {
    return hasPaymentsFile;
  }

  /**
   * Tickets: {@code client}, {@code month} (opened), {@code closed_month} (missing while open).
   * Built on first use, like every table.
   */
  public ColumnTable tickets() {
    return tickets.get();
  }

  /**
   * Builds the time table on this thread while another builds the tickets and invoices tables, for
   * the commands that need all three (the time table is the largest).
   */
  public void buildActivity() {
    CompletableFuture<ColumnTable> others =
        CompletableFuture.supplyAsync(
            () -> {
              tickets();
              return invoices();
            });
    time();
    others.join();
  }

  /**
   * Time entries: {@code client}, {@code month}, {@code hours} (units), {@code billable}, {@code
   * proactive}, {@code project} (charged to a project).
   */
  public ColumnTable time() {
    return time.get();
  }

  /**
   * Invoices in file order: {@code client}, {@code issued}, {@code month}, {@code due} (the column,
   * else issued + terms), {@code amount} (units), {@code kind}, {@code paid} (missing while
   * unpaid), {@code balance} (units; missing when not given). Their IDs: {@link #invoiceId}.
   */
  public ColumnTable invoices() {
    return invoices.get();
  }

  /**
   * The ID of the invoice of a row of {@link #invoices()}. Kept beside the table, not in it: a
   * Tablesaw text column puts every value in a dictionary, and IDs are all different.
   */
  String invoiceId(int row) {
    invoices();
    return invoiceIds[row];
  }

  /** Payments of known invoices: {@code invoice} (row of {@link #invoices()}), date, amount. */
  public ColumnTable payments() {
    return payments.get();
  }

  /**
   * The rows of a table whose month falls in the window, in row order. A hand loop over the month
   * column: one pass of int reads, where Tablesaw's {@code isBetweenInclusive} tests every row
   * through a double predicate into a bitmap that the caller then iterates.
   */
  static int[] inWindow(ColumnTable table, Period period) {
    IntColumn month = table.intColumn(MONTH);
    int from = month(period.window().from());
    int to = month(period.window().to());
    int[] rows = new int[month.size()];
    int found = 0;
    for (int i = 0; i < rows.length; i++) {
      int m = month.getInt(i);
      if (m >= from && m <= to) {
        rows[found++] = i;
      }
    }
    return Arrays.copyOf(rows, found);
  }

  /** True when the flag of a row is set (read in place: no selection of every true row). */
  static boolean isTrue(BooleanColumn column, int row) {
    return column.getByte(row) == BooleanColumnType.BYTE_TRUE;
  }

  /**
   * A column of flags from the rows that are true, none missing: Tablesaw's own bit sets, filled by
   * the caller's loop, rather than {@code BooleanColumn.create}, which appends row by row.
   */
  private static BooleanColumn flags(String name, BitSet trues, int rows) {
    BitSet falses = new BitSet(rows);
    falses.set(0, rows);
    falses.andNot(trues);
    return new BooleanColumn(name, new BitSetBooleanData(trues, falses, new BitSet()));
  }

  /** The number of each code of a column of client names. */
  private int[] clientIndexes(WordColumn names) {
    int[] index = new int[names.words()];
    for (int code = 0; code < index.length; code++) {
      index[code] = index(names.word(code));
    }
    return index;
  }

  // The tables are filled by loops over the import's columns: one pass of primitive reads, with
  // per-code lookups (clients, types), rather than a Tablesaw operation per derived column.
  private ColumnTable ticketTable(Tickets list) {
    int n = list.size();
    int[] clientOf = clientIndexes(list.clients());
    int[] client = new int[n];
    int[] month = new int[n];
    IntColumn closed = IntColumn.create(CLOSED_MONTH, n);
    for (int i = 0; i < n; i++) {
      client[i] = clientOf[list.clients().code(i)];
      month[i] = monthOfEpochDay(list.openedDay(i));
      long closedDay = list.closedDay(i);
      if (closedDay == Long.MIN_VALUE) {
        closed.setMissing(i);
      } else {
        closed.set(i, monthOfEpochDay(closedDay));
      }
    }
    return ColumnTable.of(
        "tickets", IntColumn.create(CLIENT, client), IntColumn.create(MONTH, month), closed);
  }

  private ColumnTable timeTable(List<String> proactiveTypes) {
    Tickets ticketList = ticketColumns;
    WordColumn types = ticketList.types();
    boolean[] proactiveType = new boolean[types.words()];
    for (int code = 0; code < proactiveType.length; code++) {
      proactiveType[code] = containsAny(types.word(code), proactiveTypes);
    }
    boolean[] proactiveTicket = new boolean[ticketList.size()];
    boolean anyProactive = false;
    for (int i = 0; i < proactiveTicket.length; i++) {
      int type = types.code(i);
      proactiveTicket[i] = type >= 0 && proactiveType[type];
      anyProactive |= proactiveTicket[i];
    }
    TextColumn.Index proactiveTickets =
        anyProactive ? new TextColumn.Index(ticketList.ids(), proactiveTicket) : null;
    TimeEntries list = timeColumns;
    WordColumn works = list.workTypes();
    boolean[] proactiveWork = new boolean[works.words()];
    for (int code = 0; code < proactiveWork.length; code++) {
      proactiveWork[code] = containsAny(works.word(code), proactiveTypes);
    }
    int[] clientOf = clientIndexes(list.clients());
    DecimalColumn entryHours = list.hours();
    TextColumn ticketIds = list.ticketIds();
    int n = list.size();
    int[] client = new int[n];
    int[] month = new int[n];
    long[] units = new long[n];
    BitSet billable = new BitSet(n);
    BitSet proactive = new BitSet(n);
    BitSet project = new BitSet(n);
    for (int i = 0; i < n; i++) {
      client[i] = clientOf[list.clients().code(i)];
      month[i] = monthOfEpochDay(list.epochDay(i));
      units[i] = entryHours.units(i, hours.scale(), Long.MIN_VALUE);
      if (units[i] == Long.MIN_VALUE) {
        units[i] = hours.units(entryHours.get(i));
      }
      if (list.billable(i)) {
        billable.set(i);
      }
      boolean charged = list.chargeTo(i) == ChargeTo.PROJECT;
      if (charged) {
        project.set(i);
      }
      int work = works.code(i);
      if (charged
          || (work >= 0 && proactiveWork[work])
          || (proactiveTickets != null && proactiveTickets.find(ticketIds, i) >= 0)) {
        proactive.set(i);
      }
    }
    return ColumnTable.of(
        "time",
        IntColumn.create(CLIENT, client),
        IntColumn.create(MONTH, month),
        LongColumn.create("hours", units),
        flags("billable", billable, n),
        flags("proactive", proactive, n),
        flags("project", project, n));
  }

  /** True when {@code text} contains one of the (lower-case) words, ignoring case. */
  static boolean containsAny(String text, List<String> words) {
    return text != null && containsLowerCase(text.toLowerCase(Locale.ROOT), words);
  }

  /** True when {@code lower}, lower-cased already, contains one of the (lower-case) words. */
  static boolean containsLowerCase(String lower, List<String> words) {
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private ColumnTable invoiceTable(Books books, int termsDays) {
    List<Invoice> list = books.invoices();
    InvoiceKind[] kinds = InvoiceKinds.of(list, this);
    Map<String, LocalDate> paidByPayments = paidDates(list, books.payments());
    int n = list.size();
    String[] id = new String[n];
    int[] client = new int[n];
    int[] month = new int[n];
    LocalDate[] issued = new LocalDate[n];
    LocalDate[] due = new LocalDate[n];
    long[] amount = new long[n];
    String[] kind = new String[n];
    LocalDate[] paid = new LocalDate[n];
    LongColumn balance = LongColumn.create("balance", n);
    for (int i = 0; i < n; i++) {
      Invoice invoice = list.get(i);
      id[i] = invoice.id();
      client[i] = index(invoice.client());
      issued[i] = invoice.issued();
      month[i] = month(invoice.issued());
      due[i] = invoice.dueOr(termsDays);
      amount[i] = money.units(invoice.amount());
      kind[i] = kinds[i].code();
      paid[i] = invoice.paid() != null ? invoice.paid() : paidByPayments.get(invoice.id());
      if (invoice.balance() == null) {
        balance.setMissing(i);
      } else {
        balance.set(i, money.units(invoice.balance()));
      }
    }
    invoiceIds = id;
    return ColumnTable.of(
        "invoices",
        IntColumn.create(CLIENT, client),
        DateColumn.create("issued", issued),
        IntColumn.create(MONTH, month),
        DateColumn.create("due", due),
        LongColumn.create("amount", amount),
        StringColumn.create("kind", kind),
        DateColumn.create("paid", paid),
        balance);
  }

  /**
   * The day each invoice's payments first add up to its amount (within half a cent), for invoices
   * paid in full by payments.csv.
   */
  private static Map<String, LocalDate> paidDates(List<Invoice> invoices, List<Payment> payments) {
    Map<String, List<Payment>> byInvoice = new HashMap<>();
    for (Payment payment : payments) {
      byInvoice.computeIfAbsent(payment.invoiceId(), k -> new ArrayList<>()).add(payment);
    }
    BigDecimal halfCent = new BigDecimal("0.005");
    Map<String, LocalDate> paid = new HashMap<>();
    for (Invoice invoice : invoices) {
      List<Payment> applied = byInvoice.get(invoice.id());
      if (applied == null) {
        continue;
      }
      applied.sort(Comparator.comparing(Payment::date));
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal target = invoice.amount().subtract(halfCent);
      for (Payment payment : applied) {
        sum = sum.add(payment.amount());
        if (sum.compareTo(target) >= 0) {
          paid.put(invoice.id(), payment.date());
          break;
        }
      }
    }
    return paid;
  }

  private ColumnTable paymentTable(List<Payment> list) {
    invoices();
    Map<String, Integer> row = new HashMap<>();
    for (int i = 0; i < invoiceIds.length; i++) {
      row.putIfAbsent(invoiceIds[i], i);
    }
    IntColumn invoice = IntColumn.create("invoice");
    DateColumn date = DateColumn.create("date");
    LongColumn amount = LongColumn.create("amount");
    for (Payment payment : list) {
      Integer i = row.get(payment.invoiceId());
      if (i != null) {
        invoice.append(i);
        date.append(payment.date());
        amount.append(money.units(payment.amount()));
      }
    }
    return ColumnTable.of("payments", invoice, date, amount);
  }
}
