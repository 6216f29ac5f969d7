package io.mrrlens.importing;

import io.mrrlens.model.Problem;

/**
 * A file that cannot be imported at all: no header, a required column missing, a quoted field never
 * closed, dates that could be read two ways, an unreadable file. The message is located (file and,
 * where known, line) and a fix says what to do.
 */
public class ImportException extends Problem {
  private static final long serialVersionUID = 1L;

  public ImportException(String message, String fix) {
    super(Kind.DATA, message, fix);
  }

  public ImportException(String message, String fix, Throwable cause) {
    super(Kind.DATA, message, fix, cause);
  }
}
