package io.mrrlens.report;

/**
 * A chart's image as a document embeds it, drawn only when a renderer asks (a table on a terminal
 * never draws one).
 */
public interface ChartImage {
  /** The image as PNG. */
  byte[] png();

  /** The image as SVG. */
  byte[] svg();
}
