package io.mrrlens.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What importing one file found: how it was read and how many rows were read, accepted and
 * rejected. For files with an amount column (invoices, payments) and time files (hours), the sums
 * read, accepted and rejected; a value that does not parse cannot be summed and is counted in
 * {@code unreadableAmounts} instead.
 *
 * @param rejectsFile where the rejected rows were written, or null
 * @param layout the profile the file was read with, and the rows it left out as not data
 * @param numbers the file's decimal mark, duration forms and rounded values
 */
public record FileImport(
    String file,
    FileKind kind,
    String encoding,
    char delimiter,
    String dateFormat,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected,
    String amountColumn,
    BigDecimal amountRead,
    BigDecimal amountAccepted,
    BigDecimal amountRejected,
    long unreadableAmounts,
    List<String> unknownColumns,
    String rejectsFile,
    FileLayout layout,
    FileNumbers numbers) {

  /** The delimiter as a word: comma, semicolon or tab. */
  public String delimiterName() {
    return switch (delimiter) {
      case ',' -> "comma";
      case ';' -> "semicolon";
      case '\t' -> "tab";
      default -> String.valueOf(delimiter);
    };
  }
}
