package io.mrrlens.chart;

/**
 * A chart drawn as PNG and SVG bytes (the SVG in UTF-8), with its file stem, its title and the
 * words that stand for it where it cannot be seen ({@link NamedChart#description()}), ready to be
 * written or embedded in a document.
 */
public record RenderedChart(
    String name, String title, String description, byte[] png, byte[] svg) {}
