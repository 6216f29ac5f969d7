package io.mrrlens.cli;

import io.mrrlens.config.Config;
import io.mrrlens.config.ConfigLoader;
import io.mrrlens.importing.BooksImporter;
import io.mrrlens.importing.ErrorPolicy;
import io.mrrlens.importing.ImportCache;
import io.mrrlens.importing.ImportOptions;
import io.mrrlens.importing.ImportProgress;
import io.mrrlens.importing.Profile;
import io.mrrlens.importing.ProfileCatalogue;
import io.mrrlens.model.Books;
import io.mrrlens.model.FileKind;
import io.mrrlens.report.Fact;
import io.mrrlens.report.Format;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
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

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The config file (default: BOOKS/mrrlens.yaml when present).")
  Path config;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      description = "The files' encoding, e.g. windows-1252 (default: UTF-8, else Windows-1252).")
  String encoding;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      split = ",",
      description =
          "Read the files with this import profile, or your own mapping file (repeatable;"
              + " default: detected per file from its header; canonical: no detection).")
  List<String> profiles;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description = "A non-ISO date pattern such as MM/dd/yyyy (default: detected per file).")
  String dateFormat;

  @Option(
      names = "--decimal-comma",
      description = "Numbers use a decimal comma: 1.234,50 (default: detected per file).")
  Boolean decimalComma;

  @Option(
      names = "--decimal-point",
      description = "Numbers use a decimal point: 1,234.50 (default: detected per file).")
  Boolean decimalPoint;

  @Option(
      names = "--on-error",
      paramLabel = "POLICY",
      description =
          "fail: stop on bad rows (exit 3, default); skip: import the good rows and write the bad"
              + " ones to the rejects folder.")
  String onError;

  @Option(
      names = "--rejects",
      paramLabel = "DIR",
      description = "Where --on-error skip writes rejected rows (default: BOOKS/rejects).")
  Path rejects;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The date to report at, YYYY-MM-DD (default: the latest date in the books).")
  String asOf;

  @Option(names = "--tickets", paramLabel = "FILE", description = "A tickets file (repeatable).")
  List<Path> tickets;

  @Option(names = "--time", paramLabel = "FILE", description = "A time-entry file (repeatable).")
  List<Path> time;

  @Option(names = "--invoices", paramLabel = "FILE", description = "An invoices file (repeatable).")
  List<Path> invoices;

  @Option(names = "--payments", paramLabel = "FILE", description = "A payments file (repeatable).")
  List<Path> payments;

  @Option(names = "--clients", paramLabel = "FILE", description = "A clients file (repeatable).")
  List<Path> clients;

  @Option(
      names = "--agreements",
      paramLabel = "FILE",
      description = "An agreements file (repeatable).")
  List<Path> agreements;

  @Option(
      names = "--no-cache",
      description =
          "Parse the files even when the import cache holds them, and keep nothing in it"
              + " (default: use the cache; README, Import cache).")
  boolean noCache;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /** What the import cache did in the last {@link #read}, as {@code check} states it. */
  String cacheStatus;

  /**
   * The client of a per-client export that has no client column (ITFlow's tickets of one client):
   * set by the command from its {@code --client}.
   */
  String exportClient;

  /** The books folder. */
  Path folder() {
    Path folder = books == null ? Path.of(".") : books;
    if (!Files.isDirectory(folder)) {
      throw new UsageException(
          "the books folder " + folder + " does not exist or is not a folder",
          "give the folder that holds the exported CSV files");
    }
    return folder;
  }

  /** The config file in use: --config, else BOOKS/mrrlens.yaml when present, else null. */
  Path configFile() {
    Path file = this.config;
    if (file != null && !Files.isRegularFile(file)) {
      throw new UsageException(
          "the config file " + file + " does not exist", "give an existing file to --config");
    }
    if (file == null) {
      Path candidate = (books == null ? Path.of(".") : books).resolve("mrrlens.yaml");
      file = Files.isRegularFile(candidate) ? candidate : null;
    }
    return file;
  }

  /** The settings: defaults, then the config file, then the flags. */
  Config config() {
    Path file = configFile();
    Config settings = file == null ? Config.defaults() : ConfigLoader.load(file);
    return settings
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
      throw new UsageException(
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
      throw new UsageException(
          "--as-of \"" + asOf + "\" is not a date",
          "write the date as YYYY-MM-DD, e.g. 2026-10-31");
    }
  }

  /** Imports the book with the given settings, with a progress bar on a terminal. */
  Books read(Config settings, ImportProgress progress) {
    Path folder = folder();
    ImportOptions options = importOptions(settings);
    if (noCache) {
      cacheStatus = "not used: --no-cache";
      return new BooksImporter(options, progress).read(folder);
    }
    ImportCache cache = new ImportCache(ImportCache.folderFor(folder, environment()));
    ImportCache.Loaded loaded =
        cache.read(options, folder, () -> new BooksImporter(options, progress).read(folder));
    cacheStatus = loaded.status();
    return loaded.books();
  }

  /** The environment of the run: the root command's, else the process'. */
  private UnaryOperator<String> environment() {
    if (mixee != null && mixee.root().userObject() instanceof MrrlensCommand root) {
      return root.context()::env;
    }
    return System::getenv;
  }

  ImportOptions importOptions(Config settings) {
    Path folder = folder();
    String rejectsDir = settings.text("rejects");
    return new ImportOptions(
        charset(settings.text("encoding")),
        datePattern(settings.text("date_format")),
        (Boolean) settings.value("decimal_comma"),
        ErrorPolicy.valueOf(settings.text("on_error").toUpperCase(Locale.ROOT)),
        rejectsDir == null ? folder.resolve("rejects") : Path.of(rejectsDir),
        settings.aliases(),
        files(settings, folder),
        profiles(settings.list("profile"), folder),
        ProfileCatalogue.canonicalOnly(settings.list("profile")),
        exportClient);
  }

  /** Profile names, or mapping files relative to the current folder, else to the books folder. */
  private static List<Profile> profiles(List<String> names, Path folder) {
    List<String> resolved = new ArrayList<>();
    for (String name : names) {
      boolean file = name.endsWith(".yaml") || name.endsWith(".yml");
      if (file && !Files.exists(Path.of(name)) && Files.exists(folder.resolve(name))) {
        resolved.add(folder.resolve(name).toString());
      } else {
        resolved.add(name);
      }
    }
    return ProfileCatalogue.resolve(resolved, Path.of("."));
  }

  /** The import settings as a report states them. */
  static List<Fact> importFacts(Config settings) {
    List<Fact> facts = new ArrayList<>();
    List<String> profiles = settings.list("profile");
    facts.add(
        new Fact(
            "profile",
            "profiles",
            profiles.isEmpty() ? "detected per file" : String.join(", ", profiles),
            Format.TEXT));
    facts.add(fact(settings, "encoding", "encoding", "detected"));
    facts.add(fact(settings, "date_format", "date format", "ISO, others detected per file"));
    Object comma = settings.value("decimal_comma");
    facts.add(
        new Fact(
            "decimal_mark",
            "decimal mark",
            comma == null ? "detected per file" : Boolean.TRUE.equals(comma) ? "comma" : "point",
            Format.TEXT));
    facts.add(fact(settings, "on_error", "on error", null));
    facts.add(new Fact("aliases", "aliases", (long) settings.aliases().size(), Format.COUNT));
    return facts;
  }

  private static Fact fact(Config settings, String path, String label, String otherwise) {
    Object value = settings.value(path);
    return new Fact(path, label, value == null ? otherwise : value.toString(), Format.TEXT);
  }

  private static Charset charset(String name) {
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UsageException(
          "encoding \"" + name + "\" is not a known encoding",
          "use e.g. utf-8, windows-1252 or iso-8859-1");
    }
  }

  private static String datePattern(String pattern) {
    if (pattern == null) {
      return null;
    }
    try {
      DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
      return pattern;
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "date format \"" + pattern + "\" is not a date pattern",
          "use a pattern such as MM/dd/yyyy, dd/MM/yyyy, dd.MM.yyyy or MMM d, yyyy");
    }
  }

  private Map<FileKind, List<Path>> files(Config settings, Path folder) {
    Map<FileKind, List<Path>> files = new EnumMap<>(FileKind.class);
    put(files, FileKind.TICKETS, tickets, settings, folder);
    put(files, FileKind.TIME, time, settings, folder);
    put(files, FileKind.INVOICES, invoices, settings, folder);
    put(files, FileKind.PAYMENTS, payments, settings, folder);
    put(files, FileKind.CLIENTS, clients, settings, folder);
    put(files, FileKind.AGREEMENTS, agreements, settings, folder);
    return files;
  }

  private static void put(
      Map<FileKind, List<Path>> files,
      FileKind kind,
      List<Path> flag,
      Config settings,
      Path folder) {
    if (flag != null && !flag.isEmpty()) {
      files.put(kind, List.copyOf(flag));
      return;
    }
    List<String> configured = settings.list("files." + kind.prefix());
    if (!configured.isEmpty()) {
      files.put(kind, configured.stream().map(folder::resolve).toList());
    }
  }
}
