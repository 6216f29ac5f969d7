package io.mrrlens.cli;

import io.mrrlens.analysis.BookTables;
import io.mrrlens.analysis.Period;
import io.mrrlens.config.Config;
import io.mrrlens.model.Books;
import io.mrrlens.model.ClientName;
import io.mrrlens.model.Spelling;
import io.mrrlens.report.RowChoice;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options of the analysis commands: the window, which rows to show, and the charts. */
final class AnalysisOptions {
  static final int DEFAULT_CHART_TOP = 15;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM",
      description = "The first month of the window (default: 12 months before --to).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM",
      description = "The last month of the window (default: the last complete month at as_of).")
  String to;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Show only the first N rows (the totals stay those of every client).")
  Integer top;

  @Option(
      names = "--client",
      paramLabel = "NAME",
      description =
          "Show only this client (repeatable; case and spacing are ignored, aliases apply).")
  List<String> clients;

  @Option(
      names = "--all",
      description = "Also list clients with nothing in the window (segment inactive).")
  boolean all;

  @Option(
      names = "--charts",
      paramLabel = "DIR",
      description = "Write the command's charts to DIR as PNG and SVG.")
  Path charts;

  @Option(
      names = "--chart-size",
      paramLabel = "WxH",
      description = "The charts' size in pixels (default: 1200x700).")
  String chartSize = "1200x700";

  /** Checks the options that need no books. */
  void validate() {
    YearMonth first = month("--from", from);
    YearMonth last = month("--to", to);
    if (first != null && last != null && last.isBefore(first)) {
      throw new UsageException(
          "--to " + last + " is before --from " + first, "give --from on or before --to");
    }
    if (top != null && top < 1) {
      throw new UsageException("--top " + top + " is not a positive number", "use --top 10");
    }
    chartSize();
  }

  /** as_of and the window. */
  Period period(Books books, LocalDate asOf) {
    try {
      return Period.resolve(books, asOf, month("--from", from), month("--to", to));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), "give --from on or before --to");
    }
  }

  /**
   * The one {@code --client} given, which also names the client of a per-client export that has no
   * client column; null when none or several were given.
   */
  String singleClient() {
    return clients != null && clients.size() == 1 ? clients.get(0).strip() : null;
  }

  /** The rows to show; each --client must name a client of the books. */
  RowChoice choice(BookTables tables, Config config) {
    List<String> names = new ArrayList<>();
    if (clients != null) {
      Map<String, String> byKey = new HashMap<>();
      tables.clients().forEach(c -> byKey.put(ClientName.keyOf(c), c));
      for (String raw : clients) {
        String key = ClientName.keyOf(raw);
        String name = config.aliases().getOrDefault(key, raw);
        String client = byKey.get(ClientName.keyOf(name));
        if (client == null) {
          String nearest = Spelling.nearestName(key, byKey.keySet());
          throw new UsageException(
              "--client \"" + raw + "\": no client of that name in the books",
              nearest == null
                  ? "the books name no client"
                  : "did you mean \""
                      + byKey.get(nearest)
                      + "\"? (run 'mrrlens check' to list"
                      + " the clients)");
        }
        names.add(client);
      }
    }
    return new RowChoice(top, List.copyOf(names), all);
  }

  /** How many clients a chart shows: --top, else 15. */
  int chartTop() {
    return top != null ? top : DEFAULT_CHART_TOP;
  }

  /** The chart size as {width, height}. */
  int[] chartSize() {
    String[] parts = chartSize.strip().toLowerCase(java.util.Locale.ROOT).split("x");
    try {
      if (parts.length == 2) {
        int width = Integer.parseInt(parts[0]);
        int height = Integer.parseInt(parts[1]);
        if (width >= 200 && height >= 150 && width <= 10000 && height <= 10000) {
          return new int[] {width, height};
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        "--chart-size \"" + chartSize + "\" is not a size",
        "write WIDTHxHEIGHT in pixels, from 200x150 to 10000x10000, e.g. 1200x700");
  }

  /** A month option's value, or null when not given. */
  static YearMonth month(String option, String text) {
    if (text == null) {
      return null;
    }
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException(
          option + " \"" + text + "\" is not a month", "write the month as YYYY-MM, e.g. 2026-01");
    }
  }
}
