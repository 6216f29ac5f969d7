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
  private byte[] png;
  private byte[] svg;

  LazyChartImage(NamedChart chart, int width, int height) {
    this.chart = chart;
    this.width = width;
    this.height = height;
  }

  @Override
  public synchronized byte[] png() {
    if (png == null) {
      png = ChartWriter.png(chart, width, height);
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
