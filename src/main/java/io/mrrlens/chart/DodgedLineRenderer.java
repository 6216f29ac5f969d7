package io.mrrlens.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * A line renderer that draws each series in a lane a few pixels above or below the next, the lanes
 * centred on the values, so that series with the same values run side by side instead of hiding one
 * another; series can share a lane.
 */
final class DodgedLineRenderer extends XYLineAndShapeRenderer {
  private static final long serialVersionUID = 1L;

  private final double gap;
  private final List<Integer> lanes = new ArrayList<>();

  /** Lines only, lanes {@code gap} pixels apart. */
  DodgedLineRenderer(double gap) {
    super(true, false);
    this.gap = gap;
  }

  /** Puts the next series, by index, in a lane (0 the top one); a series without one stays put. */
  void addLane(int lane) {
    lanes.add(lane);
  }

  /** The pixels a series is drawn below its values (above when negative). */
  double offset(int series) {
    if (series >= lanes.size()) {
      return 0;
    }
    int count = lanes.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    return (lanes.get(series) - (count - 1) / 2.0) * gap;
  }

  @Override
  public void drawItem(
      Graphics2D g2,
      XYItemRendererState state,
      Rectangle2D dataArea,
      PlotRenderingInfo info,
      XYPlot plot,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      XYDataset dataset,
      int series,
      int item,
      CrosshairState crosshairState,
      int pass) {
    double offset = offset(series);
    g2.translate(0, offset);
    try {
      super.drawItem(
          g2,
          state,
          dataArea,
          info,
          plot,
          domainAxis,
          rangeAxis,
          dataset,
          series,
          item,
          crosshairState,
          pass);
    } finally {
      g2.translate(0, -offset);
    }
  }
}
