package io.mrrlens.cli;

/** A command line that cannot be run as given (exit code 2), with what to do instead. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String fix;

  UsageException(String message, String fix) {
    super(message);
    this.fix = fix;
  }

  String fix() {
    return fix;
  }
}
