package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mrrlens.model.Agreement;
import io.mrrlens.model.AgreementType;
import io.mrrlens.model.Books;
import io.mrrlens.model.ChargeTo;
import io.mrrlens.model.Client;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.FileLayout;
import io.mrrlens.model.FileNumbers;
import io.mrrlens.model.ImportWarning;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.InvoiceKind;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Rejection;
import io.mrrlens.model.Ticket;
import io.mrrlens.model.TimeEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cache's binary form of a book, and the key that decides whether a cache file fits. */
class ImportCacheTest {
  private static final Path BOOKS = Path.of("samples/msp-book");

  /** A book with every field's edge: nulls, huge and negative-scale decimals, times of day. */
  static Books edgeBook() {
    Map<String, Long> skipped = new LinkedHashMap<>();
    skipped.put("total row", 2L);
    skipped.put("internal", 5L);
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    amounts.put("internal", new BigDecimal("7.25"));
    FileLayout layout =
        new FileLayout(
            "kimai-time", "Kimai", "Kimai time", "de", 3, skipped, amounts, 4, 1, 2, "Acme", true);
    return new Books(
        List.of(
            new Client("Acme", 40, null, LocalDate.of(2020, 2, 29)),
            new Client("B", null, 3, null)),
        List.of(
            new Ticket(
                "T-1",
                "Acme",
                LocalDateTime.of(2026, 1, 5, 9, 30, 15, 123_000_000),
                null,
                null,
                "incident",
                "email",
                "Printer \u00e9\u00e8 \ud83d\udda8"),
            new Ticket(
                "T-2",
                "B",
                LocalDateTime.of(1999, 12, 31, 0, 0),
                LocalDateTime.of(2000, 1, 1, 23, 59),
                "P1",
                null,
                null,
                "")),
        List.of(
            new TimeEntry(
                "E-1",
                "Acme",
                "T-1",
                "Ann",
                LocalDate.of(2026, 1, 5),
                new BigDecimal("0.333333"),
                false,
                null,
                ChargeTo.TIME_AND_MATERIALS,
                new BigDecimal("150.00")),
            new TimeEntry(
                null,
                "B",
                null,
                "Ann",
                LocalDate.of(2026, 1, 6),
                new BigDecimal("24"),
                true,
                "remote",
                null,
                null)),
        List.of(
            new Invoice(
                "I-1",
                "Acme",
                LocalDate.of(2026, 1, 31),
                null,
                new BigDecimal("123456789012345678901234.5678"),
                LocalDate.of(2026, 2, 3),
                new BigDecimal("-0.0001"),
                InvoiceKind.PROJECT,
                null),
            new Invoice(
                "I-2",
                "B",
                LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 3, 2),
                new BigDecimal("1E+3"),
                null,
                null,
                null,
                "fee")),
        List.of(
            new Payment("I-1", LocalDate.of(2026, 2, 3), new BigDecimal("-12.5")),
            new Payment(null, LocalDate.of(2026, 2, 4), new BigDecimal("3"), "B")),
        List.of(
            new Agreement(
                "Acme", null, AgreementType.BLOCK_HOURS, LocalDate.of(2025, 1, 1), null, null)),
        List.of(
            new FileImport(
                "time.csv",
                FileKind.TIME,
                "UTF-8",
                '\t',
                "dd.MM.yyyy",
                10,
                9,
                1,
                "hours",
                new BigDecimal("10.5"),
                new BigDecimal("9.5"),
                BigDecimal.ONE,
                0,
                List.of("Notes", "Extra"),
                "rejects/time.csv",
                layout,
                new FileNumbers("comma (detected)", "H:MM", 1, "line 3, hours \"0.1\"")),
            new FileImport(
                "clients.csv",
                FileKind.CLIENTS,
                "windows-1252",
                ',',
                null,
                2,
                2,
                0,
                null,
                null,
                null,
                null,
                0,
                List.of(),
                null,
                FileLayout.CANONICAL,
                FileNumbers.UNKNOWN)),
        List.of(new Rejection("time.csv", 7, "hours", "lots", "is not a number")),
        List.of(
            new ImportWarning("time.csv", 0, "encoding", "read as Windows-1252"),
            new ImportWarning("time.csv", 12, "link", "ticket T-9 is unknown")));
  }

  /**
   * The codec writes each record's fields one by one: a record that gains a field must gain it in
   * BooksCodec's writer and reader (and the edge book above) before this count is raised.
   */
  @Test
  void theCodecKnowsEveryFieldOfTheRecords() {
    Map<Class<?>, Integer> fields = new LinkedHashMap<>();
    fields.put(Client.class, 4);
    fields.put(Ticket.class, 8);
    fields.put(TimeEntry.class, 10);
    fields.put(Invoice.class, 9);
    fields.put(Payment.class, 4);
    fields.put(Agreement.class, 6);
    fields.put(FileImport.class, 17);
    fields.put(FileLayout.class, 12);
    fields.put(FileNumbers.class, 4);
    fields.put(Rejection.class, 5);
    fields.put(ImportWarning.class, 4);
    fields.put(Books.class, 9);
    fields.forEach(
        (type, count) ->
            assertEquals(count, type.getRecordComponents().length, type.getSimpleName()));
  }

  @Test
  void everyFieldComesBackEqualAndInOrder() throws IOException {
    Books book = edgeBook();
    Books back = BooksCodec.decode(BooksCodec.encode(book));
    assertEquals(book, back);
    assertEquals(
        List.of("total row", "internal"),
        List.copyOf(back.files().get(0).layout().skipped().keySet()));
    assertEquals(-3, back.invoices().get(1).amount().scale());
    assertEquals("0.333333", back.timeEntries().get(0).hours().toPlainString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "samples/msp-book",
        "src/test/resources/profiles/kimai",
        "src/test/resources/profiles/connectwise",
        "src/test/resources/profiles/quickbooks",
        "src/test/resources/profiles/toggl-internal"
      })
  void importedBooksComeBackEqual(String folder) throws IOException {
    Books book = new BooksImporter(ImportOptions.defaults()).read(Path.of(folder));
    assertEquals(book, BooksCodec.decode(BooksCodec.encode(book)));
  }

  /** Seeded: a payload cut anywhere is refused with an IOException, never another failure. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void aCutPayloadIsRefused(long seed) {
    byte[] payload = BooksCodec.encode(edgeBook());
    int cut = new Random(seed).nextInt(payload.length);
    byte[] part = Arrays.copyOf(payload, cut);
    assertThrows(IOException.class, () -> BooksCodec.decode(part));
  }

  @Test
  void foreignBytesAreRefused() {
    assertThrows(
        IOException.class,
        () -> BooksCodec.decode("name,hours\nAnn,3\n".getBytes(StandardCharsets.UTF_8)));
  }

  /** The default options with one component (by name) set to another value. */
  static ImportOptions with(String name, Object value) throws ReflectiveOperationException {
    RecordComponent[] components = ImportOptions.class.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] =
          components[i].getName().equals(name)
              ? value
              : components[i].getAccessor().invoke(ImportOptions.defaults());
    }
    return ImportOptions.class.getDeclaredConstructor(types).newInstance(values);
  }

  /**
   * Every import setting is part of the key: one variant per component of ImportOptions, each
   * changing that component only. A new component fails the test until it has its variant.
   */
  @Test
  void everyImportSettingChangesTheKey() throws Exception {
    Map<String, Object> changed = new LinkedHashMap<>();
    changed.put("encoding", StandardCharsets.ISO_8859_1);
    changed.put("dateFormat", "dd/MM/yyyy");
    changed.put("decimalComma", true);
    changed.put("onError", ErrorPolicy.SKIP);
    changed.put("rejectsDir", Path.of("rejects"));
    changed.put("aliases", Map.of("acme", "Acme Inc"));
    changed.put("files", Map.of(FileKind.TIME, List.of(BOOKS.resolve("time.csv"))));
    changed.put("profiles", ProfileCatalogue.resolve(List.of("kimai-time"), Path.of(".")));
    changed.put("canonicalOnly", true);
    changed.put("client", "Acme");
    Set<String> names = new HashSet<>();
    for (RecordComponent component : ImportOptions.class.getRecordComponents()) {
      names.add(component.getName());
    }
    assertEquals(names, changed.keySet());
    Set<String> keys = new HashSet<>();
    keys.add(ImportCache.settingsText(ImportOptions.defaults(), BOOKS));
    for (Map.Entry<String, Object> one : changed.entrySet()) {
      keys.add(ImportCache.settingsText(with(one.getKey(), one.getValue()), BOOKS));
    }
    assertEquals(changed.size() + 1, keys.size());
  }

  @Test
  void theKeyIsTheSameWhateverTheOrderOfAliases() throws Exception {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "A");
    ab.put("b", "B");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "B");
    ba.put("a", "A");
    assertEquals(
        ImportCache.keyText(with("aliases", ab), BOOKS),
        ImportCache.keyText(with("aliases", ba), BOOKS));
  }

  @Test
  void theKeyStampsEveryFileOfTheFolder() throws IOException {
    String key = ImportCache.keyText(ImportOptions.defaults(), BOOKS);
    assertEquals(6, key.lines().filter(l -> l.startsWith("file ")).count(), key);
  }

  /**
   * The files are stamped on another thread while they are imported: a file written again in
   * between (here, while the import runs) keeps that import out of the cache, so rows read before
   * the change are never kept under a stamp made after it.
   */
  @Test
  void aFileChangedWhileItIsReadKeepsTheImportOutOfTheCache(@TempDir Path dir) throws IOException {
    Path books = Files.createDirectories(dir.resolve("books"));
    try (Stream<Path> files = Files.list(BOOKS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        Files.copy(file, books.resolve(file.getFileName()));
      }
    }
    ImportCache cache = new ImportCache(dir.resolve("cache"));
    ImportOptions options = ImportOptions.defaults();
    Path clients = books.resolve("clients.csv");
    try (ImportCache.Loaded loaded =
        cache.read(
            options,
            books,
            () -> {
              Books read = new BooksImporter(options).read(books);
              try {
                Files.writeString(clients, "\n", StandardOpenOption.APPEND);
                Files.setLastModifiedTime(clients, FileTime.from(Instant.now().plusSeconds(60)));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return read;
            })) {
      assertEquals(
          "not used: first import of these files and settings; a file changed while it was read,"
              + " so the import is not kept",
          loaded.status());
    }
    assertFalse(Files.isDirectory(cache.folder()), "nothing saved");
    try (ImportCache.Loaded again =
        cache.read(options, books, () -> new BooksImporter(options).read(books))) {
      assertEquals(
          "not used: first import of these files and settings; saved for next time",
          again.status());
    }
    try (ImportCache.Loaded used =
        cache.read(options, books, () -> new BooksImporter(options).read(books))) {
      assertEquals("used", used.status());
    }
  }

  @Test
  void theCacheFolderIsTheBooksOwnElseTheUsersCache(@TempDir Path dir) {
    String build = System.clearProperty(ImportCache.FOLDER_PROPERTY);
    try {
      Map<String, String> env = Map.of("XDG_CACHE_HOME", "/xdg", "HOME", "/home/u");
      assertEquals(dir.resolve(".mrrlens/cache"), ImportCache.folderFor(dir, env::get));
      // a books folder that cannot be written to (here: one that does not exist)
      Path none = dir.resolve("read-only");
      assertEquals(Path.of("/xdg/mrrlens"), ImportCache.folderFor(none, env::get));
      Map<String, String> home = Map.of("HOME", "/home/u");
      assertEquals(Path.of("/home/u/.cache/mrrlens"), ImportCache.folderFor(none, home::get));
      Map<String, String> shared = Map.of("MRRLENS_CACHE_DIR", "/shared");
      assertEquals(Path.of("/shared"), ImportCache.folderFor(dir, shared::get));
      System.setProperty(ImportCache.FOLDER_PROPERTY, "/from-property");
      assertEquals(Path.of("/from-property"), ImportCache.folderFor(dir, env::get));
      assertEquals(Path.of("/shared"), ImportCache.folderFor(dir, shared::get));
    } finally {
      if (build == null) {
        System.clearProperty(ImportCache.FOLDER_PROPERTY);
      } else {
        System.setProperty(ImportCache.FOLDER_PROPERTY, build);
      }
    }
  }
}
