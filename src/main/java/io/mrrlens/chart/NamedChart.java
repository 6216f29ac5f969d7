package io.mrrlens.chart;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

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

  /** The chart's title, else its name: the words that stand for it where it cannot be seen. */
  public String title() {
    return chart.getTitle() == null ? name : chart.getTitle().getText();
  }
}
