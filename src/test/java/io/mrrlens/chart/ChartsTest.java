package io.mrrlens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.analysis.Action;
import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.ClientLabor;
import io.mrrlens.analysis.ClientPayments;
import io.mrrlens.analysis.ClientScore;
import io.mrrlens.analysis.Grade;
import io.mrrlens.analysis.LaborAnalysis;
import io.mrrlens.analysis.MonthlyRevenue;
import io.mrrlens.analysis.PaymentAnalysis;
import io.mrrlens.analysis.Segment;
import io.mrrlens.analysis.SegmentAnalysis;
import io.mrrlens.analysis.SegmentSummary;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.GradientBarPainter;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The data behind each chart: its categories and their order, series, values, cuts and labels. */
class ChartsTest {
  private static final AnalysisSettings SETTINGS =
      new AnalysisSettings(
          new BigDecimal("55.00"),
          List.of("maintenance"),
          30,
          3,
          2,
          new BigDecimal("0.25"),
          3,
          new BigDecimal("125.00"),
          Grade.F);

  private static BigDecimal dec(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  private static ClientLabor labor(String client, String hours, String rate) {
    return new ClientLabor(
        client, 1, dec(hours), null, null, null, null, null, dec(rate), null, null, null, null);
  }

  /** A payments row: L (the grade's days late), the grade, the open balance and 7 buckets. */
  private static ClientPayments payments(
      String client, String lateness, Grade grade, String open, String... aging) {
    String[] buckets = java.util.Arrays.copyOf(aging, 7);
    for (int b = aging.length; b < 7; b++) {
      buckets[b] = open == null ? null : "0";
    }
    return new ClientPayments(
        client,
        1,
        null,
        0,
        null,
        null,
        null,
        dec(open),
        dec(buckets[0]),
        dec(buckets[1]),
        dec(buckets[2]),
        dec(buckets[3]),
        dec(buckets[4]),
        dec(buckets[5]),
        dec(buckets[6]),
        null,
        BigDecimal.ZERO,
        0,
        null,
        grade,
        dec(lateness));
  }

  private static ClientScore score(
      String client, Segment segment, String hoursPerMonth, String rate) {
    return score(client, segment, hoursPerMonth, rate, 0);
  }

  private static ClientScore score(
      String client, Segment segment, String hoursPerMonth, String rate, long revenue) {
    return new ClientScore(
        client,
        segment,
        dec(hoursPerMonth),
        dec(rate),
        null,
        Grade.A,
        BigDecimal.valueOf(revenue),
        Action.KEEP,
        "",
        List.of(Action.KEEP));
  }

  private static CategoryDataset data(NamedChart chart) {
    return chart.chart().getCategoryPlot().getDataset();
  }

  private static String label(NamedChart chart, int row, int column) {
    CategoryPlot plot = chart.chart().getCategoryPlot();
    return plot.getRenderer()
        .getItemLabelGenerator(row, column)
        .generateLabel(plot.getDataset(), row, column);
  }

  private static List<LegendItem> legend(JFreeChart chart) {
    List<LegendItem> items = new ArrayList<>();
    LegendItemCollection all = chart.getPlot().getLegendItems();
    for (int i = 0; i < all.getItemCount(); i++) {
      items.add(all.get(i));
    }
    return items;
  }

  @Test
  void laborShowsTheMostHoursThenAGapThenTheFewest() {
    LaborAnalysis.Result result =
        new LaborAnalysis.Result(
            List.of(
                labor("Delta", "3", "10"),
                labor("Charlie", "80", "99.5"),
                labor("Acme", "120.50", "142.38"),
                labor("Echo", "40", null),
                labor("Bravo", "80", null)),
            labor(null, "323.5", null));

    List<NamedChart> charts = Charts.labor(result, 3);

    assertEquals(1, charts.size());
    NamedChart chart = charts.get(0);
    assertEquals("labor-hours", chart.name());
    CategoryDataset data = data(chart);
    assertEquals(List.of("Hours"), data.getRowKeys());
    // top 3: the 2 with the most hours (ties by name), a gap for the 2 between, the 1 with fewest.
    assertEquals(List.of("Acme", "Bravo", "… 2 more …", "Delta"), data.getColumnKeys());
    assertEquals(new BigDecimal("120.50"), data.getValue("Hours", "Acme"));
    assertEquals(new BigDecimal("80"), data.getValue("Hours", "Bravo"));
    assertNull(data.getValue("Hours", "… 2 more …"));
    assertEquals(PlotOrientation.HORIZONTAL, chart.chart().getCategoryPlot().getOrientation());
    assertEquals("Hours in the window", chart.chart().getCategoryPlot().getRangeAxis().getLabel());
    assertEquals(
        "Hours per client: 5 clients, 3 shown; most hours: Acme 121 h; fewest: Delta 3 h.",
        chart.description());
  }

  @Test
  void laborShowsEveryClientWithoutAGapWhenAllFit() {
    LaborAnalysis.Result result =
        new LaborAnalysis.Result(
            List.of(labor("Acme", "10", null), labor("Bravo", "20", null)), null);

    NamedChart chart = Charts.labor(result, 3).get(0);

    assertEquals(List.of("Bravo", "Acme"), data(chart).getColumnKeys());
    CategoryItemRenderer renderer = chart.chart().getCategoryPlot().getRenderer();
    assertEquals(ChartPalette.BLUE, renderer.getItemPaint(0, 0), "no segments: one colour");
    assertEquals(ChartPalette.BLUE, renderer.getItemPaint(0, 1));
  }

  @Test
  void laborColoursEachBarByTheClientsSegment() {
    LaborAnalysis.Result result =
        new LaborAnalysis.Result(
            List.of(
                labor("Acme", "30", null),
                labor("Bravo", "20", null),
                labor("Charlie", "10", null)),
            null);
    Map<String, Segment> segments = Map.of("Acme", Segment.MANAGED, "Bravo", Segment.BREAK_FIX);

    NamedChart chart = Charts.labor(result, 15, segments::get).get(0);

    CategoryItemRenderer renderer = chart.chart().getCategoryPlot().getRenderer();
    assertEquals(ChartPalette.segment(Segment.MANAGED), renderer.getItemPaint(0, 0));
    assertEquals(ChartPalette.segment(Segment.BREAK_FIX), renderer.getItemPaint(0, 1));
    assertEquals(ChartPalette.GREY, renderer.getItemPaint(0, 2), "no segment: grey");
    assertEquals(
        List.of("managed", "break-fix", "no segment"),
        legend(chart.chart()).stream().map(LegendItem::getLabel).toList());
  }

  @Test
  void laborLabelsEachBarWithTheHoursAndTheRateWhenThereIsOne() {
    LaborAnalysis.Result result =
        new LaborAnalysis.Result(
            List.of(labor("Acme", "10", "142.38"), labor("Bravo", "0", null)), null);

    NamedChart chart = Charts.labor(result, 15).get(0);

    assertEquals("10 h · 142/h", label(chart, 0, 0));
    assertEquals("0 h", label(chart, 0, 1));
  }

  @Test
  void laborNeedsAtLeastOneClient() {
    LaborAnalysis.Result result = new LaborAnalysis.Result(List.of(), null);

    assertThrows(IllegalArgumentException.class, () -> Charts.labor(result, 0));
  }

  @Test
  void anEmptyResultGivesAChartSayingNoData() {
    NamedChart chart = Charts.labor(new LaborAnalysis.Result(List.of(), null), 15).get(0);

    assertEquals(0, data(chart).getColumnCount());
    assertEquals("No data", chart.chart().getPlot().getNoDataMessage());
  }

  @Test
  void everyBarChartIsFlat() {
    List<NamedChart> charts = new ArrayList<>();
    charts.addAll(Charts.labor(new LaborAnalysis.Result(List.of(), null), 15));
    charts.addAll(Charts.payments(new PaymentAnalysis.Result(List.of(), null), 15));
    charts.addAll(
        Charts.segments(new SegmentAnalysis.Result(List.of(), null, List.of(), null, List.of())));

    for (NamedChart chart : charts) {
      BarRenderer renderer = (BarRenderer) chart.chart().getCategoryPlot().getRenderer();
      assertTrue(
          !(renderer.getBarPainter() instanceof GradientBarPainter), chart.name() + " gradient");
      assertTrue(!renderer.getShadowsVisible(), chart.name() + " shadow");
      assertTrue(!chart.chart().isBorderVisible(), chart.name() + " border");
    }
  }

  @Test
  void agingStacksTheBucketsOfTheLargestAmountsPastDueTiesByOpenBalanceThenName() {
    PaymentAnalysis.Result result =
        new PaymentAnalysis.Result(
            List.of(
                payments("Zulu", "5", Grade.B, "300", "100", "200"),
                payments("alpha", "40", Grade.D, "300", "0", "0", "300"),
                payments("Bravo", "2", Grade.A, "0"),
                payments("Charlie", null, Grade.NONE, "1000", "0", "0", "0", "0", "0", "0", "1000"),
                payments("Delta", "1", Grade.A, "900", "900"),
                payments("Echo", "1", Grade.A, "300", "0", "100", "0", "0", "200")),
            null);

    NamedChart chart = Charts.payments(result, 4).get(0);

    assertEquals("payments-aging", chart.name());
    CategoryDataset data = data(chart);
    List<String> buckets =
        List.of(
            "current",
            "1-30 days",
            "31-60 days",
            "61-90 days",
            "91-180 days",
            "181-365 days",
            "over 365 days");
    assertEquals(buckets, data.getRowKeys());
    // past due: Charlie 1000, alpha 300, Echo 300 (open 300: ties by name), Zulu 200; Delta 0
    assertEquals(List.of("Charlie", "alpha", "Echo", "Zulu"), data.getColumnKeys());
    assertEquals(new BigDecimal("100"), data.getValue("current", "Zulu"));
    assertEquals(new BigDecimal("200"), data.getValue("1-30 days", "Zulu"));
    assertEquals(new BigDecimal("200"), data.getValue("91-180 days", "Echo"));
    assertEquals(new BigDecimal("1000"), data.getValue("over 365 days", "Charlie"));
    assertEquals("Open balance", chart.chart().getCategoryPlot().getRangeAxis().getLabel());
    assertEquals(buckets, legend(chart.chart()).stream().map(LegendItem::getLabel).toList());
    StackedBarRenderer renderer =
        (StackedBarRenderer) chart.chart().getCategoryPlot().getRenderer();
    for (int b = 1; b < buckets.size(); b++) {
      assertNotEquals(renderer.getSeriesPaint(b - 1), renderer.getSeriesPaint(b), "bucket " + b);
    }
  }

  @Test
  void agingLeavesOutClientsWithNothingOpen() {
    PaymentAnalysis.Result result =
        new PaymentAnalysis.Result(
            List.of(payments("Acme", "0", Grade.A, "0"), payments("Bravo", "0", Grade.A, null)),
            null);

    NamedChart chart = Charts.payments(result, 15).get(0);

    assertEquals(0, data(chart).getColumnCount());
  }

  @Test
  void daysLateShowsTheLatestPayersColouredAndLabelledByGrade() {
    PaymentAnalysis.Result result =
        new PaymentAnalysis.Result(
            List.of(
                payments("Acme", "3.25", Grade.B, "0"),
                payments("Bravo", null, Grade.NONE, "500", "500"),
                payments("Charlie", "75", Grade.F, "0"),
                payments("Delta", "1", Grade.A, "0"),
                payments("Echo", "3.25", Grade.B, "0")),
            null);

    NamedChart chart = Charts.payments(result, 3).get(1);

    assertEquals("payments-days-late", chart.name());
    CategoryDataset data = data(chart);
    assertEquals(List.of("Days late"), data.getRowKeys());
    assertEquals(List.of("Charlie", "Acme", "Echo"), data.getColumnKeys());
    assertEquals(new BigDecimal("75"), data.getValue("Days late", "Charlie"));
    assertEquals("75 days · F", label(chart, 0, 0));
    assertEquals("3.3 days · B", label(chart, 0, 1));
    BarRenderer renderer = (BarRenderer) chart.chart().getCategoryPlot().getRenderer();
    assertEquals(ChartPalette.grade(Grade.F), renderer.getItemPaint(0, 0));
    assertEquals(ChartPalette.grade(Grade.B), renderer.getItemPaint(0, 1));
    assertEquals(ChartPalette.grade(Grade.B), renderer.getItemPaint(0, 2));
    assertEquals(
        List.of("B (up to 10 days)", "F (over 60 days)"),
        legend(chart.chart()).stream().map(LegendItem::getLabel).toList());
    assertEquals(
        "Days late, amount-weighted (the grade's L)",
        chart.chart().getCategoryPlot().getRangeAxis().getLabel());
  }

  @Test
  void segmentRevenueFollowsTheSummaryInSegmentColours() {
    SegmentAnalysis.Result result =
        new SegmentAnalysis.Result(
            List.of(),
            null,
            List.of(
                new SegmentSummary(Segment.MANAGED, 4, dec("12500"), dec("100"), dec("0.625")),
                new SegmentSummary(Segment.HYBRID, 1, dec("5000"), dec("40"), dec("0.25")),
                new SegmentSummary(Segment.BREAK_FIX, 2, dec("2500"), dec("60"), dec("0.125")),
                new SegmentSummary(Segment.PROJECT_ONLY, 0, dec("0"), dec("0"), null)),
            new SegmentSummary(null, 7, dec("20000"), dec("200"), dec("1")),
            List.of());

    NamedChart chart = Charts.segments(result).get(0);

    assertEquals("segments-revenue", chart.name());
    CategoryDataset data = data(chart);
    assertEquals(List.of("Revenue"), data.getRowKeys());
    assertEquals(List.of("managed", "hybrid", "break-fix", "project-only"), data.getColumnKeys());
    assertEquals(new BigDecimal("12500"), data.getValue("Revenue", "managed"));
    assertEquals("12,500 (63%)", label(chart, 0, 0));
    assertEquals("0", label(chart, 0, 3));
    BarRenderer renderer = (BarRenderer) chart.chart().getCategoryPlot().getRenderer();
    assertEquals(ChartPalette.segment(Segment.MANAGED), renderer.getItemPaint(0, 0));
    assertEquals(ChartPalette.segment(Segment.BREAK_FIX), renderer.getItemPaint(0, 2));
  }

  @Test
  void monthlyStacksRecurringTmProjectAndTheRestPerMonth() {
    SegmentAnalysis.Result result =
        new SegmentAnalysis.Result(
            List.of(),
            null,
            List.of(),
            null,
            List.of(
                new MonthlyRevenue(
                    YearMonth.of(2025, 11),
                    dec("1000"),
                    dec("250"),
                    dec("0"),
                    dec("40"),
                    dec("-10")),
                new MonthlyRevenue(
                    YearMonth.of(2025, 12), dec("1100"), dec("-50"), dec("300"), null, null)));

    NamedChart chart = Charts.segments(result).get(1);

    assertEquals("segments-monthly", chart.name());
    CategoryDataset data = data(chart);
    assertEquals(
        List.of("Recurring (MRR)", "T&M", "Project", "Product & other"), data.getRowKeys());
    assertEquals(List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12)), data.getColumnKeys());
    assertEquals(new BigDecimal("1000"), data.getValue("Recurring (MRR)", YearMonth.of(2025, 11)));
    assertEquals(new BigDecimal("-50"), data.getValue("T&M", YearMonth.of(2025, 12)));
    assertEquals(new BigDecimal("30"), data.getValue("Product & other", YearMonth.of(2025, 11)));
    assertNull(data.getValue("Product & other", YearMonth.of(2025, 12)));
  }

  @Test
  void scorecardPlacesClientsBySegmentAndLeavesOutEmptyRates() {
    List<ClientScore> rows =
        List.of(
            score("Acme", Segment.BREAK_FIX, "12.5", "90"),
            score("Bravo", Segment.MANAGED, "4", "210.40"),
            score("Charlie", Segment.MANAGED, "0", null),
            score("Delta", Segment.MANAGED, "7", "130"));

    NamedChart chart = Charts.scorecard(rows, SETTINGS).get(0);

    assertEquals("scorecard", chart.name());
    XYPlot plot = chart.chart().getXYPlot();
    XYDataset data = plot.getDataset();
    assertEquals(2, data.getSeriesCount());
    assertEquals("managed", data.getSeriesKey(0));
    assertEquals("break-fix", data.getSeriesKey(1));
    assertEquals(2, data.getItemCount(0));
    assertEquals(4.0, data.getXValue(0, 0));
    assertEquals(210.40, data.getYValue(0, 0));
    assertEquals(7.0, data.getXValue(0, 1));
    assertEquals(12.5, data.getXValue(1, 0));
    assertEquals(90.0, data.getYValue(1, 0));
    XYItemRenderer renderer = plot.getRenderer();
    assertEquals(ChartPalette.segment(Segment.MANAGED), renderer.getSeriesPaint(0));
    assertEquals(ChartPalette.segment(Segment.BREAK_FIX), renderer.getSeriesPaint(1));
    assertEquals("Hours per month", plot.getDomainAxis().getLabel());
    assertEquals("Effective rate per hour", plot.getRangeAxis().getLabel());
  }

  @Test
  void scorecardDrawsTheTargetRate() {
    List<ClientScore> rows =
        List.of(
            score("Acme", Segment.BREAK_FIX, "12.5", "90"),
            score("Bravo", Segment.BREAK_FIX, "4", "210"));

    NamedChart chart = Charts.scorecard(rows, SETTINGS).get(0);
    XYPlot plot = chart.chart().getXYPlot();

    List<Marker> markers = new ArrayList<>(plot.getRangeMarkers(Layer.FOREGROUND));
    assertEquals(1, markers.size());
    assertEquals(125.0, ((ValueMarker) markers.get(0)).getValue());
    assertEquals("target 125/h", markers.get(0).getLabel());
    assertTrue(plot.getRangeAxis().getUpperBound() > 210);
    assertEquals(
        "Effective rate vs hours: 2 clients, 1 under the target 125/h; highest rate: Bravo"
            + " 210/h; lowest: Acme 90/h.",
        chart.description());
  }

  @Test
  void scorecardNamesTheClientsUnderTheTargetThenTheFiveLargestByRevenue() {
    List<ClientScore> rows = new ArrayList<>();
    // 8 clients above the target, revenue 100 to 800; 2 under it, revenue 50 and 900.
    for (int i = 1; i <= 8; i++) {
      rows.add(score("Above " + i, Segment.MANAGED, String.valueOf(i * 10), "150", i * 100));
    }
    rows.add(score("Under small", Segment.BREAK_FIX, "5", "90", 50));
    rows.add(score("Under large", Segment.BREAK_FIX, "50", "100", 900));

    XYPlot plot = Charts.scorecard(rows, SETTINGS).get(0).chart().getXYPlot();

    PointLabels labels = pointLabels(plot);
    assertEquals(
        List.of(
            "Under large", "Under small", "Above 8", "Above 7", "Above 6", "Above 5", "Above 4"),
        labels.labels().stream().map(PointLabels.Label::text).toList());
    assertEquals(50.0, labels.labels().get(0).x());
    assertEquals(100.0, labels.labels().get(0).y());
  }

  @Test
  void scorecardNamesOnClientsOnTopOfOneAnotherAreLeftOutRatherThanPiledUp() {
    List<ClientScore> rows = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      rows.add(score("Client " + i, Segment.MANAGED, "100", "100", i * 100));
    }
    rows.add(score("Far away", Segment.MANAGED, "200", "300", 1));
    JFreeChart chart = Charts.scorecard(rows, SETTINGS).get(0).chart();
    PointLabels labels = pointLabels(chart.getXYPlot());

    chart.createBufferedImage(800, 500);

    // Ten dots on one point, all under the target: the four places around it go to the four
    // largest by revenue, the other six names are left out; the dot far away keeps its name.
    assertEquals(11, labels.labels().size());
    assertEquals(
        List.of("Client 10", "Client 9", "Client 8", "Client 7", "Far away"), labels.placed());
  }

  private static PointLabels pointLabels(XYPlot plot) {
    return plot.getAnnotations().stream()
        .filter(PointLabels.class::isInstance)
        .map(PointLabels.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void scorecardWithoutRatesSaysNoData() {
    List<ClientScore> rows = List.of(score("Acme", Segment.PROJECT_ONLY, "0", null));

    JFreeChart chart = Charts.scorecard(rows, SETTINGS).get(0).chart();

    assertEquals(0, chart.getXYPlot().getDataset().getSeriesCount());
    assertEquals("No data", chart.getPlot().getNoDataMessage());
  }

  @Test
  void thePaymentChartsSayWhoOwesMostAndWhoPaysLatest() {
    List<ClientPayments> rows =
        List.of(
            payments("Acme", "3.25", Grade.B, "300", "100", "200"),
            payments("Bravo", "75", Grade.F, "0"),
            payments("Charlie", "12", Grade.C, "500", "450", "0", "50"));

    List<NamedChart> charts =
        NamedChart.inCurrency(Charts.payments(new PaymentAnalysis.Result(rows, null), 5), "EUR");

    assertEquals(
        "Open balance by age: 2 clients with an open balance; most past due: Acme 200 past due"
            + " of 300 open; least: Charlie 50 past due of 500 open. Amounts in EUR.",
        charts.get(0).description());
    assertEquals(
        "Payment habit: days late: 3 clients; latest: Bravo 75 days · F; least late: Acme 3.3"
            + " days · B.",
        charts.get(1).description());
  }

  @Test
  void aCurrencyNamesTheMoneyAxesOnly() {
    PaymentAnalysis.Result result =
        new PaymentAnalysis.Result(
            List.of(
                payments("Acme", "3.25", Grade.B, "300", "100", "200"),
                payments("Bravo", "75", Grade.F, "0")),
            null);
    List<NamedChart> charts = NamedChart.inCurrency(Charts.payments(result, 5), "EUR");
    assertEquals(
        "Open balance (EUR)", charts.get(0).chart().getCategoryPlot().getRangeAxis().getLabel());
    assertEquals(
        "Days late, amount-weighted (the grade's L)",
        charts.get(1).chart().getCategoryPlot().getRangeAxis().getLabel(),
        "days are not money");
    assertEquals(charts, NamedChart.inCurrency(charts, null));
  }
}
