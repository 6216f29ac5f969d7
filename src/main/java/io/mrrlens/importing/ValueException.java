package io.mrrlens.importing;

/** A cell value that does not parse; carries the problem in words, e.g. "is not a number". */
final class ValueException extends Exception {
  private static final long serialVersionUID = 1L;

  ValueException(String problem) {
    super(problem, null, false, false);
  }

  String problem() {
    return getMessage();
  }
}
