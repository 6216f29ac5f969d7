package io.mrrlens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.projection.Projection;
import io.mrrlens.projection.Scenario;
import java.awt.BasicStroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data behind each projection chart: which charts, their series, values, bands and stacks. */
class ProjectionChartsTest {
  @TempDir Path temp;

  private static final List<String> ALL =
      List.of(
          "projection-revenue",
          "projection-mrr-status-quo",
          "projection-mrr-transition",
          "projection-mrr-middle-path",
          "projection-techs",
          "projection-service-level");

  private static BigDecimal dec(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  private static Projection.Month month(
      Scenario scenario,
      int month,
      String p10,
      String p50,
      String p90,
      String recurring,
      String tm,
      int techsP50,
      int techsP90,
      String serviceP50,
      String serviceP90) {
    return new Projection.Month(
        scenario,
        month,
        dec(p10),
        dec(p50),
        dec(p90),
        dec(recurring),
        dec(tm),
        dec("100"),
        dec("120"),
        techsP50,
        techsP90,
        dec("5500.00"),
        dec("0.6"),
        dec(serviceP50),
        dec(serviceP90));
  }

  private static Projection.Summary summary(Scenario scenario) {
    return new Projection.Summary(
        scenario,
        dec("27000"),
        dec("30000"),
        dec("33000"),
        dec("0.05"),
        null,
        0,
        0,
        0,
        dec("9000"),
        dec("10000"),
        dec("11000"),
        null);
  }

  /** The status quo and the transition over 3 months; with service levels when {@code serviced}. */
  private static Projection.Result result(boolean serviced) {
    String a = serviced ? "0.95" : null;
    String b = serviced ? "0.80" : null;
    return new Projection.Result(
        List.of(),
        List.of(
            month(Scenario.STATUS_QUO, 1, "9000", "10000", "11000", "8000", "1500", 2, 3, a, b),
            month(Scenario.STATUS_QUO, 2, "9100", "10100", "11100", "8000", "1600", 2, 3, a, b),
            month(Scenario.STATUS_QUO, 3, "9200", "10200", "11200", "8000", "1700", 2, 2, a, b),
            month(Scenario.TRANSITION, 1, "9500", "10500", "12000", "9000", "900", 2, 2, a, b),
            month(Scenario.TRANSITION, 2, "9800", "10800", "12500", "9500.50", "-40", 2, 3, a, b),
            month(Scenario.TRANSITION, 3, "9900", "11000", "12900", "10000", "0", 3, 3, a, b)),
        List.of(summary(Scenario.STATUS_QUO), summary(Scenario.TRANSITION)),
        dec("1.5"),
        List.of());
  }

  @Test
  void theTornadoDrawsEachAssumptionsLowAndHighWidestFirstWithTheSettingMarked() {
    Projection.Result base = result(false);
    Projection.Result result =
        new Projection.Result(
            base.offers(),
            base.months(),
            List.of(
                summary(Scenario.STATUS_QUO),
                new Projection.Summary(
                    Scenario.TRANSITION,
                    dec("1"),
                    dec("1"),
                    dec("1"),
                    dec("0"),
                    null,
                    0,
                    0,
                    null,
                    dec("9000"),
                    dec("12500"),
                    dec("14000"),
                    dec("0.7"))),
            null,
            List.of(
                new Projection.Sensitivity(
                    "accept rate", dec("0.35"), dec("1"), dec("-1000"), dec("6000")),
                new Projection.Sensitivity(
                    "decline policy", "churn", "stay", dec("2000"), dec("3000"))));

    NamedChart chart = chart(ProjectionCharts.of(result, Set.of()), "projection-sensitivity");

    CategoryPlot plot = chart.chart().getCategoryPlot();
    CategoryDataset data = plot.getDataset();
    assertEquals(List.of("low value", "high value"), data.getRowKeys());
    assertEquals(
        List.of("accept rate (0.35 / 1)", "decline policy (churn / stay)"), data.getColumnKeys());
    assertEquals(dec("-1000"), data.getValue("low value", "accept rate (0.35 / 1)"));
    assertEquals(dec("3000"), data.getValue("high value", "decline policy (churn / stay)"));
    List<Double> markers =
        plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
            .map(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue())
            .toList();
    assertEquals(List.of(0.0, 2500.0), markers, "zero and 12,500 - 10,000 at the settings");
  }

  private static NamedChart chart(List<NamedChart> charts, String name) {
    return charts.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no chart " + name));
  }

  private static List<String> names(List<NamedChart> charts) {
    return charts.stream().map(NamedChart::name).toList();
  }

  private static List<Comparable<?>> seriesKeys(XYDataset data) {
    List<Comparable<?>> keys = new ArrayList<>();
    for (int i = 0; i < data.getSeriesCount(); i++) {
      keys.add(data.getSeriesKey(i));
    }
    return keys;
  }

  private static List<String> legend(JFreeChart chart) {
    List<String> labels = new ArrayList<>();
    LegendItemCollection all = chart.getPlot().getLegendItems();
    for (int i = 0; i < all.getItemCount(); i++) {
      LegendItem item = all.get(i);
      labels.add(item.getLabel());
    }
    return labels;
  }

  private static boolean dashed(XYItemRenderer renderer, int series) {
    return ((BasicStroke) renderer.getSeriesStroke(series)).getDashArray() != null;
  }

  @Test
  void everyChartInOrderWhenNoScenarioIsChosen() {
    List<NamedChart> charts = ProjectionCharts.of(result(true), Set.of());

    assertEquals(ALL, names(charts));
  }

  @Test
  void withoutCurrentTechsThereIsNoServiceLevelChart() {
    List<NamedChart> charts = ProjectionCharts.of(result(false), Set.of());

    assertEquals(ALL.subList(0, 5), names(charts));
  }

  @Test
  void onlyTheChosenScenariosAreDrawn() {
    List<NamedChart> charts =
        ProjectionCharts.of(result(true), EnumSet.of(Scenario.TRANSITION, Scenario.MIDDLE_PATH));

    assertEquals(
        List.of(
            "projection-revenue",
            "projection-mrr-transition",
            "projection-mrr-middle-path",
            "projection-techs",
            "projection-service-level"),
        names(charts));
    assertEquals(
        List.of("transition"),
        seriesKeys(chart(charts, "projection-revenue").chart().getXYPlot().getDataset()));
    assertEquals(
        List.of("transition P50", "transition P90"),
        seriesKeys(chart(charts, "projection-techs").chart().getXYPlot().getDataset()));
    assertEquals(
        0,
        chart(charts, "projection-mrr-middle-path")
            .chart()
            .getCategoryPlot()
            .getDataset()
            .getColumnCount());
  }

  @Test
  void theServiceLevelChartFollowsTheChosenScenariosOnly() {
    List<Projection.Month> months = new ArrayList<>(result(false).months());
    months.add(month(Scenario.MIDDLE_PATH, 1, "1", "2", "3", "2", "0", 1, 1, "0.9", "0.7"));
    Projection.Result result = new Projection.Result(List.of(), months, List.of(), null, List.of());

    assertFalse(
        names(ProjectionCharts.of(result, Set.of(Scenario.TRANSITION)))
            .contains("projection-service-level"));
    assertTrue(
        names(ProjectionCharts.of(result, Set.of(Scenario.MIDDLE_PATH)))
            .contains("projection-service-level"));
  }

  @Test
  void revenueIsAP50LineInAP10ToP90BandPerScenario() {
    NamedChart chart = ProjectionCharts.of(result(false), Set.of()).get(0);

    assertEquals("projection-revenue", chart.name());
    XYPlot plot = chart.chart().getXYPlot();
    IntervalXYDataset data = assertInstanceOf(IntervalXYDataset.class, plot.getDataset());
    assertEquals(List.of("status-quo", "transition"), seriesKeys(data));
    assertEquals(3, data.getItemCount(1));
    assertEquals(2.0, data.getXValue(1, 1));
    assertEquals(10800.0, data.getYValue(1, 1));
    assertEquals(9800.0, data.getStartYValue(1, 1));
    assertEquals(12500.0, data.getEndYValue(1, 1));
    assertEquals(10000.0, data.getYValue(0, 0));
    assertEquals(9000.0, data.getStartYValue(0, 0));
    assertEquals(11000.0, data.getEndYValue(0, 0));
    DeviationRenderer renderer = assertInstanceOf(DeviationRenderer.class, plot.getRenderer());
    assertEquals(ChartPalette.scenario(Scenario.STATUS_QUO), renderer.getSeriesPaint(0));
    assertEquals(ChartPalette.scenario(Scenario.TRANSITION), renderer.getSeriesPaint(1));
    assertEquals(ChartPalette.scenarioBand(Scenario.TRANSITION), renderer.getSeriesFillPaint(1));
    assertTrue(renderer.getAlpha() < 0.5f, "the bands are see-through");
    assertEquals("Month", plot.getDomainAxis().getLabel());
    assertEquals("Revenue per month", plot.getRangeAxis().getLabel());
    assertEquals(0.0, plot.getRangeAxis().getLowerBound(), "from zero: no exaggerated gaps");
    assertEquals(
        "12,500", ((NumberAxis) plot.getRangeAxis()).getNumberFormatOverride().format(12500));
    assertEquals(List.of("status-quo", "transition"), legend(chart.chart()));
    assertEquals(
        "Revenue per month: P50 per month: status-quo between 10,000 (month 1) and 10,200"
            + " (month 3); transition between 10,500 (month 1) and 11,000 (month 3).",
        chart.description());
  }

  @Test
  void eachScenarioHasAColourOfItsOwn() {
    assertEquals(
        3, EnumSet.allOf(Scenario.class).stream().map(ChartPalette::scenario).distinct().count());
  }

  @Test
  void mrrStacksRecurringAndTmPerMonthForEachScenario() {
    List<NamedChart> charts = ProjectionCharts.of(result(false), Set.of());

    NamedChart chart = chart(charts, "projection-mrr-transition");
    CategoryPlot plot = chart.chart().getCategoryPlot();
    CategoryDataset data = plot.getDataset();
    assertEquals(List.of("Recurring (MRR)", "T&M"), data.getRowKeys());
    assertEquals(List.of("1", "2", "3"), data.getColumnKeys());
    assertEquals(new BigDecimal("9500.50"), data.getValue("Recurring (MRR)", "2"));
    assertEquals(new BigDecimal("-40"), data.getValue("T&M", "2"));
    assertEquals(new BigDecimal("900"), data.getValue("T&M", "1"));
    CategoryDataset statusQuo =
        chart(charts, "projection-mrr-status-quo").chart().getCategoryPlot().getDataset();
    assertEquals(new BigDecimal("1700"), statusQuo.getValue("T&M", "3"));
    StackedBarRenderer renderer = assertInstanceOf(StackedBarRenderer.class, plot.getRenderer());
    assertInstanceOf(StandardBarPainter.class, renderer.getBarPainter());
    assertFalse(renderer.getShadowsVisible());
    assertEquals(ChartPalette.KINDS.get(0), renderer.getSeriesPaint(0));
    assertEquals(ChartPalette.KINDS.get(1), renderer.getSeriesPaint(1));
    assertEquals("Month", plot.getDomainAxis().getLabel());
    assertEquals("Revenue per month", plot.getRangeAxis().getLabel());
  }

  @Test
  void techsAreASolidP50AndADashedP90LinePerScenario() {
    NamedChart chart = chart(ProjectionCharts.of(result(false), Set.of()), "projection-techs");

    XYPlot plot = chart.chart().getXYPlot();
    XYDataset data = plot.getDataset();
    assertEquals(
        List.of("status-quo P50", "status-quo P90", "transition P50", "transition P90"),
        seriesKeys(data));
    assertEquals(3.0, data.getXValue(2, 2));
    assertEquals(3.0, data.getYValue(2, 2));
    assertEquals(2.0, data.getYValue(1, 2));
    assertEquals(3.0, data.getYValue(1, 0));
    XYItemRenderer renderer = plot.getRenderer();
    assertFalse(dashed(renderer, 0));
    assertTrue(dashed(renderer, 1));
    assertFalse(dashed(renderer, 2));
    assertTrue(dashed(renderer, 3));
    assertEquals(ChartPalette.scenario(Scenario.STATUS_QUO), renderer.getSeriesPaint(1));
    assertEquals(ChartPalette.scenario(Scenario.TRANSITION), renderer.getSeriesPaint(2));
    assertEquals("Techs needed", plot.getRangeAxis().getLabel());
    assertEquals(1.0, plot.getRangeAxis().getStandardTickUnits().getCeilingTickUnit(0.3).getSize());
  }

  @Test
  void equalTechsAreDrawnAtTheirValuesTheStatusQuoWidestUnderneath() {
    NamedChart chart = chart(ProjectionCharts.of(result(false), Set.of()), "projection-techs");

    XYPlot plot = chart.chart().getXYPlot();
    XYLineAndShapeRenderer renderer =
        assertInstanceOf(XYLineAndShapeRenderer.class, plot.getRenderer());
    // Month 1: both scenarios need 2 techs at P50, and both lines are drawn at 2.
    assertEquals(2.0, plot.getDataset().getYValue(0, 0));
    assertEquals(2.0, plot.getDataset().getYValue(2, 0));
    assertEquals(7.0f, width(renderer, 0));
    assertEquals(7.0f, width(renderer, 1), "a scenario's P90 as wide as its P50");
    assertEquals(4.2f, width(renderer, 2));
    assertEquals(4.2f, width(renderer, 3));
    assertEquals(SeriesRenderingOrder.FORWARD, plot.getSeriesRenderingOrder());
    assertTrue(renderer.getDrawSeriesLineAsPath(), "dashes run on across the months");
  }

  @Test
  void theTechsChartSaysEachLinesLowestAndHighest() {
    NamedChart chart = chart(ProjectionCharts.of(result(false), Set.of()), "projection-techs");

    assertEquals(
        "Techs needed per month: status-quo P50 2 techs throughout; status-quo P90 between 2"
            + " techs (month 3) and 3 techs (month 1); transition P50 between 2 techs (month 1)"
            + " and 3 techs (month 3); transition P90 between 2 techs (month 1) and 3 techs"
            + " (month 2).",
        chart.description());
  }

  @Test
  void theMrrChartsOfTheScenariosShareOneScale() {
    List<NamedChart> charts = ProjectionCharts.of(result(false), Set.of());

    // The highest stack of all: the transition's month 3, 10,000 + 0, with 8% above it.
    for (String name : List.of("projection-mrr-status-quo", "projection-mrr-transition")) {
      ValueAxis axis = chart(charts, name).chart().getCategoryPlot().getRangeAxis();
      assertEquals(0.0, axis.getLowerBound(), name);
      assertEquals(10800.0, axis.getUpperBound(), 1e-9, name);
    }
    assertEquals(
        "Recurring and T&M revenue per month: status-quo: P50 in month 1 recurring 8,000 and"
            + " T&M 1,500, in month 3 recurring 8,000 and T&M 1,700; same scale as the other"
            + " scenarios.",
        chart(charts, "projection-mrr-status-quo").description());
  }

  private static float width(XYLineAndShapeRenderer renderer, int series) {
    return ((BasicStroke) renderer.getSeriesStroke(series)).getLineWidth();
  }

  @Test
  void serviceLevelIsAShareFromZeroToAHundredPercent() {
    NamedChart chart =
        chart(ProjectionCharts.of(result(true), Set.of()), "projection-service-level");

    XYPlot plot = chart.chart().getXYPlot();
    XYDataset data = plot.getDataset();
    assertEquals(
        List.of("status-quo P50", "status-quo P90", "transition P50", "transition P90"),
        seriesKeys(data));
    assertEquals(0.95, data.getYValue(0, 1));
    assertEquals(0.80, data.getYValue(3, 2));
    assertTrue(dashed(plot.getRenderer(), 3));
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    assertEquals("Service level", axis.getLabel());
    assertEquals(0.0, axis.getLowerBound());
    assertTrue(axis.getUpperBound() >= 1.0);
    assertEquals("80%", axis.getNumberFormatOverride().format(0.8));
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
    assertEquals(7.0f, width(renderer, 0));
    assertEquals(4.2f, width(renderer, 2));
    assertEquals(
        "Service level of the current techs: status-quo P50 95% throughout; status-quo P90 80%"
            + " throughout; transition P50 95% throughout; transition P90 80% throughout.",
        chart.description());
  }

  @Test
  void monthsAreDrawnInOrderWhateverTheirOrderInTheResult() {
    List<Projection.Month> months = new ArrayList<>(result(false).months());
    Collections.reverse(months);
    Projection.Result reversed =
        new Projection.Result(List.of(), months, List.of(), null, List.of());

    List<NamedChart> charts = ProjectionCharts.of(reversed, Set.of());

    XYDataset revenue = charts.get(0).chart().getXYPlot().getDataset();
    assertEquals(List.of("status-quo", "transition"), seriesKeys(revenue));
    assertEquals(1.0, revenue.getXValue(0, 0));
    assertEquals(3.0, revenue.getXValue(0, 2));
    assertEquals(
        List.of("1", "2", "3"),
        chart(charts, "projection-mrr-status-quo")
            .chart()
            .getCategoryPlot()
            .getDataset()
            .getColumnKeys());
  }

  @Test
  void anEmptyResultGivesChartsSayingNoData() {
    Projection.Result empty =
        new Projection.Result(List.of(), List.of(), List.of(), null, List.of());

    List<NamedChart> charts = ProjectionCharts.of(empty, Set.of());

    assertEquals(ALL.subList(0, 5), names(charts));
    for (NamedChart chart : charts) {
      assertEquals("No data", chart.chart().getPlot().getNoDataMessage(), chart.name());
    }
    assertEquals(0, charts.get(0).chart().getXYPlot().getDataset().getSeriesCount());
    assertEquals(0, charts.get(1).chart().getCategoryPlot().getDataset().getColumnCount());
    assertEquals(0, charts.get(4).chart().getXYPlot().getDataset().getSeriesCount());
  }

  @Test
  void everyChartHasATitleASubtitleAndTheLegendAtTheBottom() {
    for (NamedChart chart : ProjectionCharts.of(result(true), Set.of())) {
      JFreeChart jfree = chart.chart();
      assertNotNull(jfree.getTitle(), chart.name());
      assertEquals(2, jfree.getSubtitleCount(), chart.name() + ": legend and subtitle");
      assertEquals(RectangleEdge.BOTTOM, jfree.getLegend().getPosition(), chart.name());
      assertFalse(jfree.isBorderVisible(), chart.name());
    }
  }

  @Test
  void theChartsAreWrittenAsPngsOfTheAskedSize() throws IOException {
    List<NamedChart> charts = ProjectionCharts.of(result(true), Set.of());

    List<Path> written = ChartWriter.write(charts, temp, 640, 360);

    assertEquals(2 * ALL.size(), written.size());
    for (int i = 0; i < written.size(); i += 2) {
      assertEquals(ALL.get(i / 2) + ".png", written.get(i).getFileName().toString());
      BufferedImage image = ImageIO.read(written.get(i).toFile());
      assertNotNull(image, written.get(i).toString());
      assertEquals(640, image.getWidth());
      assertEquals(360, image.getHeight());
    }
  }

  @Test
  void anEmptyBandEdgeFallsBackToTheP50() {
    Projection.Result result =
        new Projection.Result(
            List.of(),
            List.of(month(Scenario.STATUS_QUO, 1, null, "100", null, "100", "0", 1, 1, null, null)),
            List.of(),
            null,
            List.of());

    XYPlot plot = ProjectionCharts.of(result, Set.of()).get(0).chart().getXYPlot();

    IntervalXYDataset data = (IntervalXYDataset) plot.getDataset();
    assertEquals(100.0, data.getStartYValue(0, 0));
    assertEquals(100.0, data.getEndYValue(0, 0));
  }

  @Test
  void longHorizonsLabelFewerMonths() {
    // Bars 20 px wide with 30% of the axis between them: a slot is 28.6 px; a label needs its
    // width and 8 px of air.
    assertEquals(1, MonthCategoryAxis.step(20, 14, 0.3));
    assertEquals(2, MonthCategoryAxis.step(20, 40, 0.3));
    // 120 months on a small chart: bars of 3 px, slots of 4.3 px, labels of 14 px + 8 px.
    assertEquals(6, MonthCategoryAxis.step(3, 14, 0.3));
    assertEquals(24, MonthCategoryAxis.step(0.1, 22, 0.3));
  }
}
