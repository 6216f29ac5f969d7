package io.mrrlens.cli;

import io.mrrlens.config.Config;
import io.mrrlens.engine.Engine;
import io.mrrlens.file.AtomicFile;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mrrlens init}: sniffs a book's files and writes a commented config file for them. */
@Command(name = "init")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin BooksOptions books;

  @Option(names = "--output", paramLabel = "FILE")
  Path output;

  @Option(names = "--client", paramLabel = "NAME")
  String client;

  @Option(names = "--force")
  boolean force;

  @Override
  public Integer call() {
    Path folder = books.folder();
    Path target = output != null ? output : folder.resolve("mrrlens.yaml");
    if (Files.exists(target) && !force) {
      throw Problem.usage(
          target + " already exists; mrrlens init does not overwrite it",
          "run with --force to replace it, or --output FILE to write elsewhere");
    }
    Config settings = books.config();
    if (books.profiles == null) {
      // detect afresh: the profile list of the config being replaced must not decide the new one
      settings = settings.with("profile", "init", "");
    }
    Engine.Initial initial =
        RootCommand.engine(spec).init(books.source(settings).withExportClient(client));
    List<FileImport> files = initial.files();
    String name = books.books == null ? "." : books.books.toString();
    AtomicFile.write(target, initial.text());
    if (!RootCommand.quiet(spec)) {
      long profiled = files.stream().filter(f -> !f.layout().profile().equals("canonical")).count();
      spec.commandLine()
          .getOut()
          .printf(
              "wrote %s: %d files, %d read with an import profile; run 'mrrlens check %s' to see"
                  + " them%n",
              target, files.size(), profiled, shellQuoted(name));
    }
    return ExitCode.OK;
  }

  /** A path as a shell takes it in one word: in double quotes when it holds a space or quote. */
  static String shellQuoted(String path) {
    if (path.matches("[\\w./:@%+=,-]+")) {
      return path;
    }
    return "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
  }
}
