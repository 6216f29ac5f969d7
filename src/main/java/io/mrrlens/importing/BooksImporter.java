package io.mrrlens.importing;

import io.mrrlens.model.Agreement;
import io.mrrlens.model.Books;
import io.mrrlens.model.Client;
import io.mrrlens.model.ClientName;
import io.mrrlens.model.ClientRecord;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.ImportWarning;
import io.mrrlens.model.Invoice;
import io.mrrlens.model.Payment;
import io.mrrlens.model.Rejection;
import io.mrrlens.model.Ticket;
import io.mrrlens.model.TimeEntry;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Imports a book: finds its files, reads each kind on its own thread, checks the links between
 * files, resolves client names to one spelling each, and applies the error policy. Every row read
 * is accepted or rejected; nothing is dropped.
 */
public final class BooksImporter {
  private final ImportOptions options;
  private final ImportProgress progress;

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
    Map<FileKind, List<Path>> located = BookLocator.locate(folder, options.files());
    if (located.isEmpty()) {
      throw new ImportException(
          "no books found in "
              + folder
              + ": no tickets, time, invoices, payments, clients or agreements CSV file",
          "point mrrlens at the folder of exported CSV files (docs/formats.md lists their names)");
    }
    Map<FileKind, List<LoadedFile>> loaded;
    progress.started(totalBytes(located));
    try {
      loaded = readAll(folder, located);
    } finally {
      progress.finished();
    }
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
    for (List<LoadedFile> kindFiles : loaded.values()) {
      for (LoadedFile file : kindFiles) {
        files.add(RejectsWriter.write(options.rejectsDir(), file));
      }
    }
    List<ImportWarning> warnings = new ArrayList<>(encodingWarnings(loaded));
    warnings.addAll(LinkChecker.check(loaded));
    Map<String, String> names = resolveNames(loaded);
    return new Books(
        collect(loaded, FileKind.CLIENTS, Client.class, names),
        collect(loaded, FileKind.TICKETS, Ticket.class, names),
        collect(loaded, FileKind.TIME, TimeEntry.class, names),
        collect(loaded, FileKind.INVOICES, Invoice.class, names),
        collectPayments(loaded),
        collect(loaded, FileKind.AGREEMENTS, Agreement.class, names),
        List.copyOf(files),
        List.copyOf(rejections),
        List.copyOf(warnings));
  }

  private static long totalBytes(Map<FileKind, List<Path>> located) {
    long total = 0;
    for (List<Path> paths : located.values()) {
      for (Path path : paths) {
        try {
          total += Files.size(path);
        } catch (IOException e) {
          // the read that follows reports the file; the bar just does not count it
        }
      }
    }
    return total;
  }

  private Map<FileKind, List<LoadedFile>> readAll(Path folder, Map<FileKind, List<Path>> located) {
    List<FileKind> kinds = new ArrayList<>(located.keySet());
    List<Callable<List<LoadedFile>>> tasks = new ArrayList<>();
    kinds.forEach(kind -> tasks.add(() -> readKind(folder, kind, located.get(kind))));
    List<List<LoadedFile>> results = Workers.runAll("import", tasks);
    Map<FileKind, List<LoadedFile>> loaded = new EnumMap<>(FileKind.class);
    for (int i = 0; i < kinds.size(); i++) {
      loaded.put(kinds.get(i), results.get(i));
    }
    return loaded;
  }

  private List<LoadedFile> readKind(Path folder, FileKind kind, List<Path> paths) {
    IdRegistry ids = new IdRegistry();
    List<LoadedFile> loaded = new ArrayList<>();
    for (Path path : paths) {
      CsvSource source =
          CsvSource.read(path, BookLocator.displayName(folder, path), options.encoding());
      RecordMapper<?> mapper =
          switch (kind) {
            case TICKETS -> new TicketMapper();
            case TIME -> new TimeEntryMapper();
            case INVOICES -> new InvoiceMapper();
            case PAYMENTS -> new PaymentMapper();
            case CLIENTS -> new ClientMapper();
            case AGREEMENTS -> new AgreementMapper();
          };
      CsvFileReader.Result<?> result =
          new CsvFileReader<>(source, kind, mapper, options, ids, progress).read();
      loaded.add(new LoadedFile(source.name(), source.charset(), source.invalidUtf8(), result));
    }
    return loaded;
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
   * One spelling per client: the alias target when the spelling is an alias; else the spelling
   * clients.csv uses most, else the one used most across all files, ties to the first in
   * alphabetical order (so row order never changes a name).
   */
  private Map<String, String> resolveNames(Map<FileKind, List<LoadedFile>> loaded) {
    Map<String, Map<String, long[]>> byKey = new HashMap<>();
    loaded.forEach(
        (kind, files) -> {
          int slot = kind == FileKind.CLIENTS ? 0 : 1;
          for (LoadedFile file : files) {
            file.result()
                .spellings()
                .forEach(
                    (spelling, count) ->
                        byKey.computeIfAbsent(ClientName.keyOf(spelling), k -> new HashMap<>())
                                .computeIfAbsent(spelling, s -> new long[2])[slot] +=
                            count);
          }
        });
    Map<String, String> names = new HashMap<>();
    byKey.forEach(
        (key, spellings) -> {
          String chosen = options.aliases().get(key);
          String name = chosen != null ? chosen : mostUsed(spellings);
          spellings.keySet().forEach(spelling -> names.put(spelling, name));
        });
    return names;
  }

  private static String mostUsed(Map<String, long[]> spellings) {
    String best = null;
    long[] most = null;
    for (Map.Entry<String, long[]> entry : spellings.entrySet()) {
      long[] counts = entry.getValue();
      int order = most == null ? 1 : Long.compare(counts[0], most[0]);
      if (order == 0) {
        order = Long.compare(counts[1], most[1]);
      }
      if (order == 0) {
        order = best.compareTo(entry.getKey());
      }
      if (order > 0) {
        best = entry.getKey();
        most = counts;
      }
    }
    return best;
  }

  private static <T extends ClientRecord<T>> List<T> collect(
      Map<FileKind, List<LoadedFile>> loaded,
      FileKind kind,
      Class<T> type,
      Map<String, String> names) {
    List<LoadedFile> files = loaded.getOrDefault(kind, List.of());
    List<T> out = new ArrayList<>(files.stream().mapToInt(f -> f.result().records().size()).sum());
    for (LoadedFile file : files) {
      for (Object record : file.result().records()) {
        T value = type.cast(record);
        String wanted = names.get(value.client());
        out.add(wanted == null || wanted.equals(value.client()) ? value : value.withClient(wanted));
      }
    }
    return List.copyOf(out);
  }

  private static List<Payment> collectPayments(Map<FileKind, List<LoadedFile>> loaded) {
    List<Payment> out = new ArrayList<>();
    for (LoadedFile file : loaded.getOrDefault(FileKind.PAYMENTS, List.of())) {
      for (Object record : file.result().records()) {
        out.add((Payment) record);
      }
    }
    return List.copyOf(out);
  }
}
