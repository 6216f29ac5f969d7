package io.mrrlens.chart;

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
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of the analyses, one method per question, each giving its named charts ready for
 * {@link ChartWriter}; empty values are left out and an empty result gives a chart saying "No
 * data".
 */
public final class Charts {
  static final String LABOR_HOURS = "labor-hours";
  static final String PAYMENTS_AGING = "payments-aging";
  static final String PAYMENTS_DAYS_LATE = "payments-days-late";
  static final String SEGMENTS_REVENUE = "segments-revenue";
  static final String SEGMENTS_MONTHLY = "segments-monthly";
  static final String SUMMARY_REVENUE = "summary-revenue";
  static final String SCORECARD = "scorecard";

  /** The one series of the labor chart. */
  static final String HOURS = "Hours";

  /** The one series of the days-late chart. */
  static final String DAYS_LATE = "Days late";

  /** The one series of the segment revenue chart. */
  static final String REVENUE = "Revenue";

  /** The series of the aging chart, current to over 365 days past due. */
  static final List<String> AGING_BUCKETS =
      List.of(
          "current",
          "1-30 days",
          "31-60 days",
          "61-90 days",
          "91-180 days",
          "181-365 days",
          "over 365 days");

  /** The series of the monthly chart, by invoice kind. */
  static final List<String> KINDS = List.of("Recurring (MRR)", "T&M", "Project", "Product & other");

  /**
   * How many of the clients with the largest revenue the scorecard names besides those under the
   * target.
   */
  static final int NAMED_BY_REVENUE = 5;

  /** Above this many categories the category labels get smaller. */
  private static final int CROWDED = 24;

  private static final Comparator<String> BY_NAME =
      Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT))
          .thenComparing(Comparator.naturalOrder());

  private Charts() {}

  /**
   * labor-hours without segments: every bar blue; see {@link #labor(LaborAnalysis.Result, int,
   * Function)}.
   *
   * @throws IllegalArgumentException when top is below 1
   */
  public static List<NamedChart> labor(LaborAnalysis.Result result, int top) {
    return labor(result, top, client -> null);
  }

  /**
   * labor-hours: horizontal bars of hours per client, most hours first (ties by name), coloured by
   * the client's segment ({@code segmentOf} gives null when unknown: grey) and labelled with the
   * hours and the client's effective rate ({@code 120 h · 142/h}; the hours alone when the rate is
   * empty). With more clients than {@code top}, the chart shows the clients that need the most and,
   * below a gap naming how many are left out, the {@code top / 3} that need the fewest hours.
   *
   * @throws IllegalArgumentException when top is below 1
   */
  public static List<NamedChart> labor(
      LaborAnalysis.Result result, int top, Function<String, Segment> segmentOf) {
    requireTop(top);
    List<ClientLabor> all =
        result.rows().stream()
            .filter(r -> r.client() != null && r.hours() != null)
            .sorted(
                Comparator.comparing(ClientLabor::hours, Comparator.reverseOrder())
                    .thenComparing(ClientLabor::client, BY_NAME))
            .toList();
    int fewest = all.size() > top ? top / 3 : 0;
    int most = Math.min(all.size(), top - fewest);
    List<ClientLabor> head = all.subList(0, most);
    List<ClientLabor> tail = all.subList(all.size() - fewest, all.size());
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<Paint> paints = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    Set<Segment> segments = EnumSet.noneOf(Segment.class);
    boolean unknown = false;
    List<ClientLabor> shown = new ArrayList<>(head);
    shown.addAll(tail);
    for (int i = 0; i < shown.size(); i++) {
      if (i == most && fewest > 0) {
        // The gap stands for the clients in the middle, an empty bar that names how many.
        String gap = "… " + (all.size() - most - fewest) + " more …";
        dataset.addValue(null, HOURS, gap);
        paints.add(ChartPalette.GREY);
      }
      ClientLabor row = shown.get(i);
      Segment segment = segmentOf.apply(row.client());
      dataset.addValue(row.hours(), HOURS, row.client());
      paints.add(segment == null ? ChartPalette.GREY : ChartPalette.segment(segment));
      // The hours in words too: the bars of the clients needing the fewest are too short to read.
      String rate = ChartText.rate(row.effectiveRate());
      labels.put(
          row.client(),
          ChartText.whole().format(row.hours()) + " h" + (rate.isEmpty() ? "" : " · " + rate));
      if (segment == null) {
        unknown = true;
      } else {
        segments.add(segment);
      }
    }
    if (segments.isEmpty()) {
      // No segment known at all: one colour, as no legend explains the grey.
      Collections.replaceAll(paints, ChartPalette.GREY, ChartPalette.BLUE);
    }
    String order =
        fewest == 0
            ? cut(most, all.size(), "by hours")
            : "The "
                + most
                + " of "
                + all.size()
                + " clients with the most hours, and the "
                + fewest
                + " with the fewest";
    JFreeChart chart =
        bars(
            "Hours per client",
            order
                + " · label: hours · effective rate (revenue per hour)"
                + (segments.isEmpty() ? "" : " · colour: segment"),
            dataset,
            PlotOrientation.HORIZONTAL,
            "Hours in the window",
            ChartText.whole(),
            new ColumnBarRenderer(paints, labels),
            !segments.isEmpty());
    if (!segments.isEmpty()) {
      LegendItemCollection legend = new LegendItemCollection();
      for (Segment segment : segments) {
        legend.add(new LegendItem(segment.label(), ChartPalette.segment(segment)));
      }
      if (unknown) {
        legend.add(new LegendItem("no segment", ChartPalette.GREY));
      }
      chart.getCategoryPlot().setFixedLegendItems(legend);
    }
    List<ChartSummary.Item> items = new ArrayList<>();
    for (ClientLabor row : shown) {
      items.add(new ChartSummary.Item(row.client(), ChartText.whole().format(row.hours()) + " h"));
    }
    String count =
        all.size()
            + (all.size() == 1 ? " client" : " clients")
            + (shown.size() < all.size() ? ", " + shown.size() + " shown" : "");
    return List.of(
        new NamedChart(
            LABOR_HOURS, chart, ChartSummary.extremes(count, items, "most hours", "fewest")));
  }

  /**
   * payments-aging: stacked horizontal bars of the open balance by aging bucket for the {@code top}
   * clients with the largest open balance (above 0; ties by name); payments-days-late: bars of the
   * amount-weighted average days late for the {@code top} latest payers (empty ones left out; ties
   * by name), coloured and labelled by payment grade.
   *
   * @throws IllegalArgumentException when top is below 1
   */
  public static List<NamedChart> payments(PaymentAnalysis.Result result, int top) {
    requireTop(top);
    List<ClientPayments> rows = result.rows().stream().filter(r -> r.client() != null).toList();
    return List.of(aging(rows, top), daysLate(rows, top));
  }

  /**
   * segments-revenue: bars of revenue per segment in the summary's order, labelled with the amount
   * and share; segments-monthly: stacked bars per month of the window of recurring, T&amp;M,
   * project, and product and other revenue.
   */
  public static List<NamedChart> segments(SegmentAnalysis.Result result) {
    return List.of(segmentRevenue(result.summary()), monthly(result.monthly()));
  }

  /**
   * scorecard: clients placed by hours per month (x) and effective rate (y), one series per segment
   * in segment order, with a dashed line at the target rate labelled {@code target 125/h}; clients
   * with an empty rate, hours per month or segment are left out. Names go beside the dots of the
   * clients under the target (largest revenue first), then of the {@link #NAMED_BY_REVENUE} with
   * the largest revenue, each where it overlaps no other name (see {@link PointLabels}).
   */
  public static List<NamedChart> scorecard(List<ClientScore> rows, AnalysisSettings settings) {
    BigDecimal target = settings == null ? null : settings.targetRate();
    Map<Segment, XYSeries> bySegment = new EnumMap<>(Segment.class);
    List<ClientScore> placed = new ArrayList<>();
    for (ClientScore row : rows) {
      if (row.client() == null
          || row.segment() == null
          || row.hoursPerMonth() == null
          || row.effectiveRate() == null) {
        continue;
      }
      bySegment
          .computeIfAbsent(row.segment(), s -> new XYSeries(s.label(), false, true))
          .add(row.hoursPerMonth(), row.effectiveRate());
      placed.add(row);
    }
    List<ClientScore> byRevenue =
        placed.stream()
            .sorted(
                Comparator.comparing(
                        (ClientScore r) -> r.revenue() == null ? BigDecimal.ZERO : r.revenue(),
                        Comparator.reverseOrder())
                    .thenComparing(ClientScore::client, BY_NAME))
            .toList();
    List<ClientScore> named = new ArrayList<>();
    for (ClientScore row : byRevenue) {
      if (target != null && row.effectiveRate().compareTo(target) < 0) {
        named.add(row);
      }
    }
    int under = named.size();
    byRevenue.stream()
        .filter(row -> !named.contains(row))
        .limit(NAMED_BY_REVENUE)
        .forEach(named::add);
    List<PointLabels.Label> labels = new ArrayList<>();
    for (ClientScore row : named) {
      labels.add(
          new PointLabels.Label(
              ChartText.truncate(row.client()),
              row.hoursPerMonth().doubleValue(),
              row.effectiveRate().doubleValue()));
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    bySegment.forEach(
        (segment, series) -> {
          int i = dataset.getSeriesCount();
          dataset.addSeries(series);
          renderer.setSeriesPaint(i, ChartPalette.segment(segment));
          renderer.setSeriesShape(i, new Ellipse2D.Double(-6, -6, 12, 12));
        });
    renderer.setUseOutlinePaint(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setDefaultOutlineStroke(new BasicStroke(1.0f));
    renderer.setDefaultLegendTextFont(ChartPalette.LEGEND);

    NumberAxis hours = new NumberAxis("Hours per month");
    hours.setNumberFormatOverride(ChartText.whole());
    hours.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
    NumberAxis rate = moneyAxis("Effective rate per hour");
    XYPlot plot = new XYPlot(dataset, hours, rate, renderer);
    plot.setForegroundAlpha(0.85f);
    plot.addAnnotation(new PointLabels(labels));

    if (target != null) {
      ValueMarker marker =
          new ValueMarker(
              target.doubleValue(),
              ChartPalette.MARKER,
              new BasicStroke(
                  1.5f,
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_MITER,
                  10f,
                  new float[] {6f, 4f},
                  0f));
      marker.setLabel("target " + ChartText.target(target) + "/h");
      marker.setLabelFont(ChartPalette.ITEM_LABEL);
      marker.setLabelPaint(ChartPalette.MARKER);
      marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
      marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
      marker.setLabelBackgroundColor(new Color(255, 255, 255, 210));
      plot.addRangeMarker(marker);
    }
    Range rates = DatasetUtils.findRangeBounds(dataset);
    if (rates != null) {
      // Keep the target line in view even when every client is above or below it.
      double low = Math.min(0, rates.getLowerBound());
      double high = Math.max(rates.getUpperBound(), target == null ? 0 : target.doubleValue());
      double pad = Math.max((high - low) * 0.08, 1);
      rate.setRange(low == 0 ? 0 : low - pad, high + pad);
    }

    JFreeChart chart = new JFreeChart("Effective rate vs hours", ChartPalette.TITLE, plot, true);
    chart.addSubtitle(
        new TextTitle(
            "Each dot is a client, coloured by segment · named, where room allows: the clients"
                + " under the target rate and the "
                + NAMED_BY_REVENUE
                + " largest by revenue"));
    ChartPalette.style(chart);
    List<ChartSummary.Item> byRate = new ArrayList<>();
    placed.stream()
        .sorted(
            Comparator.comparing(ClientScore::effectiveRate, Comparator.reverseOrder())
                .thenComparing(ClientScore::client, BY_NAME))
        .forEach(
            row ->
                byRate.add(
                    new ChartSummary.Item(row.client(), ChartText.rate(row.effectiveRate()))));
    String count =
        placed.size()
            + (placed.size() == 1 ? " client" : " clients")
            + (target == null
                ? ""
                : ", " + under + " under the target " + ChartText.target(target) + "/h");
    return List.of(
        new NamedChart(
            SCORECARD, chart, ChartSummary.extremes(count, byRate, "highest rate", "lowest")));
  }

  private static NamedChart aging(List<ClientPayments> rows, int top) {
    List<ClientPayments> open =
        rows.stream().filter(r -> r.openBalance() != null && r.openBalance().signum() > 0).toList();
    Function<ClientPayments, BigDecimal> overdue = r -> r.openBalance().subtract(r.agingCurrent());
    List<ClientPayments> shown =
        open.stream()
            .sorted(
                Comparator.comparing(overdue, Comparator.reverseOrder())
                    .thenComparing(ClientPayments::openBalance, Comparator.reverseOrder())
                    .thenComparing(ClientPayments::client, BY_NAME))
            .limit(top)
            .toList();
    List<Function<ClientPayments, BigDecimal>> buckets =
        List.of(
            ClientPayments::agingCurrent,
            ClientPayments::aging1To30,
            ClientPayments::aging31To60,
            ClientPayments::aging61To90,
            ClientPayments::aging91To180,
            ClientPayments::aging181To365,
            ClientPayments::agingOver365);
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    StackedBarRenderer renderer = new StackedBarRenderer();
    ChartPalette.flat(renderer);
    for (int b = 0; b < buckets.size(); b++) {
      renderer.setSeriesPaint(b, ChartPalette.AGING.get(b));
      for (ClientPayments row : shown) {
        dataset.addValue(buckets.get(b).apply(row), AGING_BUCKETS.get(b), row.client());
      }
    }
    JFreeChart chart =
        bars(
            "Open balance by age",
            cut(shown.size(), open.size(), "by amount past due") + " · colour: days past due",
            dataset,
            PlotOrientation.HORIZONTAL,
            "Open balance",
            ChartText.money(),
            renderer,
            true);
    List<ChartSummary.Item> items = new ArrayList<>();
    for (ClientPayments row : shown) {
      items.add(
          new ChartSummary.Item(
              row.client(),
              ChartText.money(overdue.apply(row))
                  + " past due of "
                  + ChartText.money(row.openBalance())
                  + " open"));
    }
    String count =
        open.size()
            + (open.size() == 1 ? " client" : " clients")
            + " with an open balance"
            + (shown.size() < open.size() ? ", " + shown.size() + " shown" : "");
    return new NamedChart(
        PAYMENTS_AGING, chart, ChartSummary.extremes(count, items, "most past due", "least"));
  }

  private static NamedChart daysLate(List<ClientPayments> rows, int top) {
    List<ClientPayments> late = rows.stream().filter(r -> r.lateness() != null).toList();
    List<ClientPayments> shown =
        late.stream()
            .sorted(
                Comparator.comparing(ClientPayments::lateness, Comparator.reverseOrder())
                    .thenComparing(ClientPayments::client, BY_NAME))
            .limit(top)
            .toList();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<Paint> paints = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    Set<Grade> grades = EnumSet.noneOf(Grade.class);
    for (ClientPayments row : shown) {
      Grade grade = row.grade() == null ? Grade.NONE : row.grade();
      dataset.addValue(row.lateness(), DAYS_LATE, row.client());
      paints.add(ChartPalette.grade(grade));
      labels.put(
          row.client(),
          ChartText.days(row.lateness())
              + " days · "
              + (grade == Grade.NONE ? "no grade" : grade.label()));
      grades.add(grade);
    }
    JFreeChart chart =
        bars(
            "Payment habit: days late",
            cut(shown.size(), late.size(), "by days late")
                + " · paid and open past-due invoices, by amount · colour: the grade",
            dataset,
            PlotOrientation.HORIZONTAL,
            "Days late, amount-weighted (the grade's L)",
            ChartText.whole(),
            new ColumnBarRenderer(paints, labels),
            true);
    LegendItemCollection legend = new LegendItemCollection();
    for (Grade grade : List.of(Grade.A, Grade.B, Grade.C, Grade.D, Grade.F, Grade.NONE)) {
      if (grades.contains(grade)) {
        legend.add(new LegendItem(gradeLegend(grade), ChartPalette.grade(grade)));
      }
    }
    chart.getCategoryPlot().setFixedLegendItems(legend);
    List<ChartSummary.Item> items = new ArrayList<>();
    for (ClientPayments row : shown) {
      items.add(new ChartSummary.Item(row.client(), labels.get(row.client())));
    }
    String count =
        late.size()
            + (late.size() == 1 ? " client" : " clients")
            + (shown.size() < late.size() ? ", " + shown.size() + " shown" : "");
    return new NamedChart(
        PAYMENTS_DAYS_LATE, chart, ChartSummary.extremes(count, items, "latest", "least late"));
  }

  private static String gradeLegend(Grade grade) {
    return switch (grade) {
      case A -> "A (up to 2 days)";
      case B -> "B (up to 10 days)";
      case C -> "C (up to 30 days)";
      case D -> "D (up to 60 days)";
      case F -> "F (over 60 days)";
      case NONE -> "no grade";
    };
  }

  private static NamedChart segmentRevenue(List<SegmentSummary> summary) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<Paint> paints = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (SegmentSummary row : summary) {
      if (row.segment() == null) {
        continue;
      }
      String key = row.segment().label();
      dataset.addValue(row.revenue(), REVENUE, key);
      paints.add(ChartPalette.segment(row.segment()));
      String share = ChartText.percent(row.shareOfRevenue());
      labels.put(key, ChartText.money(row.revenue()) + (share.isEmpty() ? "" : " (" + share + ")"));
    }
    JFreeChart chart =
        bars(
            "Revenue by segment",
            "Revenue in the window, credit memos included · label: amount (share of revenue)",
            dataset,
            PlotOrientation.VERTICAL,
            "Revenue in the window",
            ChartText.money(),
            new ColumnBarRenderer(paints, labels),
            false);
    List<ChartSummary.Item> items = new ArrayList<>();
    summary.stream()
        .filter(row -> row.segment() != null && row.revenue() != null)
        .sorted(Comparator.comparing(SegmentSummary::revenue, Comparator.reverseOrder()))
        .forEach(
            row ->
                items.add(
                    new ChartSummary.Item(
                        row.segment().label(), labels.get(row.segment().label()))));
    return new NamedChart(
        SEGMENTS_REVENUE,
        chart,
        ChartSummary.extremes(
            items.size() + (items.size() == 1 ? " segment" : " segments"),
            items,
            "largest",
            "smallest"));
  }

  /**
   * summary-revenue: stacked bars per month of recurring, T&amp;M, project, and product and other
   * revenue, for the months of the monthly summary (the month and the 12 before it).
   */
  public static List<NamedChart> summary(List<MonthlyRevenue> months) {
    return List.of(
        monthly(months, SUMMARY_REVENUE, "Invoices issued in each month, credit memos included"));
  }

  private static NamedChart monthly(List<MonthlyRevenue> months) {
    return monthly(
        months,
        SEGMENTS_MONTHLY,
        "Invoices issued in each month of the window, credit memos included");
  }

  private static NamedChart monthly(List<MonthlyRevenue> months, String name, String subtitle) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    StackedBarRenderer renderer = new StackedBarRenderer();
    ChartPalette.flat(renderer);
    List<MonthlyRevenue> shown = months.stream().filter(m -> m.month() != null).toList();
    for (int k = 0; k < KINDS.size(); k++) {
      renderer.setSeriesPaint(k, ChartPalette.KINDS.get(k));
    }
    for (MonthlyRevenue month : shown) {
      dataset.addValue(month.recurring(), KINDS.get(0), month.month());
      dataset.addValue(month.timeAndMaterials(), KINDS.get(1), month.month());
      dataset.addValue(month.project(), KINDS.get(2), month.month());
      dataset.addValue(sum(month.product(), month.other()), KINDS.get(3), month.month());
    }
    JFreeChart chart =
        bars(
            "Revenue per month by kind",
            subtitle,
            dataset,
            PlotOrientation.VERTICAL,
            "Revenue",
            ChartText.money(),
            renderer,
            true);
    if (shown.size() > 12) {
      chart
          .getCategoryPlot()
          .getDomainAxis()
          .setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    List<ChartSummary.Item> items = new ArrayList<>();
    shown.stream()
        .sorted(
            Comparator.comparing(Charts::total, Comparator.reverseOrder())
                .thenComparing(MonthlyRevenue::month))
        .forEach(
            month ->
                items.add(
                    new ChartSummary.Item(
                        ChartText.category(month.month()), ChartText.money(total(month)))));
    String count =
        shown.isEmpty()
            ? ""
            : shown.size()
                + (shown.size() == 1 ? " month" : " months")
                + ", the last "
                + ChartText.category(shown.get(shown.size() - 1).month())
                + " "
                + ChartText.money(total(shown.get(shown.size() - 1)))
                + " of which recurring "
                + ChartText.money(shown.get(shown.size() - 1).recurring());
    return new NamedChart(
        name, chart, ChartSummary.extremes(count, items, "highest month", "lowest"));
  }

  /** Every kind of revenue in the month together. */
  private static BigDecimal total(MonthlyRevenue month) {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal part :
        Arrays.asList(
            month.recurring(),
            month.timeAndMaterials(),
            month.project(),
            month.product(),
            month.other())) {
      total = part == null ? total : total.add(part);
    }
    return total;
  }

  /** Product and other together; empty only when both are. */
  private static BigDecimal sum(BigDecimal a, BigDecimal b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a.add(b);
  }

  private static JFreeChart bars(
      String title,
      String subtitle,
      DefaultCategoryDataset dataset,
      PlotOrientation orientation,
      String valueLabel,
      NumberFormat format,
      BarRenderer renderer,
      boolean legend) {
    ClippedCategoryAxis categories = new ClippedCategoryAxis(null);
    categories.setCategoryMargin(0.3);
    categories.setLowerMargin(0.02);
    categories.setUpperMargin(0.02);
    NumberAxis values = new NumberAxis(valueLabel);
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
    values.setNumberFormatOverride(format);
    values.setUpperMargin(0.12);
    if (orientation == PlotOrientation.HORIZONTAL) {
      renderer.setDefaultPositiveItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
      renderer.setDefaultNegativeItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
      // Long labels at the end of the longest bar need room inside the plot.
      values.setUpperMargin(0.2);
    } else {
      renderer.setDefaultPositiveItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
      renderer.setDefaultNegativeItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
    }
    renderer.setItemLabelAnchorOffset(4.0);
    CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
    plot.setOrientation(orientation);
    // Values along the bottom (horizontal bars) or on the left (vertical bars).
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    JFreeChart chart = new JFreeChart(title, ChartPalette.TITLE, plot, legend);
    chart.addSubtitle(new TextTitle(subtitle));
    ChartPalette.style(chart);
    if (dataset.getColumnCount() > CROWDED) {
      categories.setTickLabelFont(ChartPalette.SMALL_TICK_LABEL);
      renderer.setDefaultItemLabelFont(ChartPalette.SMALL_TICK_LABEL);
    }
    return chart;
  }

  private static NumberAxis moneyAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
    axis.setNumberFormatOverride(ChartText.money());
    return axis;
  }

  /** "Top 15 of 40 clients by hours", or "All clients by hours" when none are cut. */
  private static String cut(int shown, int of, String order) {
    return shown < of ? "Top " + shown + " of " + of + " clients " + order : "All clients " + order;
  }

  private static void requireTop(int top) {
    if (top < 1) {
      throw new IllegalArgumentException("top is " + top + ", charts need at least 1 client");
    }
  }
}
