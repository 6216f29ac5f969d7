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
 * labor-hours.svg}.
 */
public record NamedChart(String name, JFreeChart chart) {

  public NamedChart {
    Objects.requireNonNull(chart, "chart");
    if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "chart name \"" + name + "\" is not a file stem of lower-case letters, digits and -");
    }
  }

  /**
   * The charts with every money axis labelled in the currency: {@code Revenue per month (EUR)}; the
   * same charts when {@code currency} is null.
   */
  public static List<NamedChart> inCurrency(List<NamedChart> charts, String currency) {
    if (currency != null) {
      for (NamedChart named : charts) {
        Plot plot = named.chart().getPlot();
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
          }
        }
      }
    }
    return charts;
  }

  /** The chart's title, else its name: the words that stand for it where it cannot be seen. */
  public String title() {
    return chart.getTitle() == null ? name : chart.getTitle().getText();
  }
}
