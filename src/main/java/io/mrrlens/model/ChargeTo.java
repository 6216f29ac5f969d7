package io.mrrlens.model;

import java.util.Locale;

/** What a time entry is charged to. */
public enum ChargeTo {
  AGREEMENT,
  TIME_AND_MATERIALS,
  PROJECT,
  INTERNAL;

  /** The value as the books write it, e.g. {@code time_and_materials}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
