package io.mrrlens.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of outputs is one run's or the other's, never a mix, and nothing is left behind. */
class AtomicFolderTest {
  @TempDir Path dir;

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.walk(folder)) {
      return entries
          .filter(Files::isRegularFile)
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static void run(Path target, String tag, String... files) {
    AtomicFolder.write(
        target,
        staging -> {
          for (String file : files) {
            AtomicFile.write(staging.resolve(file), tag);
          }
        });
  }

  @Test
  void aNewFolderHoldsWhatWasWrittenAndNothingElseIsLeftBeside() throws IOException {
    Path report = dir.resolve("report");
    run(report, "one", "report.html", "charts/a.png");
    assertEquals(List.of("charts/a.png", "report.html"), names(report));
    assertEquals(List.of("report"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    assertEquals(java.util.Set.of(), AtomicFolder.pending());
  }

  @Test
  void aSecondRunReplacesTheFirstWholeWithNoChartOfTheFirstLeft() throws IOException {
    Path report = dir.resolve("report");
    run(report, "one", "report.html", "charts/a.png", "charts/old.png");
    run(report, "two", "report.html", "charts/a.png");
    assertEquals(List.of("charts/a.png", "report.html"), names(report));
    assertEquals("two", Files.readString(report.resolve("charts/a.png")));
  }

  @Test
  void filesOfTheUserBesideTheReportAreKept() throws IOException {
    Path report = dir.resolve("report");
    run(report, "one", "report.html", "charts/old.png");
    Files.writeString(report.resolve("notes.txt"), "mine");
    run(report, "two", "report.html", "charts/a.png");
    assertEquals(List.of("charts/a.png", "notes.txt", "report.html"), names(report));
    assertEquals("mine", Files.readString(report.resolve("notes.txt")));
    assertEquals("two", Files.readString(report.resolve("report.html")));
  }

  @Test
  void aRunThatFailsLeavesTheLastRunsFolderAsItWas() throws IOException {
    Path report = dir.resolve("report");
    run(report, "one", "report.html", "report.pdf");
    assertThrows(
        IllegalStateException.class,
        () ->
            AtomicFolder.write(
                report,
                staging -> {
                  AtomicFile.write(staging.resolve("report.html"), "two");
                  throw new IllegalStateException("the PDF could not be laid out");
                }));
    assertEquals(List.of("report.html", "report.pdf"), names(report));
    assertEquals("one", Files.readString(report.resolve("report.html")));
    assertEquals(List.of("report"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void anInterruptedRunsStagingFolderIsRemovedByTheShutdownHook() throws IOException {
    Path report = dir.resolve("report");
    run(report, "one", "report.html");
    assertThrows(
        UncheckedIOException.class,
        () ->
            AtomicFolder.write(
                report,
                staging -> {
                  AtomicFile.write(staging.resolve("report.html"), "half");
                  assertTrue(AtomicFolder.pending().contains(staging));
                  AtomicFolder.removePending(); // what the hook does on Ctrl-C
                  assertFalse(Files.exists(staging));
                }));
    assertEquals("one", Files.readString(report.resolve("report.html")), "the last run's");
    assertEquals(List.of("report"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void aFileWhereTheFolderShouldBeIsAClearFailure() throws IOException {
    Path report = Files.writeString(dir.resolve("report"), "a file");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> run(report, "one", "report.html"));
    assertTrue(e.getMessage().startsWith("cannot write the folder "), e.getMessage());
    assertEquals("a file", Files.readString(report));
  }
}
