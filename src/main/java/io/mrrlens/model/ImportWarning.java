package io.mrrlens.model;

/**
 * Something worth knowing about the books that does not reject a row: a time entry naming an
 * unknown ticket, a file read as Windows-1252. {@code line} is 0 when the warning is about a whole
 * file.
 */
public record ImportWarning(String file, long line, String code, String message) {

  /** The one-line message, located like a rejection. */
  public String describe() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
