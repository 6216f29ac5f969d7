package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.mrrlens.importing.ImportProgress;
import io.mrrlens.projection.SimulationProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress bar's text, and that it stays silent off a terminal. */
class TerminalProgressTest {

  @Test
  void theBarFillsWithTheShareRead() {
    TerminalProgress bar =
        new TerminalProgress(new PrintWriter(new StringWriter()), "reading books");
    bar.started(200);
    assertEquals("reading books [..............................]   0%", bar.line(0));
    assertEquals("reading books [###############...............]  50%", bar.line(100));
    assertEquals("reading books [##############################] 100%", bar.line(200));
    assertEquals("reading books [##############################] 100%", bar.line(260), "clamped");
  }

  @Test
  void nothingIsDrawnWhenNothingWasSlowEnoughToShow() {
    StringWriter text = new StringWriter();
    TerminalProgress bar = new TerminalProgress(new PrintWriter(text), "reading books");
    bar.started(100);
    bar.advanced(100);
    bar.finished();
    assertEquals("", text.toString());
  }

  @Test
  void quietOrNotATerminalMeansNoBar() {
    assertSame(
        ImportProgress.NONE,
        TerminalProgress.forConsole(new PrintWriter(new StringWriter()), true));
    // Tests run without a console, so this is the not-a-terminal case.
    assertSame(
        ImportProgress.NONE,
        TerminalProgress.forConsole(new PrintWriter(new StringWriter()), false));
    assertSame(
        SimulationProgress.NONE,
        TerminalProgress.forSimulation(new PrintWriter(new StringWriter()), false));
  }

  @Test
  void aSimulationCountsPaths() {
    TerminalProgress bar = new TerminalProgress(new PrintWriter(new StringWriter()), "simulating");
    bar.started(2000);
    assertEquals("simulating [#######.......................]  25%", bar.line(500));
  }

  @Test
  void theLauncherTellsWhetherStderrIsATerminal() {
    // stdout redirected (no console) but stderr a terminal: the launcher's 1 shows the bar
    assertEquals(true, TerminalProgress.stderrIsTerminal("1", false));
    // stderr redirected while stdout is a terminal: the launcher's 0 hides it
    assertEquals(false, TerminalProgress.stderrIsTerminal("0", true));
    // java -jar without the launcher: the console decides
    assertEquals(true, TerminalProgress.stderrIsTerminal(null, true));
    assertEquals(false, TerminalProgress.stderrIsTerminal(null, false));
  }
}
