package io.mrrlens.model;

/**
 * How a file wrote its numbers: its decimal mark (forced, or detected from the values), the forms
 * of its durations, and the values that had more decimals than mrrlens keeps and were rounded.
 *
 * @param decimalMark e.g. {@code comma (detected)}, {@code point (set)}, {@code point and comma
 *     (per value)}, {@code none shown} when every value was whole
 * @param durations the duration forms met, e.g. {@code H:MM:SS} or {@code decimal hours}; null for
 *     files without hours
 * @param rounded how many values were rounded (money to 4 decimals, hours to 6)
 * @param firstRounded where the first one was, e.g. {@code line 3, hours "0.30000000000000004"}
 */
public record FileNumbers(String decimalMark, String durations, long rounded, String firstRounded) {

  /** Nothing known: for files read before numbers were described. */
  public static final FileNumbers UNKNOWN = new FileNumbers(null, null, 0, null);
}
