package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A write error on standard output is reported and fails the run, never swallowed. */
class StdoutFailureTest {
  private static final String BOOKS = "src/test/resources/books/mini-analysis";

  private static int run(OutputStream out, ByteArrayOutputStream err, String... args) {
    return Main.run(
        out, new PrintStream(err, true, StandardCharsets.UTF_8), GoldenCliTest.CLOCK, args);
  }

  /** A stream whose every write fails with {@code reason}. */
  private static OutputStream failing(String reason) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(reason);
      }
    };
  }

  @Test
  void aFullDiskFailsTheRun() throws IOException {
    // /dev/full answers every write with ENOSPC, as a full disk does
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "a platform with /dev/full");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (FileOutputStream full = new FileOutputStream("/dev/full")) {
      assertEquals(1, run(full, err, "labor", BOOKS));
    }
    assertEquals(
        "mrrlens: cannot write to standard output: No space left on device; the output is"
            + " incomplete\n"
            + "  fix: free space where the output goes, or write to a file with --output FILE\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aClosedPipeFailsTheRunSilently() {
    // | head closes the pipe on purpose: no message, as other tools, but not exit 0 either
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(1, run(failing("Broken pipe"), err, "labor", BOOKS));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aPrintStreamThatHidItsErrorIsAskedForIt() {
    // A PrintStream keeps write errors to itself; its error flag still reaches the exit code.
    PrintStream hiding =
        new PrintStream(failing("Input/output error"), true, StandardCharsets.UTF_8);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(1, run(hiding, err, "labor", BOOKS));
    assertEquals(
        "mrrlens: cannot write to standard output: write error; the output is incomplete\n"
            + "  fix: free space where the output goes, or write to a file with --output FILE\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aRunThatWritesNothingOnStdoutIsNotFailedByIt() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // a usage error (exit 2) prints nothing on stdout: the exit code stays 2
    assertEquals(
        2, run(failing("No space left on device"), err, "labor", BOOKS, "--format", "xml"));
  }
}
