package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A heap too small for the books ends in one sentence with the heap's size and the fix. */
class OutOfMemoryTest {
  @TempDir Path temp;

  @Test
  void aFullHeapIsOneSentenceNotAStackTrace() throws IOException, InterruptedException {
    // 300,000 time entries (13 MB) in a JVM of 24 MB
    Path book = Files.createDirectories(temp.resolve("book"));
    try (BufferedWriter out = Files.newBufferedWriter(book.resolve("time.csv"))) {
      out.write(
          "entry_id,client,ticket_id,technician,date,hours,billable,work_type,charge_to,rate\n");
      for (int i = 0; i < 300_000; i++) {
        out.write("E" + i + ",Client " + (i % 500) + ",,Ann,2026-10-01,1.5,true,,,\n");
      }
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path err = temp.resolve("stderr");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx24m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "check",
                book.toString())
            .redirectOutput(temp.resolve("stdout").toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the run ends");
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(1, process.exitValue(), stderr);
    assertTrue(
        stderr.matches(
            "mrrlens: ran out of memory: Java's heap of 2\\d MB was full before the books were"
                + " read and analysed\n"
                + "  fix: give Java more memory, e.g. MRRLENS_JAVA_OPTS=-Xmx4g \\(the mrrlens"
                + " launcher passes MRRLENS_JAVA_OPTS to java; with java -jar, add -Xmx4g\\), or"
                + " split the books into shorter periods\n"),
        stderr);
  }
}
