package io.mrrlens.analysis;

import io.mrrlens.model.Books;
import io.mrrlens.model.ClientRecord;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.ImportWarning;
import io.mrrlens.model.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code check} reports about a book beyond the per-file counts: its dates, as_of and default
 * window, its clients, the client names found in some files but not others (with the aliases that
 * would join likely misspellings) and the warnings by kind.
 *
 * @param asOf the {@code --as-of} date, else the latest date in the books; null when none
 * @param window the default analysis window at {@code asOf}; null when there is no date
 * @param clientsByKind for each kind of file that names clients, how many distinct clients
 * @param mismatches clients missing from some of the files that name clients, by name
 * @param warningCounts warnings by code (e.g. {@code unknown-ticket})
 */
public record BookCheck(
    LocalDate earliest,
    LocalDate latest,
    LocalDate asOf,
    Window window,
    int clients,
    Map<FileKind, Integer> clientsByKind,
    List<NameMismatch> mismatches,
    List<AliasSuggestion> aliasSuggestions,
    Map<String, Long> warningCounts) {

  /** A client absent from some files that name clients. */
  public record NameMismatch(String client, Set<FileKind> presentIn, Set<FileKind> missingFrom) {}

  /** Spellings that are probably one client: the name to keep and the others. */
  public record AliasSuggestion(String client, List<String> spellings) {}

  /**
   * Checks a book.
   *
   * @param asOf the date given with {@code --as-of}, or null for the latest date in the books
   */
  public static BookCheck of(Books books, LocalDate asOf) {
    LocalDate earliest = books.earliestDate().orElse(null);
    LocalDate latest = books.latestDate().orElse(null);
    LocalDate effective = asOf != null ? asOf : latest;
    Window window = effective == null ? null : Window.endingBefore(effective);
    Map<FileKind, Set<String>> byKind = new EnumMap<>(FileKind.class);
    addNames(byKind, FileKind.CLIENTS, books.clients());
    addNames(byKind, FileKind.TICKETS, books.tickets());
    addNames(byKind, FileKind.TIME, books.timeEntries());
    addNames(byKind, FileKind.INVOICES, books.invoices());
    addNames(byKind, FileKind.AGREEMENTS, books.agreements());
    Set<String> all = new TreeSet<>();
    Map<FileKind, Integer> counts = new EnumMap<>(FileKind.class);
    byKind.forEach(
        (kind, names) -> {
          all.addAll(names);
          counts.put(kind, names.size());
        });
    List<NameMismatch> mismatches = mismatches(all, byKind);
    Map<String, Long> warningCounts = new TreeMap<>();
    for (ImportWarning warning : books.warnings()) {
      warningCounts.merge(warning.code(), 1L, Long::sum);
    }
    return new BookCheck(
        earliest,
        latest,
        effective,
        window,
        all.size(),
        counts,
        mismatches,
        NameSimilarity.suggest(mismatches, byKind),
        warningCounts);
  }

  private static void addNames(
      Map<FileKind, Set<String>> byKind,
      FileKind kind,
      Collection<? extends ClientRecord<?>> records) {
    if (records.isEmpty()) {
      return;
    }
    Set<String> names = new HashSet<>();
    for (ClientRecord<?> record : records) {
      names.add(record.client());
    }
    byKind.put(kind, new TreeSet<>(names));
  }

  /**
   * Clients missing from some files. Agreements are left out of the comparison: most clients have
   * none, so their absence there says nothing about a name.
   */
  private static List<NameMismatch> mismatches(Set<String> all, Map<FileKind, Set<String>> byKind) {
    Map<FileKind, Set<String>> compared = new LinkedHashMap<>(byKind);
    compared.remove(FileKind.AGREEMENTS);
    List<NameMismatch> out = new ArrayList<>();
    for (String client : all) {
      Set<FileKind> present = EnumSet.noneOf(FileKind.class);
      Set<FileKind> missing = EnumSet.noneOf(FileKind.class);
      compared.forEach((kind, names) -> (names.contains(client) ? present : missing).add(kind));
      if (!missing.isEmpty()) {
        out.add(new NameMismatch(client, present, missing));
      }
    }
    return out;
  }
}
