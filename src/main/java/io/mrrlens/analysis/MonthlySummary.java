package io.mrrlens.analysis;

import io.mrrlens.model.Window;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.IntColumn;

/**
 * The monthly summary of one calendar month (metrics.md, monthly summary). Every figure is as of
 * the month's last day, so the summary of a month reads the same whenever it is made:
 *
 * <ul>
 *   <li>the month's figures ({@link MonthFigures}) and their changes against the previous month and
 *       the same month a year before ({@link SummaryFigure});
 *   <li>revenue by invoice kind for the 13 months ending with the month (the chart);
 *   <li>the clients with the most hours in the month;
 *   <li>the open and overdue balance at the month's end, and the worst payers with an overdue
 *       amount (question 2 at the month's end, window: the 12 months ending with the month);
 *   <li>segment changes: each client's segment at the month's end (window: the 12 months ending
 *       with the month) against its segment at the previous month's end (the 12 months ending
 *       then);
 *   <li>alerts: clients whose effective rate over the 12 months ending with the month is below
 *       {@code targets.effective_rate}, and invoices {@value #ALERT_DAYS_PAST_DUE} or more days
 *       past due at the month's end.
 * </ul>
 */
public final class MonthlySummary {
  /** Invoices this many days past due or more are an alert. */
  public static final int ALERT_DAYS_PAST_DUE = 60;

  /** The months of the revenue chart: the month and the 12 before it. */
  public static final int CHART_MONTHS = 13;

  private MonthlySummary() {}

  /**
   * The summary of one month.
   *
   * @param period as_of: the month's last day; window: the 12 months ending with the month
   * @param month the month summarised
   * @param revenueByMonth revenue by kind of the 13 months ending with the month, oldest first
   * @param topLabor the clients with the most hours in the month (at most top, hours &gt; 0)
   * @param monthLabor the month's labor totals
   * @param payments the totals of question 2 at the month's end
   * @param worstPayers clients with an overdue amount at the month's end, worst first (at most top)
   * @param belowTarget clients whose effective rate over the window is below the target, lowest
   *     first
   * @param overdueInvoices invoices {@value #ALERT_DAYS_PAST_DUE}+ days past due at the month's end
   */
  public record Result(
      Period period,
      YearMonth month,
      MonthFigures current,
      MonthFigures previous,
      MonthFigures lastYear,
      List<SummaryFigure> figures,
      List<MonthlyRevenue> revenueByMonth,
      List<ClientLabor> topLabor,
      ClientLabor monthLabor,
      ClientPayments payments,
      List<ClientPayments> worstPayers,
      List<SegmentChange> segmentChanges,
      List<ClientLabor> belowTarget,
      List<OverdueInvoice> overdueInvoices,
      BigDecimal targetRate) {}

  /**
   * The period a month's summary is made at: as_of its last day, the window the 12 months ending
   * with it.
   */
  public static Period periodOf(YearMonth month) {
    return new Period(month.atEndOfMonth(), new Window(month.minusMonths(11), month));
  }

  /**
   * The default month: the last complete month on or before as_of (a month is complete when as_of
   * is its last day or later).
   */
  public static YearMonth lastCompleteMonth(LocalDate asOf) {
    return Window.endingBefore(asOf).to();
  }

  /**
   * Summarises a month.
   *
   * @param top how many clients the labor and payer lists show (at least 1)
   */
  public static Result of(BookTables tables, YearMonth month, AnalysisSettings settings, int top) {
    if (top < 1) {
      throw new IllegalArgumentException("top is " + top);
    }
    Period period = periodOf(month);
    List<MonthlyRevenue> revenue =
        SegmentAnalysis.of(
                tables,
                new Period(
                    month.atEndOfMonth(), new Window(month.minusMonths(CHART_MONTHS - 1), month)),
                settings,
                false)
            .monthly();
    LaborAnalysis.Result labor = LaborAnalysis.of(tables, oneMonth(month), settings, false);
    MonthFigures current = figures(tables, month, revenue.get(CHART_MONTHS - 1), labor, settings);
    MonthFigures previous =
        figures(tables, month.minusMonths(1), revenue.get(CHART_MONTHS - 2), null, settings);
    MonthFigures lastYear = figures(tables, month.minusYears(1), revenue.get(0), null, settings);

    PaymentAnalysis.Result payments = PaymentAnalysis.of(tables, period, false);
    List<ClientPayments> worst =
        payments.rows().stream().filter(r -> overdue(r).signum() > 0).limit(top).toList();

    List<ClientLabor> below =
        LaborAnalysis.of(tables, period, settings, false).rows().stream()
            .filter(
                r ->
                    r.effectiveRate() != null
                        && r.effectiveRate().compareTo(settings.targetRate()) < 0)
            .sorted(
                Comparator.comparing(ClientLabor::effectiveRate)
                    .thenComparing(r -> r.client().toLowerCase(Locale.ROOT))
                    .thenComparing(ClientLabor::client))
            .toList();

    return new Result(
        period,
        month,
        current,
        previous,
        lastYear,
        compare(current, previous, lastYear),
        revenue,
        labor.rows().stream().filter(r -> r.hours().signum() > 0).limit(top).toList(),
        labor.totals(),
        payments.totals(),
        worst,
        segmentChanges(tables, month, settings),
        below,
        PaymentAnalysis.overdueInvoices(tables, period.asOf(), ALERT_DAYS_PAST_DUE),
        settings.targetRate());
  }

  /** What a payments row owes past due: its open balance less the part not yet due. */
  public static BigDecimal overdue(ClientPayments row) {
    return row.openBalance().subtract(row.agingCurrent());
  }

  private static Period oneMonth(YearMonth month) {
    return new Period(month.atEndOfMonth(), new Window(month, month));
  }

  private static MonthFigures figures(
      BookTables tables,
      YearMonth month,
      MonthlyRevenue revenue,
      LaborAnalysis.Result labor,
      AnalysisSettings settings) {
    LaborAnalysis.Result result =
        labor != null ? labor : LaborAnalysis.of(tables, oneMonth(month), settings, false);
    ClientLabor totals = result.totals();
    IntColumn closed = tables.tickets().intColumn(BookTables.CLOSED_MONTH);
    long ticketsClosed = closed.isEqualTo(BookTables.month(month)).size();
    return new MonthFigures(
        month,
        !result.rows().isEmpty(),
        totals.revenue(),
        revenue.recurring(),
        revenue.timeAndMaterials(),
        revenue.project(),
        revenue.product().add(revenue.other()),
        totals.hours(),
        totals.billableHours(),
        totals.tickets(),
        ticketsClosed,
        totals.effectiveRate());
  }

  private static List<SummaryFigure> compare(
      MonthFigures now, MonthFigures previous, MonthFigures lastYear) {
    List<SummaryFigure> out = new ArrayList<>();
    out.add(figure("revenue", now, previous, lastYear, MonthFigures::revenue));
    out.add(figure("mrr", now, previous, lastYear, MonthFigures::recurring));
    out.add(figure("tm_revenue", now, previous, lastYear, MonthFigures::timeAndMaterials));
    out.add(figure("project_revenue", now, previous, lastYear, MonthFigures::project));
    out.add(
        figure("product_other_revenue", now, previous, lastYear, MonthFigures::productAndOther));
    out.add(figure("hours", now, previous, lastYear, MonthFigures::hours));
    out.add(figure("billable_hours", now, previous, lastYear, MonthFigures::billableHours));
    out.add(
        figure(
            "tickets_opened", now, previous, lastYear, f -> BigDecimal.valueOf(f.ticketsOpened())));
    out.add(
        figure(
            "tickets_closed", now, previous, lastYear, f -> BigDecimal.valueOf(f.ticketsClosed())));
    out.add(figure("effective_rate", now, previous, lastYear, MonthFigures::effectiveRate));
    return List.copyOf(out);
  }

  private static SummaryFigure figure(
      String name,
      MonthFigures now,
      MonthFigures previous,
      MonthFigures lastYear,
      java.util.function.Function<MonthFigures, BigDecimal> value) {
    BigDecimal v = value.apply(now);
    BigDecimal p = previous.hasData() ? value.apply(previous) : null;
    BigDecimal y = lastYear.hasData() ? value.apply(lastYear) : null;
    return new SummaryFigure(
        name, v, p, change(v, p), relative(v, p), y, change(v, y), relative(v, y));
  }

  /** value - base; null when either is empty. */
  static BigDecimal change(BigDecimal value, BigDecimal base) {
    return value == null || base == null ? null : value.subtract(base);
  }

  /** (value - base) / |base|; null when either is empty or the base is 0. */
  static BigDecimal relative(BigDecimal value, BigDecimal base) {
    return value == null || base == null ? null : Ratios.of(value.subtract(base), base.abs());
  }

  private static List<SegmentChange> segmentChanges(
      BookTables tables, YearMonth month, AnalysisSettings settings) {
    SegmentAnalysis.Result before =
        SegmentAnalysis.of(tables, periodOf(month.minusMonths(1)), settings, true);
    SegmentAnalysis.Result after = SegmentAnalysis.of(tables, periodOf(month), settings, true);
    Map<String, Segment> was = new HashMap<>();
    before.rows().forEach(r -> was.put(r.client(), r.segment()));
    List<SegmentChange> changes = new ArrayList<>();
    for (ClientSegment row : after.rows()) {
      Segment old = was.getOrDefault(row.client(), Segment.INACTIVE);
      if (old != row.segment()) {
        changes.add(new SegmentChange(row.client(), old, row.segment(), row.evidence()));
      }
    }
    changes.sort(
        Comparator.comparing((SegmentChange c) -> c.client().toLowerCase(Locale.ROOT))
            .thenComparing(SegmentChange::client));
    return List.copyOf(changes);
  }
}
