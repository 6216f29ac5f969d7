package io.mrrlens.importing;

import io.mrrlens.file.AtomicFile;
import io.mrrlens.model.Agreement;
import io.mrrlens.model.AgreementType;
import io.mrrlens.model.Books;
import io.mrrlens.model.ChargeTo;
import io.mrrlens.model.Client;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Spelling;
import io.mrrlens.model.Ticket;
import io.mrrlens.model.TimeEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a book in the export layouts of the built-in import profiles, as the real systems write
 * them (column names, date and money formats, preambles, totals and footers, line-level rows), so
 * that every profile can be tried end to end. A system name ({@code connectwise}) writes every file
 * that system exports; a profile name ({@code connectwise-time}) writes that one file. The kinds
 * left over are written as canonical files. The same book always gives the same bytes.
 */
public final class ProfileBookWriter {
  /** The systems whose exports can be written, by the prefix of their profiles' names. */
  public static final List<String> SYSTEMS =
      List.of(
          "itflow",
          "connectwise",
          "autotask",
          "quickbooks",
          "xero",
          "invoiceninja5",
          "invoiceninja4",
          "kimai",
          "harvest",
          "toggl");

  /** ITFlow's older payments layout; a system's book uses the newer income export. */
  /**
   * Profiles a system's sample leaves out: older payments layouts, and layouts the sample has no
   * writer for (the Invoice Ninja clients exports carry names only; the clients stay canonical;
   * QuickBooks' A/R aging holds only open invoices, and the sample is written as QuickBooks
   * Online).
   */
  private static final Set<String> NOT_IN_SYSTEM =
      Set.of(
          "itflow-payments",
          "quickbooks-payments",
          "quickbooks-ar-aging",
          "quickbooks-desktop-invoices",
          "quickbooks-desktop-payments",
          "invoiceninja5-clients",
          "invoiceninja4-clients");

  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
  private static final DateTimeFormatter ITFLOW_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
  private static final DateTimeFormatter REPORT_DAY =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
  private static final DateTimeFormatter REPORT_MONTH_DAY =
      DateTimeFormatter.ofPattern("MMMM d", Locale.US);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
  private static final int FIRST_TICKET = 7001;
  private static final int FIRST_RESOURCE = 29683000;

  private ProfileBookWriter() {}

  /** The profiles the sample can be written in: those {@link #layout} has a writer for. */
  private static final List<String> WRITTEN =
      List.of(
          "itflow-tickets",
          "itflow-invoices",
          "itflow-payments",
          "itflow-income",
          "itflow-recurring",
          "itflow-clients",
          "connectwise-time",
          "connectwise-tickets",
          "connectwise-invoices",
          "connectwise-agreements",
          "autotask-tickets",
          "autotask-time",
          "autotask-invoices",
          "autotask-contracts",
          "autotask-companies",
          "quickbooks-invoices",
          "quickbooks-payments",
          "xero-invoices",
          "invoiceninja5-invoices",
          "invoiceninja5-payments",
          "invoiceninja4-invoices",
          "invoiceninja4-payments",
          "kimai-time",
          "harvest-time",
          "toggl-time");

  /**
   * Every name {@code --profile} accepts: the systems, then the profiles the sample has a writer
   * for (the others are read, not written).
   */
  public static List<String> names() {
    List<String> names = new ArrayList<>(SYSTEMS);
    ProfileCatalogue.builtIn().stream()
        .map(Profile::name)
        .filter(WRITTEN::contains)
        .forEach(names::add);
    return names;
  }

  /** The known name nearest to {@code name}, for a "did you mean". */
  public static String nearest(String name) {
    return Spelling.nearest(name.strip().toLowerCase(Locale.ROOT), names());
  }

  /** True when {@code name} is a built-in profile, whether or not the sample is written in it. */
  public static boolean reads(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return ProfileCatalogue.builtIn().stream().anyMatch(p -> p.name().equals(wanted));
  }

  /** True when {@code name} is a system or a built-in profile the sample is written in. */
  public static boolean knows(String name) {
    return names().contains(name.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The profiles a name writes: a system's files (its newer payments layout only), or one profile,
   * with the Autotask companies file whenever an Autotask file names companies by ID.
   *
   * @throws IllegalArgumentException when the name is neither a system nor a profile
   */
  public static List<String> profiles(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    Set<String> chosen = new LinkedHashSet<>();
    if (SYSTEMS.contains(wanted)) {
      for (Profile p : ProfileCatalogue.builtIn()) {
        if (p.name().startsWith(wanted + "-") && !NOT_IN_SYSTEM.contains(p.name())) {
          chosen.add(p.name());
        }
      }
    } else if (ProfileCatalogue.byName(wanted) != null) {
      chosen.add(wanted);
      if (ProfileCatalogue.byName(wanted).uses("companies")) {
        chosen.add("autotask-companies");
      }
    } else {
      throw new IllegalArgumentException("\"" + name + "\" is not a system or profile");
    }
    return List.copyOf(chosen);
  }

  /**
   * Writes {@code books} into {@code folder} (created when missing): one {@code NAME.csv} per
   * profile {@code name} stands for, in its layout, and the other kinds as canonical files.
   *
   * @return the files written in a layout, in order
   * @throws IllegalArgumentException when the name is neither a system nor a profile
   * @throws UncheckedIOException when a file cannot be written; the message names the file
   */
  public static List<String> write(Books books, String name, Path folder) {
    List<String> chosen = profiles(name);
    Set<FileKind> covered = EnumSet.noneOf(FileKind.class);
    chosen.forEach(p -> covered.add(ProfileCatalogue.byName(p).kind()));
    Books rest =
        new Books(
            covered.contains(FileKind.CLIENTS) ? List.of() : books.clients(),
            covered.contains(FileKind.TICKETS) ? List.of() : books.tickets(),
            covered.contains(FileKind.TIME) ? List.of() : books.timeEntries(),
            covered.contains(FileKind.INVOICES) ? List.of() : books.invoices(),
            covered.contains(FileKind.PAYMENTS) ? List.of() : books.payments(),
            covered.contains(FileKind.AGREEMENTS) ? List.of() : books.agreements(),
            List.of(),
            List.of(),
            List.of());
    CanonicalBookWriter.write(rest, folder);
    Ids ids = new Ids(books, chosen.contains("autotask-tickets"));
    List<String> written = new ArrayList<>();
    for (String profile : chosen) {
      String file = profile + ".csv";
      write(folder.resolve(file), layout(profile, books, ids));
      written.add(file);
    }
    return List.copyOf(written);
  }

  /** A file's text: raw lines before the header, the CSV rows, raw lines after them. */
  private record Layout(
      List<String> preamble,
      List<String> header,
      List<List<String>> rows,
      List<String> footer,
      String lineEnd) {
    Layout(List<String> header, List<List<String>> rows) {
      this(List.of(), header, rows, List.of(), "\r\n");
    }
  }

  /** The IDs the Autotask layouts use in place of names: company and ticket numbers. */
  private static final class Ids {
    final Map<String, String> companies = new HashMap<>();
    final Map<String, String> tickets = new HashMap<>();
    final Map<String, String> resources = new HashMap<>();

    Ids(Books books, boolean numberTickets) {
      Set<String> names = new TreeSet<>();
      books.clients().forEach(c -> names.add(c.name()));
      books.tickets().forEach(t -> names.add(t.client()));
      books.timeEntries().forEach(e -> names.add(e.client()));
      books.invoices().forEach(i -> names.add(i.client()));
      books.agreements().forEach(a -> names.add(a.client()));
      int n = 1;
      for (String name : names) {
        companies.put(name, String.format(Locale.ROOT, "%04d", n++));
      }
      for (int i = 0; i < books.tickets().size(); i++) {
        String id = books.tickets().get(i).id();
        tickets.put(id, numberTickets ? String.valueOf(FIRST_TICKET + i) : id);
      }
      Set<String> technicians = new TreeSet<>();
      books.timeEntries().forEach(e -> technicians.add(String.valueOf(e.technician())));
      int r = FIRST_RESOURCE;
      for (String technician : technicians) {
        resources.put(technician, String.valueOf(r++));
      }
    }
  }

  private static Layout layout(String profile, Books b, Ids ids) {
    return switch (profile) {
      case "itflow-tickets" -> itflowTickets(b);
      case "itflow-invoices" -> itflowInvoices(b);
      case "itflow-payments" -> itflowPayments(b);
      case "itflow-income" -> itflowIncome(b);
      case "itflow-recurring" -> itflowRecurring(b);
      case "itflow-clients" -> itflowClients(b);
      case "connectwise-time" -> connectwiseTime(b);
      case "connectwise-tickets" -> connectwiseTickets(b);
      case "connectwise-invoices" -> connectwiseInvoices(b);
      case "connectwise-agreements" -> connectwiseAgreements(b);
      case "autotask-tickets" -> autotaskTickets(b, ids);
      case "autotask-time" -> autotaskTime(b, ids);
      case "autotask-invoices" -> autotaskInvoices(b, ids);
      case "autotask-contracts" -> autotaskContracts(b, ids);
      case "autotask-companies" -> autotaskCompanies(ids);
      case "quickbooks-invoices" -> quickbooksInvoices(b);
      case "quickbooks-payments" -> quickbooksPayments(b);
      case "xero-invoices" -> xeroInvoices(b);
      case "invoiceninja5-invoices" -> invoiceNinja5(b);
      case "invoiceninja5-payments" -> invoiceNinja5Payments(b);
      case "invoiceninja4-invoices" -> invoiceNinja4Invoices(b);
      case "invoiceninja4-payments" -> invoiceNinja4Payments(b);
      case "kimai-time" -> kimaiTime(b);
      case "harvest-time" -> harvestTime(b);
      case "toggl-time" -> togglTime(b);
      default -> throw new IllegalArgumentException("no writer for the profile " + profile);
    };
  }

  // ITFlow: LF line ends, ISO dates, plain decimals without fixed decimals

  private static Layout itflow(List<String> header, List<List<String>> rows) {
    return new Layout(List.of(), header, rows, List.of(), "\n");
  }

  private static Layout itflowTickets(Books b) {
    List<List<String>> rows = new ArrayList<>();
    for (Ticket t : b.tickets()) {
      String closed = t.closed() == null ? "" : t.closed().format(ITFLOW_TIME);
      rows.add(
          row(
              t.id(),
              t.priority(),
              t.closed() == null ? "Open" : "Closed",
              quotePrefix(t.summary()),
              t.opened().format(ITFLOW_TIME),
              closed,
              closed,
              quotePrefix(t.client()),
              "",
              "",
              t.type(),
              ""));
    }
    return itflow(
        List.of(
            "Ticket Number",
            "Priority",
            "Status",
            "Subject",
            "Date Opened",
            "Date Resolved",
            "Date Closed",
            "Client",
            "Contact",
            "Assigned To",
            "Category",
            "Billable"),
        rows);
  }

  private static Layout itflowInvoices(Books b) {
    List<List<String>> rows = new ArrayList<>();
    for (Invoice i : b.invoices()) {
      // the older layout: the client's name is a 7th value under the 6-name header
      rows.add(
          row(
              i.id(),
              quotePrefix(i.description()),
              plain(i.amount()),
              iso(i.issued()),
              iso(i.due()),
              status(i, "Sent"),
              quotePrefix(i.client())));
    }
    return itflow(
        List.of("Invoice Number", "Scope", "Amount", "Issued Date", "Due Date", "Status"), rows);
  }

  private static Layout itflowPayments(Books b) {
    Map<String, Invoice> invoices = invoicesById(b);
    List<List<String>> rows = new ArrayList<>();
    for (Payment p : b.payments()) {
      Invoice i = invoices.get(p.invoiceId());
      rows.add(
          row(
              iso(p.date()),
              i == null ? "" : iso(i.issued()),
              p.invoiceId(),
              i == null ? "" : plain(i.amount()),
              plain(p.amount()),
              "Check",
              ""));
    }
    return itflow(
        List.of(
            "Payment Date",
            "Invoice Date",
            "Invoice Number",
            "Invoice Amount",
            "Payment Amount",
            "Payment Method",
            "Referrence"),
        rows);
  }

  private static Layout itflowIncome(Books b) {
    Map<String, Invoice> invoices = invoicesById(b);
    List<List<String>> rows = new ArrayList<>();
    for (Payment p : b.payments()) {
      Invoice i = invoices.get(p.invoiceId());
      rows.add(
          row(
              iso(p.date()),
              "Payment",
              p.invoiceId(),
              "",
              i == null ? "" : quotePrefix(i.client()),
              plain(p.amount()),
              "USD",
              "Check",
              "",
              "Checking"));
    }
    return itflow(
        List.of(
            "Date",
            "Type",
            "Source",
            "Category",
            "Client",
            "Amount",
            "Currency",
            "Payment Method",
            "Reference",
            "Account"),
        rows);
  }

  private static Layout itflowRecurring(Books b) {
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    for (Agreement a : b.agreements()) {
      if (a.end() != null) {
        continue; // a recurring invoice that ended is no longer in the export
      }
      rows.add(
          row(
              "REC-" + n++,
              quotePrefix(a.name()),
              plain(a.monthlyFee()),
              "Monthly",
              iso(a.start()),
              quotePrefix(a.client())));
    }
    return itflow(
        List.of("Recurring Number", "Scope", "Amount", "Frequency", "Date Created", "Client"),
        rows);
  }

  private static Layout itflowClients(Books b) {
    List<List<String>> rows = new ArrayList<>();
    for (Client c : b.clients()) {
      rows.add(row(quotePrefix(c.name()), "", "", "", "USD", "30"));
    }
    return itflow(
        List.of("Client Name", "Type", "Website", "Hourly Rate", "Currency", "Payment Terms"),
        rows);
  }

  // ConnectWise PSA: flattened REST objects, ISO-8601 UTC datetimes

  private static Layout connectwiseTime(Books b) {
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    for (TimeEntry e : b.timeEntries()) {
      ChargeTo charge = e.chargeTo();
      String type =
          charge == ChargeTo.PROJECT
              ? "ProjectTicket"
              : charge == ChargeTo.INTERNAL ? "ChargeCode" : "ServiceTicket";
      String chargeToId = type.equals("ChargeCode") ? "" : e.ticketId() == null ? "" : e.ticketId();
      rows.add(
          row(
              String.valueOf(n++),
              e.client(),
              chargeToId,
              type,
              e.technician(),
              e.workType(),
              charge == ChargeTo.AGREEMENT ? "Managed Services" : "",
              e.date().atTime(14, 0).format(UTC),
              plain(e.hours()),
              e.billable() ? "Billable" : "DoNotBill",
              e.rate() == null ? "" : plain(e.rate())));
    }
    return new Layout(
        List.of(
            "id",
            "company.name",
            "chargeToId",
            "chargeToType",
            "member.identifier",
            "workType.name",
            "agreement.name",
            "timeStart",
            "actualHours",
            "billableOption",
            "hourlyRate"),
        rows);
  }

  private static Layout connectwiseTickets(Books b) {
    List<List<String>> rows = new ArrayList<>();
    for (Ticket t : b.tickets()) {
      rows.add(
          row(
              t.id(),
              t.client(),
              t.summary(),
              "Help Desk",
              t.type(),
              t.priority(),
              t.source(),
              t.opened().format(UTC),
              t.closed() == null ? "" : t.closed().format(UTC)));
    }
    return new Layout(
        List.of(
            "id",
            "company.name",
            "summary",
            "board.name",
            "type.name",
            "priority.name",
            "source.name",
            "_info.dateEntered",
            "closedDate"),
        rows);
  }

  private static Layout connectwiseInvoices(Books b) {
    List<List<String>> rows = new ArrayList<>();
    for (Invoice i : b.invoices()) {
      boolean credit = i.isCredit();
      BigDecimal balance = i.balance();
      rows.add(
          row(
              i.id(),
              i.client(),
              credit ? "CreditMemo" : "Standard",
              utcDay(i.issued()),
              utcDay(i.due()),
              plain(i.amount().abs()),
              balance == null ? "" : plain(balance),
              balance == null ? "" : plain(i.amount().subtract(balance))));
    }
    return new Layout(
        List.of(
            "invoiceNumber",
            "company.name",
            "type",
            "date",
            "dueDate",
            "total",
            "balance",
            "payments"),
        rows);
  }

  private static Layout connectwiseAgreements(Books b) {
    List<List<String>> rows = new ArrayList<>();
    for (Agreement a : b.agreements()) {
      String type =
          a.type() == AgreementType.BLOCK_HOURS
              ? "Block Hours"
              : a.type() == AgreementType.TIME_AND_MATERIALS ? "T&M" : "Managed Services";
      rows.add(
          row(
              a.name(),
              a.client(),
              type,
              utcDay(a.start()),
              utcDay(a.end()),
              a.monthlyFee() == null ? "" : plain(a.monthlyFee()),
              "Monthly",
              a.end() == null ? "Active" : "Expired"));
    }
    return new Layout(
        List.of(
            "name",
            "company.name",
            "type.name",
            "startDate",
            "endDate",
            "billAmount",
            "billingCycle.name",
            "agreementStatus"),
        rows);
  }

  // Autotask PSA: REST field names, integer picklists, company and ticket IDs

  private static Layout autotaskTickets(Books b, Ids ids) {
    List<List<String>> rows = new ArrayList<>();
    for (Ticket t : b.tickets()) {
      rows.add(
          row(
              ids.tickets.get(t.id()),
              t.id(),
              ids.companies.get(t.client()),
              t.summary(),
              t.opened().format(UTC),
              t.closed() == null ? "" : t.closed().format(UTC),
              autotaskPriority(t.priority()),
              "",
              "29682833",
              t.source(),
              autotaskTicketType(t.type())));
    }
    return new Layout(
        List.of(
            "id",
            "ticketNumber",
            "companyID",
            "title",
            "createDate",
            "completedDate",
            "priority",
            "issueType",
            "queueID",
            "source",
            "ticketType"),
        rows);
  }

  private static String autotaskPriority(String priority) {
    if (priority == null) {
      return "";
    }
    return switch (priority) {
      case "P1" -> "4";
      case "P2" -> "1";
      case "P3" -> "2";
      case "P4" -> "3";
      default -> "";
    };
  }

  private static String autotaskTicketType(String type) {
    if (type == null) {
      return "";
    }
    return switch (type) {
      case "service request" -> "1";
      case "incident" -> "2";
      case "problem" -> "3";
      case "change request" -> "4";
      case "alert" -> "5";
      default -> "";
    };
  }

  private static Layout autotaskTime(Books b, Ids ids) {
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    for (TimeEntry e : b.timeEntries()) {
      if (e.ticketId() == null || !ids.tickets.containsKey(e.ticketId())) {
        continue; // an entry names no company, only its ticket
      }
      rows.add(
          row(
              String.valueOf(n++),
              ids.tickets.get(e.ticketId()),
              ids.resources.get(String.valueOf(e.technician())),
              utcDay(e.date()),
              plain(e.hours()),
              e.billable() ? "false" : "true",
              "",
              "29682801"));
    }
    return new Layout(
        List.of(
            "id",
            "ticketID",
            "resourceID",
            "dateWorked",
            "hoursWorked",
            "isNonBillable",
            "contractID",
            "billingCodeID"),
        rows);
  }

  private static Layout autotaskInvoices(Books b, Ids ids) {
    List<List<String>> rows = new ArrayList<>();
    for (Invoice i : b.invoices()) {
      rows.add(
          row(
              i.id(),
              ids.companies.get(i.client()),
              utcDay(i.issued()),
              utcDay(i.due()),
              utcDay(i.paid()),
              money(i.amount())));
    }
    return new Layout(
        List.of(
            "invoiceNumber", "companyID", "invoiceDateTime", "dueDate", "paidDate", "invoiceTotal"),
        rows);
  }

  private static Layout autotaskContracts(Books b, Ids ids) {
    List<List<String>> rows = new ArrayList<>();
    for (Agreement a : b.agreements()) {
      String type =
          a.type() == AgreementType.BLOCK_HOURS
              ? "4"
              : a.type() == AgreementType.TIME_AND_MATERIALS ? "1" : "7";
      rows.add(
          row(
              a.name(),
              ids.companies.get(a.client()),
              type,
              utcDay(a.start()),
              utcDay(a.end()),
              a.end() == null ? "1" : "0"));
    }
    return new Layout(
        List.of("contractName", "companyID", "contractType", "startDate", "endDate", "status"),
        rows);
  }

  private static Layout autotaskCompanies(Ids ids) {
    List<List<String>> rows = new ArrayList<>();
    new TreeSet<>(ids.companies.keySet())
        .forEach(name -> rows.add(row(ids.companies.get(name), name)));
    rows.sort((x, y) -> x.get(0).compareTo(y.get(0)));
    return new Layout(List.of("id", "companyName"), rows);
  }

  // QuickBooks Online Invoice List report

  private static Layout quickbooksInvoices(Books b) {
    List<List<String>> rows = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal open = BigDecimal.ZERO;
    LocalDate first = null;
    LocalDate last = null;
    for (Invoice i : b.invoices()) {
      rows.add(
          row(
              i.issued().format(US),
              i.isCredit() ? "Credit Memo" : "Invoice",
              i.id(),
              i.client(),
              i.description(),
              i.due() == null ? "" : i.due().format(US),
              grouped(i.amount()),
              i.balance() == null ? "" : grouped(i.balance())));
      total = total.add(i.amount());
      open = open.add(i.balance() == null ? BigDecimal.ZERO : i.balance());
      first = first == null || i.issued().isBefore(first) ? i.issued() : first;
      last = last == null || i.issued().isAfter(last) ? i.issued() : last;
    }
    rows.add(row("TOTAL", "", "", "", "", "", "$" + grouped(total), "$" + grouped(open)));
    LocalDate from = first == null ? LocalDate.of(2026, 1, 1) : first;
    LocalDate to = last == null ? from : last;
    String range =
        (from.getYear() == to.getYear() ? from.format(REPORT_MONTH_DAY) : from.format(REPORT_DAY))
            + " - "
            + to.format(REPORT_DAY);
    return new Layout(
        List.of("Sample MSP LLC", "Invoice List", range, ""),
        List.of(
            "Date",
            "Transaction type",
            "Num",
            "Name",
            "Memo/Description",
            "Due date",
            "Amount",
            "Open balance"),
        rows,
        List.of("", "", "\"" + to.plusDays(1).format(STAMP) + " 09:00 AM GMT-08:00\""),
        "\r\n");
  }

  // QuickBooks Online Transaction List: payments by customer, naming no invoice

  private static Layout quickbooksPayments(Books b) {
    Map<String, Invoice> invoices = invoicesById(b);
    List<List<String>> rows = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    int number = 5000;
    for (Payment p : b.payments()) {
      Invoice i = invoices.get(p.invoiceId());
      rows.add(
          row(
              p.date().format(US),
              "Payment",
              String.valueOf(++number),
              "Yes",
              i == null ? "" : i.client(),
              "",
              "Undeposited Funds",
              "Accounts Receivable (A/R)",
              grouped(p.amount())));
      total = total.add(p.amount());
    }
    rows.add(row("TOTAL", "", "", "", "", "", "", "", "$" + grouped(total)));
    return new Layout(
        List.of("Sample MSP LLC", "Transaction List by Date", "All Dates", ""),
        List.of(
            "Date",
            "Transaction type",
            "Num",
            "Posting (Y/N)",
            "Name",
            "Memo/Description",
            "Account name",
            "Split",
            "Amount"),
        rows,
        List.of("", "", "\"Sunday, November 1, 2026 09:00 AM GMT-08:00\""),
        "\r\n");
  }

  // Xero sales invoices: one row per line, invoice fields repeated, dd/MM/yyyy

  private static Layout xeroInvoices(Books b) {
    List<List<String>> rows = new ArrayList<>();
    int n = 0;
    for (Invoice i : b.invoices()) {
      BigDecimal total = i.amount().abs();
      BigDecimal due = i.balance() == null ? BigDecimal.ZERO : i.balance().abs();
      List<BigDecimal> lines = new ArrayList<>();
      if (n++ % 3 == 0 && total.compareTo(BigDecimal.TEN) >= 0) {
        BigDecimal first = total.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP);
        lines.add(first);
        lines.add(total.subtract(first));
      } else {
        lines.add(total);
      }
      for (int line = 0; line < lines.size(); line++) {
        String amount = money(lines.get(line));
        rows.add(
            row(
                i.client(),
                "",
                i.id(),
                "",
                i.issued().format(UK),
                i.due() == null ? "" : i.due().format(UK),
                "",
                money(total),
                "0.00",
                money(total.subtract(due)),
                money(due),
                "",
                line == 0 ? i.description() : "Additional items",
                "1",
                amount,
                amount,
                "USD",
                i.isCredit() ? "Sales credit note" : "Sales invoice",
                "Sent",
                due.signum() == 0 ? "Paid" : "Awaiting Payment"));
      }
    }
    return new Layout(
        List.of(
            "*ContactName",
            "EmailAddress",
            "*InvoiceNumber",
            "Reference",
            "*InvoiceDate",
            "*DueDate",
            "PlannedDate",
            "Total",
            "TaxTotal",
            "InvoiceAmountPaid",
            "InvoiceAmountDue",
            "InventoryItemCode",
            "*Description",
            "*Quantity",
            "*UnitAmount",
            "LineAmount",
            "Currency",
            "Type",
            "Sent",
            "Status"),
        rows);
  }

  // Invoice Ninja

  private static Layout invoiceNinja5(Books b) {
    List<List<String>> rows = new ArrayList<>();
    for (Invoice i : b.invoices()) {
      BigDecimal balance = i.balance();
      rows.add(
          row(
              i.client(),
              i.id(),
              plain(i.amount()),
              balance == null ? "" : plain(balance),
              balance == null ? "" : plain(i.amount().subtract(balance)),
              iso(i.issued()),
              iso(i.due()),
              status(i, "Sent"),
              ""));
    }
    return new Layout(
        List.of(
            "Client Name",
            "Invoice Invoice Number",
            "Invoice Amount",
            "Invoice Balance",
            "Invoice Paid to Date",
            "Invoice Date",
            "Invoice Due Date",
            "Invoice Status",
            "Invoice Recurring Invoice"),
        rows);
  }

  private static Layout invoiceNinja5Payments(Books b) {
    Map<String, Invoice> invoices = invoicesById(b);
    List<List<String>> rows = new ArrayList<>();
    int number = 0;
    for (Payment p : b.payments()) {
      Invoice i = invoices.get(p.invoiceId());
      rows.add(
          row(
              i == null ? "" : i.client(),
              String.format(Locale.ROOT, "P%04d", ++number),
              plain(p.amount()),
              iso(p.date()),
              "Completed",
              p.invoiceId()));
    }
    return new Layout(
        List.of(
            "Client Name",
            "Payment Number",
            "Payment Amount",
            "Payment Date",
            "Payment Status",
            "Invoice Invoice Number"),
        rows);
  }

  /** v4 writes its title, a blank row and the section's name before the header. */
  private static List<String> ninjaPreamble(String section) {
    return List.of("\"Invoice Ninja v4.5.50 - Nov 1, 2026 9:00 am\"", "", section);
  }

  /**
   * v4 (since 2017): one row per line item, the invoice's columns repeated on each; Paid is what
   * was paid of the invoice; dates as stored (ISO).
   */
  private static Layout invoiceNinja4Invoices(Books b) {
    List<List<String>> rows = new ArrayList<>();
    int n = 0;
    for (Invoice i : b.invoices()) {
      BigDecimal balance = i.balance();
      String paid = balance == null ? "" : dollars(i.amount().subtract(balance));
      List<BigDecimal> lines = new ArrayList<>();
      if (n++ % 3 == 0 && i.amount().abs().compareTo(BigDecimal.TEN) >= 0) {
        BigDecimal first =
            i.amount().multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP);
        lines.add(first);
        lines.add(i.amount().subtract(first));
      } else {
        lines.add(i.amount());
      }
      for (int line = 0; line < lines.size(); line++) {
        rows.add(
            row(
                i.client(),
                "billing@example.com",
                i.id(),
                dollars(i.amount()),
                paid,
                "",
                status(i, "Sent"),
                iso(i.issued()),
                i.due() == null ? "0000-00-00" : iso(i.due()),
                "",
                "",
                "",
                "",
                "",
                line == 0 ? "Services" : "Hardware",
                "",
                plain(lines.get(line)),
                "1"));
      }
    }
    return new Layout(
        ninjaPreamble("INVOICES"),
        List.of(
            "Client",
            "Email",
            "Invoice Number",
            "Amount",
            "Paid",
            "PO Number",
            "Status",
            "Invoice Date",
            "Due Date",
            "Discount",
            "Partial/Deposit",
            "Partial Due Date",
            "Public Notes",
            "Private Notes",
            "Item Product",
            "Item Notes",
            "Item Cost",
            "Item Quantity"),
        rows,
        List.of(),
        "\n");
  }

  private static Layout invoiceNinja4Payments(Books b) {
    Map<String, Invoice> invoices = invoicesById(b);
    List<List<String>> rows = new ArrayList<>();
    for (Payment p : b.payments()) {
      Invoice i = invoices.get(p.invoiceId());
      rows.add(
          row(
              i == null ? "" : i.client(),
              p.invoiceId(),
              dollars(p.amount()),
              iso(p.date()),
              "Bank Transfer",
              "",
              "",
              dollars(p.amount())));
    }
    return new Layout(
        ninjaPreamble("PAYMENTS"),
        List.of(
            "Client",
            "Invoice Number",
            "Amount",
            "Payment Date",
            "Method",
            "Transaction Reference",
            "Private Notes",
            "Converted Amount"),
        rows,
        List.of(),
        "\n");
  }

  // time trackers

  private static Layout kimaiTime(Books b) {
    List<List<String>> rows = new ArrayList<>();
    for (TimeEntry e : b.timeEntries()) {
      int minutes = minutes(e.hours());
      LocalDateTime from = e.date().atTime(9, 0);
      rows.add(
          row(
              iso(e.date()),
              "09:00",
              from.plusMinutes(minutes).toLocalTime().toString(),
              minutes / 60 + ":" + twoDigits(minutes % 60),
              e.client(),
              "Support",
              e.workType(),
              "",
              e.billable() ? "yes" : "no",
              e.technician(),
              e.rate() == null ? "" : money(e.rate()),
              e.rate() == null ? "" : money(e.rate().multiply(e.hours()))));
    }
    return new Layout(
        List.of(
            "Date",
            "From",
            "To",
            "Duration",
            "Customer",
            "Project",
            "Activity",
            "Description",
            "Billable",
            "User",
            "Hourly price",
            "Rate"),
        rows);
  }

  private static Layout harvestTime(Books b) {
    List<List<String>> rows = new ArrayList<>();
    for (TimeEntry e : b.timeEntries()) {
      String technician = e.technician() == null ? "" : e.technician();
      int space = technician.indexOf(' ');
      rows.add(
          row(
              iso(e.date()),
              e.client(),
              "Support",
              e.workType(),
              "",
              plain(e.hours()),
              e.billable() ? "Yes" : "No",
              space < 0 ? technician : technician.substring(0, space),
              space < 0 ? "" : technician.substring(space + 1),
              e.rate() == null ? "" : money(e.rate()),
              e.rate() == null ? "" : money(e.rate().multiply(e.hours()))));
    }
    return new Layout(
        List.of(
            "Date",
            "Client",
            "Project",
            "Task",
            "Notes",
            "Hours",
            "Billable?",
            "First Name",
            "Last Name",
            "Billable Rate",
            "Billable Amount"),
        rows);
  }

  private static Layout togglTime(Books b) {
    List<List<String>> rows = new ArrayList<>();
    for (TimeEntry e : b.timeEntries()) {
      int minutes = minutes(e.hours());
      LocalDateTime start = e.date().atTime(9, 0);
      LocalDateTime end = start.plusMinutes(minutes);
      rows.add(
          row(
              e.technician(),
              e.client(),
              e.workType(),
              "",
              e.billable() ? "Yes" : "No",
              iso(e.date()),
              "09:00:00",
              iso(end.toLocalDate()),
              end.toLocalTime() + ":00",
              twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60) + ":00"));
    }
    return new Layout(
        List.of(
            "User",
            "Client",
            "Project",
            "Description",
            "Billable",
            "Start date",
            "Start time",
            "End date",
            "End time",
            "Duration"),
        rows);
  }

  // values

  private static List<String> row(String... cells) {
    List<String> row = new ArrayList<>(cells.length);
    for (String cell : cells) {
      row.add(cell == null ? "" : cell);
    }
    return row;
  }

  private static Map<String, Invoice> invoicesById(Books b) {
    Map<String, Invoice> byId = new HashMap<>();
    b.invoices().forEach(i -> byId.put(i.id(), i));
    return byId;
  }

  /** Paid when nothing is open, Partial when some of it is, else {@code unpaid}. */
  private static String status(Invoice i, String unpaid) {
    if (i.balance() == null) {
      return unpaid;
    }
    if (i.balance().signum() == 0) {
      return "Paid";
    }
    return i.balance().compareTo(i.amount()) == 0 ? unpaid : "Partial";
  }

  /** A text cell starting with {@code = + - @} gets a leading {@code '}, as ITFlow writes it. */
  private static String quotePrefix(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static String iso(LocalDate day) {
    return day == null ? "" : day.toString();
  }

  private static String utcDay(LocalDate day) {
    return day == null ? "" : day.atStartOfDay().format(UTC);
  }

  private static String money(BigDecimal amount) {
    return amount == null ? "" : CanonicalBookWriter.money(amount);
  }

  /** A plain decimal without trailing zeros ({@code 150}, {@code 99.5}). */
  private static String plain(BigDecimal amount) {
    return amount == null ? "" : CanonicalBookWriter.hours(amount);
  }

  /** {@code 1,234.56}, negatives {@code -100.00}. */
  private static String grouped(BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(amount);
  }

  /** Invoice Ninja v4: {@code $1,013.50 }, {@code $-142.85 }. */
  private static String dollars(BigDecimal amount) {
    return "$" + grouped(amount) + " ";
  }

  private static int minutes(BigDecimal hours) {
    return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : String.valueOf(value);
  }

  private static void write(Path file, Layout layout) {
    StringBuilder text = new StringBuilder();
    layout.preamble().forEach(line -> text.append(line).append(layout.lineEnd()));
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator(layout.lineEnd()).get();
    try {
      CSVPrinter out = format.print(text);
      out.printRecord(layout.header());
      for (List<String> row : layout.rows()) {
        out.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    layout.footer().forEach(line -> text.append(line).append(layout.lineEnd()));
    AtomicFile.write(file, text.toString());
  }
}
