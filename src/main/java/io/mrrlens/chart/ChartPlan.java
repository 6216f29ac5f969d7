package io.mrrlens.chart;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.ClientLabor;
import io.mrrlens.analysis.ClientPayments;
import io.mrrlens.analysis.ClientScore;
import io.mrrlens.analysis.LaborAnalysis;
import io.mrrlens.analysis.MonthlyRevenue;
import io.mrrlens.analysis.PaymentAnalysis;
import io.mrrlens.analysis.Segment;
import io.mrrlens.analysis.SegmentAnalysis;
import io.mrrlens.projection.Projection;
import io.mrrlens.projection.Scenario;
import io.mrrlens.report.Findings;
import io.mrrlens.report.Part;
import io.mrrlens.report.RowChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which charts each part of a document shows, planned here rather than by the commands: the figures
 * of an answer, each drawn only when a renderer or {@code --charts DIR} asks for its picture, at
 * the plan's size, with money axes labelled in the plan's currency.
 *
 * @param width the charts' width in pixels
 * @param height the charts' height in pixels
 * @param currency the books' ISO currency code for money axes, or null
 * @param scale the PNG's pixels per point: 1, or 2 for a chart drawn sharp on a phone's screen at
 *     width x height points (the SVG is the same either way)
 * @param wanted whether the document's figures are wanted at all: a table on a terminal builds no
 *     chart (see {@link #none()})
 */
public record ChartPlan(int width, int height, String currency, int scale, boolean wanted) {

  public ChartPlan {
    if (width < 1 || height < 1 || scale < 1) {
      throw new IllegalArgumentException(
          "chart size " + width + "x" + height + " at scale " + scale + " is not a size in pixels");
    }
  }

  /** A plan of wanted charts whose PNGs have one pixel per point. */
  public ChartPlan(int width, int height, String currency) {
    this(width, height, currency, 1, true);
  }

  /** A plan of wanted charts. */
  public ChartPlan(int width, int height, String currency, int scale) {
    this(width, height, currency, scale, true);
  }

  /**
   * No figures: for a document rendered as text with no {@code --charts}, which would not show
   * them; the charts, and the analyses only they need, are then not even built.
   */
  public static ChartPlan none() {
    return new ChartPlan(1, 1, null, 1, false);
  }

  /** This plan with money axes labelled in a currency (null: none). */
  public ChartPlan inCurrency(String code) {
    return new ChartPlan(width, height, code, scale, wanted);
  }

  /** Hours per client of the clients the row choice names (all without --client), top N. */
  public List<Part.Figure> labor(LaborAnalysis.Result result, RowChoice choice, int top) {
    return labor(result, choice, top, client -> null);
  }

  /** The labor chart with its bars in the colour of the segment {@code segmentOf} gives. */
  public List<Part.Figure> labor(
      LaborAnalysis.Result result, RowChoice choice, int top, Function<String, Segment> segmentOf) {
    return figures(
        () ->
            Charts.labor(
                new LaborAnalysis.Result(
                    choice.clientsOnly().apply(result.rows(), ClientLabor::client),
                    result.totals()),
                top,
                segmentOf));
  }

  /** Days late and the aging of the clients the row choice names, top N. */
  public List<Part.Figure> payments(PaymentAnalysis.Result result, RowChoice choice, int top) {
    return figures(
        () ->
            Charts.payments(
                new PaymentAnalysis.Result(
                    choice.clientsOnly().apply(result.rows(), ClientPayments::client),
                    result.totals()),
                top));
  }

  /** The segments and the revenue per month by kind. */
  public List<Part.Figure> segments(SegmentAnalysis.Result result) {
    return figures(() -> Charts.segments(result));
  }

  /** The scorecard scatter of the clients the row choice names. */
  public List<Part.Figure> scorecard(
      List<ClientScore> scores, RowChoice choice, AnalysisSettings settings) {
    return figures(
        () -> Charts.scorecard(choice.clientsOnly().apply(scores, ClientScore::client), settings));
  }

  /** The projection's charts of the scenarios shown (every one when the set is empty). */
  public List<Part.Figure> projection(Projection.Result result, Set<Scenario> shown) {
    return figures(() -> ProjectionCharts.of(result, shown));
  }

  /**
   * The transition report's figures, section by section: labor, payments, segments, the scorecard
   * and the projection, each chart named after its section.
   */
  public List<Part.Figure> report(Findings findings, RowChoice choice, int top) {
    List<Part.Figure> figures = new ArrayList<>();
    figures.addAll(labor(findings.labor(), choice, top, findings.segments()::segmentOf));
    figures.addAll(payments(findings.payments(), choice, top));
    figures.addAll(segments(findings.segments()));
    figures.addAll(scorecard(findings.scores(), choice, findings.settings()));
    figures.addAll(projection(findings.projection(), Set.of()));
    return List.copyOf(figures);
  }

  /** The monthly summary's revenue per month. */
  public List<Part.Figure> summary(List<MonthlyRevenue> months) {
    return figures(() -> Charts.summary(months));
  }

  /** The charts a supplier builds, as figures, or none when the plan wants none. */
  private List<Part.Figure> figures(Supplier<List<NamedChart>> charts) {
    return wanted ? figures(charts.get()) : List.of();
  }

  /** Charts as figures of this plan, drawn when asked. */
  List<Part.Figure> figures(List<NamedChart> charts) {
    return NamedChart.inCurrency(charts, currency).stream()
        .map(
            c ->
                new Part.Figure(
                    c.name(),
                    c.title(),
                    c.description(),
                    new LazyChartImage(c, width, height, scale)))
        .toList();
  }
}
