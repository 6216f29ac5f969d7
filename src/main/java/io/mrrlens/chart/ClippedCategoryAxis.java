package io.mrrlens.chart;

import java.awt.Graphics2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis that shows each key as {@link ChartText#category} writes it (long client names
 * cut with an ellipsis, months as {@code Nov 2025}) while the dataset keeps the whole key.
 */
final class ClippedCategoryAxis extends CategoryAxis {
  private static final long serialVersionUID = 1L;

  ClippedCategoryAxis(String label) {
    super(label);
    setMaximumCategoryLabelLines(1);
    setMaximumCategoryLabelWidthRatio(1.0f);
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  protected TextBlock createLabel(
      Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
    return super.createLabel(ChartText.category(category), width, edge, g2);
  }
}
