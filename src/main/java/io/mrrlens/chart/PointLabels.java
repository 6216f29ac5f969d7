package io.mrrlens.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The names beside some of a scatter's dots, placed when the chart is drawn: each in turn, the most
 * important first, goes right or left of its dot, below or above, wherever it overlaps no name
 * already placed and stays inside the plot; a name with no such place is left out rather than drawn
 * over another.
 */
final class PointLabels extends AbstractXYAnnotation {
  private static final long serialVersionUID = 1L;

  /** Pixels between a dot's centre and its name. */
  private static final double OFFSET = 8;

  /** A name to place beside the dot at (x, y) in data values. */
  record Label(String text, double x, double y) {}

  private final List<Label> labels;
  private final List<String> placed = new ArrayList<>();

  /** The names in the order they claim their place, the most important first. */
  PointLabels(List<Label> labels) {
    this.labels = List.copyOf(labels);
  }

  /** Every name the chart would show given room, in order. */
  List<Label> labels() {
    return labels;
  }

  /** The names the last drawing placed, in order. */
  List<String> placed() {
    return List.copyOf(placed);
  }

  @Override
  public void draw(
      Graphics2D g2,
      XYPlot plot,
      Rectangle2D dataArea,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      int rendererIndex,
      PlotRenderingInfo info) {
    placed.clear();
    g2.setFont(ChartPalette.ITEM_LABEL);
    FontMetrics metrics = g2.getFontMetrics();
    List<Rectangle2D> taken = new ArrayList<>();
    for (Label label : labels) {
      double x = domainAxis.valueToJava2D(label.x(), dataArea, plot.getDomainAxisEdge());
      double y = rangeAxis.valueToJava2D(label.y(), dataArea, plot.getRangeAxisEdge());
      double width = metrics.stringWidth(label.text()) + 4;
      double height = metrics.getAscent() + metrics.getDescent();
      Rectangle2D[] places = {
        new Rectangle2D.Double(x + OFFSET, y, width, height),
        new Rectangle2D.Double(x + OFFSET, y - height, width, height),
        new Rectangle2D.Double(x - OFFSET - width, y, width, height),
        new Rectangle2D.Double(x - OFFSET - width, y - height, width, height)
      };
      for (Rectangle2D place : places) {
        if (dataArea.contains(place) && taken.stream().noneMatch(place::intersects)) {
          taken.add(place);
          placed.add(label.text());
          g2.setPaint(new Color(255, 255, 255, 200));
          g2.fill(place);
          g2.setPaint(ChartPalette.INK);
          g2.drawString(
              label.text(), (float) place.getX() + 2, (float) place.getY() + metrics.getAscent());
          break;
        }
      }
    }
  }
}
