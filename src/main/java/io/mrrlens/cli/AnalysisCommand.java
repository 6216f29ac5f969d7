package io.mrrlens.cli;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.BookTables;
import io.mrrlens.analysis.Period;
import io.mrrlens.chart.ChartWriter;
import io.mrrlens.chart.NamedChart;
import io.mrrlens.config.Config;
import io.mrrlens.model.Books;
import io.mrrlens.model.Window;
import io.mrrlens.report.DataQuality;
import io.mrrlens.report.Report;
import io.mrrlens.report.RowChoice;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The steps every analysis command shares: read the settings and the books, resolve as_of and the
 * window, let the command analyse, then write the report and the charts.
 */
abstract class AnalysisCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin BooksOptions books;

  @Mixin AnalysisOptions analysis;

  @Mixin OutputOptions output;

  /**
   * What one run works on.
   *
   * @param books where the books were read from, as the user named it
   * @param imported the books as imported
   */
  record Question(
      String books,
      Books imported,
      BookTables tables,
      Period period,
      AnalysisSettings settings,
      RowChoice choice,
      Config config) {}

  /** What one run produces. */
  record Answer(Report report, List<NamedChart> charts) {}

  /** The command's own step: the analysis, its report and its charts. */
  abstract Answer answer(Question question, int chartTop);

  /** The settings with the command's own flags laid over them (flags win). */
  Config withFlags(Config settings) {
    return settings;
  }

  @Override
  public Integer call() {
    output.validate();
    analysis.validate();
    Question question = ask(spec, books, analysis, withFlags(books.config()), output.quiet);
    Answer answer = answer(question, analysis.chartTop());
    String currency = question.config().currency();
    Report report = DataQuality.appended(answer.report(), question.imported());
    output.write(report.inCurrency(currency), spec.commandLine().getOut());
    if (analysis.charts != null) {
      int[] size = analysis.chartSize();
      ChartWriter.write(
          NamedChart.inCurrency(answer.charts(), currency), analysis.charts, size[0], size[1]);
    }
    PrintWriter err = spec.commandLine().getErr();
    stale(question.imported(), question.period().window(), err, output.quiet);
    setAside(question.imported(), question.books(), err, output.quiet);
    return ExitCode.OK;
  }

  /**
   * Warns on stderr when the months asked for lie after the books' last record (an old export
   * analysed at today's date): their figures are zeros for want of records, not a business that
   * stopped.
   */
  static void stale(Books imported, Window window, PrintWriter err, boolean quiet) {
    Optional<LocalDate> last = imported.latestDate();
    if (quiet || last.isEmpty()) {
      return;
    }
    YearMonth lastMonth = YearMonth.from(last.get());
    if (!window.to().isAfter(lastMonth)) {
      return;
    }
    if (window.from().isAfter(lastMonth)) {
      err.println(
          "mrrlens: warning: the books' last record is of "
              + last.get()
              + ", before "
              + (window.months() == 1
                  ? "the month asked for (" + window.from() + "): it holds"
                  : "the months asked for ("
                      + window.from()
                      + " to "
                      + window.to()
                      + "): they hold")
              + " no records");
    } else {
      long empty = lastMonth.until(window.to(), java.time.temporal.ChronoUnit.MONTHS);
      err.println(
          "mrrlens: warning: the books' last record is of "
              + last.get()
              + "; the last "
              + (empty == 1 ? "month" : empty + " months")
              + " of the window (to "
              + window.to()
              + (empty == 1 ? ") holds" : ") hold")
              + " no records");
    }
    err.println(
        "  fix: export the books again to bring them up to date, or give --as-of " + last.get());
    err.flush();
  }

  /**
   * Says on stderr which rows {@code --on-error skip} set aside and where they went, after the
   * report, so that an analysis never stands silently on fewer rows than the books hold.
   */
  static void setAside(Books imported, String books, PrintWriter err, boolean quiet) {
    List<String> notes = DataQuality.notes(imported);
    if (quiet || notes.isEmpty()) {
      return;
    }
    notes.forEach(note -> err.println("mrrlens: " + note));
    err.println("  see: mrrlens check " + books + " --on-error skip lists each problem");
    err.flush();
  }

  /**
   * The steps every analysis shares: read the books with the settings, build the tables, resolve
   * as_of and the window and the rows to show.
   */
  static Question ask(
      CommandSpec spec,
      BooksOptions books,
      AnalysisOptions analysis,
      Config config,
      boolean quiet) {
    AnalysisSettings settings = AnalysisSettings.from(config);
    books.exportClient = analysis.singleClient();
    Books imported =
        books.read(config, TerminalProgress.forConsole(spec.commandLine().getErr(), quiet));
    BookTables tables = BookTables.of(imported, settings);
    Period period = analysis.period(imported, books.asOf());
    RowChoice choice = analysis.choice(tables, config);
    String name = books.books == null ? "." : books.books.toString();
    return new Question(name, imported, tables, period, settings, choice, config);
  }
}
