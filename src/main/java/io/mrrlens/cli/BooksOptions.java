package io.mrrlens.cli;

import io.mrrlens.config.Config;
import io.mrrlens.engine.BooksSource;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options of every command that reads a book: where it is and how to import it. */
final class BooksOptions {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "BOOKS",
      description = "The folder of exported CSV files (default: the current folder).")
  Path books;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--encoding", paramLabel = "NAME")
  String encoding;

  @Option(names = "--profile", paramLabel = "NAME", split = ",")
  List<String> profiles;

  @Option(names = "--date-format", paramLabel = "PATTERN")
  String dateFormat;

  @Option(names = "--decimal-comma")
  Boolean decimalComma;

  @Option(names = "--decimal-point")
  Boolean decimalPoint;

  @Option(names = "--on-error", paramLabel = "POLICY")
  String onError;

  @Option(names = "--rejects", paramLabel = "DIR")
  Path rejects;

  @Option(names = "--as-of", paramLabel = "DATE")
  String asOf;

  @Option(names = "--tickets", paramLabel = "FILE")
  List<Path> tickets;

  @Option(names = "--time", paramLabel = "FILE")
  List<Path> time;

  @Option(names = "--invoices", paramLabel = "FILE")
  List<Path> invoices;

  @Option(names = "--payments", paramLabel = "FILE")
  List<Path> payments;

  @Option(names = "--clients", paramLabel = "FILE")
  List<Path> clients;

  @Option(names = "--agreements", paramLabel = "FILE")
  List<Path> agreements;

  @Option(names = "--no-cache")
  boolean noCache;

  /** The books folder. */
  Path folder() {
    Path folder = books == null ? Path.of(".") : books;
    if (!Files.isDirectory(folder)) {
      throw Problem.usage(
          "the books folder " + folder + " does not exist or is not a folder",
          "give the folder that holds the exported CSV files");
    }
    return folder;
  }

  /** The config file in use: --config, else BOOKS/mrrlens.yaml when present, else null. */
  Path configFile() {
    return RootCommand.configFile(spec, books == null ? Path.of(".") : books);
  }

  /** The settings: defaults, then the config file, then the flags. */
  Config config() {
    return RootCommand.settings(configFile())
        .withFlag("profile", "--profile", profiles == null ? null : String.join(",", profiles))
        .withFlag("encoding", "--encoding", encoding)
        .withFlag("date_format", "--date-format", dateFormat)
        .withFlag("decimal_comma", decimalFlag(), decimalMark())
        .withFlag("on_error", "--on-error", onError)
        .withFlag("rejects", "--rejects", text(rejects));
  }

  /** The decimal mark the flags force: "true" (comma), "false" (point) or null. */
  private String decimalMark() {
    if (Boolean.TRUE.equals(decimalComma) && Boolean.TRUE.equals(decimalPoint)) {
      throw Problem.usage(
          "--decimal-comma and --decimal-point contradict each other", "give one of them");
    }
    if (Boolean.TRUE.equals(decimalComma)) {
      return "true";
    }
    return Boolean.TRUE.equals(decimalPoint) ? "false" : null;
  }

  private String decimalFlag() {
    return Boolean.TRUE.equals(decimalPoint) ? "--decimal-point" : "--decimal-comma";
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** The {@code --as-of} date, or null. */
  LocalDate asOf() {
    if (asOf == null) {
      return null;
    }
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw Problem.usage(
          "--as-of \"" + asOf + "\" is not a date",
          "write the date as YYYY-MM-DD, e.g. 2026-10-31");
    }
  }

  /**
   * Where the books are and how to read them, with the given settings (the config and the flags, as
   * {@link #config()} gives them, with a command's own flags laid over them).
   */
  BooksSource source(Config settings) {
    Path folder = folder();
    Map<FileKind, List<Path>> files = new EnumMap<>(FileKind.class);
    put(files, FileKind.TICKETS, tickets);
    put(files, FileKind.TIME, time);
    put(files, FileKind.INVOICES, invoices);
    put(files, FileKind.PAYMENTS, payments);
    put(files, FileKind.CLIENTS, clients);
    put(files, FileKind.AGREEMENTS, agreements);
    return new BooksSource(
        folder,
        books == null ? "." : books.toString(),
        settings,
        configFile(),
        files,
        asOf(),
        !noCache,
        null);
  }

  private static void put(Map<FileKind, List<Path>> files, FileKind kind, List<Path> flag) {
    if (flag != null && !flag.isEmpty()) {
      files.put(kind, List.copyOf(flag));
    }
  }
}
