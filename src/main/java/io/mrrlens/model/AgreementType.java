package io.mrrlens.model;

import java.util.Locale;

/** The kind of contract an agreement is. */
public enum AgreementType {
  MANAGED,
  BLOCK_HOURS,
  TIME_AND_MATERIALS;

  /** The value as the books write it, e.g. {@code block_hours}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
