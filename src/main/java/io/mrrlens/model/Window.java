package io.mrrlens.model;

import java.time.LocalDate;
import java.time.YearMonth;

/** The analysis window: whole calendar months, {@code from} to {@code to} inclusive. */
public record Window(YearMonth from, YearMonth to) {

  public Window {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the window ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /**
   * The default window: the 12 calendar months ending with the last complete month on or before
   * {@code asOf} (a month is complete when {@code asOf} is its last day or later).
   */
  public static Window endingBefore(LocalDate asOf) {
    YearMonth month = YearMonth.from(asOf);
    YearMonth last = asOf.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    return new Window(last.minusMonths(11), last);
  }

  /** M, the number of months in the window. */
  public int months() {
    return (int)
            (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue())
        + 1;
  }

  /** True when the day falls in one of the window's months. */
  public boolean contains(LocalDate day) {
    YearMonth month = YearMonth.from(day);
    return !month.isBefore(from) && !month.isAfter(to);
  }

  /** The first day of the window. */
  public LocalDate firstDay() {
    return from.atDay(1);
  }

  /** The last day of the window. */
  public LocalDate lastDay() {
    return to.atEndOfMonth();
  }
}
