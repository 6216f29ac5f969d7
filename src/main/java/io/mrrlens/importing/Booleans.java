package io.mrrlens.importing;

import java.util.Locale;

/** The spellings of yes and no that exports use. */
final class Booleans {
  static final String ACCEPTED = "true/false, yes/no, y/n, 1/0 or billable/non-billable";

  private Booleans() {}

  /** True, false, or null when the text is none of the accepted spellings. */
  static Boolean parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1", "billable", "t" -> Boolean.TRUE;
      case "false", "no", "n", "0", "non-billable", "nonbillable", "non billable", "f" ->
          Boolean.FALSE;
      default -> null;
    };
  }
}
