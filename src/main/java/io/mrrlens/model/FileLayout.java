package io.mrrlens.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How a file's layout was read: the import profile used, the rows left out because they hold no
 * data (totals, headings, drafts; counted by reason), and how line-level rows were grouped.
 *
 * @param profile the profile's name, {@code canonical} for the layout of docs/formats.md
 * @param system the system that writes the layout, e.g. {@code ConnectWise PSA}; null for the
 *     canonical layout
 * @param description the system and file the profile reads, e.g. {@code ConnectWise PSA time
 *     entries}
 * @param language the language of the file's header when not the profile's own English, e.g. {@code
 *     de}; else null
 * @param preambleLines lines before the header row (report titles, dates)
 * @param skipped rows left out, by reason
 * @param skippedAmounts the amounts (invoices, payments) or hours (time) of the rows left out, by
 *     reason, where they had any: internal time is left out but its hours are shown
 * @param records the records the rows were grouped into, or -1 when each row is one record
 * @param extraValues rows with values past the header's width that no column reads
 * @param unresolvedIds company IDs no companies file named; they stand as client names
 * @param clientFromFileName the client a per-client export's file name gave its rows, or null
 * @param clientNameSanitised true when that name was sanitised by the exporter (dashes for spaces),
 *     so another file of the book must name the client for it to stand
 */
public record FileLayout(
    String profile,
    String system,
    String description,
    String language,
    long preambleLines,
    Map<String, Long> skipped,
    Map<String, BigDecimal> skippedAmounts,
    long records,
    long extraValues,
    long unresolvedIds,
    String clientFromFileName,
    boolean clientNameSanitised) {

  /** The canonical layout. */
  public static final FileLayout CANONICAL =
      new FileLayout(
          "canonical",
          null,
          "canonical layout",
          null,
          0,
          Map.of(),
          Map.of(),
          -1,
          0,
          0,
          null,
          false);

  /** The rows left out in all. */
  public long rowsSkipped() {
    long total = 0;
    for (long count : skipped.values()) {
      total += count;
    }
    return total;
  }
}
