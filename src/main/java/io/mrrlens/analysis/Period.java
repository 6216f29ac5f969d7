package io.mrrlens.analysis;

import io.mrrlens.model.Books;
import io.mrrlens.model.Window;
import java.time.LocalDate;
import java.time.YearMonth;

/** The date an analysis is made at ({@code as_of}) and the window of whole months it covers. */
public record Period(LocalDate asOf, Window window) {

  /** M, the number of months in the window. */
  public int months() {
    return window.months();
  }

  /**
   * Resolves as_of and the window (metrics.md): as_of is {@code asOf}, else the latest date in the
   * books; the window runs {@code from} to {@code to}; without them, the 12 months ending with the
   * last complete month on or before as_of. With only {@code from}, the window ends with that last
   * complete month; with only {@code to}, it is the 12 months ending with {@code to}.
   *
   * @throws AnalysisException when the books hold no date and none is given
   * @throws IllegalArgumentException when the window would end before it starts
   */
  public static Period resolve(Books books, LocalDate asOf, YearMonth from, YearMonth to) {
    return resolve(asOf != null ? asOf : books.latestDate().orElse(null), from, to);
  }

  /**
   * As {@link #resolve(Books, LocalDate, YearMonth, YearMonth)}, with as_of given: {@code --as-of},
   * else the books' latest date found already (null when they hold none).
   */
  public static Period resolve(LocalDate date, YearMonth from, YearMonth to) {
    if (date == null) {
      throw new AnalysisException(
          "the books hold no dated record, so there is no date to analyse them at",
          "give the date with --as-of YYYY-MM-DD, or check that the files hold rows");
    }
    Window standard = Window.endingBefore(date);
    YearMonth last = to != null ? to : standard.to();
    YearMonth first = from != null ? from : (to != null ? to.minusMonths(11) : standard.from());
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "the window would end (" + last + ") before it starts (" + first + ")");
    }
    return new Period(date, new Window(first, last));
  }
}
