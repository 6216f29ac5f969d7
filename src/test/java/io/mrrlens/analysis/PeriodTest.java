package io.mrrlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mrrlens.model.Books;
import io.mrrlens.model.Window;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** as_of and the window (metrics.md, dates and the window). */
class PeriodTest {
  private static final Books BOOK = bookEndingOn("2026-10-15");

  private static Books bookEndingOn(String day) {
    BookBuilder b = new BookBuilder();
    b.entry("Acme", "2025-01-02", "1");
    b.entry("Acme", day, "1");
    return b.books();
  }

  private static Window window(String from, String to) {
    return new Window(YearMonth.parse(from), YearMonth.parse(to));
  }

  @Test
  void asOfIsTheLatestDateAndAMonthIsCompleteOnItsLastDay() {
    Period mid = Period.resolve(BOOK, null, null, null);
    assertEquals(LocalDate.parse("2026-10-15"), mid.asOf());
    assertEquals(window("2025-10", "2026-09"), mid.window());
    assertEquals(12, mid.months());
    Period end = Period.resolve(bookEndingOn("2026-10-31"), null, null, null);
    assertEquals(window("2025-11", "2026-10"), end.window());
  }

  @Test
  void asOfGivenWinsOverTheBooks() {
    Period period = Period.resolve(BOOK, LocalDate.parse("2026-03-31"), null, null);
    assertEquals(LocalDate.parse("2026-03-31"), period.asOf());
    assertEquals(window("2025-04", "2026-03"), period.window());
  }

  @Test
  void fromAndToSetTheWindow() {
    assertEquals(
        window("2026-01", "2026-03"),
        Period.resolve(BOOK, null, YearMonth.parse("2026-01"), YearMonth.parse("2026-03"))
            .window());
    assertEquals(
        window("2026-02", "2026-09"),
        Period.resolve(BOOK, null, YearMonth.parse("2026-02"), null).window(),
        "only --from: up to the last complete month");
    assertEquals(
        window("2025-07", "2026-06"),
        Period.resolve(BOOK, null, null, YearMonth.parse("2026-06")).window(),
        "only --to: the 12 months ending then");
  }

  @Test
  void aWindowEndingBeforeItStartsIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Period.resolve(BOOK, null, YearMonth.parse("2026-10"), null));
  }

  @Test
  void booksWithoutDatesNeedAnAsOf() {
    Books empty = new BookBuilder().books();
    AnalysisException e =
        assertThrows(AnalysisException.class, () -> Period.resolve(empty, null, null, null));
    assertEquals(
        "give the date with --as-of YYYY-MM-DD, or check that the files hold rows", e.fix());
    assertEquals(
        window("2025-12", "2026-11"),
        Period.resolve(empty, LocalDate.parse("2026-11-30"), null, null).window());
  }
}
