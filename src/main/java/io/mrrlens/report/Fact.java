package io.mrrlens.report;

/** One named value of a report, e.g. {@code as_of}. */
public record Fact(String field, String label, Object value, Format format) {}
