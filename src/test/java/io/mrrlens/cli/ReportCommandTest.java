package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.engine.BooksSource;
import io.mrrlens.report.HtmlReportRendererTest;
import io.mrrlens.report.PdfReportRendererTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mrrlens report} on the sample book, end to end: the PDF read back, the HTML checked for
 * outside references and escaping, the logo embedded. (The HTML's bytes are the golden case
 * report-sample-book.)
 */
class ReportCommandTest {
  private static final String HOSTILE = "<script>alert(\"x\")</script> O'Brien & \"Sons\"";

  @TempDir static Path temp;
  private static Path out;
  private static String stdout;

  @BeforeAll
  static void run() throws IOException {
    out = temp.resolve("report");
    Path logo = temp.resolve("logo.png");
    ImageIO.write(new BufferedImage(60, 20, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
    stdout =
        report(
            "samples/msp-book",
            "--out",
            out.toString(),
            "--company",
            HOSTILE,
            "--author",
            "Łukasz Żółw 🙂",
            "--logo",
            logo.toString());
  }

  /** Runs {@code mrrlens report ARGS}, which must succeed; returns its stdout. */
  private static String report(String... args) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    String[] line = new String[args.length + 1];
    line[0] = "report";
    System.arraycopy(args, 0, line, 1, args.length);
    int exit =
        Main.run(
            new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            GoldenCliTest.CLOCK,
            line);
    assertEquals(0, exit);
    return stdout.toString(StandardCharsets.UTF_8);
  }

  private static String folderName(String books) {
    return new BooksSource(Path.of(books), books, null, null, Map.of(), null, false, null)
        .folderName();
  }

  @Test
  void theCoverNamesTheBooksFolderNotItsPath() {
    assertEquals("msp-book", folderName("samples/msp-book"));
    assertEquals("exports", folderName("/home/ann/exports/"));
    assertEquals("exports", folderName("/home/ann/exports/../exports"));
    assertEquals("/", folderName("/"), "the root has no name of its own");
  }

  @Test
  void thePdfHoldsTheSectionsAndTheKeyFigures() throws IOException {
    String text = PdfReportRendererTest.text(Files.readAllBytes(out.resolve("report.pdf")));
    for (String expected :
        List.of(
            "Break-fix or managed services: the transition report",
            // Polish letters as written (embedded DejaVu Sans); the emoji it lacks is a ?, listed.
            "Prepared by Łukasz Żółw ?",
            "Characters not shown",
            "U+1F642",
            "Executive summary",
            "Recommendation: keep break-fix for now.",
            "1. Who needs the most labor, and who the least?",
            "2. Who pays on time, and who pays late?",
            "3. Who is on a contract, and who only calls for projects?",
            "The scorecard: what to do about each client",
            "The projection: what happens if break-fix goes?",
            "Assumptions",
            "Appendix: definitions and data quality",
            // The sample book's revenue and the transition's P50 over 24 months (golden stdout).
            "3,284,866.62",
            "6,339,463.64",
            "Coastal Surveying Ltd",
            "Zürich Precision Tools AG")) {
      assertTrue(text.contains(expected), "the PDF lacks \"" + expected + "\"");
    }
    assertTrue(text.contains(HOSTILE), "the company as written, in text");
    try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
      assertTrue(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "the logo");
    }
  }

  @Test
  void theHtmlIsSelfContainedAndEscaped() throws IOException {
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertEquals(List.of(), HtmlReportRendererTest.externalReferences(html));
    assertFalse(html.contains("<script"));
    assertTrue(
        html.contains(
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; &quot;Sons&quot;"));
    assertTrue(html.contains("Prepared by Łukasz Żółw 🙂"), "every character kept in HTML");
    assertTrue(html.contains("src=\"data:image/png;base64,"), "the logo inline");
  }

  @Test
  void everyChartAndTableIsWritten() throws IOException {
    try (var charts = Files.list(out.resolve("charts"))) {
      assertEquals(24, charts.count(), "12 charts, PNG and SVG");
    }
    assertTrue(
        Files.readString(out.resolve("tables/scorecard-actions.csv"))
            .startsWith("action,clients,revenue\r\nrequire prepayment,4,201099.87\r\n"));
    assertTrue(stdout.contains("Written to " + out));
  }

  @Test
  void aWindowWithoutActivityStillGivesAReport() throws IOException {
    Path empty = temp.resolve("empty");
    String printed =
        report(
            "src/test/resources/books/mini-analysis",
            "--from",
            "2020-01",
            "--to",
            "2020-03",
            "--out",
            empty.toString(),
            "--quiet");
    assertEquals("", printed, "--quiet prints nothing");
    String text = PdfReportRendererTest.text(Files.readAllBytes(empty.resolve("report.pdf")));
    assertTrue(text.contains("Recommendation: none yet."), text);
    assertTrue(text.contains("Nothing was projected"), text);
  }

  @Test
  void aHostileClientNameInTheBooksIsEscaped() throws IOException {
    Path books = temp.resolve("hostile-books");
    Files.createDirectories(books);
    String hostile = "<script>alert('x')</script> \"Cobalt\" & Co";
    try (var files = Files.list(Path.of("src/test/resources/books/mini-analysis"))) {
      // a run of mrrlens on the folder leaves its import cache in .mrrlens/: not a book file
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(
            books.resolve(file.getFileName().toString()),
            text.replace("Cobalt Law", "\"" + hostile.replace("\"", "\"\"") + "\""),
            StandardCharsets.UTF_8);
      }
    }
    Path report = temp.resolve("hostile-report");
    report(books.toString(), "--out", report.toString(), "--quiet");
    String html = Files.readString(report.resolve("report.html"), StandardCharsets.UTF_8);
    assertFalse(html.contains("<script"), "an injected script");
    assertTrue(
        html.contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;Cobalt&quot; &amp; Co"),
        "the client, escaped");
    assertEquals(List.of(), HtmlReportRendererTest.externalReferences(html));
    String pdf = PdfReportRendererTest.text(Files.readAllBytes(report.resolve("report.pdf")));
    assertTrue(pdf.contains(hostile), "the client as written in the PDF");
  }
}
