package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jar {@code mvn package} builds, trimmed to the classes mrrlens reaches (docs/decisions.md, "A
 * trimmed jar"), run as a user runs it: the {@code mrrlens} launcher starting its own Java, with
 * the class data archive. Every command runs golden cases on it, which must write what they expect
 * (text byte for byte), and sends a summary to a real SMTP server: a class the trimming dropped and
 * a library needs fails here.
 */
class ShadedJarIT {
  private static final Path REPO = Path.of("").toAbsolutePath();
  private static final Path LAUNCHER = REPO.resolve("mrrlens");
  private static final String USER = "reports@example.com";

  /** The cache folder of every run here: the class data archive is written once, then mapped. */
  @TempDir static Path xdgCache;

  @TempDir Path dir;

  @RegisterExtension
  static final GreenMailExtension SERVER =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
          .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, "s3cret"))
          .withPerMethodLifecycle(true);

  record Run(int exit, String stdout, String stderr) {}

  /** The launcher with arguments, in the project folder, with these variables besides. */
  private static Run launch(Map<String, String> variables, String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = launch(out, err, variables, args);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static int launch(
      OutputStream out, OutputStream err, Map<String, String> variables, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile());
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("MRRLENS_"));
    environment.remove("JAVA_TOOL_OPTIONS");
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("XDG_CACHE_HOME", xdgCache.toString());
    // as the unit tests run (pom.xml, surefire)
    environment.put("TZ", "UTC");
    environment.put("LC_ALL", "C.UTF-8");
    environment.putAll(variables);
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<byte[]> stderr =
        CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    process.getInputStream().transferTo(out);
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("mrrlens " + String.join(" ", args) + " ran over 120 s");
      }
      err.write(stderr.join());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return process.exitValue();
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A golden case run through the launcher: the import cache in the case's scratch folder. */
  private static final GoldenCliTest.Runner JAR_RUNNER =
      (out, err, environment, args) ->
          launch(
              out, err, Map.of("MRRLENS_CACHE_DIR", environment.apply("MRRLENS_CACHE_DIR")), args);

  /**
   * A case of each command, and of each kind of input and output the libraries serve: JSON and
   * mapped exports (Jackson, SnakeYAML), HTML and PDF documents (JMustache, PDFBox), charts as PNG
   * and SVG (JFreeChart, Batik), the transition report, a mail that fails (Jakarta Mail).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "check-sample-book",
        "check-json-api",
        "labor-sample-book",
        "labor-html",
        "payments-pdf",
        "segments-sample-book",
        "scorecard-sample-book",
        "project-sample-book",
        "staffing-basic",
        "report-sample-book",
        "error-summary-smtp-refused",
        "init-detected-profiles",
        "sample-small"
      })
  void theJarWritesWhatTheGoldenCaseExpects(String name) throws IOException {
    Path golden = GoldenCliTest.ROOT.resolve(name);
    GoldenCliTest.assertMatches(golden, GoldenCliTest.execute(golden, dir, JAR_RUNNER));
  }

  @Test
  void aCompletionScriptIsPrinted() throws IOException {
    Run run = launch(Map.of(), "completion", "bash");
    assertEquals(0, run.exit(), run.stderr());
    assertTrue(run.stdout().contains("complete -F"), run.stdout());
    assertEquals("", run.stderr());
  }

  @Test
  void theSummaryIsWrittenToFilesAndMailedWithItsChart() throws Exception {
    Path books = copyOfTheSampleBook();
    Path config = dir.resolve("mrrlens.yaml");
    Files.writeString(
        config,
        "smtp:\n  host: 127.0.0.1\n  port: "
            + SERVER.getSmtp().getPort()
            + "\n  tls: none\n  user: "
            + USER
            + "\n  from: "
            + USER
            + "\n");
    Run run =
        summary(
            books,
            config,
            "--output",
            dir.resolve("summary.txt").toString(),
            "--html",
            dir.resolve("summary.html").toString(),
            "--quiet");
    assertEquals(0, run.exit(), run.stderr());
    assertEquals("", run.stderr());
    String text = Files.readString(dir.resolve("summary.txt"));
    assertTrue(text.startsWith("mrrlens summary: 2026-10, msp-book\n"), text);
    String html = Files.readString(dir.resolve("summary.html"));
    String png = "data:image/png;base64,";
    int at = html.indexOf(png);
    assertTrue(at > 0, "the page shows its chart: " + html);
    // the page escapes the padding's "=" as every value
    String encoded =
        html.substring(at + png.length(), html.indexOf('"', at)).replace("&#x3D;", "=");
    assertNotNull(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(encoded))));
    MimeMessage[] received = SERVER.getReceivedMessages();
    assertEquals(1, received.length);
    assertTrue(received[0].getSubject().startsWith("October 2026: revenue"));

    Run dry = summary(books, config, "--dry-run");
    assertEquals(0, dry.exit(), dry.stderr());
    assertTrue(dry.stdout().startsWith("Dry run: this mail would be sent; nothing was sent.\n"));
    assertTrue(dry.stdout().contains("\nSubject: October 2026: revenue"), dry.stdout());
    assertTrue(dry.stdout().contains("image/png, inline summary-revenue.png"), dry.stdout());
    assertFalse(dry.stdout().contains("s3cret"), "the password is masked");
    assertEquals(1, SERVER.getReceivedMessages().length, "a dry run sends nothing");
  }

  /** The sample book's summary of 2026-10 mailed to owner@example.com, the password given. */
  private static Run summary(Path books, Path config, String... more) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "summary",
                books.toString(),
                "--month",
                "2026-10",
                "--config",
                config.toString(),
                "--mail-to",
                "owner@example.com"));
    args.addAll(List.of(more));
    return launch(Map.of("MRRLENS_SMTP_PASSWORD", "s3cret"), args.toArray(String[]::new));
  }

  /**
   * The launcher's class data archive: written by the first run of a command that reads books, once
   * more by a command that loads more classes, mapped by the next; a damaged, stale or unwritable
   * archive never changes a run, and a stale one is written again. ({@code MRRLENS_CDS=off} takes
   * the same path as an unwritable folder.)
   */
  @Test
  void aClassDataArchiveNeverChangesARun() throws IOException {
    Path books = copyOfTheSampleBook();
    Path cache = dir.resolve("xdg");
    Map<String, String> variables = Map.of("XDG_CACHE_HOME", cache.toString());
    Run check = launch(variables, "check", books.toString(), "--format", "json");
    assertEquals(0, check.exit(), check.stderr());
    Path archive = onlyArchive(cache.resolve("mrrlens/cds"));
    Path id = archive.resolveSibling(archive.getFileName() + ".id");
    assertTrue(Files.size(archive) > 1_000_000, "an archive of the classes a run loaded");
    assertTrue(Files.readString(id).matches("\\d+ \\d+ 1\n"), "written by check");

    // a question loads more classes than check: it writes the archive once more
    Run first = launch(variables, "labor", books.toString(), "--format", "csv");
    assertEquals(0, first.exit(), first.stderr());
    assertEquals("", first.stderr());
    assertTrue(Files.readString(id).matches("\\d+ \\d+ 2\n"), "written by a question");
    Run again = launch(variables, "check", books.toString(), "--format", "json");
    assertEquals(0, again.exit(), again.stderr());
    assertEquals("", again.stderr());
    assertTrue(Files.readString(id).endsWith(" 2\n"), "check maps the question's archive");

    assertEquals(first, launch(variables, "labor", books.toString(), "--format", "csv"));

    // a damaged archive (as another Java, a truncated write or junk would leave) is not used
    damage(archive);
    assertEquals(first, launch(variables, "labor", books.toString(), "--format", "csv"));

    // older than the jar, or of another jar or Java (its id differs): written again
    Files.setLastModifiedTime(archive, FileTime.fromMillis(0));
    assertEquals(first, launch(variables, "labor", books.toString(), "--format", "csv"));
    assertTrue(Files.getLastModifiedTime(archive).toMillis() > 0, "written again");
    assertTrue(Files.size(archive) > 1_000_000, "written again whole");
    damage(archive);
    Files.writeString(id, "another jar\n");
    assertEquals(first, launch(variables, "labor", books.toString(), "--format", "csv"));
    assertTrue(Files.readString(id).matches("\\d+ \\d+ 2\n"), Files.readString(id));
    assertTrue(Files.size(archive) > 1_000_000, "written again whole");

    // a cache folder that cannot be made: no archive, the same answer
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    assertEquals(
        first,
        launch(
            Map.of("XDG_CACHE_HOME", file.toString()),
            "labor",
            books.toString(),
            "--format",
            "csv"));
    // settings of one's own may turn sharing off, with which Java cannot write an archive: none is
    Path own = dir.resolve("own");
    assertEquals(
        first,
        launch(
            Map.of("XDG_CACHE_HOME", own.toString(), "MRRLENS_JAVA_OPTS", "-Xshare:off"),
            "labor",
            books.toString(),
            "--format",
            "csv"));
    try (Stream<Path> files = Files.list(own.resolve("mrrlens/cds"))) {
      assertEquals(0, files.count(), "no archive with MRRLENS_JAVA_OPTS");
    }
    try (Stream<Path> files = Files.list(cache.resolve("mrrlens/cds"))) {
      assertEquals(2, files.count(), "no temporary file is left: one archive and its id");
    }
  }

  /**
   * Only a run that did its work writes the class data archive: a help or a usage error loads few
   * classes, and its archive would be mapped (and never written again) by every later run of its
   * tier. {@code report --out}, which draws every chart and writes the PDF, writes it once more
   * over that of {@code report} as one document.
   */
  @Test
  void onlyARunThatDidItsWorkWritesTheArchive() throws IOException {
    Path books = copyOfTheSampleBook();
    Path cache = dir.resolve("xdg");
    Path cds = cache.resolve("mrrlens/cds");
    Map<String, String> variables = Map.of("XDG_CACHE_HOME", cache.toString());
    assertEquals(0, launch(variables, "report", "--help").exit());
    assertEquals(2, launch(variables, "report", books.toString()).exit(), "needs --out");
    if (Files.exists(cds)) {
      try (Stream<Path> files = Files.list(cds)) {
        assertEquals(0, files.count(), "no archive of a help or a usage error");
      }
    }
    Path text = dir.resolve("report.txt");
    Run document = launch(variables, "report", books.toString(), "--output", text.toString());
    assertEquals(0, document.exit(), document.stderr());
    Path archive = onlyArchive(cds);
    Path id = archive.resolveSibling(archive.getFileName() + ".id");
    assertTrue(Files.readString(id).matches("\\d+ \\d+ 3\n"), Files.readString(id));
    Run folder =
        launch(variables, "report", books.toString(), "--out", dir.resolve("report").toString());
    assertEquals(0, folder.exit(), folder.stderr());
    assertTrue(Files.readString(id).matches("\\d+ \\d+ 4\n"), Files.readString(id));
    assertEquals(
        folder,
        launch(variables, "report", books.toString(), "--out", dir.resolve("report").toString()));
  }

  private static void damage(Path archive) throws IOException {
    Files.delete(archive); // Java writes it read-only
    Files.write(archive, "not an archive".getBytes(StandardCharsets.US_ASCII));
  }

  private static Path onlyArchive(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> archives = files.filter(f -> f.toString().endsWith(".jsa")).toList();
      assertEquals(1, archives.size(), archives.toString());
      return archives.get(0);
    }
  }

  /** A copy of the sample book named as the original (the summary names the book's folder). */
  private Path copyOfTheSampleBook() throws IOException {
    Path from = REPO.resolve("samples/msp-book");
    Path to = dir.resolve("msp-book");
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName().toString()));
      }
    }
    return to;
  }
}
