package io.mrrlens.importing;

/**
 * A file that cannot be imported at all: no header, a required column missing, a quoted field never
 * closed, dates that could be read two ways, an unreadable file. The message is located (file and,
 * where known, line) and a fix says what to do.
 */
public class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String fix;

  public ImportException(String message, String fix) {
    super(message);
    this.fix = fix;
  }

  public ImportException(String message, String fix, Throwable cause) {
    super(message, cause);
    this.fix = fix;
  }

  /** What the user can do about it, or null. */
  public String fix() {
    return fix;
  }
}
