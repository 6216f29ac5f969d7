package io.mrrlens.importing;

/**
 * Thrown when a file meets its first non-ISO date and no pattern is set: the file's dates are then
 * sniffed and the file read again.
 */
final class UndecidedPatternException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UndecidedPatternException() {
    super("date pattern not decided", null, false, false);
  }
}
