package io.mrrlens.report;

/**
 * How the {@code table} format fits where it is shown: colour for a terminal (grades, negative
 * figures), and the widest line.
 *
 * @param colour whether to colour grades and negative figures with ANSI escapes
 * @param width the widest line a table may take, in characters (wide text columns are cut with "…"
 *     to fit), or 0 for no limit
 */
public record TextStyle(boolean colour, int width) {
  /** No colour, no limit: files, pipes, mails. */
  public static final TextStyle PLAIN = new TextStyle(false, 0);

  /** The narrowest a text column is cut to, so that a name stays recognisable. */
  static final int NARROWEST = 12;

  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String RESET = "\u001b[0m";

  /**
   * A cell as the terminal shows it: a grade in green (A, B), yellow (C) or red (D, F), a negative
   * figure in red, anything else as it is; the padding stays outside the colour.
   */
  String paint(Column column, Object value, String padded) {
    if (!colour || value == null) {
      return padded;
    }
    String colourOf = null;
    if (column.field().equals("grade")) {
      colourOf =
          switch (value.toString()) {
            case "A", "B" -> GREEN;
            case "C" -> YELLOW;
            case "D", "F" -> RED;
            default -> null;
          };
    } else if (Values.isNumeric(column.format())
        && value instanceof Number number
        && new java.math.BigDecimal(number.toString()).signum() < 0) {
      colourOf = RED;
    }
    if (colourOf == null) {
      return padded;
    }
    String text = padded.strip();
    int at = padded.indexOf(text);
    return padded.substring(0, at) + colourOf + text + RESET + padded.substring(at + text.length());
  }
}
