package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code --debug} adds the stack trace to an error; without it there is none. */
class DebugFlagTest {

  private static String stderr(int expectedExit, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            GoldenCliTest.CLOCK,
            args);
    assertEquals(expectedExit, exit);
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void debugShowsTheStackTrace() {
    String text = stderr(2, "check", "no/such/folder", "--debug");
    assertTrue(text.contains("io.mrrlens.model.Problem"), text);
    assertTrue(text.contains("\tat io.mrrlens."), text);
    assertTrue(text.contains("mrrlens: the books folder no/such/folder does not exist"), text);
  }

  @Test
  void withoutDebugThereIsNone() {
    String text = stderr(2, "check", "no/such/folder");
    assertFalse(text.contains("\tat "), text);
  }
}
