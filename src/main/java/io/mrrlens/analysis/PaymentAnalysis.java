package io.mrrlens.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;

/**
 * Question 2, payment timeliness (metrics.md). Only invoices with amount &gt; 0 count. An invoice
 * is paid by as_of when its paid date (the column, else the day payments.csv covers it) is on or
 * before as_of; with no paid date and a balance of 0 it is "paid, date unknown". Per client:
 *
 * <ul>
 *   <li>invoices, billed, paid_invoices: over the invoices issued in the window;
 *   <li>avg_days_to_pay and avg_days_late: amount-weighted means of (paid - issued) and max(0, paid
 *       - due) over the window's invoices paid by as_of with a known date;
 *   <li>on_time_rate: those paid on or before due, over those plus the unpaid ones due before
 *       as_of; empty when there are none;
 *   <li>open_balance and the aging buckets: open amounts at as_of of every invoice issued on or
 *       before as_of, by days past due (current: not yet past due; 1-30, 31-60, 61-90, 91-180,
 *       181-365, over 365);
 *   <li>oldest_overdue_days: the most days past due of an open invoice, empty when none is past
 *       due; overdue_90_plus: the open amount of the invoices more than 90 days past due;
 *   <li>dso = open_balance / (amounts issued in the 90 days ending at as_of) x 90; empty when that
 *       sum is 0;
 *   <li>grade, the payment habit: L = (sum of amount x max(0, paid - due) over the window's
 *       invoices paid by as_of with a known date + sum of open amount x (as_of - due) over every
 *       invoice open and past due at as_of) / (the sum of those amounts and open amounts); "-" with
 *       neither. L is compared with the grade limits exactly (no rounding), so a stale invoice
 *       weighs by what it still owes and one small one barely moves the grade.
 * </ul>
 *
 * An invoice's open amount at as_of is 0 when paid by then or paid with date unknown; with a
 * payments file, the amount less the payments dated on or before as_of (never below 0); otherwise
 * the amount when paid after as_of, else the balance column when given, else the amount.
 *
 * <p>Rows are the clients with an invoice in the window or an open amount at as_of (every client
 * with {@code all}), worst grade first, then most days late, then by name.
 */
public final class PaymentAnalysis {
  private static final BigDecimal NINETY = BigDecimal.valueOf(90);

  private PaymentAnalysis() {}

  /** The result: the rows in order and the totals of the whole business. */
  public record Result(List<ClientPayments> rows, ClientPayments totals) {}

  /** Sums of one client or of the business, in money units and days. */
  private static final class Tally {
    long invoices;
    long billed;
    long paidInvoices;
    long paidAmount;
    long weightedDaysToPay;
    long weightedDaysLate;
    long onTime;
    long known;
    long open;
    final long[] aging = new long[AGING_BUCKETS];
    long recent;
    long maxDaysPastDue;
    boolean overdue;
    long overdue90Plus;
    long overdue90PlusInvoices;

    /** The grade's weights: paid amounts and open past-due amounts, and weight x days late. */
    long habitWeight;

    long habitWeightedDays;

    void add(Tally other) {
      invoices = MinorUnits.add(invoices, other.invoices);
      billed = MinorUnits.add(billed, other.billed);
      paidInvoices = MinorUnits.add(paidInvoices, other.paidInvoices);
      paidAmount = MinorUnits.add(paidAmount, other.paidAmount);
      weightedDaysToPay = MinorUnits.add(weightedDaysToPay, other.weightedDaysToPay);
      weightedDaysLate = MinorUnits.add(weightedDaysLate, other.weightedDaysLate);
      onTime = MinorUnits.add(onTime, other.onTime);
      known = MinorUnits.add(known, other.known);
      open = MinorUnits.add(open, other.open);
      for (int b = 0; b < aging.length; b++) {
        aging[b] = MinorUnits.add(aging[b], other.aging[b]);
      }
      recent = MinorUnits.add(recent, other.recent);
      maxDaysPastDue = Math.max(maxDaysPastDue, other.maxDaysPastDue);
      overdue |= other.overdue;
      overdue90Plus = MinorUnits.add(overdue90Plus, other.overdue90Plus);
      overdue90PlusInvoices = MinorUnits.add(overdue90PlusInvoices, other.overdue90PlusInvoices);
      habitWeight = MinorUnits.add(habitWeight, other.habitWeight);
      habitWeightedDays = MinorUnits.add(habitWeightedDays, other.habitWeightedDays);
    }

    boolean shown() {
      return invoices > 0 || open > 0;
    }
  }

  /** Question 2 at the period's as_of. */
  public static Result of(BookTables tables, Period period, boolean all) {
    LocalDate asOf = period.asOf();
    Ledger ledger = new Ledger(tables, asOf);
    ColumnTable invoices = tables.invoices();
    IntColumn client = invoices.intColumn(BookTables.CLIENT);
    boolean[] inWindow = new boolean[invoices.rowCount()];
    for (int i : BookTables.inWindow(invoices, period)) {
      inWindow[i] = true;
    }
    LocalDate recentFrom = asOf.minusDays(89);
    Tally[] tallies = new Tally[tables.clients().size()];
    for (int c = 0; c < tallies.length; c++) {
      tallies[c] = new Tally();
    }
    for (int i : ledger.amount.isGreaterThan(0)) {
      Tally t = tallies[client.getInt(i)];
      long amount = ledger.amount.getLong(i);
      LocalDate issued = ledger.issued.get(i);
      LocalDate due = ledger.due.get(i);
      LocalDate paid = ledger.paid.get(i);
      boolean paidKnown = ledger.paidKnown(i);
      boolean paidUnknown = ledger.paidUnknown(i);
      if (inWindow[i]) {
        t.invoices++;
        t.billed = MinorUnits.add(t.billed, amount);
        if (paidKnown || paidUnknown) {
          t.paidInvoices++;
        }
        if (paidKnown) {
          long toPay = ChronoUnit.DAYS.between(issued, paid);
          long late = Math.max(0, ChronoUnit.DAYS.between(due, paid));
          t.paidAmount = MinorUnits.add(t.paidAmount, amount);
          t.weightedDaysToPay =
              MinorUnits.add(t.weightedDaysToPay, MinorUnits.multiply(amount, toPay));
          t.weightedDaysLate =
              MinorUnits.add(t.weightedDaysLate, MinorUnits.multiply(amount, late));
          t.habitWeight = MinorUnits.add(t.habitWeight, amount);
          t.habitWeightedDays =
              MinorUnits.add(t.habitWeightedDays, MinorUnits.multiply(amount, late));
          t.known++;
          if (!paid.isAfter(due)) {
            t.onTime++;
          }
        } else if (!paidUnknown && due.isBefore(asOf)) {
          t.known++;
        }
      }
      if (issued.isAfter(asOf)) {
        continue;
      }
      if (!issued.isBefore(recentFrom)) {
        t.recent = MinorUnits.add(t.recent, amount);
      }
      long open = ledger.open(i);
      if (open <= 0) {
        continue;
      }
      t.open = MinorUnits.add(t.open, open);
      long pastDue = ChronoUnit.DAYS.between(due, asOf);
      t.aging[bucket(pastDue)] = MinorUnits.add(t.aging[bucket(pastDue)], open);
      if (pastDue > 0) {
        t.overdue = true;
        t.maxDaysPastDue = Math.max(t.maxDaysPastDue, pastDue);
        t.habitWeight = MinorUnits.add(t.habitWeight, open);
        t.habitWeightedDays =
            MinorUnits.add(t.habitWeightedDays, MinorUnits.multiply(open, pastDue));
      }
      if (pastDue > 90) {
        t.overdue90Plus = MinorUnits.add(t.overdue90Plus, open);
        t.overdue90PlusInvoices++;
      }
    }
    Tally business = new Tally();
    List<ClientPayments> rows = new ArrayList<>();
    for (int c = 0; c < tallies.length; c++) {
      business.add(tallies[c]);
      if (tallies[c].shown() || all) {
        rows.add(row(tables.clients().get(c), tallies[c], tables.money()));
      }
    }
    rows.sort(
        Comparator.comparingInt((ClientPayments r) -> r.grade().rank())
            .thenComparing(
                ClientPayments::avgDaysLate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.client().toLowerCase(Locale.ROOT))
            .thenComparing(ClientPayments::client));
    return new Result(List.copyOf(rows), row(null, business, tables.money()));
  }

  /**
   * The invoices (amount &gt; 0, issued on or before {@code asOf}) with an open amount at {@code
   * asOf} that are at least {@code minDaysPastDue} days past due, most days past due first, then by
   * client and invoice ID. The open amount is the one question 2 uses.
   */
  public static List<OverdueInvoice> overdueInvoices(
      BookTables tables, LocalDate asOf, int minDaysPastDue) {
    Ledger ledger = new Ledger(tables, asOf);
    ColumnTable invoices = tables.invoices();
    IntColumn client = invoices.intColumn(BookTables.CLIENT);
    List<OverdueInvoice> out = new ArrayList<>();
    for (int i : ledger.amount.isGreaterThan(0)) {
      if (ledger.issued.get(i).isAfter(asOf)) {
        continue;
      }
      long open = ledger.open(i);
      long pastDue = ChronoUnit.DAYS.between(ledger.due.get(i), asOf);
      if (open > 0 && pastDue >= minDaysPastDue) {
        out.add(
            new OverdueInvoice(
                tables.invoiceId(i),
                tables.clients().get(client.getInt(i)),
                ledger.issued.get(i),
                ledger.due.get(i),
                tables.money().decimal(ledger.amount.getLong(i)),
                tables.money().decimal(open),
                pastDue));
      }
    }
    out.sort(
        Comparator.comparingLong(OverdueInvoice::daysPastDue)
            .reversed()
            .thenComparing(r -> r.client().toLowerCase(Locale.ROOT))
            .thenComparing(OverdueInvoice::invoice));
    return List.copyOf(out);
  }

  /** The invoice columns at one date: whether each invoice is paid, and what it still owes. */
  private static final class Ledger {
    final DateColumn issued;
    final DateColumn due;
    final DateColumn paid;
    final LongColumn amount;
    final LongColumn balance;
    final long[] paidByAsOf;
    final LocalDate asOf;
    final boolean paymentsFile;

    Ledger(BookTables tables, LocalDate asOf) {
      ColumnTable invoices = tables.invoices();
      issued = invoices.dateColumn("issued");
      due = invoices.dateColumn("due");
      paid = invoices.dateColumn("paid");
      amount = invoices.longColumn("amount");
      balance = invoices.longColumn("balance");
      paidByAsOf = paymentsUpTo(tables, asOf);
      paymentsFile = tables.hasPaymentsFile();
      this.asOf = asOf;
    }

    /** Paid on or before as_of, on a known date. */
    boolean paidKnown(int i) {
      LocalDate date = paid.get(i);
      return date != null && !date.isAfter(asOf);
    }

    /** "Paid, date unknown": no paid date and a balance of 0. */
    boolean paidUnknown(int i) {
      return paid.get(i) == null && !balance.isMissing(i) && balance.getLong(i) == 0;
    }

    /** The open amount at as_of, in money units (metrics.md, question 2). */
    long open(int i) {
      if (paidKnown(i) || paidUnknown(i)) {
        return 0;
      }
      if (paymentsFile) {
        return Math.max(0, amount.getLong(i) - paidByAsOf[i]);
      }
      if (paid.get(i) != null) {
        return amount.getLong(i);
      }
      return balance.isMissing(i) ? amount.getLong(i) : balance.getLong(i);
    }
  }

  /** The number of aging buckets: current, 1-30, 31-60, 61-90, 91-180, 181-365, over 365. */
  static final int AGING_BUCKETS = 7;

  private static final long[] BUCKET_LIMITS = {0, 30, 60, 90, 180, 365};

  /**
   * The aging bucket of an open amount: 0 current (not past due), 1 for 1-30 days past due, 2 for
   * 31-60, 3 for 61-90, 4 for 91-180, 5 for 181-365, 6 for more than 365.
   */
  static int bucket(long daysPastDue) {
    for (int b = 0; b < BUCKET_LIMITS.length; b++) {
      if (daysPastDue <= BUCKET_LIMITS[b]) {
        return b;
      }
    }
    return BUCKET_LIMITS.length;
  }

  /** Per invoice row, the payments dated on or before as_of. */
  private static long[] paymentsUpTo(BookTables tables, LocalDate asOf) {
    long[] paid = new long[tables.invoices().rowCount()];
    ColumnTable payments = tables.payments();
    IntColumn invoice = payments.intColumn("invoice");
    DateColumn date = payments.dateColumn("date");
    LongColumn amount = payments.longColumn("amount");
    for (int p = 0; p < payments.rowCount(); p++) {
      if (!date.get(p).isAfter(asOf)) {
        paid[invoice.getInt(p)] = MinorUnits.add(paid[invoice.getInt(p)], amount.getLong(p));
      }
    }
    return paid;
  }

  private static ClientPayments row(String client, Tally t, MinorUnits money) {
    BigDecimal paidAmount = money.decimal(t.paidAmount);
    BigDecimal avgDaysToPay = Ratios.of(money.decimal(t.weightedDaysToPay), paidAmount);
    BigDecimal avgDaysLate = Ratios.of(money.decimal(t.weightedDaysLate), paidAmount);
    BigDecimal open = money.decimal(t.open);
    BigDecimal recent = money.decimal(t.recent);
    Grade grade =
        t.habitWeight == 0
            ? Grade.NONE
            : Grade.of(BigDecimal.valueOf(t.habitWeightedDays), BigDecimal.valueOf(t.habitWeight));
    return new ClientPayments(
        client,
        t.invoices,
        money.decimal(t.billed),
        t.paidInvoices,
        avgDaysToPay,
        avgDaysLate,
        Ratios.of(BigDecimal.valueOf(t.onTime), BigDecimal.valueOf(t.known)),
        open,
        money.decimal(t.aging[0]),
        money.decimal(t.aging[1]),
        money.decimal(t.aging[2]),
        money.decimal(t.aging[3]),
        money.decimal(t.aging[4]),
        money.decimal(t.aging[5]),
        money.decimal(t.aging[6]),
        t.overdue ? Long.valueOf(t.maxDaysPastDue) : null,
        money.decimal(t.overdue90Plus),
        t.overdue90PlusInvoices,
        recent.signum() == 0 ? null : Ratios.of(open.multiply(NINETY), recent),
        grade,
        Ratios.of(BigDecimal.valueOf(t.habitWeightedDays), BigDecimal.valueOf(t.habitWeight)));
  }
}
