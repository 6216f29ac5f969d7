package io.mrrlens.model;

import java.util.List;

/**
 * What stops a run, in words a user can act on: the located message, what to do about it, and its
 * kind, which alone decides the exit code. Every failure mrrlens foresees is a problem; the
 * exceptions named after what failed ({@code ImportException}, {@code ConfigException}, ...) are
 * problems of one kind each.
 */
public class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem, one exit code each (docs/errors.md). */
  public enum Kind {
    /** The command line cannot be run as given: an unknown option, a bad value. */
    USAGE,
    /** A config file or setting cannot be used. */
    SETTINGS,
    /** The books hold data that cannot be imported or analysed (policy {@code fail}). */
    DATA,
    /** The run could not finish: a file not written, a mail not sent. */
    UNFINISHED
  }

  private final Kind kind;
  private final String fix;

  public Problem(Kind kind, String message, String fix) {
    this(kind, message, fix, null);
  }

  public Problem(Kind kind, String message, String fix, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.fix = fix;
  }

  /** A command line that cannot be run as given, with what to do instead. */
  public static Problem usage(String message, String fix) {
    return new Problem(Kind.USAGE, message, fix);
  }

  public Kind kind() {
    return kind;
  }

  /** What the user can do about it, or null. */
  public String fix() {
    return fix;
  }

  /**
   * The messages to show, one line each, before the fix: the message alone unless the problem is
   * many (every rejected value of a run).
   */
  public List<String> messages() {
    return List.of(getMessage());
  }
}
