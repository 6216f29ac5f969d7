package io.mrrlens.chart;

import java.awt.Graphics2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis of numbered months ({@code 1} to the horizon) that labels every month when the
 * labels fit side by side, else only every 2nd, 3rd, 6th, 12th or 24th month, so that a long
 * horizon on a small chart stays legible.
 */
final class MonthCategoryAxis extends CategoryAxis {
  private static final long serialVersionUID = 1L;

  private static final int[] STEPS = {1, 2, 3, 6, 12, 24};

  /** Space in pixels kept between two labels. */
  private static final int AIR = 8;

  MonthCategoryAxis(String label) {
    super(label);
    setMaximumCategoryLabelLines(1);
    setMaximumCategoryLabelWidthRatio(1.0f);
  }

  /**
   * Every how many months a label is written, for bars {@code width} pixels wide and labels at most
   * {@code text} pixels wide: the smallest step whose labels keep some air between them.
   */
  static int step(double width, double text, double categoryMargin) {
    for (int step : STEPS) {
      if (slots(width, step, categoryMargin) >= text + AIR) {
        return step;
      }
    }
    return STEPS[STEPS.length - 1];
  }

  /** The width of {@code step} categories, gaps included, for bars {@code width} pixels wide. */
  private static double slots(double width, int step, double categoryMargin) {
    return step * width / Math.max(0.1, 1 - categoryMargin);
  }

  @Override
  @SuppressWarnings("rawtypes")
  protected TextBlock createLabel(
      Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
    String key = String.valueOf(category);
    int step = step(width, g2.getFontMetrics().stringWidth(widest(key)), getCategoryMargin());
    if (step > 1 && month(key) % step != 0) {
      return super.createLabel("", width, edge, g2);
    }
    // The label may take the room of the months left unlabelled, or it would be cut to "...".
    return super.createLabel(key, (float) slots(width, step, getCategoryMargin()), edge, g2);
  }

  /** The longest category key of the plot: the one label every step must make room for. */
  private String widest(String key) {
    if (!(getPlot() instanceof CategoryPlot plot)) {
      return key;
    }
    String widest = key;
    for (Object category : plot.getCategoriesForAxis(this)) {
      String text = String.valueOf(category);
      widest = text.length() > widest.length() ? text : widest;
    }
    return widest;
  }

  /** The month a key names; 0 (always labelled) for a key that is not a number. */
  private static int month(String key) {
    try {
      return Integer.parseInt(key);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
