package io.mrrlens.model;

import java.util.Locale;

/** What an invoice bills: a recurring fee, time and materials, a project, a product, or other. */
public enum InvoiceKind {
  RECURRING,
  TIME_AND_MATERIALS,
  PROJECT,
  PRODUCT,
  OTHER;

  /** The value as the books and the outputs write it, e.g. {@code time_and_materials}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
