package io.mrrlens.cli;

/** A run that could not finish (exit code 1), e.g. a mail not sent, with what to do. */
final class UnfinishedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String fix;

  UnfinishedException(String message, String fix, Throwable cause) {
    super(message, cause);
    this.fix = fix;
  }

  String fix() {
    return fix;
  }
}
