package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden command-line tests: each folder of {@code src/test/resources/golden} is one run of
 * mrrlens, in-process through {@link Main#run}. A case holds {@code args} (one argument per line;
 * {@code {books}} is the case's {@code books/} folder copied to a scratch folder, {@code {out}} a
 * scratch output folder, {@code {repo}} the project folder), optional {@code books/}, an optional
 * {@code stdout-limit} (the bytes standard output takes before it fails as a full disk does) and
 * the expected {@code stdout}, {@code stderr}, {@code exit} and {@code files/} (every file the run
 * wrote, by path under the scratch folder). In the expected output the scratch folders read {@code
 * BOOKS} and {@code OUT}, and a PNG or PDF file is compared by what it is and its size, not its
 * bytes. Run with {@code -Dgolden.update=true} to rewrite the expected files for review.
 */
class GoldenCliTest {
  static final Path ROOT = Path.of("src/test/resources/golden");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Path REPO = Path.of("").toAbsolutePath();

  @TestFactory
  Stream<DynamicTest> goldenCases() throws IOException {
    try (Stream<Path> cases = Files.list(ROOT)) {
      return cases.filter(Files::isDirectory).sorted().toList().stream()
          .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
    }
  }

  /**
   * Standard output on a disk that fills after {@code room} bytes (a case's {@code stdout-limit}
   * file): what fits is kept, then every write fails as a full disk does.
   */
  static final class FullDisk extends OutputStream {
    private final OutputStream out;
    private int room;

    FullDisk(OutputStream out, int room) {
      this.out = out;
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      int fits = Math.min(room, length);
      out.write(bytes, offset, fits);
      room -= fits;
      if (fits < length) {
        throw new IOException("No space left on device");
      }
    }
  }

  /** The outcome of running one case. */
  record Outcome(String stdout, String stderr, int exit, Map<String, String> files) {}

  /** Runs a command line in-process at the tests' clock; no files are collected. */
  static Outcome run(String... args) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int exit =
        Main.run(
            new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(stderr, true, StandardCharsets.UTF_8),
            CLOCK,
            args);
    return new Outcome(
        stdout.toString(StandardCharsets.UTF_8),
        stderr.toString(StandardCharsets.UTF_8),
        exit,
        Map.of());
  }

  /**
   * Runs one command line with an environment, its output to {@code out} and {@code err}: mrrlens
   * in-process at the tests' clock, or the built jar through the launcher ({@code ShadedJarIT}).
   */
  interface Runner {
    int run(OutputStream out, OutputStream err, UnaryOperator<String> environment, String[] args)
        throws IOException;
  }

  /** mrrlens in-process, at the tests' clock. */
  static final Runner IN_PROCESS =
      (out, err, environment, args) ->
          Main.run(
              out, new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK, environment, args);

  static Outcome execute(Path dir) throws IOException {
    return execute(
        dir, Path.of(System.getProperty("golden.scratch", "target/golden-scratch")), IN_PROCESS);
  }

  /** Runs a case with a runner in a scratch folder under {@code scratchRoot}. */
  static Outcome execute(Path dir, Path scratchRoot, Runner runner) throws IOException {
    Path scratch = scratchRoot.resolve(dir.getFileName().toString());
    deleteTree(scratch);
    Files.createDirectories(scratch);
    Path books = scratch.resolve("books");
    Path out = scratch.resolve("out");
    List<String> original = new ArrayList<>();
    if (Files.isDirectory(dir.resolve("books"))) {
      copy(dir.resolve("books"), books, original);
    }
    List<String> args = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) {
        args.add(
            line.replace("{books}", books.toString())
                .replace("{out}", out.toString())
                .replace("{repo}", REPO.toString()));
      }
    }
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Path limit = dir.resolve("stdout-limit");
    OutputStream console =
        Files.exists(limit)
            ? new FullDisk(stdout, Integer.parseInt(Files.readString(limit).strip()))
            : new PrintStream(stdout, true, StandardCharsets.UTF_8);
    int exit =
        runner.run(
            console,
            stderr,
            // each case has its own empty import cache, also for books in the repository
            name ->
                "MRRLENS_CACHE_DIR".equals(name)
                    ? scratch.resolve("cache").toString()
                    : System.getenv(name),
            args.toArray(String[]::new));
    Map<String, String> written = new TreeMap<>();
    try (Stream<Path> files = Files.walk(scratch)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String relative = scratch.relativize(file).toString().replace('\\', '/');
        // the import cache's binary files are tested by ImportCacheTest, not compared here
        if (!original.contains(relative) && !relative.startsWith("cache/")) {
          written.put(relative, content(file, scratch));
        }
      }
    }
    return new Outcome(
        normalize(stdout.toString(StandardCharsets.UTF_8), scratch),
        normalize(stderr.toString(StandardCharsets.UTF_8), scratch),
        exit,
        written);
  }

  /**
   * A written file as the golden case holds it: the text of a text file, with the project folder
   * and scratch folders left out of paths; for a PNG or PDF, which are not byte-for-byte the same
   * on every machine, a line that says the file is a valid image or document and its size.
   */
  private static String content(Path file, Path scratch) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".png")) {
      BufferedImage image = ImageIO.read(file.toFile());
      return image == null
          ? "not a PNG image\n"
          : "PNG image, " + image.getWidth() + "x" + image.getHeight() + " pixels\n";
    }
    if (name.endsWith(".pdf")) {
      try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
        return "PDF document, " + pdf.getNumberOfPages() + " pages\n";
      }
    }
    // paths are scrubbed as in stdout; line breaks are kept as written
    String root = scratch.toString();
    return Files.readString(file, StandardCharsets.ISO_8859_1)
        .replace(root + "/books", "BOOKS")
        .replace(root + "/out", "OUT")
        .replace(REPO + "/", "");
  }

  private static void run(Path dir) throws IOException {
    Outcome outcome = execute(dir);
    Path expectedFiles = dir.resolve("files");
    if (UPDATE) {
      Files.writeString(dir.resolve("stdout"), outcome.stdout(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("stderr"), outcome.stderr(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("exit"), outcome.exit() + "\n", StandardCharsets.UTF_8);
      deleteTree(expectedFiles);
      for (Map.Entry<String, String> file : outcome.files().entrySet()) {
        Path target = expectedFiles.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.ISO_8859_1);
      }
      return;
    }
    assertMatches(dir, outcome);
  }

  /** Asserts that a run of a case wrote what the case expects. */
  static void assertMatches(Path dir, Outcome outcome) throws IOException {
    Path expectedFiles = dir.resolve("files");
    String name = dir.getFileName().toString();
    assertEquals(read(dir.resolve("stderr")), outcome.stderr(), name + ": stderr");
    assertEquals(read(dir.resolve("stdout")), outcome.stdout(), name + ": stdout");
    assertEquals(
        read(dir.resolve("exit")).strip(), String.valueOf(outcome.exit()), name + ": exit");
    Map<String, String> expected = new TreeMap<>();
    if (Files.isDirectory(expectedFiles)) {
      try (Stream<Path> files = Files.walk(expectedFiles)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          expected.put(
              expectedFiles.relativize(file).toString().replace('\\', '/'),
              Files.readString(file, StandardCharsets.ISO_8859_1));
        }
      }
    }
    assertEquals(expected, outcome.files(), name + ": written files");
  }

  static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static String normalize(String text, Path scratch) {
    String root = scratch.toString();
    return text.replace(root + "/books", "BOOKS")
        .replace(root + "/out", "OUT")
        .replace(root, "SCRATCH")
        .replace(REPO + "/", "")
        .replace("\r\n", "\n");
  }

  private static void copy(Path from, Path to, List<String> copied) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
          copied.add("books/" + from.relativize(file).toString().replace('\\', '/'));
        }
      }
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted((a, b) -> b.compareTo(a))
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
