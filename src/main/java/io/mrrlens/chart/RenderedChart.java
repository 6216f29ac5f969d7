package io.mrrlens.chart;

/**
 * A chart drawn as PNG and SVG bytes (the SVG in UTF-8), with its file stem and its title, ready to
 * be written or embedded in a document.
 */
public record RenderedChart(String name, String title, byte[] png, byte[] svg) {}
