package io.mrrlens.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jfree.data.xy.XYDataset;

/**
 * The sentences that say what a chart shows where it cannot be seen (an image's alternative text):
 * its largest and smallest values with their names, not only its title.
 */
final class ChartSummary {
  /** What a chart without values says. */
  static final String NO_DATA = "No data.";

  private ChartSummary() {}

  /** A named value as the summary writes it: {@code Acme 1,200 h}. */
  record Item(String name, String value) {
    @Override
    public String toString() {
      return name + " " + value;
    }
  }

  /**
   * The first and the last of the items, largest first: {@code 12 clients; the most: Acme 1,200 h;
   * the least: Bolt 3 h.}; one item says only itself, none says {@link #NO_DATA}.
   */
  static String extremes(String count, List<Item> largestFirst, String most, String least) {
    if (largestFirst.isEmpty()) {
      return NO_DATA;
    }
    StringBuilder text = new StringBuilder();
    if (!count.isEmpty()) {
      text.append(count).append("; ");
    }
    text.append(most).append(": ").append(largestFirst.get(0));
    if (largestFirst.size() > 1) {
      text.append("; ")
          .append(least)
          .append(": ")
          .append(largestFirst.get(largestFirst.size() - 1));
    }
    return text.append('.').toString();
  }

  /**
   * Each line of the dataset between its lowest and its highest value and the months they fall in
   * (the first such month): {@code transition P50 between 3 techs (month 1) and 5 techs (month 12);
   * status-quo P50 4 techs throughout.}
   */
  static String ranges(XYDataset dataset, Function<Number, String> format) {
    List<String> lines = new ArrayList<>();
    for (int s = 0; s < dataset.getSeriesCount(); s++) {
      int count = dataset.getItemCount(s);
      if (count == 0) {
        continue;
      }
      int low = 0;
      int high = 0;
      for (int i = 1; i < count; i++) {
        if (dataset.getYValue(s, i) < dataset.getYValue(s, low)) {
          low = i;
        }
        if (dataset.getYValue(s, i) > dataset.getYValue(s, high)) {
          high = i;
        }
      }
      String key = String.valueOf(dataset.getSeriesKey(s));
      String lowText = format.apply(dataset.getYValue(s, low));
      String highText = format.apply(dataset.getYValue(s, high));
      lines.add(
          lowText.equals(highText)
              ? key + " " + lowText + " throughout"
              : key
                  + " between "
                  + lowText
                  + " ("
                  + month(dataset.getXValue(s, low))
                  + ") and "
                  + highText
                  + " ("
                  + month(dataset.getXValue(s, high))
                  + ")");
    }
    return lines.isEmpty() ? NO_DATA : String.join("; ", lines) + ".";
  }

  private static String month(double x) {
    return "month " + Math.round(x);
  }
}
