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
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin BooksOptions books;

  @Mixin OutputOptions output;

  @Option(names = "--client", paramLabel = "NAME")
  String client;

  @Override
  public Integer call() {
    output.validate();
    BooksSource source = books.source(books.config()).withExportClient(client);
    Outcome outcome = RootCommand.engine(spec).check(source);
    output.write(outcome.report(), spec);
    return ExitCode.OK;
  }
}
