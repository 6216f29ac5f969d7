package io.mrrlens.cli;

import io.mrrlens.analysis.BookCheck;
import io.mrrlens.config.Config;
import io.mrrlens.model.Books;
import io.mrrlens.report.CheckReportBuilder;
import io.mrrlens.report.Fact;
import io.mrrlens.report.Format;
import io.mrrlens.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mrrlens check}: imports and validates a book and says what was found. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Imports and validates a book and prints what was found: the files and how they were read,"
          + " rows read, accepted and rejected per file (with the sums of amounts and hours),"
          + " the date range, as_of and the default window, the clients, client names found in"
          + " some files but not others (with suggested aliases), unknown columns and warnings."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mrrlens check samples/msp-book",
      "  mrrlens check ~/exports --format json --output check.json",
      "  mrrlens check ~/exports --on-error skip --rejects ~/rejects",
      "  mrrlens check ~/exports --date-format dd/MM/yyyy --encoding windows-1252"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin BooksOptions books;

  @Mixin OutputOptions output;

  @Option(
      names = "--client",
      paramLabel = "NAME",
      description =
          "The client of a per-client export that has no client column (e.g. ITFlow's tickets of"
              + " one client).")
  String client;

  @Override
  public Integer call() {
    output.validate();
    Config settings = books.config();
    books.exportClient = client;
    Books imported =
        books.read(
            settings, TerminalProgress.forConsole(spec.commandLine().getErr(), output.quiet));
    BookCheck check = BookCheck.of(imported, books.asOf());
    String name = (books.books == null ? "." : books.books.toString());
    List<Fact> facts = new ArrayList<>(BooksOptions.importFacts(settings));
    facts.add(new Fact("import_cache", "import cache", books.cacheStatus, Format.TEXT));
    Report report = CheckReportBuilder.build(name, imported, check, facts);
    output.write(report, spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
