package io.mrrlens.report;

import io.mrrlens.model.Window;
import java.time.LocalDate;

/**
 * What a document's first page shows.
 *
 * @param company the MSP's name, or null
 * @param author who prepared the document, or null
 * @param logo the MSP's logo, or null
 * @param books the books folder's own name (never a local path, e.g. {@code msp-book}), or null
 * @param asOf the date reported at, or null when the document reads no books
 * @param window the months analysed, or null
 */
public record Cover(
    String title,
    String company,
    String author,
    Logo logo,
    String books,
    LocalDate asOf,
    Window window) {

  /** An image file's bytes and its media type: image/png, image/jpeg or image/svg+xml. */
  public record Logo(String mediaType, byte[] bytes) {}

  /**
   * as_of and the window in words, e.g. "as of 2026-10-31, window 2025-11 to 2026-10 (12 months)";
   * null when the document has no as_of.
   */
  public String period() {
    if (asOf == null) {
      return null;
    }
    if (window == null) {
      return "as of " + asOf;
    }
    return "as of "
        + asOf
        + ", window "
        + window.from()
        + " to "
        + window.to()
        + " ("
        + window.months()
        + (window.months() == 1 ? " month)" : " months)");
  }
}
