package io.mrrlens.cli;

import io.mrrlens.chart.ChartPlan;
import io.mrrlens.engine.Scope;
import io.mrrlens.model.Problem;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of the analysis commands: the window, which rows to show, and the charts. */
final class AnalysisOptions {
  @Option(names = "--from", paramLabel = "YYYY-MM")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM")
  String to;

  @Option(names = "--top", paramLabel = "N")
  Integer top;

  @Option(names = "--client", paramLabel = "NAME")
  List<String> clients;

  @Option(names = "--all")
  boolean all;

  @Option(names = "--charts", paramLabel = "DIR")
  Path charts;

  @Option(names = "--chart-size", paramLabel = "WxH")
  String chartSize = "1200x700";

  /** Checks the options that need no books. */
  void validate() {
    YearMonth first = month("--from", from);
    YearMonth last = month("--to", to);
    if (first != null && last != null && last.isBefore(first)) {
      throw Problem.usage(
          "--to " + last + " is before --from " + first, "give --from on or before --to");
    }
    if (top != null && top < 1) {
      throw Problem.usage("--top " + top + " is not a positive number", "use --top 10");
    }
    chartSize();
  }

  /** The window and the rows, as the engine takes them. */
  Scope scope() {
    return new Scope(month("--from", from), month("--to", to), top, clients, all);
  }

  /** The charts' plan: their size (money axes get the books' currency in the engine). */
  ChartPlan chartPlan() {
    int[] size = chartSize();
    return new ChartPlan(size[0], size[1], null);
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
    throw Problem.usage(
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
      throw Problem.usage(
          option + " \"" + text + "\" is not a month", "write the month as YYYY-MM, e.g. 2026-01");
    }
  }
}
