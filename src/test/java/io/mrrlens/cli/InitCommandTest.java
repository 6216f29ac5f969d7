package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code init --force} replaces a config file; without it the file is kept (golden init-exists).
 */
class InitCommandTest {
  @TempDir Path books;

  @Test
  void forceReplacesTheConfigWithTheDetectedSettings() throws IOException {
    Files.copy(Path.of("src/test/resources/profiles/kimai/time.csv"), books.resolve("time.csv"));
    Files.writeString(books.resolve("mrrlens.yaml"), "profile: [canonical]\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            "init",
            books.toString(),
            "--force",
            "--quiet");
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    String written = Files.readString(books.resolve("mrrlens.yaml"));
    assertTrue(written.contains("\nprofile: [kimai-time]\n"), written);
  }

  @Test
  void hintsQuoteAPathThatAShellWouldSplit() {
    assertEquals("samples/msp-book", InitCommand.shellQuoted("samples/msp-book"));
    assertEquals("\"My Books/2026\"", InitCommand.shellQuoted("My Books/2026"));
    assertEquals("\"a\\\"b \\$HOME\"", InitCommand.shellQuoted("a\"b $HOME"));
  }
}
