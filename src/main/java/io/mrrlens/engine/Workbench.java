package io.mrrlens.engine;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.BookTables;
import io.mrrlens.analysis.Period;
import io.mrrlens.config.Config;
import io.mrrlens.model.Books;
import io.mrrlens.model.ClientName;
import io.mrrlens.model.Problem;
import io.mrrlens.model.Spelling;
import io.mrrlens.report.RowChoice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The step every analysis shares: the books read with the settings, their tables, as_of and the
 * window resolved, and the rows to show.
 *
 * @param name the books as the user named them
 * @param read the books as read, whose saving into the import cache {@link #close()} waits for
 * @param latest the books' latest date (empty when they hold none)
 */
record Workbench(
    String name,
    Books imported,
    BookTables tables,
    Period period,
    AnalysisSettings settings,
    RowChoice choice,
    Config config,
    BookReader.Read read,
    Optional<LocalDate> latest)
    implements AutoCloseable {

  /** Reads the books of a source and resolves the scope on them. */
  static Workbench open(
      BooksSource source, Scope scope, Progress progress, UnaryOperator<String> environment) {
    AnalysisSettings settings = AnalysisSettings.from(source.config());
    BookReader.Read read =
        BookReader.read(
            source.withExportClient(scope.singleClient()), progress.importing(), environment);
    try {
      BookTables tables = BookTables.of(read.books(), settings);
      // the latest date reads every row: found once, for as_of and for the notices
      Optional<LocalDate> latest = read.books().latestDate();
      Period period;
      try {
        period =
            Period.resolve(
                source.asOf() != null ? source.asOf() : latest.orElse(null),
                scope.from(),
                scope.to());
      } catch (IllegalArgumentException e) {
        throw Problem.usage(e.getMessage(), "give --from on or before --to");
      }
      return new Workbench(
          source.name(),
          read.books(),
          tables,
          period,
          settings,
          choice(scope, tables, source.config()),
          source.config(),
          read,
          latest);
    } catch (RuntimeException | Error e) {
      try {
        read.close();
      } catch (RuntimeException | Error saving) {
        e.addSuppressed(saving);
      }
      throw e;
    }
  }

  /** The rows to show; each client asked for must be a client of the books. */
  private static RowChoice choice(Scope scope, BookTables tables, Config config) {
    List<String> names = new ArrayList<>();
    Map<String, String> byKey = new HashMap<>();
    tables.clients().forEach(c -> byKey.put(ClientName.keyOf(c), c));
    for (String raw : scope.clients()) {
      String key = ClientName.keyOf(raw);
      String name = config.aliases().getOrDefault(key, raw);
      String client = byKey.get(ClientName.keyOf(name));
      if (client == null) {
        String nearest = Spelling.nearestName(key, byKey.keySet());
        throw Problem.usage(
            "--client \"" + raw + "\": no client of that name in the books",
            nearest == null
                ? "the books name no client"
                : "did you mean \""
                    + byKey.get(nearest)
                    + "\"? (run 'mrrlens check' to list the clients)");
      }
      names.add(client);
    }
    return new RowChoice(scope.top(), List.copyOf(names), scope.all());
  }

  /** Waits for the books being saved into the import cache, if they are. */
  @Override
  public void close() {
    read.close();
  }

  /** What to tell besides an answer over these books and this window (see {@link Notices}). */
  List<Notice> notices() {
    return Notices.of(imported, latest, period.window(), name);
  }
}
