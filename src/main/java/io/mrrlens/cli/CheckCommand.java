package io.mrrlens.cli;

import io.mrrlens.engine.BooksSource;
import io.mrrlens.engine.Outcome;
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
    versionProvider = VersionProvider.class,
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
    BooksSource source = books.source(books.config()).withExportClient(client);
    Outcome outcome = MrrlensCommand.engine(spec).check(source);
    output.write(outcome.report(), spec);
    return ExitCode.OK;
  }
}
