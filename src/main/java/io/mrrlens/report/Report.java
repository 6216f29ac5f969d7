package io.mrrlens.report;

import io.mrrlens.model.Window;
import java.time.LocalDate;
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
