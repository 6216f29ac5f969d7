package io.mrrlens.analysis;

import io.mrrlens.model.InvoiceKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;

/** The monthly history of each active client over the window, for the projection. */
public final class History {
  private History() {}

  /**
   * Every client the segments result lists (inactive ones excepted), with its window months.
   *
   * @param segments question 3 over the same period
   * @param payments question 2 over the same period: each client's grade ("-" when not listed)
   */
  public static List<ClientHistory> of(
      BookTables tables,
      Period period,
      SegmentAnalysis.Result segments,
      PaymentAnalysis.Result payments) {
    Map<String, Grade> grades = new HashMap<>();
    payments.rows().forEach(r -> grades.put(r.client(), r.grade()));
    tables.buildActivity();
    int months = period.months();
    int first = BookTables.month(period.window().from());
    int n = tables.clients().size();
    double[][] hours = new double[n][months];
    double[][] reactive = new double[n][months];
    double[][] projectHours = new double[n][months];
    double[] billable = new double[n];
    long[][] tickets = new long[n][months];
    long[][] recurring = new long[n][months];
    long[][] tm = new long[n][months];
    long[][] project = new long[n][months];
    MinorUnits h = tables.hours();

    ColumnTable time = tables.time();
    IntColumn timeClient = time.intColumn(BookTables.CLIENT);
    IntColumn timeMonth = time.intColumn(BookTables.MONTH);
    LongColumn timeHours = time.longColumn("hours");
    BooleanColumn isProactive = time.booleanColumn("proactive");
    BooleanColumn isProject = time.booleanColumn("project");
    BooleanColumn isBillable = time.booleanColumn("billable");
    for (int i : BookTables.inWindow(time, period)) {
      int c = timeClient.getInt(i);
      int m = timeMonth.getInt(i) - first;
      double value = h.decimal(timeHours.getLong(i)).doubleValue();
      hours[c][m] += value;
      if (!BookTables.isTrue(isProactive, i)) {
        reactive[c][m] += value;
      }
      if (BookTables.isTrue(isProject, i)) {
        projectHours[c][m] += value;
      }
      if (BookTables.isTrue(isBillable, i)) {
        billable[c] += value;
      }
    }
    ColumnTable ticketTable = tables.tickets();
    IntColumn ticketClient = ticketTable.intColumn(BookTables.CLIENT);
    IntColumn ticketMonth = ticketTable.intColumn(BookTables.MONTH);
    for (int i : BookTables.inWindow(ticketTable, period)) {
      tickets[ticketClient.getInt(i)][ticketMonth.getInt(i) - first]++;
    }
    ColumnTable invoices = tables.invoices();
    IntColumn invoiceClient = invoices.intColumn(BookTables.CLIENT);
    IntColumn invoiceMonth = invoices.intColumn(BookTables.MONTH);
    LongColumn amount = invoices.longColumn("amount");
    StringColumn kind = invoices.stringColumn("kind");
    for (int i : BookTables.inWindow(invoices, period)) {
      int c = invoiceClient.getInt(i);
      int m = invoiceMonth.getInt(i) - first;
      switch (InvoiceKind.valueOf(kind.get(i).toUpperCase(Locale.ROOT))) {
        case RECURRING -> recurring[c][m] = MinorUnits.add(recurring[c][m], amount.getLong(i));
        case TIME_AND_MATERIALS -> tm[c][m] = MinorUnits.add(tm[c][m], amount.getLong(i));
        case PROJECT -> project[c][m] = MinorUnits.add(project[c][m], amount.getLong(i));
        default -> {
          // products and other goods are resold, not services: left out of the projection
        }
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < n; c++) {
      index.put(tables.clients().get(c), c);
    }
    List<ClientHistory> out = new ArrayList<>();
    for (ClientSegment row : segments.rows()) {
      if (row.segment() == Segment.INACTIVE) {
        continue;
      }
      int c = index.get(row.client());
      long latest = 0;
      for (int m = months - 1; m >= 0; m--) {
        if (recurring[c][m] > 0) {
          latest = recurring[c][m];
          break;
        }
      }
      long tmTotal = 0;
      for (long value : tm[c]) {
        tmTotal = MinorUnits.add(tmTotal, value);
      }
      BigDecimal rate =
          tmTotal > 0 && billable[c] > 0
              ? Ratios.of(tables.money().decimal(tmTotal), BigDecimal.valueOf(billable[c]))
              : null;
      out.add(
          new ClientHistory(
              row.client(),
              row.segment(),
              grades.getOrDefault(row.client(), Grade.NONE),
              tables.endpoints(c),
              tables.money(),
              hours[c],
              reactive[c],
              projectHours[c],
              tickets[c],
              recurring[c],
              tm[c],
              project[c],
              latest,
              rate));
    }
    return List.copyOf(out);
  }
}
