package io.mrrlens.chart;

import io.mrrlens.report.ChartImage;

/**
 * A chart as a document embeds it: drawn at a size on the first request, as PNG or SVG, and kept,
 * so that a page and the files beside it show the same bytes.
 */
final class LazyChartImage implements ChartImage {
  private final NamedChart chart;
  private final int width;
  private final int height;
  private final int scale;
  private byte[] png;
  private byte[] svg;

  /** The chart laid out at width x height, its PNG drawn at {@code scale} pixels per point. */
  LazyChartImage(NamedChart chart, int width, int height, int scale) {
    this.chart = chart;
    this.width = width;
    this.height = height;
    this.scale = scale;
  }

  @Override
  public synchronized byte[] png() {
    if (png == null) {
      png = ChartWriter.png(chart, width, height, scale);
    }
    return png;
  }

  @Override
  public synchronized byte[] svg() {
    if (svg == null) {
      svg = ChartWriter.svg(chart, width, height);
    }
    return svg;
  }
}
