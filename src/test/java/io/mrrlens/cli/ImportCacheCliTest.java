package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The import cache as a user meets it: the second command on unchanged books loads the cache and
 * answers byte for byte as the first; a changed file or setting, or a damaged cache, is imported
 * again with the same answer.
 */
class ImportCacheCliTest {
  @TempDir Path scratch;
  private Path books;
  private Path cache;

  /** The output of one run and what {@code check} said of the cache. */
  record Run(String out, String status) {}

  private String property;

  /** The build sets a cache folder for all tests; these test the default, BOOKS/.mrrlens/cache. */
  @BeforeEach
  void useTheDefaultFolder() {
    property = System.clearProperty("mrrlens.cache.dir");
  }

  @AfterEach
  void restoreTheBuildsFolder() {
    if (property != null) {
      System.setProperty("mrrlens.cache.dir", property);
    }
  }

  @BeforeEach
  void copySampleBook() throws IOException {
    books = scratch.resolve("books");
    Files.createDirectories(books);
    try (Stream<Path> files = Files.list(Path.of("samples/msp-book"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, books.resolve(file.getFileName()));
      }
    }
    cache = books.resolve(".mrrlens").resolve("cache");
  }

  private Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(1, books.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            java.time.Clock.systemUTC(),
            name -> "MRRLENS_CACHE_DIR".equals(name) ? null : System.getenv(name),
            all.toArray(String[]::new));
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    String status = null;
    StringBuilder rest = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.contains("\"import_cache\": \"")) {
        status = line.substring(line.indexOf(": \"") + 3, line.lastIndexOf('"'));
      } else if (line.startsWith("  import cache: ")) {
        status = line.substring("  import cache: ".length());
      } else {
        rest.append(line).append('\n');
      }
    }
    return new Run(rest.toString(), status);
  }

  private static void assertStatus(String expected, Run run) {
    assertTrue(run.status() != null && run.status().startsWith(expected), run.status());
  }

  private List<Path> cacheFiles() throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(f -> f.toString().endsWith(".bin")).toList();
    }
  }

  @Test
  void theSecondCheckLoadsTheCacheAndPrintsTheSame() throws IOException {
    Run first = run("check", "--format", "json");
    assertStatus("not used: first import of these files and settings; saved", first);
    assertEquals(1, cacheFiles().size());
    Run second = run("check", "--format", "json");
    assertStatus("used", second);
    assertEquals(first.out(), second.out());
  }

  @Test
  void laborAndPaymentsAnswerTheSameFromTheCache() {
    String cold = run("labor", "--no-cache").out();
    assertFalse(Files.exists(cache), "--no-cache writes nothing");
    assertEquals(cold, run("labor").out());
    assertEquals(cold, run("labor").out());
    assertEquals(run("payments", "--no-cache").out(), run("payments").out());
    assertStatus("used", run("check"));
  }

  @Test
  void noCacheNeitherReadsNorWrites() {
    run("check");
    assertStatus("not used: --no-cache", run("check", "--no-cache"));
    assertStatus("used", run("check"));
  }

  @Test
  void aTouchedFileMissesTheCache() throws IOException {
    Run first = run("check");
    Path time = books.resolve("time.csv");
    Files.setLastModifiedTime(
        time, FileTime.fromMillis(Files.getLastModifiedTime(time).toMillis() + 1000));
    Run second = run("check");
    assertStatus("not used: the files or settings changed", second);
    assertEquals(first.out(), second.out());
    assertStatus("used", run("check"));
  }

  @Test
  void aChangedValueOfTheSameSizeAndTimeMissesTheCache() throws IOException {
    run("check");
    Path clients = books.resolve("clients.csv");
    FileTime stamp = Files.getLastModifiedTime(clients);
    String text = Files.readString(clients);
    // 1 endpoint more for the first client that has a 1 in its row: same size, same time
    int at = text.indexOf("1", text.indexOf('\n'));
    String changed = text.substring(0, at) + "2" + text.substring(at + 1);
    Files.writeString(clients, changed);
    Files.setLastModifiedTime(clients, stamp);
    Run second = run("check", "--format", "json");
    assertStatus("not used: the files or settings changed", second);
    assertEquals(run("check", "--format", "json", "--no-cache").out(), second.out());
  }

  @Test
  void aChangedSettingMissesTheCache() throws IOException {
    run("check");
    assertStatus("not used: first import", run("check", "--on-error", "skip"));
    assertStatus("not used: first import", run("check", "--encoding", "utf-8"));
    Files.writeString(books.resolve("mrrlens.yaml"), "aliases:\n  Acme: Acme Dental\n");
    assertStatus("not used: first import", run("check"));
    Files.delete(books.resolve("mrrlens.yaml"));
    assertStatus("used", run("check", "--on-error", "skip"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"truncated", "bit-flipped", "foreign", "empty", "header-only"})
  void aDamagedCacheFileIsIgnoredAndRewritten(String damage) throws IOException {
    Run first = run("check", "--format", "json");
    Path file = cacheFiles().get(0);
    byte[] bytes = Files.readAllBytes(file);
    byte[] damaged =
        switch (damage) {
          case "truncated" -> java.util.Arrays.copyOf(bytes, bytes.length - 7);
          case "bit-flipped" -> {
            byte[] copy = bytes.clone();
            copy[copy.length / 2] ^= 0x10;
            yield copy;
          }
          case "foreign" -> "PK\u0003\u0004 not a cache file at all".getBytes();
          case "empty" -> new byte[0];
          default -> java.util.Arrays.copyOf(bytes, 56);
        };
    Files.write(file, damaged);
    Run second = run("check", "--format", "json");
    assertStatus("not used: the cache file was damaged; saved", second);
    assertEquals(first.out(), second.out());
    assertEquals(bytes.length, Files.size(file), "rewritten whole");
    assertStatus("used", run("check", "--format", "json"));
  }

  @Test
  void anInterruptedWriteChangesNoAnswer() throws IOException {
    Run first = run("check", "--format", "json");
    Path file = cacheFiles().get(0);
    byte[] bytes = Files.readAllBytes(file);
    // a write stopped half-way leaves its temporary file; the cache file itself is whole or absent
    Files.write(
        cache.resolve("import-1234567890.tmp"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertStatus("used", run("check", "--format", "json"));
    Files.delete(file);
    Run again = run("check", "--format", "json");
    assertStatus("not used: first import", again);
    assertEquals(first.out(), again.out());
    assertStatus("used", run("check", "--format", "json"));
  }

  @Test
  void rejectedRowsAreNotKept() throws IOException {
    Files.writeString(
        books.resolve("time.csv"),
        Files.readString(books.resolve("time.csv")) + "T-BAD,Acme,,Ann,2026-01-05,lots\n");
    Run skipped = run("check", "--on-error", "skip", "--rejects", scratch.resolve("r").toString());
    assertStatus("not used: rows were rejected", skipped);
    assertFalse(Files.exists(cache) && !cacheFiles().isEmpty());
  }

  /**
   * A cache folder that cannot be made (a file stands where it goes) fails nothing: the answer is
   * the same, and check says where the books could not be saved, after the saving thread ended.
   */
  @Test
  void aCacheThatCannotBeSavedIsSaidAndChangesNothing() throws IOException {
    String answer = run("labor", "--no-cache").out();
    Files.writeString(books.resolve(".mrrlens"), "not a folder");
    assertEquals(answer, run("labor").out());
    Run check = run("check");
    assertStatus(
        "not used: first import of these files and settings; it could not be saved in", check);
    assertTrue(check.status().contains(cache.toString()), check.status());
    assertEquals(run("check", "--no-cache").out(), check.out());
  }
}
