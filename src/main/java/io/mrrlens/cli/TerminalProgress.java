package io.mrrlens.cli;

import io.mrrlens.engine.Progress;
import io.mrrlens.importing.ImportProgress;
import io.mrrlens.projection.SimulationProgress;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on stderr for long imports and simulations, redrawn in place at most ten times a
 * second and erased when done. Used only when the console is a terminal (cli.md: nothing
 * otherwise).
 */
final class TerminalProgress implements ImportProgress, SimulationProgress {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final String label;
  private final AtomicLong done = new AtomicLong();
  private volatile long total;
  private volatile long lastDraw;
  private volatile boolean drawn;

  TerminalProgress(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  /** The bars of a run: the import's and the simulation's on a terminal, else none. */
  static Progress forRun(PrintWriter err, boolean quiet) {
    return new Progress() {
      @Override
      public ImportProgress importing() {
        return forConsole(err, quiet);
      }

      @Override
      public SimulationProgress simulating() {
        return forSimulation(err, quiet);
      }
    };
  }

  /** The bar of writing a report's files on a terminal, or nothing (as {@link #forConsole}). */
  static ImportProgress forWriting(PrintWriter err, boolean quiet) {
    return quiet || !stderrIsTerminal()
        ? ImportProgress.NONE
        : new TerminalProgress(err, "writing the report");
  }

  /** The simulation's bar on a terminal, or nothing (as {@link #forConsole}). */
  static SimulationProgress forSimulation(PrintWriter err, boolean quiet) {
    return quiet || !stderrIsTerminal()
        ? SimulationProgress.NONE
        : new TerminalProgress(err, "simulating");
  }

  /** The bar for a terminal, or nothing when stderr is not one (or the user asked for quiet). */
  static ImportProgress forConsole(PrintWriter err, boolean quiet) {
    return quiet || !stderrIsTerminal()
        ? ImportProgress.NONE
        : new TerminalProgress(err, "reading books");
  }

  /**
   * Whether stderr is a terminal. Java cannot tell for stderr alone ({@code System.console()} needs
   * stdin and stdout to be one), so the launcher tells through {@code MRRLENS_STDERR_TTY} (1 or 0,
   * from {@code [ -t 2 ]}); without it, the console decides.
   */
  static boolean stderrIsTerminal() {
    return stderrIsTerminal(System.getenv("MRRLENS_STDERR_TTY"), System.console() != null);
  }

  static boolean stderrIsTerminal(String launcherSays, boolean console) {
    if ("1".equals(launcherSays)) {
      return true;
    }
    if ("0".equals(launcherSays)) {
      return false;
    }
    return console;
  }

  @Override
  public void started(long totalBytes) {
    total = Math.max(1, totalBytes);
    lastDraw = System.nanoTime();
  }

  @Override
  public void advanced(long bytes) {
    long now = System.nanoTime();
    long sofar = done.addAndGet(bytes);
    if (now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw(sofar);
    }
  }

  @Override
  public synchronized void finished() {
    if (drawn) {
      err.print("\r" + " ".repeat(line(0).length()) + "\r");
      err.flush();
    }
  }

  private synchronized void draw(long sofar) {
    err.print("\r" + line(sofar));
    err.flush();
    drawn = true;
  }

  /** The bar's text, e.g. {@code reading books [#######.......] 52%}. */
  String line(long sofar) {
    int percent = (int) Math.min(100, sofar * 100 / Math.max(1, total));
    int filled = percent * WIDTH / 100;
    return label
        + " ["
        + "#".repeat(filled)
        + ".".repeat(WIDTH - filled)
        + "] "
        + String.format("%3d%%", percent);
  }
}
