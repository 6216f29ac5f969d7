package io.mrrlens.report;

/** A table column: the field name used in JSON and CSV, the heading, and the value format. */
public record Column(String field, String header, Format format) {}
