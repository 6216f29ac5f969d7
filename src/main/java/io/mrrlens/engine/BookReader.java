package io.mrrlens.engine;

import io.mrrlens.config.Config;
import io.mrrlens.importing.BooksImporter;
import io.mrrlens.importing.ErrorPolicy;
import io.mrrlens.importing.ImportCache;
import io.mrrlens.importing.ImportOptions;
import io.mrrlens.importing.ImportProgress;
import io.mrrlens.importing.Profile;
import io.mrrlens.importing.ProfileCatalogue;
import io.mrrlens.model.Books;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.Problem;
import io.mrrlens.report.Fact;
import io.mrrlens.report.Format;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Reads a book as its settings say: through the import cache unless told not to. */
public final class BookReader {
  private BookReader() {}

  /**
   * The books as imported, and what the import cache did. Books just imported may still be being
   * saved into the cache: {@link #cacheStatus()} and {@link #close()} wait for that.
   */
  public static final class Read implements AutoCloseable {
    private final Books books;
    private final ImportCache.Loaded loaded;
    private final String status;

    private Read(Books books, ImportCache.Loaded loaded, String status) {
      this.books = books;
      this.loaded = loaded;
      this.status = status;
    }

    public Books books() {
      return books;
    }

    /** E.g. {@code used}, {@code not used: --no-cache}; waits for the books being saved. */
    public String cacheStatus() {
      return loaded == null ? status : loaded.status();
    }

    /** Waits for the books being saved into the cache, if they are. */
    @Override
    public void close() {
      cacheStatus();
    }
  }

  /** Imports the books of a source, through the import cache unless the source says not to. */
  public static Read read(
      BooksSource source, ImportProgress progress, UnaryOperator<String> environment) {
    Path folder = source.folder();
    if (!Files.isDirectory(folder)) {
      throw Problem.usage(
          "the books folder " + folder + " does not exist or is not a folder",
          "give the folder that holds the exported CSV files");
    }
    ImportOptions options = options(source);
    if (!source.cache()) {
      return new Read(
          new BooksImporter(options, progress).read(folder), null, "not used: --no-cache");
    }
    ImportCache cache = new ImportCache(ImportCache.folderFor(folder, environment));
    ImportCache.Loaded loaded =
        cache.read(options, folder, () -> new BooksImporter(options, progress).read(folder));
    return new Read(loaded.books(), loaded, null);
  }

  /** The import settings of a source. */
  static ImportOptions options(BooksSource source) {
    Config settings = source.config();
    Path folder = source.folder();
    String rejectsDir = settings.text("rejects");
    return new ImportOptions(
        charset(settings.text("encoding")),
        datePattern(settings.text("date_format")),
        (Boolean) settings.value("decimal_comma"),
        ErrorPolicy.valueOf(settings.text("on_error").toUpperCase(Locale.ROOT)),
        rejectsDir == null ? folder.resolve("rejects") : Path.of(rejectsDir),
        settings.aliases(),
        files(source),
        profiles(settings.list("profile"), folder),
        ProfileCatalogue.canonicalOnly(settings.list("profile")),
        source.exportClient());
  }

  /** The import settings as a document states them. */
  public static List<Fact> facts(Config settings) {
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

  private static Charset charset(String name) {
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw Problem.usage(
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
      throw Problem.usage(
          "date format \"" + pattern + "\" is not a date pattern",
          "use a pattern such as MM/dd/yyyy, dd/MM/yyyy, dd.MM.yyyy or MMM d, yyyy");
    }
  }

  /** The files given by kind, else the config's {@code files.*}, relative to the folder. */
  private static Map<FileKind, List<Path>> files(BooksSource source) {
    Map<FileKind, List<Path>> files = new EnumMap<>(FileKind.class);
    for (FileKind kind : FileKind.values()) {
      List<Path> given = source.files().get(kind);
      if (given != null && !given.isEmpty()) {
        files.put(kind, List.copyOf(given));
        continue;
      }
      List<String> configured = source.config().list("files." + kind.prefix());
      if (!configured.isEmpty()) {
        files.put(kind, configured.stream().map(source.folder()::resolve).toList());
      }
    }
    return files;
  }
}
