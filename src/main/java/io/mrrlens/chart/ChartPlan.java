package io.mrrlens.chart;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.ClientLabor;
import io.mrrlens.analysis.ClientPayments;
import io.mrrlens.analysis.ClientScore;
import io.mrrlens.analysis.LaborAnalysis;
import io.mrrlens.analysis.MonthlyRevenue;
import io.mrrlens.analysis.PaymentAnalysis;
import io.mrrlens.analysis.SegmentAnalysis;
import io.mrrlens.projection.Projection;
import io.mrrlens.projection.Scenario;
import io.mrrlens.report.Findings;
import io.mrrlens.report.Part;
import io.mrrlens.report.RowChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which charts each part of a document shows, planned here rather than by the commands: the figures
 * of an answer, each drawn only when a renderer or {@code --charts DIR} asks for its picture, at
 * the plan's size, with money axes labelled in the plan's currency.
 *
 * @param width the charts' width in pixels
 * @param height the charts' height in pixels
 * @param currency the books' ISO currency code for money axes, or null
 */
public record ChartPlan(int width, int height, String currency) {

  public ChartPlan {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "chart size " + width + "x" + height + " is not a size in pixels");
    }
  }

  /** This plan with money axes labelled in a currency (null: none). */
  public ChartPlan inCurrency(String code) {
    return new ChartPlan(width, height, code);
  }

  /** Hours per client of the clients the row choice names (all without --client), top N. */
  public List<Part.Figure> labor(LaborAnalysis.Result result, RowChoice choice, int top) {
    return figures(
        Charts.labor(
            new LaborAnalysis.Result(
                choice.clientsOnly().apply(result.rows(), ClientLabor::client), result.totals()),
            top));
  }

  /** Days late and the aging of the clients the row choice names, top N. */
  public List<Part.Figure> payments(PaymentAnalysis.Result result, RowChoice choice, int top) {
    return figures(
        Charts.payments(
            new PaymentAnalysis.Result(
                choice.clientsOnly().apply(result.rows(), ClientPayments::client), result.totals()),
            top));
  }

  /** The segments and the revenue per month by kind. */
  public List<Part.Figure> segments(SegmentAnalysis.Result result) {
    return figures(Charts.segments(result));
  }

  /** The scorecard scatter of the clients the row choice names. */
  public List<Part.Figure> scorecard(
      List<ClientScore> scores, RowChoice choice, AnalysisSettings settings) {
    return figures(
        Charts.scorecard(choice.clientsOnly().apply(scores, ClientScore::client), settings));
  }

  /** The projection's charts of the scenarios shown (every one when the set is empty). */
  public List<Part.Figure> projection(Projection.Result result, Set<Scenario> shown) {
    return figures(ProjectionCharts.of(result, shown));
  }

  /**
   * The transition report's figures, section by section: labor, payments, segments, the scorecard
   * and the projection, each chart named after its section.
   */
  public List<Part.Figure> report(Findings findings, RowChoice choice, int top) {
    List<Part.Figure> figures = new ArrayList<>();
    figures.addAll(labor(findings.labor(), choice, top));
    figures.addAll(payments(findings.payments(), choice, top));
    figures.addAll(segments(findings.segments()));
    figures.addAll(scorecard(findings.scores(), choice, findings.settings()));
    figures.addAll(projection(findings.projection(), Set.of()));
    return List.copyOf(figures);
  }

  /** The monthly summary's revenue per month. */
  public List<Part.Figure> summary(List<MonthlyRevenue> months) {
    return figures(Charts.summary(months));
  }

  private List<Part.Figure> figures(List<NamedChart> charts) {
    return NamedChart.inCurrency(charts, currency).stream()
        .map(
            c ->
                new Part.Figure(
                    c.name(), c.title(), c.title(), new LazyChartImage(c, width, height)))
        .toList();
  }
}
