package io.mrrlens.importing;

/** The character that separates whole units from their fractions: a point or a comma. */
enum DecimalMark {
  POINT("point"),
  COMMA("comma");

  private final String word;

  DecimalMark(String word) {
    this.word = word;
  }

  /** {@code point} or {@code comma}. */
  String word() {
    return word;
  }

  DecimalMark other() {
    return this == POINT ? COMMA : POINT;
  }

  /** The problem of a value written with the other mark while this one is set. */
  String mismatch(String what) {
    return "is not "
        + what
        + " with a decimal "
        + word
        + ": it has a decimal "
        + other().word
        + ", but the decimal mark is set to a "
        + word;
  }
}
