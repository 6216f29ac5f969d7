package io.mrrlens.importing;

import io.mrrlens.model.Agreement;
import io.mrrlens.model.Books;
import io.mrrlens.model.Client;
import io.mrrlens.model.ClientName;
import io.mrrlens.model.ClientRecord;
import io.mrrlens.model.ClientSpellings;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.FileLayout;
import io.mrrlens.model.ImportWarning;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Rejection;
import io.mrrlens.model.Ticket;
import io.mrrlens.model.Tickets;
import io.mrrlens.model.TimeEntries;
import io.mrrlens.model.TimeEntry;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Imports a book: finds its files, reads each kind on its own thread, checks the links between
 * files, resolves client names to one spelling each, and applies the error policy. Every row read
 * is accepted or rejected; nothing is dropped.
 */
public final class BooksImporter {
  private final ImportOptions options;
  private final ImportProgress progress;

  /** The size of every file being imported: a file of more than half of it is read in parts. */
  private long bookBytes;

  public BooksImporter(ImportOptions options) {
    this(options, ImportProgress.NONE);
  }

  /** An importer that reports how far it has got, e.g. to a progress bar. */
  public BooksImporter(ImportOptions options, ImportProgress progress) {
    this.options = options;
    this.progress = progress;
  }

  /**
   * One file as read: its name, encoding, where it stopped being UTF-8 (or null), and what came of
   * it. The file's text is not kept.
   */
  record LoadedFile(
      String name, Charset charset, String invalidUtf8, CsvFileReader.Result<?> result) {}

  /**
   * Imports the book in {@code folder}.
   *
   * @throws ImportException when a file cannot be imported at all
   * @throws RejectedRowsException when rows were rejected under the {@code fail} policy
   * @throws java.io.UncheckedIOException when a file cannot be read or a rejects file written
   */
  public Books read(Path folder) {
    List<ImportWarning> warnings = new ArrayList<>();
    Map<FileKind, List<LoadedFile>> loaded = load(folder, warnings);
    List<Rejection> rejections = new ArrayList<>();
    long rejectedRows = 0;
    for (List<LoadedFile> files : loaded.values()) {
      for (LoadedFile file : files) {
        rejections.addAll(file.result().rejections());
        rejectedRows += file.result().summary().rowsRejected();
      }
    }
    if (!rejections.isEmpty() && options.onError() == ErrorPolicy.FAIL) {
      throw new RejectedRowsException(rejections, rejectedRows);
    }
    List<FileImport> files = new ArrayList<>();
    Set<String> rejectsNames = new HashSet<>();
    for (List<LoadedFile> kindFiles : loaded.values()) {
      for (LoadedFile file : kindFiles) {
        files.add(RejectsWriter.write(options.rejectsDir(), file, rejectsNames));
      }
    }
    warnings.addAll(encodingWarnings(loaded));
    warnings.addAll(layoutWarnings(files));
    warnings.addAll(precisionWarnings(files));
    warnings.addAll(LinkChecker.check(loaded));
    Map<String, String> names = resolveNames(loaded);
    List<Invoice> invoices = collect(loaded, FileKind.INVOICES, Invoice.class, names);
    PaymentApplication.Result payments =
        PaymentApplication.apply(invoices, collectPayments(loaded, names), paymentsFile(loaded));
    warnings.addAll(payments.warnings());
    return new Books(
        collect(loaded, FileKind.CLIENTS, Client.class, names),
        collect(loaded, FileKind.TICKETS, Ticket.class, names),
        collect(loaded, FileKind.TIME, TimeEntry.class, names),
        invoices,
        payments.payments(),
        collect(loaded, FileKind.AGREEMENTS, Agreement.class, names),
        List.copyOf(files),
        List.copyOf(rejections),
        List.copyOf(warnings));
  }

  /**
   * What each file of a book is, as read: its kind, profile, encoding, delimiter and date pattern,
   * and its row counts. Bad rows neither fail the survey nor are written anywhere.
   *
   * @throws ImportException when a file cannot be imported at all
   */
  public List<FileImport> survey(Path folder) {
    List<FileImport> files = new ArrayList<>();
    load(folder, new ArrayList<>())
        .values()
        .forEach(kindFiles -> kindFiles.forEach(file -> files.add(file.result().summary())));
    return List.copyOf(files);
  }

  private Map<FileKind, List<LoadedFile>> load(Path folder, List<ImportWarning> warnings) {
    List<String> unrecognised = new ArrayList<>();
    Map<FileKind, List<LocatedFile>> located = locate(folder, warnings, unrecognised);
    if (located.isEmpty() && !unrecognised.isEmpty()) {
      throw new ImportException(
          "no books found in "
              + folder
              + ": "
              + unrecognised.size()
              + (unrecognised.size() == 1 ? " CSV file was" : " CSV files were")
              + " found but not recognised: "
              + String.join("; ", unrecognised),
          "export the files in a layout docs/importing.md lists, name your own files as"
              + " docs/formats.md says, or read them with your own mapping (--profile FILE)");
    }
    if (located.isEmpty()) {
      throw new ImportException(
          "no books found in "
              + folder
              + ": no tickets, time, invoices, payments, clients or agreements CSV file",
          "point mrrlens at the folder of exported CSV files (docs/formats.md lists their names)");
    }
    progress.started(totalBytes(located));
    try {
      bookBytes = totalBytes(located);
      Map<FileKind, List<LoadedFile>> loaded = readAll(located);
      confirmFileNameClients(loaded);
      return loaded;
    } finally {
      progress.finished();
    }
  }

  /**
   * A file to import: its source, the profile that reads it (null for the canonical layout), and
   * for messages the profiles considered when none fitted.
   */
  record LocatedFile(CsvSource source, Profile profile, String considered) {}

  /**
   * Finds the book's files and the layout of each. Explicit files keep their kind; a folder's CSV
   * files take the kind of the profile their header fits, else of their name ({@code time*.csv})
   * when the header has at least half of that kind's required canonical columns; any other file is
   * left out with a warning naming the nearest profiles, and listed in {@code unrecognised}.
   */
  private Map<FileKind, List<LocatedFile>> locate(
      Path folder, List<ImportWarning> warnings, List<String> unrecognised) {
    Map<FileKind, List<LocatedFile>> found = new EnumMap<>(FileKind.class);
    Set<CsvSource> shared = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Profile> candidates = candidates();
    for (Map.Entry<FileKind, List<Path>> entry : options.files().entrySet()) {
      for (Path path : entry.getValue()) {
        LocatedFile file = place(folder, path, entry.getKey(), candidates);
        found.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(file);
      }
    }
    if (options.files().size() < FileKind.values().length) {
      List<Path> paths = BookLocator.csvFiles(folder);
      List<LocatedFile> placed = placeAll(folder, paths, candidates);
      for (int i = 0; i < paths.size(); i++) {
        Path path = paths.get(i);
        LocatedFile file = placed.get(i);
        FileKind kind = file.profile() != null ? file.profile().kind() : kindByName(path);
        if (kind == null || (file.profile() == null && !looksCanonical(file.source(), kind))) {
          String nearest =
              ProfileCatalogue.considered(ProfileCatalogue.sniff(file.source()), candidates, kind);
          String why =
              kind == null
                  ? "its header fits no import profile and its name no canonical file"
                      + " (tickets*.csv, time*.csv, ...)"
                  : "it is named like a canonical "
                      + kind.prefix()
                      + " file but its header has too few of its columns ("
                      + String.join(", ", requiredColumns(kind))
                      + "), and it fits no import profile";
          warnings.add(
              new ImportWarning(
                  file.source().name(),
                  0,
                  "layout",
                  CsvSource.isJson(path) && file.source().isBlank()
                      ? "was not read: it holds no records (an empty list)"
                      : "was not read: "
                          + why
                          + "; nearest: "
                          + nearest
                          + "; to read it, export it in a layout docs/importing.md lists or give"
                          + " it with --profile and your own mapping"));
          if (!(CsvSource.isJson(path) && file.source().isBlank())) {
            unrecognised.add(file.source().name() + " (nearest: " + nearest + ")");
          }
        } else {
          if (!options.files().containsKey(kind)) {
            found.computeIfAbsent(kind, k -> new ArrayList<>()).add(file);
          }
          readAlsoAs(folder, file, candidates, found, shared, warnings);
        }
      }
    }
    SharedFiles.settle(found, shared, warnings);
    return found;
  }

  /**
   * A file whose profile shares it with a profile of another kind (an export of invoices and
   * payments) is read by that profile too, unless its kind is given explicitly.
   */
  private void readAlsoAs(
      Path folder,
      LocatedFile file,
      List<Profile> candidates,
      Map<FileKind, List<LocatedFile>> found,
      Set<CsvSource> shared,
      List<ImportWarning> warnings) {
    if (file.profile() == null || candidates.stream().noneMatch(file.profile()::sharesFileWith)) {
      return; // the common case: no second profile, so the file's top is not read again
    }
    ProfileCatalogue.Sniff sniff = ProfileCatalogue.sniff(file.source());
    for (Profile second : SharedFiles.companions(file.profile(), sniff, candidates)) {
      shared.add(file.source());
      List<Path> given = options.files().get(second.kind());
      if (given != null) {
        warnings.add(
            SharedFiles.leftOut(
                file.source().name(),
                second,
                second.kind(),
                given.stream()
                    .map(p -> BookLocator.displayName(folder, p))
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("--" + second.kind().prefix())));
      } else {
        found
            .computeIfAbsent(second.kind(), k -> new ArrayList<>())
            .add(new LocatedFile(file.source(), second, null));
      }
    }
  }

  private List<Profile> candidates() {
    if (options.canonicalOnly()) {
      return List.of();
    }
    return options.profiles().isEmpty() ? ProfileCatalogue.builtIn() : options.profiles();
  }

  /**
   * The folder's files placed on the machine's cores (each file's bytes checked and its header
   * sniffed on its own), in the folder's order; the first file's failure, in that order, is thrown.
   */
  private List<LocatedFile> placeAll(Path folder, List<Path> paths, List<Profile> candidates) {
    List<Callable<LocatedFile>> tasks = new ArrayList<>();
    paths.forEach(path -> tasks.add(() -> place(folder, path, null, candidates)));
    return Workers.runAll("locate", tasks);
  }

  private LocatedFile place(Path folder, Path path, FileKind kind, List<Profile> candidates) {
    CsvSource source =
        CsvSource.read(path, BookLocator.displayName(folder, path), options.encoding());
    if (candidates.isEmpty() || source.isBlank()) {
      return new LocatedFile(source, null, null);
    }
    FileKind wanted = kind != null ? kind : kindByName(path);
    List<Profile> fitting =
        kind == null ? candidates : candidates.stream().filter(p -> p.kind() == kind).toList();
    ProfileCatalogue.Sniff sniff = ProfileCatalogue.sniff(source);
    Profile profile = ProfileCatalogue.detect(sniff, fitting);
    if (profile == null && !options.profiles().isEmpty() && wanted != null) {
      // a forced profile of the file's kind reads it even when its header does not fit,
      // so that the error names the columns the profile misses
      profile =
          options.profiles().stream().filter(p -> p.kind() == wanted).findFirst().orElse(null);
    }
    String considered =
        profile != null || wanted == null
            ? null
            : ProfileCatalogue.considered(sniff, candidates, wanted);
    return new LocatedFile(source, profile, considered);
  }

  /** The required columns of a kind's canonical layout. */
  private static List<String> requiredColumns(FileKind kind) {
    return RecordMapper.of(kind).fields().stream()
        .filter(Field::required)
        .map(Field::name)
        .toList();
  }

  /**
   * True when a file's first row has at least half of its kind's required canonical columns: a
   * canonical file, perhaps with a mistake the read will name, rather than another system's file
   * that happens to share its name (Invoice Ninja's clients.csv).
   */
  private static boolean looksCanonical(CsvSource source, FileKind kind) {
    if (source.isBlank()) {
      return true;
    }
    ProfileCatalogue.Sniff sniff = ProfileCatalogue.sniff(source);
    if (sniff.rows().isEmpty()) {
      return true;
    }
    List<String> required = requiredColumns(kind);
    long present = required.stream().filter(sniff.rows().get(0)::contains).count();
    return present * 2 >= required.size();
  }

  private static FileKind kindByName(Path path) {
    String name = path.getFileName().toString();
    for (FileKind kind : FileKind.values()) {
      if (kind.matches(name)) {
        return kind;
      }
    }
    return null;
  }

  private static long totalBytes(Map<FileKind, List<LocatedFile>> located) {
    long total = 0;
    for (List<LocatedFile> files : located.values()) {
      for (LocatedFile file : files) {
        total += file.source().size();
      }
    }
    return total;
  }

  private Map<FileKind, List<LoadedFile>> readAll(Map<FileKind, List<LocatedFile>> located) {
    Map<FileKind, List<LoadedFile>> loaded = new EnumMap<>(FileKind.class);
    Lookups lookups = new Lookups(Companies.of(located), Map.of());
    if (needsTickets(located) && located.containsKey(FileKind.TICKETS)) {
      List<LoadedFile> tickets = readKind(FileKind.TICKETS, located.get(FileKind.TICKETS), lookups);
      loaded.put(FileKind.TICKETS, tickets);
      lookups = new Lookups(lookups.companies(), ticketClients(tickets));
    }
    Lookups shared = lookups;
    List<FileKind> kinds = new ArrayList<>(located.keySet());
    kinds.removeAll(loaded.keySet());
    List<Callable<List<LoadedFile>>> tasks = new ArrayList<>();
    kinds.forEach(kind -> tasks.add(() -> readKind(kind, located.get(kind), shared)));
    List<List<LoadedFile>> results = Workers.runAll("import", tasks);
    for (int i = 0; i < kinds.size(); i++) {
      loaded.put(kinds.get(i), results.get(i));
    }
    return loaded;
  }

  private static boolean needsTickets(Map<FileKind, List<LocatedFile>> located) {
    for (List<LocatedFile> files : located.values()) {
      for (LocatedFile file : files) {
        if (file.profile() != null && file.profile().uses("tickets")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Map<String, String> ticketClients(List<LoadedFile> tickets) {
    Map<String, String> clients = new HashMap<>();
    for (LoadedFile file : tickets) {
      for (Object record : file.result().records()) {
        Ticket ticket = (Ticket) record;
        clients.putIfAbsent(ticket.id(), ticket.client());
      }
    }
    return clients;
  }

  private List<LoadedFile> readKind(FileKind kind, List<LocatedFile> files, Lookups lookups) {
    IdRegistry ids = new IdRegistry();
    List<LoadedFile> loaded = new ArrayList<>();
    for (LocatedFile file : files) {
      CsvSource source = file.source();
      CsvFileReader.Result<?> result =
          new CsvFileReader<>(
                  source,
                  kind,
                  RecordMapper.of(kind),
                  options,
                  ids,
                  progress,
                  file.profile(),
                  lookups,
                  file.considered())
              .inParts(source.size() * 4 > bookBytes * 3)
              .read();
      loaded.add(new LoadedFile(source.name(), source.charset(), source.invalidUtf8(), result));
    }
    return loaded;
  }

  private static List<ImportWarning> layoutWarnings(List<FileImport> files) {
    List<ImportWarning> warnings = new ArrayList<>();
    for (FileImport file : files) {
      if (file.layout().extraValues() > 0) {
        warnings.add(
            new ImportWarning(
                file.file(),
                0,
                "layout",
                file.layout().extraValues()
                    + " rows have values past the header's last column; the "
                    + file.layout().profile()
                    + " layout does not read them"));
      }
      if (file.layout().clientFromFileName() != null) {
        warnings.add(
            new ImportWarning(
                file.file(),
                0,
                "client-from-file-name",
                "has no client column (a per-client export): its rows are taken as client \""
                    + file.layout().clientFromFileName()
                    + "\" from the file's name; --client NAME names another"));
      }
      if (file.layout().unresolvedIds() > 0) {
        warnings.add(
            new ImportWarning(
                file.file(),
                0,
                "layout",
                file.layout().unresolvedIds()
                    + " company IDs are not in a companies export, so the IDs stand as client"
                    + " names; add the companies export (id, companyName) or aliases in"
                    + " mrrlens.yaml"));
      }
    }
    return warnings;
  }

  /** One warning per file whose values had more decimals than mrrlens keeps. */
  private static List<ImportWarning> precisionWarnings(List<FileImport> files) {
    List<ImportWarning> warnings = new ArrayList<>();
    for (FileImport file : files) {
      long rounded = file.numbers().rounded();
      if (rounded > 0) {
        warnings.add(
            new ImportWarning(
                file.file(),
                0,
                "precision",
                rounded
                    + (rounded == 1 ? " value had" : " values had")
                    + " more decimals than mrrlens keeps (money 4, hours 6) and "
                    + (rounded == 1 ? "was" : "were")
                    + " rounded half-up, the first at "
                    + file.numbers().firstRounded()));
      }
    }
    return warnings;
  }

  private static List<ImportWarning> encodingWarnings(Map<FileKind, List<LoadedFile>> loaded) {
    List<ImportWarning> warnings = new ArrayList<>();
    for (List<LoadedFile> files : loaded.values()) {
      for (LoadedFile file : files) {
        String where = file.invalidUtf8();
        if (where != null) {
          warnings.add(
              new ImportWarning(
                  file.name(),
                  0,
                  "encoding",
                  "is not valid UTF-8 (from "
                      + where
                      + "); it was read as Windows-1252 (set --encoding to choose)"));
        }
      }
    }
    return warnings;
  }

  /**
   * One spelling per client: the alias target when the spelling is an alias, else the name {@link
   * ClientSpellings} chooses.
   */
  private Map<String, String> resolveNames(Map<FileKind, List<LoadedFile>> loaded) {
    ClientSpellings spellings = new ClientSpellings();
    loaded.forEach(
        (kind, files) -> {
          for (LoadedFile file : files) {
            file.result()
                .spellings()
                .forEach(
                    (spelling, count) ->
                        spellings.count(spelling, kind == FileKind.CLIENTS, count));
          }
        });
    Map<String, String> names = new HashMap<>();
    for (String key : spellings.keys()) {
      String chosen = options.aliases().get(key);
      String name = chosen != null ? chosen : spellings.name(key);
      spellings.spellings(key).forEach(spelling -> names.put(spelling, name));
    }
    fileNameClients(loaded, names);
    return names;
  }

  /**
   * The client spellings of the files whose clients do not come from their names, by their ASCII
   * letters and digits (the smallest spelling when several share them).
   */
  private static Map<String, String> clientsByLetters(Map<FileKind, List<LoadedFile>> loaded) {
    Map<String, String> byLetters = new HashMap<>();
    loaded.values().stream()
        .flatMap(List::stream)
        .filter(file -> file.result().summary().layout().clientFromFileName() == null)
        .forEach(
            file ->
                file.result()
                    .spellings()
                    .keySet()
                    .forEach(
                        spelling ->
                            byLetters.merge(
                                letters(spelling),
                                spelling,
                                (a, b) -> a.compareTo(b) <= 0 ? a : b)));
    return byLetters;
  }

  /**
   * A sanitised file name ({@code Acme-Corp-Tickets-2026-09-30-10-11-12.csv}) is given to an export
   * of all clients too, after the MSP's own company: its client stands only when another file of
   * the book names a client with the same letters.
   *
   * @throws ImportException when no other file names it
   */
  private static void confirmFileNameClients(Map<FileKind, List<LoadedFile>> loaded) {
    Map<String, String> byLetters = null;
    for (List<LoadedFile> files : loaded.values()) {
      for (LoadedFile file : files) {
        FileLayout layout = file.result().summary().layout();
        if (!layout.clientNameSanitised()) {
          continue;
        }
        if (byLetters == null) {
          byLetters = clientsByLetters(loaded);
        }
        if (!byLetters.containsKey(letters(layout.clientFromFileName()))) {
          throw new ImportException(
              file.name()
                  + ": has no client column, and its name begins with \""
                  + layout.clientFromFileName()
                  + "\", which no other file of the book names as a client (the "
                  + layout.description()
                  + " of all clients is named after your own company the same way)",
              "export the file with its Client column, or give the client with --client NAME");
        }
      }
    }
  }

  /**
   * A client taken from a file name lost its punctuation there ({@code Acme-Corp-Inc} for {@code
   * Acme Corp, Inc.}): it takes the name another file writes with the same letters and digits.
   */
  private static void fileNameClients(
      Map<FileKind, List<LoadedFile>> loaded, Map<String, String> names) {
    Map<String, String> byLetters = clientsByLetters(loaded);
    loaded.values().stream()
        .flatMap(List::stream)
        .map(file -> file.result().summary().layout().clientFromFileName())
        .filter(fromName -> fromName != null)
        .map(ClientName::normalize)
        .forEach(
            fromName -> {
              String other = byLetters.get(letters(fromName));
              if (other != null && names.containsKey(other)) {
                names.put(fromName, names.get(other));
              }
            });
  }

  /** The ASCII letters and digits of a name, lower case: what a sanitised file name keeps. */
  private static String letters(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (char c : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static <T extends ClientRecord<T>> List<T> collect(
      Map<FileKind, List<LoadedFile>> loaded,
      FileKind kind,
      Class<T> type,
      Map<String, String> names) {
    List<LoadedFile> files = loaded.getOrDefault(kind, List.of());
    if (files.size() == 1) {
      // one file's columns keep their rows; only the clients' dictionary is renamed
      List<?> records = files.get(0).result().records();
      if (records instanceof TimeEntries entries) {
        return castList(entries.withClients(names));
      }
      if (records instanceof Tickets tickets) {
        return castList(tickets.withClients(names));
      }
    }
    List<T> out =
        kind == FileKind.TIME
            ? castList(new TimeEntries())
            : kind == FileKind.TICKETS
                ? castList(new Tickets())
                : new ArrayList<>(files.stream().mapToInt(f -> f.result().records().size()).sum());
    for (LoadedFile file : files) {
      for (Object record : file.result().records()) {
        T value = type.cast(record);
        String wanted = names.get(value.client());
        out.add(wanted == null || wanted.equals(value.client()) ? value : value.withClient(wanted));
      }
    }
    return out instanceof ArrayList<T> ? List.copyOf(out) : out;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> castList(List<?> list) {
    return (List<T>) list;
  }

  private static List<Payment> collectPayments(
      Map<FileKind, List<LoadedFile>> loaded, Map<String, String> names) {
    List<Payment> out = new ArrayList<>();
    for (LoadedFile file : loaded.getOrDefault(FileKind.PAYMENTS, List.of())) {
      for (Object record : file.result().records()) {
        Payment payment = (Payment) record;
        String wanted = payment.client() == null ? null : names.get(payment.client());
        out.add(
            wanted == null || wanted.equals(payment.client())
                ? payment
                : new Payment(payment.invoiceId(), payment.date(), payment.amount(), wanted));
      }
    }
    return out;
  }

  private static String paymentsFile(Map<FileKind, List<LoadedFile>> loaded) {
    List<LoadedFile> files = loaded.getOrDefault(FileKind.PAYMENTS, List.of());
    return files.isEmpty() ? "payments" : files.get(0).name();
  }
}
