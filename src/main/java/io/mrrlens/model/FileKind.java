package io.mrrlens.model;

import java.util.Locale;

/** The kinds of file a book is made of, each found in the books folder by its name's prefix. */
public enum FileKind {
  TICKETS("tickets"),
  TIME("time"),
  INVOICES("invoices"),
  PAYMENTS("payments"),
  CLIENTS("clients"),
  AGREEMENTS("agreements");

  private final String prefix;

  FileKind(String prefix) {
    this.prefix = prefix;
  }

  /** The name prefix, e.g. {@code tickets} for {@code tickets*.csv}. */
  public String prefix() {
    return prefix;
  }

  /** True when a file name belongs to this kind: {@code <prefix>*.csv}, case-insensitively. */
  public boolean matches(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.startsWith(prefix) && lower.endsWith(".csv");
  }
}
