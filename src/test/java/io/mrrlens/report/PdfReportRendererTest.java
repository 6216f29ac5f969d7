package io.mrrlens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF of the transition report, read back with PDFBox's text stripper. */
public class PdfReportRendererTest {

  private static byte[] pdf(TransitionReport report) {
    return new PdfReportRenderer().render(report);
  }

  public static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void theTextHoldsTheCoverSectionsAndFigures() throws IOException {
    String text = text(pdf(ReportFixtures.report("Acme IT", "Alpha")));
    for (String expected :
        List.of(
            "Report for Acme IT",
            "as of 2026-10-31, window 2025-11 to 2026-10 (12 months)",
            "Prepared by A. Consultant",
            "Contents",
            "Executive summary",
            "Recommendation: talk to Alpha.",
            "1. Labor",
            "1,234.50",
            "Total",
            "1,333.50",
            "- A note on Alpha",
            "page 1 of 3")) {
      assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
    }
  }

  @Test
  void lettersHelveticaLacksAreReplacedNotFatal() throws IOException {
    String text = text(pdf(ReportFixtures.report("Łódź Serwis 🚀", "Zürich Ærø Œuvre")));
    // Ł has no WinAnsi code and no accent to drop (a look-alike L), ź loses its accent, ó is kept.
    assertTrue(text.contains("Report for Lódz Serwis ?"), text);
    // Letters of WinAnsi stay as they are.
    assertTrue(text.contains("Zürich Ærø Œuvre"), text);
  }

  @Test
  void theDocumentIsDatedAsOfAndTheSameEachTime() throws IOException {
    TransitionReport report = ReportFixtures.report("Acme", "Alpha");
    byte[] first = pdf(report);
    assertArrayEquals(first, pdf(report));
    try (PDDocument document = Loader.loadPDF(first)) {
      assertEquals("Report for Acme", document.getDocumentInformation().getTitle());
      assertEquals("A. Consultant", document.getDocumentInformation().getAuthor());
      assertEquals(
          Instant.parse("2026-10-31T00:00:00Z"),
          document.getDocumentInformation().getCreationDate().toInstant());
    }
  }

  @Test
  void chartsAreDrawnAndWideTablesFitThePage() throws IOException {
    BufferedImage image = new BufferedImage(120, 70, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    List<Column> columns = new ArrayList<>();
    Map<String, Object> row = new LinkedHashMap<>();
    // As many money columns as the payments table has, and a long text column that must wrap.
    for (int i = 0; i < 16; i++) {
      columns.add(new Column("c" + i, "column number " + i, Format.MONEY));
      row.put("c" + i, new BigDecimal("1234567.89"));
    }
    columns.add(new Column("evidence", "evidence", Format.TEXT));
    row.put("evidence", "a long sentence of evidence ".repeat(12).strip());
    TransitionReport report =
        new TransitionReport(
            ReportFixtures.report("Acme", "Alpha").cover(),
            List.of(
                new TransitionReport.Section(
                    "wide",
                    "Wide",
                    List.of(),
                    List.of(),
                    List.of(
                        new TransitionReport.Figure(
                            "chart",
                            "A chart",
                            png.toByteArray(),
                            "<svg/>".getBytes(StandardCharsets.UTF_8))),
                    List.of(new Part.Table("rows", "Wide table", columns, List.of(row), null)))));
    byte[] pdf = pdf(report);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() >= 2, "the cover, then the section");
      assertFalse(
          document
              .getPage(1)
              .getResources()
              .getXObjectNames()
              .iterator()
              .next()
              .getName()
              .isEmpty(),
          "the chart's image");
    }
    String text = text(pdf);
    assertTrue(text.contains("A chart"), text);
    assertTrue(text.contains("1,234,567.89"), "[" + text + "]");
  }
}
