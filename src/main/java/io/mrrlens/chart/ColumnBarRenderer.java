package io.mrrlens.chart;

import java.awt.Paint;
import java.util.List;
import java.util.Map;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.CategoryDataset;

/**
 * A one-series bar renderer that paints and labels each bar after its category: a segment's colour,
 * a grade's colour, a client's rate.
 */
final class ColumnBarRenderer extends BarRenderer {
  private static final long serialVersionUID = 1L;

  private final List<Paint> paints;

  /**
   * Paints column i with {@code paints.get(i)} and labels each column with {@code labels} by column
   * key (no label for a key it lacks).
   */
  ColumnBarRenderer(List<? extends Paint> paints, Map<? extends Comparable<?>, String> labels) {
    this.paints = List.copyOf(paints);
    ChartPalette.flat(this);
    setDefaultItemLabelGenerator(new Labels(Map.copyOf(labels)));
    setDefaultItemLabelsVisible(true);
  }

  @Override
  public Paint getItemPaint(int row, int column) {
    return column < paints.size() ? paints.get(column) : super.getItemPaint(row, column);
  }

  /** The label of each column, looked up by its key. */
  private static final class Labels extends StandardCategoryItemLabelGenerator {
    private static final long serialVersionUID = 1L;

    private final Map<? extends Comparable<?>, String> labels;

    Labels(Map<? extends Comparable<?>, String> labels) {
      this.labels = labels;
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      String label = labels.get(dataset.getColumnKey(column));
      return label == null || label.isEmpty() ? null : label;
    }
  }
}
