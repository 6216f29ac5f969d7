package io.mrrlens.cli;

import io.mrrlens.engine.Engine;
import io.mrrlens.model.Books;
import io.mrrlens.model.Problem;
import io.mrrlens.sample.SampleSettings;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mrrlens sample}: writes a realistic, deterministic sample book. */
@Command(name = "sample")
final class SampleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path out;

  @Option(names = "--clients", paramLabel = "N")
  int clients = SampleSettings.defaults().clients();

  @Option(names = "--months", paramLabel = "N")
  int months = SampleSettings.defaults().months();

  @Option(names = "--seed", paramLabel = "N")
  long seed = SampleSettings.defaults().seed();

  @Option(names = "--end", paramLabel = "YYYY-MM")
  String end = SampleSettings.defaults().lastMonth().toString();

  @Option(names = "--profile", paramLabel = "NAME")
  String profile;

  @Option(names = "--force")
  boolean force;

  @Override
  public Integer call() {
    RootCommand.readsNoSettings(spec);
    YearMonth last;
    try {
      last = YearMonth.parse(end.strip());
    } catch (DateTimeParseException e) {
      throw Problem.usage(
          "--end \"" + end + "\" is not a month", "write the month as YYYY-MM, e.g. 2026-10");
    }
    SampleSettings settings;
    try {
      settings = new SampleSettings(clients, months, seed, last);
    } catch (IllegalArgumentException e) {
      throw Problem.usage(e.getMessage(), "see 'mrrlens sample --help'");
    }
    Engine.SampleBook written = RootCommand.engine(spec).sample(settings, profile, out, force);
    Books book = written.book();
    List<String> layouts = written.layouts();
    if (!RootCommand.quiet(spec)) {
      spec.commandLine()
          .getOut()
          .printf(
              "wrote a sample book to %s: %d clients, %d months to %s; %d tickets, %d time"
                  + " entries, %d invoices, %d payments, %d agreements%n",
              out,
              book.clients().size(),
              months,
              last,
              book.tickets().size(),
              book.timeEntries().size(),
              book.invoices().size(),
              book.payments().size(),
              book.agreements().size());
      if (!layouts.isEmpty()) {
        spec.commandLine()
            .getOut()
            .printf("in export layouts: %s; the rest canonical%n", String.join(", ", layouts));
      }
    }
    return ExitCode.OK;
  }
}
