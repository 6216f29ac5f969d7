package io.mrrlens.cli;

/** The exit codes of mrrlens, in one place (docs/errors.md). */
public final class ExitCode {
  /** Done. */
  public static final int OK = 0;

  /** Could not finish: I/O failure, SMTP failure. */
  public static final int FAILED = 1;

  /** Usage: unknown option, bad value, bad config. */
  public static final int USAGE = 2;

  /** Bad input data (policy {@code fail}). */
  public static final int BAD_DATA = 3;

  private ExitCode() {}
}
