package io.mrrlens.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;

/**
 * Question 1, labor per client (metrics.md): over the window, per client,
 *
 * <ul>
 *   <li>tickets opened; hours, billable hours and reactive hours of time entries (an entry is
 *       proactive when charged to a project, or when its ticket's type or its work type contains
 *       one of {@code labor.proactive_types}; every other entry is reactive);
 *   <li>hours_per_month = hours / M; share_of_hours = hours / all clients' hours;
 *   <li>revenue = invoice amounts issued in the window, credit memos included;
 *   <li>effective_rate = revenue / hours (empty when hours = 0); labor_cost = hours x cost per
 *       hour; margin = (revenue - labor_cost) / revenue (empty when revenue &lt;= 0);
 *   <li>rhem = reactive hours / endpoints / M (empty when endpoints are unknown or 0).
 * </ul>
 *
 * Rows are the clients with a ticket, time entry or invoice in the window (every client with {@code
 * all}), most hours first, ties by name. The totals are the whole business: its endpoints are the
 * sum of the rows' known endpoints, and its rhem the reactive hours of the rows with known
 * endpoints over those endpoints and M.
 */
public final class LaborAnalysis {
  private LaborAnalysis() {}

  /** The result: the rows in order and the totals. */
  public record Result(List<ClientLabor> rows, ClientLabor totals) {}

  /** Question 1 over a period. */
  public static Result of(
      BookTables tables, Period period, AnalysisSettings settings, boolean all) {
    tables.buildActivity();
    int n = tables.clients().size();
    long[] tickets = new long[n];
    long[] hours = new long[n];
    long[] billable = new long[n];
    long[] reactive = new long[n];
    long[] revenue = new long[n];
    boolean[] active = new boolean[n];

    ColumnTable ticketTable = tables.tickets();
    IntColumn ticketClient = ticketTable.intColumn(BookTables.CLIENT);
    for (int i : BookTables.inWindow(ticketTable, period)) {
      int c = ticketClient.getInt(i);
      tickets[c]++;
      active[c] = true;
    }
    ColumnTable time = tables.time();
    IntColumn timeClient = time.intColumn(BookTables.CLIENT);
    LongColumn timeHours = time.longColumn("hours");
    BooleanColumn isBillable = time.booleanColumn("billable");
    BooleanColumn isProactive = time.booleanColumn("proactive");
    for (int i : BookTables.inWindow(time, period)) {
      int c = timeClient.getInt(i);
      long h = timeHours.getLong(i);
      hours[c] = MinorUnits.add(hours[c], h);
      if (BookTables.isTrue(isBillable, i)) {
        billable[c] = MinorUnits.add(billable[c], h);
      }
      if (!BookTables.isTrue(isProactive, i)) {
        reactive[c] = MinorUnits.add(reactive[c], h);
      }
      active[c] = true;
    }
    ColumnTable invoices = tables.invoices();
    IntColumn invoiceClient = invoices.intColumn(BookTables.CLIENT);
    LongColumn amount = invoices.longColumn("amount");
    for (int i : BookTables.inWindow(invoices, period)) {
      int c = invoiceClient.getInt(i);
      revenue[c] = MinorUnits.add(revenue[c], amount.getLong(i));
      active[c] = true;
    }

    long allHours = sum(hours);
    List<ClientLabor> rows = new ArrayList<>();
    long reactiveWithEndpoints = 0;
    Integer allEndpoints = null;
    for (int c = 0; c < n; c++) {
      if (!active[c] && !all) {
        continue;
      }
      Integer endpoints = tables.endpoints(c);
      if (endpoints != null) {
        allEndpoints = (allEndpoints == null ? 0 : allEndpoints) + endpoints;
        reactiveWithEndpoints = MinorUnits.add(reactiveWithEndpoints, reactive[c]);
      }
      rows.add(
          row(
              tables.clients().get(c),
              tickets[c],
              hours[c],
              billable[c],
              reactive[c],
              revenue[c],
              endpoints,
              reactive[c],
              allHours,
              tables,
              period,
              settings));
    }
    rows.sort(
        Comparator.comparing(ClientLabor::hours)
            .reversed()
            .thenComparing(r -> r.client().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(ClientLabor::client));
    ClientLabor totals =
        row(
            null,
            sum(tickets),
            allHours,
            sum(billable),
            sum(reactive),
            sum(revenue),
            allEndpoints,
            reactiveWithEndpoints,
            allHours,
            tables,
            period,
            settings);
    return new Result(List.copyOf(rows), totals);
  }

  private static ClientLabor row(
      String client,
      long tickets,
      long hourUnits,
      long billableUnits,
      long reactiveUnits,
      long revenueUnits,
      Integer endpoints,
      long rhemReactiveUnits,
      long allHourUnits,
      BookTables tables,
      Period period,
      AnalysisSettings settings) {
    MinorUnits h = tables.hours();
    BigDecimal hours = h.decimal(hourUnits);
    BigDecimal months = BigDecimal.valueOf(period.months());
    BigDecimal revenue = tables.money().decimal(revenueUnits);
    BigDecimal laborCost = hours.multiply(settings.costPerHour());
    BigDecimal rhem =
        endpoints == null || endpoints == 0
            ? null
            : Ratios.of(
                h.decimal(rhemReactiveUnits), months.multiply(BigDecimal.valueOf(endpoints)));
    return new ClientLabor(
        client,
        tickets,
        hours,
        h.decimal(billableUnits),
        h.decimal(reactiveUnits),
        Ratios.of(hours, months),
        Ratios.of(hours, h.decimal(allHourUnits)),
        revenue,
        Ratios.of(revenue, hours),
        laborCost,
        Ratios.ofPositive(revenue.subtract(laborCost), revenue),
        endpoints,
        rhem);
  }

  private static long sum(long[] values) {
    long total = 0;
    for (long v : values) {
      total = MinorUnits.add(total, v);
    }
    return total;
  }
}
