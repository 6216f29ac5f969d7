package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample book is exactly what {@code mrrlens sample} writes with its defaults, so the
 * README's command and the generator never drift apart.
 */
class SampleBookTest {
  private static final Path BUNDLED = Path.of("samples/msp-book");

  @Test
  void theBundledBookIsTheDefaultSample(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);
    int exit =
        Main.run(out, out, GoldenCliTest.CLOCK, "sample", "--out", dir.toString(), "--quiet");
    assertEquals(0, exit, sink.toString(StandardCharsets.UTF_8));
    List<String> written = names(dir);
    assertEquals(
        List.of(
            "agreements.csv",
            "clients.csv",
            "invoices.csv",
            "payments.csv",
            "tickets.csv",
            "time.csv"),
        written);
    assertEquals(written, names(BUNDLED).stream().filter(n -> n.endsWith(".csv")).toList());
    for (String name : written) {
      assertArrayEquals(
          Files.readAllBytes(BUNDLED.resolve(name)),
          Files.readAllBytes(dir.resolve(name)),
          name + " differs: regenerate with ./mrrlens sample --out samples/msp-book");
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
