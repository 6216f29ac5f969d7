package io.mrrlens.cli;

import io.mrrlens.analysis.AnalysisException;
import io.mrrlens.config.ConfigException;
import io.mrrlens.importing.ImportException;
import io.mrrlens.importing.RejectedRowsException;
import io.mrrlens.model.Rejection;
import io.mrrlens.report.CheckReportBuilder;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/**
 * The entry point: runs one command line and maps what went wrong to one clear sentence on stderr
 * and an exit code (docs/errors.md). Only this package writes to the console or exits.
 */
public final class Main {
  private static final int LISTED_PROBLEMS = CheckReportBuilder.LISTED;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs a command line; returns the exit code. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return run(out, err, Clock.systemDefaultZone(), args);
  }

  /** Runs a command line with a clock (tests fix "today"). */
  public static int run(PrintStream out, PrintStream err, Clock clock, String... args) {
    return run(out, err, clock, System::getenv, args);
  }

  /** Runs a command line with a clock and an environment (tests set variables). */
  public static int run(
      PrintStream out,
      PrintStream err,
      Clock clock,
      UnaryOperator<String> environment,
      String... args) {
    PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cli = new CommandLine(new MrrlensCommand(new RunContext(clock, environment)));
    cli.setOut(stdout);
    cli.setErr(stderr);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          stderr.println("mrrlens: " + e.getMessage());
          String command = e.getCommandLine().getCommandSpec().qualifiedName();
          stderr.println("  fix: see '" + command + " --help'");
          return ExitCode.USAGE;
        });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, stderr, debug));
    try {
      return cli.execute(args);
    } finally {
      stdout.flush();
      stderr.flush();
    }
  }

  private static int failure(Exception e, PrintWriter err, boolean debug) {
    if (debug) {
      e.printStackTrace(err);
    }
    if (e instanceof RejectedRowsException rejected) {
      rejected(rejected, err);
      return ExitCode.BAD_DATA;
    }
    if (e instanceof ImportException data) {
      say(err, data.getMessage(), data.fix());
      return ExitCode.BAD_DATA;
    }
    if (e instanceof AnalysisException analysis) {
      say(err, analysis.getMessage(), analysis.fix());
      return ExitCode.BAD_DATA;
    }
    if (e instanceof ConfigException config) {
      say(err, config.getMessage(), config.fix());
      return ExitCode.USAGE;
    }
    if (e instanceof UsageException usage) {
      say(err, usage.getMessage(), usage.fix());
      return ExitCode.USAGE;
    }
    if (e instanceof UnfinishedException unfinished) {
      say(err, unfinished.getMessage(), unfinished.fix());
      return ExitCode.FAILED;
    }
    if (e instanceof UncheckedIOException io) {
      say(err, io.getMessage(), "check the path and its permissions");
      return ExitCode.FAILED;
    }
    say(
        err,
        "internal error: " + e,
        "run again with --debug and report the output at the project's issue tracker");
    return ExitCode.FAILED;
  }

  private static void rejected(RejectedRowsException e, PrintWriter err) {
    List<Rejection> all = e.rejections();
    for (int i = 0; i < Math.min(LISTED_PROBLEMS, all.size()); i++) {
      err.println("mrrlens: " + all.get(i).message());
    }
    if (all.size() > LISTED_PROBLEMS) {
      err.println("mrrlens: ... and " + (all.size() - LISTED_PROBLEMS) + " more problems");
    }
    String rows = e.rejectedRows() == 1 ? "1 row" : e.rejectedRows() + " rows";
    String problems = all.size() == 1 ? "1 problem" : all.size() + " problems";
    err.println("mrrlens: " + problems + " in " + rows + "; nothing was imported");
    String mark =
        "set the decimal mark the files use: --decimal-comma for 1.234,50, --decimal-point for"
            + " 1,234.50 (decimal_comma: true or false in mrrlens.yaml; with neither, each file's"
            + " mark is detected)";
    if (e.decimalMarkOnly()) {
      err.println("  fix: " + mark);
      return;
    }
    if (e.decimalMarkProblems() > 0) {
      err.println(
          "  fix: "
              + mark
              + "; correct the other cells, or run with --on-error skip to set the rows aside");
      return;
    }
    err.println(
        "  fix: correct the "
            + (all.size() == 1 ? "cell" : "cells")
            + ", or run with --on-error skip to set the "
            + (e.rejectedRows() == 1 ? "row" : "rows")
            + " aside");
  }

  static void say(PrintWriter err, String message, String fix) {
    err.println("mrrlens: " + message);
    if (fix != null) {
      err.println("  fix: " + fix);
    }
  }
}
