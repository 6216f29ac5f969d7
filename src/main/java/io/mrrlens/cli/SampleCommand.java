package io.mrrlens.cli;

import io.mrrlens.engine.Engine;
import io.mrrlens.importing.ProfileBookWriter;
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
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes a realistic, deterministic sample MSP book in the canonical layout: managed, hybrid,"
          + " break-fix and project-only clients, prompt and late payers, credit memos, open"
          + " tickets and seasonal swings. The same options always write the same files. With"
          + " --profile the book is written as a PSA, accounting package or time tracker exports"
          + " it, so every import profile can be tried end to end."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mrrlens sample --out my-sample",
      "  mrrlens sample --out big --clients 1000 --months 60 --seed 7",
      "  mrrlens sample --out book --end 2025-12",
      "  mrrlens sample --out cw-book --profile connectwise"
    })
final class SampleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The folder to write the book to (created when missing).")
  Path out;

  @Option(
      names = "--clients",
      paramLabel = "N",
      description = "How many clients (default: ${DEFAULT-VALUE}).")
  int clients = SampleSettings.defaults().clients();

  @Option(
      names = "--months",
      paramLabel = "N",
      description = "How many months of history (default: ${DEFAULT-VALUE}).")
  int months = SampleSettings.defaults().months();

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "The random seed (default: ${DEFAULT-VALUE}).")
  long seed = SampleSettings.defaults().seed();

  @Option(
      names = "--end",
      paramLabel = "YYYY-MM",
      description = "The last month of the book (default: ${DEFAULT-VALUE}).")
  String end = SampleSettings.defaults().lastMonth().toString();

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description =
          "Write the files of a system (itflow, connectwise, autotask, quickbooks, xero,"
              + " invoiceninja5, invoiceninja4, kimai, harvest, toggl) or one import profile"
              + " (e.g. connectwise-time) in its export layout; the other kinds stay canonical.")
  String profile;

  @Option(
      names = "--force",
      description = "Write into --out even when it holds files (the book's files are replaced).")
  boolean force;

  @Override
  public Integer call() {
    MrrlensCommand.readsNoSettings(spec);
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
    if (profile != null && !ProfileBookWriter.knows(profile)) {
      String fix =
          "use one of "
              + String.join(", ", ProfileBookWriter.SYSTEMS)
              + ", or a profile such as connectwise-time (docs/importing.md lists them)";
      if (ProfileBookWriter.reads(profile)) {
        throw Problem.usage(
            "--profile \"" + profile + "\": mrrlens reads this layout but writes no sample in it",
            fix);
      }
      throw Problem.usage(
          "--profile \""
              + profile
              + "\" is not a system or import profile; did you mean \""
              + ProfileBookWriter.nearest(profile)
              + "\"?",
          fix);
    }
    Engine.SampleBook written = MrrlensCommand.engine(spec).sample(settings, profile, out, force);
    Books book = written.book();
    List<String> layouts = written.layouts();
    if (!MrrlensCommand.quiet(spec)) {
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
