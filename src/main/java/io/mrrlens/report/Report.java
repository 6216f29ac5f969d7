package io.mrrlens.report;

import io.mrrlens.model.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command reports, independent of the output format: the command, as_of, the window, the
 * settings used, and its parts in order.
 *
 * @param heading one line naming what the report is about, for text outputs
 */
public record Report(
    String command,
    String heading,
    LocalDate asOf,
    Window window,
    List<Fact> settings,
    List<Part> parts) {

  /**
   * This report with money in a named currency: each money column's header ends in the ISO code
   * ({@code billed (EUR)}) and the settings say which currency it is; the same report when {@code
   * currency} is null. Field names (CSV, JSON) stay as they are.
   */
  public Report inCurrency(String currency) {
    if (currency == null) {
      return this;
    }
    List<Fact> facts = new ArrayList<>(settings);
    facts.add(new Fact("currency", "currency", currency, Format.TEXT));
    List<Part> named = new ArrayList<>();
    for (Part part : parts) {
      named.add(part instanceof Part.Table table ? Cells.inCurrency(table, currency) : part);
    }
    return new Report(command, heading, asOf, window, List.copyOf(facts), List.copyOf(named));
  }

  /** The main table (key {@code rows}, else {@code months} for the projection), or null. */
  public Part.Table main() {
    for (String key : new String[] {"rows", "months"}) {
      for (Part part : parts) {
        if (part instanceof Part.Table table && table.key().equals(key)) {
          return table;
        }
      }
    }
    return null;
  }
}
