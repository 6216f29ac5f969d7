package io.mrrlens.analysis;

import io.mrrlens.model.Agreement;
import io.mrrlens.model.AgreementType;
import io.mrrlens.model.InvoiceKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;

/**
 * Question 3, contract vs project-only clients (metrics.md). Over the window, per client: revenue
 * by invoice kind ({@link InvoiceKinds}), the distinct months with a recurring and with a time and
 * materials invoice, and tm_share = tm / (recurring + tm + project) revenue (empty when that is
 * &lt;= 0). The segment is the first rule that holds:
 *
 * <ol>
 *   <li>managed: recurring months &gt;= {@code segments.min_recurring_months}, a recurring invoice
 *       in the last {@code segments.recent_months} months of the window or a managed agreement
 *       active at as_of, and tm_share &lt;= {@code segments.hybrid_tm_share} (an empty share counts
 *       as 0);
 *   <li>hybrid: the same, with tm_share above that share;
 *   <li>break-fix: T&amp;M months &gt;= {@code segments.break_fix_min_months};
 *   <li>project-only: any invoice, ticket or time entry in the window;
 *   <li>inactive: nothing in the window (a row only with {@code all}).
 * </ol>
 *
 * Rows sort by segment (managed first), then revenue (most first), then name.
 */
public final class SegmentAnalysis {
  private static final int KINDS = InvoiceKind.values().length;

  private SegmentAnalysis() {}

  /**
   * The result: the rows in order, their totals, the summary per segment (with its totals), and the
   * window's revenue per month by kind.
   */
  public record Result(
      List<ClientSegment> rows,
      ClientSegment totals,
      List<SegmentSummary> summary,
      SegmentSummary summaryTotals,
      List<MonthlyRevenue> monthly) {

    /** The segment of a client, or null when it has no row. */
    public Segment segmentOf(String client) {
      for (ClientSegment row : rows) {
        if (row.client().equals(client)) {
          return row.segment();
        }
      }
      return null;
    }
  }

  /** Question 3 over a period. */
  public static Result of(
      BookTables tables, Period period, AnalysisSettings settings, boolean all) {
    tables.buildActivity();
    int n = tables.clients().size();
    int first = BookTables.month(period.window().from());
    int months = period.months();
    long[][] revenue = new long[n][KINDS];
    long[][] monthly = new long[months][KINDS];
    BitSet[] recurringMonths = new BitSet[n];
    BitSet[] tmMonths = new BitSet[n];
    boolean[] active = new boolean[n];
    long[] hours = new long[n];
    for (int c = 0; c < n; c++) {
      recurringMonths[c] = new BitSet(months);
      tmMonths[c] = new BitSet(months);
    }
    ColumnTable invoices = tables.invoices();
    IntColumn invoiceClient = invoices.intColumn(BookTables.CLIENT);
    IntColumn invoiceMonth = invoices.intColumn(BookTables.MONTH);
    LongColumn amount = invoices.longColumn("amount");
    StringColumn kindColumn = invoices.stringColumn("kind");
    for (int i : BookTables.inWindow(invoices, period)) {
      int c = invoiceClient.getInt(i);
      int m = invoiceMonth.getInt(i) - first;
      int kind = kindIndex(kindColumn.get(i));
      revenue[c][kind] = MinorUnits.add(revenue[c][kind], amount.getLong(i));
      monthly[m][kind] = MinorUnits.add(monthly[m][kind], amount.getLong(i));
      active[c] = true;
      if (kind == InvoiceKind.RECURRING.ordinal()) {
        recurringMonths[c].set(m);
      } else if (kind == InvoiceKind.TIME_AND_MATERIALS.ordinal()) {
        tmMonths[c].set(m);
      }
    }
    ColumnTable tickets = tables.tickets();
    IntColumn ticketClient = tickets.intColumn(BookTables.CLIENT);
    for (int i : BookTables.inWindow(tickets, period)) {
      active[ticketClient.getInt(i)] = true;
    }
    ColumnTable time = tables.time();
    IntColumn timeClient = time.intColumn(BookTables.CLIENT);
    LongColumn timeHours = time.longColumn("hours");
    for (int i : BookTables.inWindow(time, period)) {
      int c = timeClient.getInt(i);
      active[c] = true;
      hours[c] = MinorUnits.add(hours[c], timeHours.getLong(i));
    }

    List<ClientSegment> rows = new ArrayList<>();
    List<ClientSegment> everyone = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      ClientSegment row =
          row(
              tables,
              c,
              revenue[c],
              recurringMonths[c],
              tmMonths[c],
              active[c],
              hours[c],
              period,
              settings);
      everyone.add(row);
      if (row.segment() != Segment.INACTIVE || all) {
        rows.add(row);
      }
    }
    rows.sort(
        Comparator.comparing(ClientSegment::segment)
            .thenComparing(ClientSegment::revenue, Comparator.reverseOrder())
            .thenComparing(r -> r.client().toLowerCase(Locale.ROOT))
            .thenComparing(ClientSegment::client));
    return new Result(
        List.copyOf(rows),
        totals(tables, revenue, hours),
        summary(everyone, all),
        summaryTotals(everyone),
        monthly(tables, period, monthly));
  }

  private static int kindIndex(String code) {
    return InvoiceKind.valueOf(code.toUpperCase(Locale.ROOT)).ordinal();
  }

  private static ClientSegment row(
      BookTables tables,
      int c,
      long[] revenue,
      BitSet recurring,
      BitSet tm,
      boolean active,
      long hourUnits,
      Period period,
      AnalysisSettings settings) {
    MinorUnits money = tables.money();
    BigDecimal recurringRevenue = money.decimal(revenue[InvoiceKind.RECURRING.ordinal()]);
    BigDecimal tmRevenue = money.decimal(revenue[InvoiceKind.TIME_AND_MATERIALS.ordinal()]);
    BigDecimal projectRevenue = money.decimal(revenue[InvoiceKind.PROJECT.ordinal()]);
    BigDecimal tmShare =
        Ratios.ofPositive(tmRevenue, recurringRevenue.add(tmRevenue).add(projectRevenue));
    int months = period.months();
    int last = recurring.length() - 1;
    YearMonth lastRecurring = last < 0 ? null : period.window().from().plusMonths(last);
    boolean recent = last >= months - settings.recentMonths();
    boolean managedAgreement = false;
    for (Agreement agreement : tables.agreements(c)) {
      if (agreement.type() == AgreementType.MANAGED && agreement.activeOn(period.asOf())) {
        managedAgreement = true;
      }
    }
    int recurringMonths = recurring.cardinality();
    int tmMonths = tm.cardinality();
    boolean contract =
        recurringMonths >= settings.minRecurringMonths() && (recent || managedAgreement);
    boolean tmHeavy = tmShare != null && tmShare.compareTo(settings.hybridTmShare()) > 0;
    Segment segment;
    if (contract && !tmHeavy) {
      segment = Segment.MANAGED;
    } else if (contract) {
      segment = Segment.HYBRID;
    } else if (tmMonths >= settings.breakFixMinMonths()) {
      segment = Segment.BREAK_FIX;
    } else if (active) {
      segment = Segment.PROJECT_ONLY;
    } else {
      segment = Segment.INACTIVE;
    }
    long all = 0;
    for (long r : revenue) {
      all = MinorUnits.add(all, r);
    }
    String evidence =
        evidence(
            segment,
            recurringMonths,
            tmMonths,
            months,
            lastRecurring,
            recent,
            managedAgreement,
            tmShare,
            settings);
    return new ClientSegment(
        tables.clients().get(c),
        segment,
        recurringRevenue,
        tmRevenue,
        projectRevenue,
        money.decimal(revenue[InvoiceKind.PRODUCT.ordinal()]),
        money.decimal(revenue[InvoiceKind.OTHER.ordinal()]),
        recurringMonths,
        tmMonths,
        tmShare,
        lastRecurring,
        managedAgreement,
        money.decimal(all),
        tables.hours().decimal(hourUnits),
        evidence);
  }

  private static String evidence(
      Segment segment,
      int recurringMonths,
      int tmMonths,
      int months,
      YearMonth lastRecurring,
      boolean recent,
      boolean managedAgreement,
      BigDecimal tmShare,
      AnalysisSettings settings) {
    String recurring = "recurring in " + recurringMonths + " of " + months + " months";
    String lastOne = lastRecurring == null ? "" : ", last " + lastRecurring;
    String share =
        "T&M share "
            + (tmShare == null ? "-" : percent(tmShare))
            + (segment == Segment.HYBRID ? " > " : " <= ")
            + percent(settings.hybridTmShare());
    String tmText = "T&M in " + tmMonths + " of " + months + " months";
    return switch (segment) {
      case MANAGED, HYBRID ->
          recurring + lastOne + (recent ? "" : " (a managed agreement is active)") + "; " + share;
      case BREAK_FIX ->
          tmText
              + (recurringMonths > 0
                  ? "; " + recurring + lastOne + whyNoContract(recurringMonths, recent, settings)
                  : "; no recurring invoice");
      case PROJECT_ONLY ->
          tmText
              + " (fewer than "
              + settings.breakFixMinMonths()
              + "); "
              + (recurringMonths > 0
                  ? recurring + lastOne + whyNoContract(recurringMonths, recent, settings)
                  : "no recurring invoice");
      case INACTIVE -> "no invoice, ticket or time entry in the window";
    };
  }

  private static String whyNoContract(
      int recurringMonths, boolean recent, AnalysisSettings settings) {
    if (recurringMonths < settings.minRecurringMonths()) {
      return " (fewer than " + settings.minRecurringMonths() + ")";
    }
    return recent ? "" : " (none in the last " + settings.recentMonths() + " months)";
  }

  static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static ClientSegment totals(BookTables tables, long[][] revenue, long[] hours) {
    MinorUnits money = tables.money();
    long[] byKind = new long[KINDS];
    long hourUnits = 0;
    for (int c = 0; c < revenue.length; c++) {
      for (int k = 0; k < KINDS; k++) {
        byKind[k] = MinorUnits.add(byKind[k], revenue[c][k]);
      }
      hourUnits = MinorUnits.add(hourUnits, hours[c]);
    }
    BigDecimal recurring = money.decimal(byKind[InvoiceKind.RECURRING.ordinal()]);
    BigDecimal tm = money.decimal(byKind[InvoiceKind.TIME_AND_MATERIALS.ordinal()]);
    BigDecimal project = money.decimal(byKind[InvoiceKind.PROJECT.ordinal()]);
    long all = 0;
    for (long r : byKind) {
      all = MinorUnits.add(all, r);
    }
    return new ClientSegment(
        null,
        null,
        recurring,
        tm,
        project,
        money.decimal(byKind[InvoiceKind.PRODUCT.ordinal()]),
        money.decimal(byKind[InvoiceKind.OTHER.ordinal()]),
        0,
        0,
        Ratios.ofPositive(tm, recurring.add(tm).add(project)),
        null,
        false,
        money.decimal(all),
        tables.hours().decimal(hourUnits),
        null);
  }

  private static List<SegmentSummary> summary(List<ClientSegment> everyone, boolean all) {
    BigDecimal total =
        everyone.stream().map(ClientSegment::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<Segment, List<ClientSegment>> bySegment = new EnumMap<>(Segment.class);
    for (Segment segment : Segment.values()) {
      bySegment.put(segment, new ArrayList<>());
    }
    everyone.forEach(r -> bySegment.get(r.segment()).add(r));
    List<SegmentSummary> out = new ArrayList<>();
    bySegment.forEach(
        (segment, members) -> {
          if (segment != Segment.INACTIVE || all) {
            out.add(summaryOf(segment, members, total));
          }
        });
    return List.copyOf(out);
  }

  private static SegmentSummary summaryTotals(List<ClientSegment> everyone) {
    List<ClientSegment> active =
        everyone.stream().filter(r -> r.segment() != Segment.INACTIVE).toList();
    BigDecimal total =
        active.stream().map(ClientSegment::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    return summaryOf(null, active, total);
  }

  private static SegmentSummary summaryOf(
      Segment segment, List<ClientSegment> members, BigDecimal total) {
    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal hours = BigDecimal.ZERO;
    for (ClientSegment member : members) {
      revenue = revenue.add(member.revenue());
      hours = hours.add(member.hours());
    }
    return new SegmentSummary(
        segment, members.size(), revenue, hours, Ratios.ofPositive(revenue, total));
  }

  private static List<MonthlyRevenue> monthly(BookTables tables, Period period, long[][] sums) {
    MinorUnits money = tables.money();
    List<MonthlyRevenue> out = new ArrayList<>();
    for (int m = 0; m < sums.length; m++) {
      long[] s = sums[m];
      out.add(
          new MonthlyRevenue(
              period.window().from().plusMonths(m),
              money.decimal(s[InvoiceKind.RECURRING.ordinal()]),
              money.decimal(s[InvoiceKind.TIME_AND_MATERIALS.ordinal()]),
              money.decimal(s[InvoiceKind.PROJECT.ordinal()]),
              money.decimal(s[InvoiceKind.PRODUCT.ordinal()]),
              money.decimal(s[InvoiceKind.OTHER.ordinal()])));
    }
    return List.copyOf(out);
  }
}
