package io.mrrlens.cli;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.BookTables;
import io.mrrlens.analysis.MonthlySummary;
import io.mrrlens.analysis.Period;
import io.mrrlens.config.Config;
import io.mrrlens.model.Books;
import io.mrrlens.report.Report;
import io.mrrlens.report.SummaryReportBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mrrlens summary}: one month at a glance, on stdout, in a file or by mail. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = {
      "The monthly summary: the month's revenue (recurring and T&M) and MRR against the previous"
          + " month and the same month last year, hours, tickets and the effective rate, the"
          + " clients needing the most labor, the overdue balance and the worst payers, the"
          + " clients whose segment changed, and alerts (clients below the target rate, invoices"
          + " 60+ days past due). Plain text on stdout, as cron mails it; --html writes a page"
          + " with a chart, --mail-to sends both by SMTP."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mrrlens summary samples/msp-book",
      "  mrrlens summary ~/exports --month 2026-09 --html summary.html",
      "  mrrlens summary ~/exports --mail-to owner@example.com --dry-run",
      "  mrrlens summary ~/exports --format json --output summary.json"
    })
final class SummaryCommand implements Callable<Integer> {
  static final int DEFAULT_TOP = 5;

  @Spec CommandSpec spec;

  @Mixin BooksOptions books;

  @Mixin OutputOptions output;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      description = "The month to summarise (default: the last complete month at as_of).")
  String month;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "How many clients the labor and payer lists show (default: 5).")
  Integer top;

  @Override
  public Integer call() {
    output.validate();
    YearMonth asked = month();
    int shown = top();
    Config config = books.config();
    AnalysisSettings settings = AnalysisSettings.from(config);
    Books imported =
        books.read(config, TerminalProgress.forConsole(spec.commandLine().getErr(), output.quiet));
    LocalDate asOf = Period.resolve(imported, books.asOf(), null, null).asOf();
    YearMonth last = MonthlySummary.lastCompleteMonth(asOf);
    YearMonth chosen = asked == null ? last : asked;
    if (chosen.isAfter(last)) {
      throw new UsageException(
          "--month " + chosen + " is not complete at as_of " + asOf,
          "give " + last + " or an earlier month, or a later --as-of");
    }
    BookTables tables = BookTables.of(imported, settings);
    MonthlySummary.Result summary = MonthlySummary.of(tables, chosen, settings, shown);
    String name = books.books == null ? "." : books.books.toString();
    Report report = SummaryReportBuilder.build(name, summary, settings, shown);
    output.write(report, spec.commandLine().getOut());
    return ExitCode.OK;
  }

  private YearMonth month() {
    if (month == null) {
      return null;
    }
    try {
      return YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException(
          "--month \"" + month + "\" is not a month", "write the month as YYYY-MM, e.g. 2026-10");
    }
  }

  private int top() {
    if (top == null) {
      return DEFAULT_TOP;
    }
    if (top < 1) {
      throw new UsageException("--top " + top + " is not a positive number", "use --top 10");
    }
    return top;
  }
}
