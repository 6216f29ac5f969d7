// The peer in the benchmark (not part of mrrlens): answers `mrrlens labor` and `mrrlens payments`
// with DuckDB's JDBC driver over the same CSV files, and writes the per-client table with the
// columns and row order of `mrrlens labor|payments --format csv` (client names as their match key:
// trimmed, inner whitespace collapsed, lower case). One question per JVM, as a user would run it.
//
// Usage (bench/vs-duckdb builds the class path):
//   java -cp target/bench/classes:target/bench/lib/* DuckDbQuestions labor|payments BOOKS OUT.csv
//
// What it computes is docs/metrics.md with the default settings (cost per hour 55.00, terms 30
// days, the default proactive types, the 12-month window ending with the last complete month at
// as_of = the latest date in the books). Each file is read once into an in-memory table (only the
// columns the question needs), then one aggregate query writes the result with COPY. Values are
// typed as mrrlens reads them: money and hours as exact decimals, dates as dates, billable from
// its spellings. DuckDB does not check the rows the way mrrlens's import does (IDs, links, ranges):
// on a clean book both give the same figures (bench/vs-duckdb checks that), and that check is the
// only work mrrlens does that this peer does not.
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

public final class DuckDbQuestions {
  private static final String KEY = "lower(regexp_replace(trim(client), '\\s+', ' ', 'g'))";
  private static final String PROACTIVE =
      "'project|maintenance|patch|onboard|proactive|scheduled|review|qbr|vcio'";
  private static final String TRUE_WORDS = "('true','yes','y','1','billable')";

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--version")) {
      try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
          Statement sql = db.createStatement();
          ResultSet r = sql.executeQuery("SELECT library_version FROM pragma_version()")) {
        r.next();
        System.out.println(r.getString(1));
      }
      return;
    }
    if (args.length != 3 || !List.of("labor", "payments").contains(args[0])) {
      System.err.println("usage: DuckDbQuestions labor|payments BOOKS OUT.csv");
      System.exit(2);
    }
    String question = args[0];
    Path books = Path.of(args[1]);
    Path out = Path.of(args[2]);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement()) {
      boolean payments = question.equals("payments");
      boolean paymentsFile = exists(books, "payments");
      load(sql, books, payments, paymentsFile);
      LocalDate asOf = asOf(sql, books, paymentsFile);
      YearMonth last =
          asOf.equals(YearMonth.from(asOf).atEndOfMonth())
              ? YearMonth.from(asOf)
              : YearMonth.from(asOf).minusMonths(1);
      Window window = new Window(last.minusMonths(11).atDay(1), last.plusMonths(1).atDay(1), 12);
      String query = payments ? payments(asOf, window, paymentsFile) : labor(window);
      sql.execute("COPY (" + query + ") TO '" + out.toAbsolutePath() + "' (HEADER)");
    }
  }

  /** Whole months [from, until), M of them. */
  private record Window(LocalDate from, LocalDate until, int months) {
    String contains(String column) {
      return column + " >= DATE '" + from + "' AND " + column + " < DATE '" + until + "'";
    }
  }

  private static boolean exists(Path books, String kind) throws Exception {
    try (var files = Files.list(books)) {
      return files.anyMatch(
          f -> {
            String name = f.getFileName().toString().toLowerCase();
            return name.startsWith(kind) && name.endsWith(".csv");
          });
    }
  }

  private static String csv(Path books, String kind, String types) {
    return "read_csv('"
        + books.toAbsolutePath()
        + "/"
        + kind
        + "*.csv', header = true, all_varchar = false, types = {"
        + types
        + "})";
  }

  /** Reads the files the question needs, once each, keeping only the columns it uses. */
  private static void load(Statement sql, Path books, boolean payments, boolean paymentsFile)
      throws SQLException {
    sql.execute(
        "CREATE TABLE invoices AS SELECT invoice_id, "
            + KEY
            + " AS client, issued, due, amount, paid, balance FROM "
            + csv(
                books,
                "invoices",
                "'invoice_id': 'VARCHAR', 'client': 'VARCHAR', 'issued': 'DATE', 'due': 'DATE',"
                    + " 'amount': 'DECIMAL(18,4)', 'paid': 'DATE', 'balance': 'DECIMAL(18,4)'"));
    if (paymentsFile) {
      sql.execute(
          "CREATE TABLE payments AS SELECT invoice_id, date, amount FROM "
              + csv(
                  books,
                  "payments",
                  "'invoice_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DECIMAL(18,4)'"));
    }
    if (payments) {
      return;
    }
    sql.execute(
        "CREATE TABLE tickets AS SELECT ticket_id, "
            + KEY
            + " AS client, CAST(opened AS DATE) AS opened, CAST(closed AS DATE) AS closed,"
            + " coalesce(regexp_matches(lower(type), "
            + PROACTIVE
            + "), false) AS proactive FROM "
            + csv(
                books,
                "tickets",
                "'ticket_id': 'VARCHAR', 'client': 'VARCHAR', 'opened': 'TIMESTAMP',"
                    + " 'closed': 'TIMESTAMP', 'type': 'VARCHAR'"));
    sql.execute(
        "CREATE TABLE time AS SELECT "
            + KEY
            + " AS client, ticket_id, date, hours,"
            + " coalesce(lower(trim(billable)) IN "
            + TRUE_WORDS
            + ", true) AS billable,"
            + " coalesce(lower(trim(charge_to)) = 'project', false)"
            + "   OR coalesce(regexp_matches(lower(work_type), "
            + PROACTIVE
            + "), false) AS proactive FROM "
            + csv(
                books,
                "time",
                "'client': 'VARCHAR', 'ticket_id': 'VARCHAR', 'date': 'DATE',"
                    + " 'hours': 'DECIMAL(18,4)', 'billable': 'VARCHAR', 'work_type': 'VARCHAR',"
                    + " 'charge_to': 'VARCHAR'"));
    sql.execute(
        "CREATE TABLE clients AS SELECT "
            + KEY
            + " AS client, max(endpoints) AS endpoints FROM "
            + csv(books, "clients", "'client': 'VARCHAR', 'endpoints': 'INTEGER'")
            + " GROUP BY 1");
  }

  /**
   * as_of: the latest date in the books (metrics.md), tickets and time entries included. The
   * payment question keeps no table of tickets or time entries, but reads their dates for this, as
   * mrrlens does: the same answer on any book needs the same as_of.
   */
  private static LocalDate asOf(Statement sql, Path books, boolean paymentsFile)
      throws SQLException {
    boolean labor = tableExists(sql, "tickets");
    String tickets =
        labor
            ? "tickets"
            : "(SELECT CAST(opened AS DATE) AS opened, CAST(closed AS DATE) AS closed FROM "
                + csv(books, "tickets", "'opened': 'TIMESTAMP', 'closed': 'TIMESTAMP'")
                + ")";
    String time =
        labor ? "time" : "(SELECT date FROM " + csv(books, "time", "'date': 'DATE'") + ")";
    String dates =
        "SELECT max(issued) AS d FROM invoices UNION ALL SELECT max(paid) FROM invoices"
            + (paymentsFile ? " UNION ALL SELECT max(date) FROM payments" : "")
            + " UNION ALL SELECT greatest(max(opened), max(closed)) FROM "
            + tickets
            + " UNION ALL SELECT max(date) FROM "
            + time;
    try (ResultSet r = sql.executeQuery("SELECT max(d) FROM (" + dates + ")")) {
      r.next();
      return r.getObject(1, LocalDate.class);
    }
  }

  private static boolean tableExists(Statement sql, String table) throws SQLException {
    try (ResultSet r =
        sql.executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = '" + table + "'")) {
      r.next();
      return r.getLong(1) > 0;
    }
  }

  /** Question 1: tickets, hours, billable and reactive hours, revenue, and the ratios. */
  private static String labor(Window w) {
    String m = Integer.toString(w.months());
    return "WITH tk AS (SELECT client, count(*) AS tickets FROM tickets WHERE "
        + w.contains("opened")
        + " GROUP BY client),"
        + " tm AS (SELECT e.client, sum(e.hours) AS hours,"
        + "   coalesce(sum(e.hours) FILTER (WHERE e.billable), 0) AS billable_hours,"
        + "   coalesce(sum(e.hours) FILTER (WHERE NOT (e.proactive OR coalesce(k.proactive,"
        + " false))), 0) AS reactive_hours"
        + "   FROM time e LEFT JOIN tickets k ON e.ticket_id = k.ticket_id WHERE "
        + w.contains("e.date")
        + " GROUP BY e.client),"
        + " rv AS (SELECT client, sum(amount) AS revenue FROM invoices WHERE "
        + w.contains("issued")
        + " GROUP BY client),"
        + " keys AS (SELECT client FROM tk UNION SELECT client FROM tm UNION SELECT client FROM"
        + " rv),"
        + " r AS (SELECT keys.client, coalesce(tk.tickets, 0) AS tickets,"
        + "   coalesce(tm.hours, 0) AS hours, coalesce(tm.billable_hours, 0) AS billable_hours,"
        + "   coalesce(tm.reactive_hours, 0) AS reactive_hours,"
        + "   coalesce(rv.revenue, 0) AS revenue, c.endpoints"
        + "   FROM keys LEFT JOIN tk USING (client) LEFT JOIN tm USING (client)"
        + "   LEFT JOIN rv USING (client) LEFT JOIN clients c USING (client))"
        + " SELECT client, tickets, round(hours, 2) AS hours,"
        + "   round(billable_hours, 2) AS billable_hours, round(reactive_hours, 2) AS"
        + " reactive_hours,"
        + "   round(hours / "
        + m
        + ", 4) AS hours_per_month,"
        + "   round(hours / sum(hours) OVER (), 4) AS share_of_hours,"
        + "   round(revenue, 2) AS revenue,"
        + "   round(CASE WHEN hours = 0 THEN NULL ELSE revenue / hours END, 4) AS effective_rate,"
        + "   round(hours * 55, 2) AS labor_cost,"
        + "   round(CASE WHEN revenue <= 0 THEN NULL ELSE (revenue - hours * 55) / revenue END,"
        + " 4) AS margin,"
        + "   endpoints,"
        + "   round(CASE WHEN coalesce(endpoints, 0) = 0 THEN NULL"
        + "     ELSE reactive_hours / (endpoints * "
        + m
        + ") END, 4) AS rhem"
        + " FROM r ORDER BY hours DESC, client";
  }

  /** Question 2: billed, paid, days to pay and late, on-time rate, open balance and its aging. */
  private static String payments(LocalDate asOf, Window w, boolean paymentsFile) {
    String a = "DATE '" + asOf + "'";
    String paidByPayments =
        paymentsFile
            ? " pp AS (SELECT invoice_id, min(date) AS paid FROM (SELECT p.invoice_id, p.date,"
                + "   sum(p.amount) OVER (PARTITION BY p.invoice_id ORDER BY p.date"
                + "     ROWS UNBOUNDED PRECEDING) AS applied, i.amount"
                + "   FROM payments p JOIN invoices i ON p.invoice_id = i.invoice_id)"
                + "   WHERE applied >= amount - 0.005 GROUP BY invoice_id),"
                + " pu AS (SELECT invoice_id, sum(amount) AS applied FROM payments WHERE date <= "
                + a
                + " GROUP BY invoice_id),"
            : "";
    String open =
        paymentsFile
            ? "greatest(0, amount - coalesce(applied, 0))"
            : "CASE WHEN paid IS NOT NULL THEN amount ELSE coalesce(balance, amount) END";
    return "WITH"
        + paidByPayments
        + " i AS (SELECT i.client, i.amount, i.issued, coalesce(i.due, i.issued + 30) AS due,"
        + (paymentsFile ? " coalesce(i.paid, pp.paid)" : " i.paid")
        + " AS paid, i.balance"
        + (paymentsFile ? ", pu.applied" : "")
        + "   FROM invoices i"
        + (paymentsFile
            ? " LEFT JOIN pp ON i.invoice_id = pp.invoice_id"
                + " LEFT JOIN pu ON i.invoice_id = pu.invoice_id"
            : "")
        + "   WHERE i.amount > 0),"
        + " f AS (SELECT *, paid IS NOT NULL AND paid <= "
        + a
        + " AS known,"
        + "   paid IS NULL AND balance = 0 AS unknown,"
        + "   "
        + w.contains("issued")
        + " AS win,"
        + "   date_diff('day', due, "
        + a
        + ") AS past_due FROM i),"
        + " o AS (SELECT *, CASE WHEN issued > "
        + a
        + " OR known OR unknown THEN 0 ELSE "
        + open
        + " END AS open FROM f),"
        + " t AS (SELECT client,"
        + "   count(*) FILTER (WHERE win) AS invoices,"
        + "   coalesce(sum(amount) FILTER (WHERE win), 0) AS billed,"
        + "   count(*) FILTER (WHERE win AND (known OR unknown)) AS paid_invoices,"
        + "   coalesce(sum(amount) FILTER (WHERE win AND known), 0) AS paid_amount,"
        + "   coalesce(sum(amount * date_diff('day', issued, paid)) FILTER (WHERE win AND known),"
        + " 0) AS to_pay,"
        + "   coalesce(sum(amount * greatest(0, date_diff('day', due, paid))) FILTER"
        + " (WHERE win AND known), 0) AS late,"
        + "   count(*) FILTER (WHERE win AND known AND paid <= due) AS on_time,"
        + "   count(*) FILTER (WHERE win AND (known OR (NOT unknown AND due < "
        + a
        + "))) AS outcome_known,"
        + "   coalesce(sum(open) FILTER (WHERE open > 0), 0) AS open_balance,"
        + "   coalesce(sum(open) FILTER (WHERE open > 0 AND past_due <= 0), 0) AS aging_current,"
        + "   coalesce(sum(open) FILTER (WHERE open > 0 AND past_due BETWEEN 1 AND 30), 0) AS"
        + " aging_1_30,"
        + "   coalesce(sum(open) FILTER (WHERE open > 0 AND past_due BETWEEN 31 AND 60), 0) AS"
        + " aging_31_60,"
        + "   coalesce(sum(open) FILTER (WHERE open > 0 AND past_due BETWEEN 61 AND 90), 0) AS"
        + " aging_61_90,"
        + "   coalesce(sum(open) FILTER (WHERE open > 0 AND past_due BETWEEN 91 AND 180), 0) AS"
        + " aging_91_180,"
        + "   coalesce(sum(open) FILTER (WHERE open > 0 AND past_due BETWEEN 181 AND 365), 0) AS"
        + " aging_181_365,"
        + "   coalesce(sum(open) FILTER (WHERE open > 0 AND past_due > 365), 0) AS"
        + " aging_over_365,"
        + "   max(past_due) FILTER (WHERE open > 0 AND past_due > 0) AS oldest_overdue_days,"
        + "   coalesce(sum(open) FILTER (WHERE open > 0 AND past_due > 90), 0) AS"
        + " overdue_90_plus,"
        + "   coalesce(sum(amount) FILTER (WHERE issued <= "
        + a
        + " AND issued >= "
        + a
        + " - 89), 0) AS recent,"
        + "   coalesce(sum(open * past_due) FILTER (WHERE open > 0 AND past_due > 0), 0) AS"
        + " open_late,"
        + "   coalesce(sum(open) FILTER (WHERE open > 0 AND past_due > 0), 0) AS open_past_due"
        + "   FROM o GROUP BY client),"
        + " g AS (SELECT *, late + open_late AS habit_days, paid_amount + open_past_due AS"
        + " habit_weight,"
        + "   CASE WHEN paid_amount + open_past_due = 0 THEN '-'"
        + "     WHEN late + open_late <= 2 * (paid_amount + open_past_due) THEN 'A'"
        + "     WHEN late + open_late <= 10 * (paid_amount + open_past_due) THEN 'B'"
        + "     WHEN late + open_late <= 30 * (paid_amount + open_past_due) THEN 'C'"
        + "     WHEN late + open_late <= 60 * (paid_amount + open_past_due) THEN 'D'"
        + "     ELSE 'F' END AS grade,"
        + "   CASE WHEN paid_amount = 0 THEN NULL ELSE late / paid_amount END AS avg_days_late"
        + "   FROM t WHERE invoices > 0 OR open_balance > 0)"
        + " SELECT client, invoices, round(billed, 2) AS billed, paid_invoices,"
        + "   round(CASE WHEN paid_amount = 0 THEN NULL ELSE to_pay / paid_amount END, 4) AS"
        + " avg_days_to_pay,"
        + "   round(avg_days_late, 4) AS avg_days_late,"
        + "   round(CASE WHEN outcome_known = 0 THEN NULL ELSE on_time / outcome_known END, 4) AS"
        + " on_time_rate,"
        + "   round(open_balance, 2) AS open_balance, round(aging_current, 2) AS aging_current,"
        + "   round(aging_1_30, 2) AS aging_1_30, round(aging_31_60, 2) AS aging_31_60,"
        + "   round(aging_61_90, 2) AS aging_61_90, round(aging_91_180, 2) AS aging_91_180,"
        + "   round(aging_181_365, 2) AS aging_181_365, round(aging_over_365, 2) AS"
        + " aging_over_365,"
        + "   oldest_overdue_days, round(overdue_90_plus, 2) AS overdue_90_plus,"
        + "   round(CASE WHEN recent = 0 THEN NULL ELSE open_balance * 90 / recent END, 4) AS dso,"
        + "   grade"
        + " FROM g ORDER BY CASE grade WHEN 'F' THEN 0 WHEN 'D' THEN 1 WHEN 'C' THEN 2"
        + "   WHEN 'B' THEN 3 WHEN 'A' THEN 4 ELSE 5 END, avg_days_late DESC NULLS LAST, client";
  }
}
