package io.mrrlens.chart;

import io.mrrlens.projection.Projection;
import io.mrrlens.projection.Scenario;
import java.awt.BasicStroke;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of the projection, each scenario in its own colour wherever it appears: the revenue
 * fan (P50 line in a P10–P90 band), recurring and T&amp;M per month for each scenario, techs
 * needed, and the service level of the current techs when they were given; an empty result gives
 * charts saying "No data".
 */
public final class ProjectionCharts {
  static final String REVENUE = "projection-revenue";
  static final String MRR = "projection-mrr";
  static final String TECHS = "projection-techs";
  static final String SERVICE_LEVEL = "projection-service-level";
  static final String SENSITIVITY = "projection-sensitivity";

  /** The two series of the tornado: each assumption at its low and at its high value. */
  static final String LOW = "low value";

  static final String HIGH = "high value";

  /** The two series of each scenario's MRR chart, coloured as in segments-monthly. */
  static final String RECURRING = Charts.KINDS.get(0);

  static final String TM = Charts.KINDS.get(1);

  /** The series of a P50 and a P90 line: {@code transition P50}. */
  static final String P50 = " P50";

  static final String P90 = " P90";

  /** The P10–P90 bands overlap; light enough that each stays readable through the others. */
  private static final float BAND_ALPHA = 0.14f;

  /** The width of a revenue line, in pixels. */
  private static final float LINE = 2.5f;

  /**
   * The widths of the techs and service-level lines by scenario, in pixels: techs are whole numbers
   * and the scenarios share their tickets, so lines often coincide; drawn at their values (equal
   * values look equal), widest first, a line on another shows as a core inside its casing.
   */
  private static final Map<Scenario, Float> NESTED =
      Map.of(Scenario.STATUS_QUO, 7.0f, Scenario.TRANSITION, 4.2f, Scenario.MIDDLE_PATH, 1.8f);

  private ProjectionCharts() {}

  /**
   * Every chart of the projection, for the scenarios given (all when the set is empty), in this
   * order: projection-revenue; projection-mrr-SCENARIO for each scenario shown, in scenario order;
   * projection-techs; and projection-service-level, only when some month shown has a service level
   * at P50 (the current techs were given). Months with an empty value are left out of its series.
   */
  public static List<NamedChart> of(Projection.Result result, Set<Scenario> scenarios) {
    Set<Scenario> shown =
        scenarios.isEmpty() ? EnumSet.allOf(Scenario.class) : EnumSet.copyOf(scenarios);
    Map<Scenario, List<Projection.Month>> months = new EnumMap<>(Scenario.class);
    for (Scenario scenario : shown) {
      months.put(scenario, new ArrayList<>());
    }
    for (Projection.Month month : result.months()) {
      if (month.scenario() != null && shown.contains(month.scenario())) {
        months.get(month.scenario()).add(month);
      }
    }
    months.values().forEach(rows -> rows.sort(Comparator.comparingInt(Projection.Month::month)));
    int horizon =
        months.values().stream()
            .flatMap(List::stream)
            .mapToInt(Projection.Month::month)
            .max()
            .orElse(0);

    List<NamedChart> charts = new ArrayList<>();
    charts.add(revenue(months, horizon));
    // One scale for every scenario's MRR chart, so that their bars compare across pages.
    double highest =
        months.values().stream()
            .flatMap(List::stream)
            .mapToDouble(month -> value(month.recurringP50(), 0) + value(month.tmP50(), 0))
            .max()
            .orElse(0);
    months.forEach((scenario, rows) -> charts.add(mrr(scenario, rows, highest)));
    charts.add(techs(months, horizon));
    boolean serviceLevels =
        months.values().stream()
            .flatMap(List::stream)
            .anyMatch(month -> month.serviceLevelP50() != null);
    if (serviceLevels) {
      charts.add(serviceLevel(months, horizon));
    }
    if (!result.sensitivity().isEmpty()) {
      charts.add(sensitivity(result));
    }
    return List.copyOf(charts);
  }

  /**
   * projection-sensitivity, a tornado: per assumption (widest swing first, at the top), the
   * transition's P50 gross profit less the status quo's at the assumption's low and high value, as
   * bars from zero (the status quo); a dashed line marks the difference at the settings in force.
   */
  static NamedChart sensitivity(Projection.Result result) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<ChartSummary.Item> swings = new ArrayList<>();
    for (Projection.Sensitivity row : result.sensitivity()) {
      String key =
          row.assumption()
              + " ("
              + ChartText.value(row.low())
              + " / "
              + ChartText.value(row.high())
              + ")";
      dataset.addValue(row.grossProfitDiffLow(), LOW, key);
      dataset.addValue(row.grossProfitDiffHigh(), HIGH, key);
      swings.add(
          new ChartSummary.Item(
              key,
              ChartText.money(row.grossProfitDiffLow())
                  + " at the low value, "
                  + ChartText.money(row.grossProfitDiffHigh())
                  + " at the high value"));
    }
    BarRenderer renderer = new BarRenderer();
    ChartPalette.flat(renderer);
    renderer.setItemMargin(0.05);
    renderer.setSeriesPaint(0, ChartPalette.SKY_BLUE);
    renderer.setSeriesPaint(1, ChartPalette.BLUE);
    CategoryAxis assumptions = new CategoryAxis(null);
    assumptions.setCategoryMargin(0.3);
    assumptions.setTickLabelFont(ChartPalette.TICK_LABEL);
    NumberAxis money = new NumberAxis("Gross profit over the horizon vs the status quo (P50)");
    money.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
    money.setNumberFormatOverride(ChartText.money());
    money.setAutoRangeIncludesZero(true);
    money.setUpperMargin(0.1);
    money.setLowerMargin(0.1);
    CategoryPlot plot = new CategoryPlot(dataset, assumptions, money, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.addRangeMarker(new ValueMarker(0, ChartPalette.MARKER, new BasicStroke(1.5f)));
    BigDecimal base = baseDifference(result);
    if (base != null) {
      ValueMarker setting =
          new ValueMarker(base.doubleValue(), ChartPalette.MARKER, line(1.5f, true));
      setting.setLabel("at your settings");
      setting.setLabelFont(ChartPalette.ITEM_LABEL);
      setting.setLabelPaint(ChartPalette.INK);
      setting.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      setting.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      plot.addRangeMarker(setting);
    }
    JFreeChart chart =
        new JFreeChart(
            "What the transition's gross profit hangs on", ChartPalette.TITLE, plot, true);
    chart.addSubtitle(
        new TextTitle(
            "Transition less status quo, P50 over the horizon, one assumption at a time ·"
                + " widest swing at the top · left of 0: the transition earns less"));
    ChartPalette.style(chart);
    String atSettings =
        base == null
            ? ""
            : "at your settings, the transition less the status quo "
                + ChartText.money(base)
                + "; ";
    return new NamedChart(
        SENSITIVITY,
        chart,
        atSettings
            + ChartSummary.extremes(
                swings.size() + " assumptions", swings, "widest swing", "narrowest"));
  }

  /** The transition's P50 gross profit less the status quo's at the settings, or null. */
  private static BigDecimal baseDifference(Projection.Result result) {
    BigDecimal quo = null;
    BigDecimal transition = null;
    for (Projection.Summary summary : result.summary()) {
      if (summary.scenario() == Scenario.STATUS_QUO) {
        quo = summary.grossProfitP50();
      } else if (summary.scenario() == Scenario.TRANSITION) {
        transition = summary.grossProfitP50();
      }
    }
    return quo == null || transition == null ? null : transition.subtract(quo);
  }

  /** The name of a scenario's MRR chart: {@code projection-mrr-middle-path}. */
  static String mrrName(Scenario scenario) {
    return MRR + "-" + scenario.label();
  }

  private static NamedChart revenue(Map<Scenario, List<Projection.Month>> months, int horizon) {
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    months.forEach(
        (scenario, rows) -> {
          YIntervalSeries series = new YIntervalSeries(scenario.label(), false, true);
          for (Projection.Month month : rows) {
            if (month.revenueP50() != null) {
              double p50 = month.revenueP50().doubleValue();
              series.add(
                  month.month(),
                  p50,
                  value(month.revenueP10(), p50),
                  value(month.revenueP90(), p50));
            }
          }
          if (series.getItemCount() > 0) {
            int i = dataset.getSeriesCount();
            dataset.addSeries(series);
            renderer.setSeriesPaint(i, ChartPalette.scenario(scenario));
            renderer.setSeriesFillPaint(i, ChartPalette.scenarioBand(scenario));
            renderer.setSeriesStroke(i, line(LINE, false));
          }
        });
    renderer.setAlpha(BAND_ALPHA);
    NumberAxis money = new NumberAxis("Revenue per month");
    money.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
    money.setNumberFormatOverride(ChartText.money());
    // From zero: an axis cut just below the lines would show a 3% gap between scenarios as a
    // chasm, the very exaggeration a reader of a transition report must not be shown.
    money.setAutoRangeIncludesZero(true);
    money.setUpperMargin(0.08);
    JFreeChart chart =
        lines(
            "Revenue per month",
            "P50 line, P10–P90 band over the simulated paths",
            dataset,
            renderer,
            money,
            horizon);
    return new NamedChart(
        REVENUE,
        chart,
        "P50 per month: " + ChartSummary.ranges(dataset, ChartText.money()::format));
  }

  /**
   * A scenario's recurring and T&amp;M bars on a scale from 0 to a little above {@code highest},
   * the highest stack of every scenario shown.
   */
  private static NamedChart mrr(Scenario scenario, List<Projection.Month> rows, double highest) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<String> ends = new ArrayList<>();
    for (Projection.Month month : rows) {
      String key = String.valueOf(month.month());
      dataset.addValue(month.recurringP50(), RECURRING, key);
      dataset.addValue(month.tmP50(), TM, key);
      if (ends.isEmpty() || month == rows.get(rows.size() - 1)) {
        ends.add(
            "month "
                + key
                + " recurring "
                + ChartText.money(month.recurringP50())
                + " and T&M "
                + ChartText.money(month.tmP50()));
      }
    }
    StackedBarRenderer renderer = new StackedBarRenderer();
    ChartPalette.flat(renderer);
    renderer.setSeriesPaint(0, ChartPalette.KINDS.get(0));
    renderer.setSeriesPaint(1, ChartPalette.KINDS.get(1));
    MonthCategoryAxis categories = new MonthCategoryAxis("Month");
    categories.setCategoryMargin(0.3);
    categories.setLowerMargin(0.02);
    categories.setUpperMargin(0.02);
    NumberAxis values = new NumberAxis("Revenue per month");
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
    values.setNumberFormatOverride(ChartText.money());
    values.setUpperMargin(0.08);
    if (highest > 0) {
      values.setRange(0, highest * 1.08);
    }
    CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
    JFreeChart chart =
        new JFreeChart(
            "Recurring and T&M revenue per month: " + scenario.label(),
            ChartPalette.TITLE,
            plot,
            true);
    chart.addSubtitle(
        new TextTitle(
            "P50 of each over the simulated paths, so the stack is not the revenue P50"
                + " · project work not shown · one scale for every scenario"));
    ChartPalette.style(chart);
    return new NamedChart(
        mrrName(scenario),
        chart,
        ends.isEmpty()
            ? ChartSummary.NO_DATA
            : "P50 in " + String.join(", in ", ends) + "; same scale as the other scenarios.");
  }

  private static NamedChart techs(Map<Scenario, List<Projection.Month>> months, int horizon) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer =
        p50AndP90(
            months,
            dataset,
            month -> BigDecimal.valueOf(month.techsP50()),
            month -> BigDecimal.valueOf(month.techsP90()));
    NumberAxis techs = new NumberAxis("Techs needed");
    techs.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
    techs.setNumberFormatOverride(ChartText.whole());
    techs.setUpperMargin(0.1);
    JFreeChart chart =
        lines(
            "Techs needed per month",
            "By hours or by service level, whichever needs more · solid: at P50 demand, dashed:"
                + " at P90 demand · equal lines lie one inside another, the status quo widest",
            dataset,
            renderer,
            techs,
            horizon);
    return new NamedChart(
        TECHS,
        chart,
        ChartSummary.ranges(dataset, value -> ChartText.whole().format(value) + " techs"));
  }

  private static NamedChart serviceLevel(
      Map<Scenario, List<Projection.Month>> months, int horizon) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer =
        p50AndP90(
            months, dataset, Projection.Month::serviceLevelP50, Projection.Month::serviceLevelP90);
    NumberAxis share = new NumberAxis("Service level");
    // A little room above 100%, where a month without queueing draws its line.
    share.setRange(0, 1.04);
    share.setTickUnit(new NumberTickUnit(0.2));
    share.setNumberFormatOverride(ChartText.percent());
    JFreeChart chart =
        lines(
            "Service level of the current techs",
            "Share of tickets that get a tech within the target · solid: at P50 demand, dashed:"
                + " at P90 demand · equal lines lie one inside another, the status quo widest",
            dataset,
            renderer,
            share,
            horizon);
    return new NamedChart(
        SERVICE_LEVEL, chart, ChartSummary.ranges(dataset, ChartText.percent()::format));
  }

  /**
   * Fills the dataset with a P50 and a P90 series per scenario ({@code transition P50}, {@code
   * transition P90}; months with an empty value left out, empty series too) and gives the lines
   * their look: the scenario's colour, P50 solid, P90 dashed, each at its values, the scenarios in
   * nested widths so that lines on one another all stay visible.
   */
  private static XYLineAndShapeRenderer p50AndP90(
      Map<Scenario, List<Projection.Month>> months,
      XYSeriesCollection dataset,
      Function<Projection.Month, BigDecimal> p50,
      Function<Projection.Month, BigDecimal> p90) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    // One path per line, so that its dashes run on across the months instead of restarting.
    renderer.setDrawSeriesLineAsPath(true);
    for (Map.Entry<Scenario, List<Projection.Month>> entry : months.entrySet()) {
      Scenario scenario = entry.getKey();
      for (boolean dashed : new boolean[] {false, true}) {
        XYSeries series = new XYSeries(scenario.label() + (dashed ? P90 : P50), false, true);
        for (Projection.Month month : entry.getValue()) {
          BigDecimal value = (dashed ? p90 : p50).apply(month);
          if (value != null) {
            series.add(month.month(), value);
          }
        }
        if (series.getItemCount() > 0) {
          int i = dataset.getSeriesCount();
          dataset.addSeries(series);
          renderer.setSeriesPaint(i, ChartPalette.scenario(scenario));
          renderer.setSeriesStroke(i, line(NESTED.get(scenario), dashed));
        }
      }
    }
    return renderer;
  }

  /** A line chart over the months 1 to horizon, legend at the bottom. */
  private static JFreeChart lines(
      String title,
      String subtitle,
      XYDataset dataset,
      XYLineAndShapeRenderer renderer,
      NumberAxis values,
      int horizon) {
    renderer.setLegendLine(new Line2D.Double(-14, 0, 14, 0));
    renderer.setDefaultLegendTextFont(ChartPalette.LEGEND);
    // A single month has no line to draw: its dots stand in.
    renderer.setDefaultShapesVisible(horizon == 1);
    renderer.setAutoPopulateSeriesShape(false);
    renderer.setDefaultShape(new Ellipse2D.Double(-4, -4, 8, 8));
    NumberAxis months = new NumberAxis("Month");
    months.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
    months.setNumberFormatOverride(ChartText.whole());
    months.setAutoRangeIncludesZero(false);
    if (horizon > 1) {
      months.setRange(1, horizon);
    }
    XYPlot plot = new XYPlot(dataset, months, values, renderer);
    // The scenarios drawn in order: the status quo first, underneath the changes.
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    JFreeChart chart = new JFreeChart(title, ChartPalette.TITLE, plot, true);
    chart.addSubtitle(new TextTitle(subtitle));
    ChartPalette.style(chart);
    return chart;
  }

  private static Stroke line(float width, boolean dashed) {
    return dashed
        ? new BasicStroke(
            width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 6f}, 0f)
        : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  private static double value(BigDecimal value, double otherwise) {
    return value == null ? otherwise : value.doubleValue();
  }
}
