package io.mrrlens.model;

/**
 * One rejected value: where it is (file, line, column), what it was and what is wrong with it. A
 * row-level problem (a repeated ID, a ragged row) names the column it is about.
 */
public record Rejection(String file, long line, String column, String value, String problem) {
  /** How many rejected values a message or a check lists before "and N more". */
  public static final int LISTED = 20;

  /**
   * The one-line message, e.g. {@code time.csv:1043: hours "1,5h" is not a number}; the value
   * quoted as {@link Quoted} shows it (control characters escaped, a long value cut).
   */
  public String message() {
    if (value == null) {
      return file + ":" + line + ": " + column + " " + problem;
    }
    return file + ":" + line + ": " + column + " " + Quoted.of(value) + " " + problem;
  }
}
