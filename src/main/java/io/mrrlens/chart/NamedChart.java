package io.mrrlens.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/**
 * A chart with its file stem, e.g. {@code labor-hours} for {@code labor-hours.png} and {@code
 * labor-hours.svg}, and the sentences that say what it shows (its largest and smallest values).
 *
 * @param summary what the chart shows in words, e.g. {@code 12 clients; the most hours: Acme 1,200
 *     h; the fewest: Bolt 3 h.}
 */
public record NamedChart(String name, JFreeChart chart, String summary) {

  public NamedChart {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(summary, "summary");
    if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "chart name \"" + name + "\" is not a file stem of lower-case letters, digits and -");
    }
  }

  /**
   * The charts with every money axis labelled in the currency: {@code Revenue per month (EUR)}, and
   * their summaries saying it; the same charts when {@code currency} is null.
   */
  public static List<NamedChart> inCurrency(List<NamedChart> charts, String currency) {
    if (currency == null) {
      return charts;
    }
    List<NamedChart> named = new ArrayList<>();
    for (NamedChart chart : charts) {
      named.add(
          chart.inCurrency(currency)
              ? new NamedChart(
                  chart.name(), chart.chart(), chart.summary() + " Amounts in " + currency + ".")
              : chart);
    }
    return List.copyOf(named);
  }

  /** Labels the money axes in the currency; true when there was one. */
  private boolean inCurrency(String currency) {
    boolean money = false;
    Plot plot = chart.getPlot();
    List<ValueAxis> axes = new ArrayList<>();
    if (plot instanceof XYPlot xy) {
      axes.add(xy.getDomainAxis());
      axes.add(xy.getRangeAxis());
    } else if (plot instanceof CategoryPlot category) {
      axes.add(category.getRangeAxis());
    }
    for (ValueAxis axis : axes) {
      if (axis instanceof NumberAxis number
          && number.getNumberFormatOverride() instanceof ChartText.MoneyFormat
          && number.getLabel() != null) {
        number.setLabel(number.getLabel() + " (" + currency + ")");
        money = true;
      }
    }
    return money;
  }

  /** The chart's title, else its name. */
  public String title() {
    return chart.getTitle() == null ? name : chart.getTitle().getText();
  }

  /**
   * The words that stand for the chart where it cannot be seen (an image's alternative text): its
   * title, then what it shows, e.g. {@code Hours per client: 12 clients; the most hours: Acme 1,200
   * h; the fewest: Bolt 3 h.}
   */
  public String description() {
    return title() + ": " + summary;
  }
}
