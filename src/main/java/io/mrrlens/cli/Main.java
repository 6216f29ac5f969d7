package io.mrrlens.cli;

import io.mrrlens.model.Problem;
import io.mrrlens.model.Quoted;
import io.mrrlens.model.Spelling;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/**
 * The entry point: runs one command line and maps what went wrong to one clear sentence on stderr
 * and an exit code (docs/errors.md). Only this package writes to the console or exits.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Standard output as a plain stream rather than System.out, a PrintStream that hides write
    // errors: a full disk or a closed pipe must reach the exit code.
    OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
    System.exit(run(stdout, System.err, args));
  }

  /** Runs a command line; returns the exit code. */
  public static int run(OutputStream out, PrintStream err, String... args) {
    return run(out, err, Clock.systemDefaultZone(), args);
  }

  /** Runs a command line with a clock (tests fix "today"). */
  public static int run(OutputStream out, PrintStream err, Clock clock, String... args) {
    return run(out, err, clock, System::getenv, args);
  }

  /**
   * Runs a command line with a clock and an environment (tests set variables). A failure to write
   * standard output is reported on stderr and makes the exit code 1 when it was 0.
   */
  public static int run(
      OutputStream out,
      PrintStream err,
      Clock clock,
      UnaryOperator<String> environment,
      String... args) {
    WatchedOutput watched = new WatchedOutput(out);
    PrintWriter stdout =
        new PrintWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8), true);
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = RootCommand.commandLine(new RunContext(clock, environment), args);
    RootCommand root = cli.getCommand();
    RefusedOptions.settingsFree(cli);
    cli.setOut(stdout);
    cli.setErr(stderr);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          stderr.println("mrrlens: " + Quoted.escaped(problem(e)));
          String command = e.getCommandLine().getCommandSpec().qualifiedName();
          String meant = meant(e);
          stderr.println(
              "  fix: "
                  + (meant == null ? "" : "did you mean '" + Quoted.escaped(meant) + "'? ")
                  + "see '"
                  + command
                  + " --help'");
          return ExitCode.USAGE;
        });
    // the global options are checked before any command works, so a typo costs no analysis
    cli.setExecutionStrategy(
        parsed -> {
          Integer help = CommandLine.executeHelpRequest(parsed);
          if (help != null) {
            return help;
          }
          try {
            RootCommand.colour(cli.getCommandSpec());
          } catch (Problem problem) {
            return failure(problem, stderr, root.debug);
          }
          return new CommandLine.RunLast().execute(parsed);
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> failure(e, stderr, root.debug));
    try {
      int exit;
      try {
        exit = cli.execute(args);
      } catch (OutOfMemoryError e) {
        // what the run held is unreachable once its stack has unwound: there is room to say so
        outOfMemory(Runtime.getRuntime().maxMemory(), stderr);
        exit = ExitCode.FAILED;
      }
      stdout.flush();
      IOException failure = watched.failure();
      if (failure == null) {
        return exit;
      }
      stdoutFailed(failure, stderr);
      return exit == ExitCode.OK ? ExitCode.FAILED : exit;
    } finally {
      stdout.flush();
      stderr.flush();
    }
  }

  /** One sentence for a full heap: how much the JVM had and how to give it more. */
  static void outOfMemory(long maxHeap, PrintWriter err) {
    say(
        err,
        "ran out of memory: Java's heap of "
            + String.format(Locale.ROOT, "%,d", maxHeap >> 20)
            + " MB was full before the books were read and analysed",
        "give Java more memory, e.g. MRRLENS_JAVA_OPTS=-Xmx4g (the mrrlens launcher passes"
            + " MRRLENS_JAVA_OPTS to java; with java -jar, add -Xmx4g), or split the books into"
            + " shorter periods");
  }

  private static void stdoutFailed(IOException failure, PrintWriter err) {
    String reason = failure.getMessage() == null ? "write error" : failure.getMessage();
    if (reason.toLowerCase(Locale.ROOT).contains("broken pipe")) {
      // the reader stopped early (| head): as other tools, say nothing; the exit code tells
      return;
    }
    say(
        err,
        "cannot write to standard output: " + reason + "; the output is incomplete",
        "free space where the output goes, or write to a file with --output FILE");
  }

  /** A mistyped command or option in words; picocli's own message for other usage errors. */
  private static String problem(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      String typed = unmatched.getUnmatched().get(0);
      if (typed.startsWith("-")) {
        return "unknown option '" + typed + "'";
      }
      if (!e.getCommandLine().getCommandSpec().subcommands().isEmpty()) {
        return "unknown command '" + typed + "'";
      }
    }
    return e.getMessage();
  }

  /**
   * The command or option nearest to a mistyped one (one or two typing edits, swapped letters
   * counting as one), or null when none is near.
   */
  private static String meant(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return null;
    }
    String typed = unmatched.getUnmatched().get(0);
    CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
    Set<String> candidates =
        typed.startsWith("-") ? spec.optionsMap().keySet() : spec.subcommands().keySet();
    String nearest = null;
    int best = Math.max(2, typed.length() / 4) + 1;
    for (String candidate : candidates) {
      int d = Spelling.typingDistance(typed, candidate);
      if (d < best) {
        nearest = candidate;
        best = d;
      }
    }
    return nearest;
  }

  private static int failure(Exception e, PrintWriter err, boolean debug) {
    if (debug) {
      e.printStackTrace(err);
    }
    if (e instanceof Problem problem) {
      problem.messages().forEach(message -> err.println("mrrlens: " + Quoted.escaped(message)));
      if (problem.fix() != null) {
        err.println("  fix: " + Quoted.escaped(problem.fix()));
      }
      return ExitCode.of(problem.kind());
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

  /**
   * Prints a message and its fix; control characters that reached them from a file or an argument
   * are escaped, so that nothing printed can drive the terminal.
   */
  static void say(PrintWriter err, String message, String fix) {
    err.println("mrrlens: " + Quoted.escaped(message));
    if (fix != null) {
      err.println("  fix: " + Quoted.escaped(fix));
    }
  }
}
