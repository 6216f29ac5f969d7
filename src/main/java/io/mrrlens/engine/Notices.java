package io.mrrlens.engine;

import io.mrrlens.model.Books;
import io.mrrlens.model.Window;
import io.mrrlens.report.DataQuality;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What an answer over a book tells besides itself, so that no figure stands on silence. */
final class Notices {
  private Notices() {}

  /** The months asked for that lie after the books' last record, then the rows set aside. */
  static List<Notice> of(Books imported, Window window, String books) {
    return of(imported, imported.latestDate(), window, books);
  }

  /** As {@link #of(Books, Window, String)}, with the books' latest date found already. */
  static List<Notice> of(Books imported, Optional<LocalDate> latest, Window window, String books) {
    List<Notice> notices = new ArrayList<>();
    stale(latest, window).ifPresent(notices::add);
    setAside(imported, books).ifPresent(notices::add);
    return notices;
  }

  /**
   * A warning when the months asked for lie after the books' last record (an old export analysed at
   * today's date): their figures are zeros for want of records, not a business that stopped.
   */
  static Optional<Notice> stale(Optional<LocalDate> last, Window window) {
    if (last.isEmpty()) {
      return Optional.empty();
    }
    YearMonth lastMonth = YearMonth.from(last.get());
    if (!window.to().isAfter(lastMonth)) {
      return Optional.empty();
    }
    String message;
    if (window.from().isAfter(lastMonth)) {
      message =
          "warning: the books' last record is of "
              + last.get()
              + ", before "
              + (window.months() == 1
                  ? "the month asked for (" + window.from() + "): it holds"
                  : "the months asked for ("
                      + window.from()
                      + " to "
                      + window.to()
                      + "): they hold")
              + " no records";
    } else {
      long empty = lastMonth.until(window.to(), ChronoUnit.MONTHS);
      message =
          "warning: the books' last record is of "
              + last.get()
              + "; the last "
              + (empty == 1 ? "month" : empty + " months")
              + " of the window (to "
              + window.to()
              + (empty == 1 ? ") holds" : ") hold")
              + " no records";
    }
    return Optional.of(
        new Notice(
            List.of(message),
            "fix",
            "export the books again to bring them up to date, or give --as-of " + last.get()));
  }

  /**
   * Which rows {@code --on-error skip} set aside and where they went, so that an analysis never
   * stands silently on fewer rows than the books hold.
   */
  static Optional<Notice> setAside(Books imported, String books) {
    List<String> notes = DataQuality.notes(imported);
    if (notes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Notice(notes, "see", "mrrlens check " + books + " --on-error skip lists each problem"));
  }
}
