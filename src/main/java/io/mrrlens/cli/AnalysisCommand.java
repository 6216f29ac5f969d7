package io.mrrlens.cli;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.BookTables;
import io.mrrlens.analysis.Period;
import io.mrrlens.chart.ChartWriter;
import io.mrrlens.chart.NamedChart;
import io.mrrlens.config.Config;
import io.mrrlens.model.Books;
import io.mrrlens.report.Report;
import io.mrrlens.report.RowChoice;
import java.util.List;
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
    output.write(answer.report().inCurrency(currency), spec.commandLine().getOut());
    if (analysis.charts != null) {
      int[] size = analysis.chartSize();
      ChartWriter.write(
          NamedChart.inCurrency(answer.charts(), currency), analysis.charts, size[0], size[1]);
    }
    return ExitCode.OK;
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
