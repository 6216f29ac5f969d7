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
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The PDF of the transition report, read back with PDFBox's text stripper. */
public class PdfReportRendererTest {

  private static byte[] pdf(Report report) {
    return new PdfReportRenderer().bytes(report);
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
  void namesAreShownAsWrittenInAnEmbeddedFont() throws IOException {
    byte[] pdf = pdf(ReportFixtures.report("Dvořák & Łukasz", "Ελληνικά Кириллица"));
    String text = text(pdf);
    assertTrue(text.contains("Report for Dvořák & Łukasz"), text);
    assertTrue(text.contains("Ελληνικά Кириллица"), text);
    assertFalse(text.contains("Characters not shown"), "every letter has a glyph: " + text);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int fonts = 0;
      for (COSName name : document.getPage(0).getResources().getFontNames()) {
        PDFont font = document.getPage(0).getResources().getFont(name);
        assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        assertTrue(font.getName().endsWith("DejaVuSans") || font.getName().endsWith("Bold"));
        fonts++;
      }
      assertEquals(2, fonts, "the regular and the bold face");
    }
  }

  @Test
  void fiAndFlAreTheirOwnLettersNotLigatures() throws IOException {
    // DejaVu Sans's glyph substitutions would draw fi, fl and ffi as one glyph each, which a
    // reader's copy and search get back as U+FB01 to U+FB04. PDFBox's text stripper puts such
    // ligatures back together as letters, so the glyphs are read before it does.
    byte[] pdf = pdf(ReportFixtures.report("Fairfield Office Supplies", "Affluent Firefly"));
    StringBuilder glyphs = new StringBuilder();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              glyphs.append(text.getUnicode());
              super.processTextPosition(text);
            }
          };
      stripper.getText(document);
    }
    String shown = glyphs.toString();
    assertTrue(shown.contains("Report for Fairfield Office Supplies"), shown);
    assertTrue(shown.contains("Affluent Firefly"), shown);
    assertTrue(shown.codePoints().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06), shown);
  }

  @Test
  void charactersTheFontLacksArePrintedAsQuestionMarksAndListed() throws IOException {
    // DejaVu Sans has no CJK ideographs and no emoji: 東 is U+6771, 🚀 U+1F680.
    String text = text(pdf(ReportFixtures.report("東京 Serwis 🚀", "Zürich")));
    assertTrue(text.contains("Report for ?? Serwis ?"), text);
    assertTrue(text.contains("Characters not shown"), text);
    assertTrue(text.contains("U+4EAC, U+6771, U+1F680"), text);
  }

  @Test
  void bookmarksAndTheContentsLeadToEachSectionsFirstPage() throws IOException {
    byte[] pdf = pdf(ReportFixtures.report("Acme", "Alpha"));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> titles = new ArrayList<>();
      List<Integer> pages = new ArrayList<>();
      for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
        titles.add(item.getTitle());
        pages.add(document.getPages().indexOf(item.findDestinationPage(document)) + 1);
      }
      // The cover is page 1; each section starts a page of its own.
      assertEquals(List.of("Executive summary", "1. Labor"), titles);
      assertEquals(List.of(2, 3), pages);
      List<Integer> linked = new ArrayList<>();
      for (PDAnnotation annotation : document.getPage(0).getAnnotations()) {
        PDPageDestination to = (PDPageDestination) ((PDAnnotationLink) annotation).getDestination();
        linked.add(document.getPages().indexOf(to.getPage()) + 1);
      }
      assertEquals(List.of(2, 3), linked, "the contents' lines link to the same pages");
      assertEquals("en", document.getDocumentCatalog().getLanguage());
      assertEquals(
          "Transition report for Acme, as of 2026-10-31, window 2025-11 to 2026-10 (12 months)",
          document.getDocumentInformation().getSubject());
    }
    String cover;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      // The page numbers are written after the layout: read the cover in reading order.
      stripper.setSortByPosition(true);
      stripper.setEndPage(1);
      cover = stripper.getText(document);
    }
    assertTrue(cover.contains("Executive summary 2"), cover);
    assertTrue(cover.contains("1. Labor 3"), cover);
  }

  @Test
  void theDocumentIsDatedAsOfAndTheSameEachTime() throws IOException {
    Report report = ReportFixtures.report("Acme", "Alpha");
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
    Report report =
        ReportFixtures.document(
            ReportFixtures.report("Acme", "Alpha").cover(),
            List.of(
                new Part.Section(
                    "wide",
                    "Wide",
                    List.of(),
                    List.of(),
                    List.of(
                        ReportFixtures.figure(
                            "chart",
                            "A chart",
                            png.toByteArray(),
                            "<svg/>".getBytes(StandardCharsets.UTF_8))),
                    List.of(new Part.Table("rows", "Wide table", columns, List.of(row), null)))));
    byte[] pdf = pdf(report);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // one section follows the cover on its first page
      assertTrue(
          document.getPage(0).getResources().getXObjectNames().iterator().hasNext(),
          "the chart's image");
    }
    String text = text(pdf);
    assertTrue(text.contains("A chart"), text);
    assertTrue(text.contains("1,234,567.89"), "[" + text + "]");
    // 16 money columns do not fit in 8 pt: the rest follow, the first column repeated.
    assertTrue(text.contains("Wide table (continued)"), text);
    assertFalse(text.contains("1,2\n"), "no number wraps: " + text);
  }
}
