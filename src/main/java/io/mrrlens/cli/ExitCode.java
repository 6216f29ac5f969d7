package io.mrrlens.cli;

import io.mrrlens.model.Problem;

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

  /** The exit code of a kind of problem. */
  public static int of(Problem.Kind kind) {
    return switch (kind) {
      case USAGE, SETTINGS -> USAGE;
      case DATA -> BAD_DATA;
      case UNFINISHED -> FAILED;
    };
  }
}
