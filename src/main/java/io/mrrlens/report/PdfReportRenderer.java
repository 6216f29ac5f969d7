package io.mrrlens.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The transition report as PDF, laid out here with PDFBox: A4 landscape pages, DejaVu Sans embedded
 * (a subset of the glyphs used; Latin, Greek and Cyrillic), each section on a new page, charts as
 * their PNG images, tables in 8 pt that wrap their text cells to fit the page, and a footer with
 * page numbers. A character the font lacks (CJK, emoji) is printed as {@code ?} and listed in a
 * note at the end of the document, never dropped silently. The document's dates are as_of, so the
 * same report gives the same bytes.
 */
public final class PdfReportRenderer implements ReportRenderer {
  private static final float WIDTH = PDRectangle.A4.getHeight();
  private static final float HEIGHT = PDRectangle.A4.getWidth();
  private static final float MARGIN = 40;
  private static final float CONTENT = WIDTH - 2 * MARGIN;
  private static final float TOP = HEIGHT - MARGIN;
  private static final float BOTTOM = MARGIN + 20;
  private static final float BODY = 10;

  /** Tables are set in 8 pt, never smaller: a wide table wraps its text columns instead. */
  private static final float TABLE_TYPE = 8;

  private static final float PAD = 3;
  private static final float CONTENTS_LEADING = 16;

  /** Where the contents' page numbers end, from the titles' left edge. */
  private static final float CONTENTS_NUMBER = 440;

  /** Below this many points a wrapped text column is no longer readable. */
  private static final float NARROWEST_TEXT = 40;

  private static final float[] ACCENT = {0.12f, 0.37f, 0.55f};
  private static final float[] MUTED = {0.32f, 0.38f, 0.43f};
  private static final float[] INK = {0.12f, 0.16f, 0.2f};
  private static final byte[] REGULAR = font("DejaVuSans.ttf");
  private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

  private static byte[] font(String file) {
    try (InputStream in =
        PdfReportRenderer.class.getResourceAsStream("/io/mrrlens/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("the font " + file + " is missing from mrrlens's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font " + file, e);
    }
  }

  @Override
  public boolean binary() {
    return true;
  }

  /** The document as PDF bytes. */
  @Override
  public byte[] bytes(Report report) {
    try (PDDocument document = new PDDocument()) {
      Layout layout = new Layout(document);
      List<float[]> contents = cover(layout, report);
      List<PDPage> starts = new ArrayList<>();
      // the report's charts are also files beside it; a command's only with --charts
      layout.chartFiles = report.command().equals("report");
      boolean alone = report.sections().size() == 1;
      for (Part.Section section : report.sections()) {
        if (alone) {
          layout.y -= 24; // a command's one section follows its title on the first page
        } else {
          layout.newPage();
        }
        starts.add(document.getPage(document.getNumberOfPages() - 1));
        section(layout, section);
      }
      layout.missing();
      layout.finish();
      pageNumbers(layout, contents, starts);
      outline(document, report.sections(), starts);
      footers(layout, report.cover());
      information(document, report);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay out the PDF: " + e.getMessage(), e);
    }
  }

  /** Lays out the cover; returns where each line of the contents is: {page index, baseline}. */
  private static List<float[]> cover(Layout layout, Report report) throws IOException {
    Cover cover = report.cover();
    layout.newPage();
    if (cover.logo() != null && !cover.logo().mediaType().equals("image/svg+xml")) {
      PDImageXObject logo =
          PDImageXObject.createFromByteArray(layout.document, cover.logo().bytes(), "logo");
      float scale = Math.min(1, Math.min(200f / logo.getWidth(), 70f / logo.getHeight()));
      float h = logo.getHeight() * scale;
      layout.stream.drawImage(logo, MARGIN, layout.y - h, logo.getWidth() * scale, h);
      layout.y -= h + 20;
    }
    layout.y -= 40;
    layout.paragraph(cover.title(), layout.bold, 28, INK, 0);
    if (cover.company() != null && !cover.company().isBlank()) {
      layout.y -= 6;
      layout.paragraph(cover.company(), layout.regular, 18, INK, 0);
    }
    layout.y -= 10;
    if (cover.period() != null) {
      layout.paragraph(cover.period(), layout.regular, 12, MUTED, 0);
    }
    if (cover.author() != null && !cover.author().isBlank()) {
      layout.paragraph("Prepared by " + cover.author(), layout.regular, 12, MUTED, 0);
    }
    if (cover.books() != null) {
      layout.paragraph("Books: " + cover.books(), layout.regular, 12, MUTED, 0);
    }
    List<float[]> lines = new ArrayList<>();
    if (report.sections().size() < 2) {
      return lines; // a document of one section needs no contents
    }
    layout.y -= 30;
    layout.paragraph("Contents", layout.bold, 14, ACCENT, 0);
    for (Part.Section section : report.sections()) {
      layout.ensure(CONTENTS_LEADING);
      layout.y -= CONTENTS_LEADING;
      float baseline = layout.y + 3;
      String title = layout.fit(section.title(), 12, CONTENTS_NUMBER - 20);
      layout.show(layout.stream, title, layout.regular, 12, INK, MARGIN + 12, baseline);
      lines.add(new float[] {layout.document.getNumberOfPages() - 1, baseline});
    }
    return lines;
  }

  /**
   * Writes each section's first page number on its line of the contents and makes the line a link
   * to that page.
   */
  private static void pageNumbers(Layout layout, List<float[]> lines, List<PDPage> starts)
      throws IOException {
    PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
    noBorder.setWidth(0);
    for (int i = 0; i < lines.size(); i++) {
      PDPage page = layout.document.getPage((int) lines.get(i)[0]);
      float baseline = lines.get(i)[1];
      String number = String.valueOf(layout.document.getPages().indexOf(starts.get(i)) + 1);
      try (PDPageContentStream stream =
          new PDPageContentStream(
              layout.document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        float width = layout.width(number, layout.regular, 12);
        layout.show(
            stream,
            number,
            layout.regular,
            12,
            INK,
            MARGIN + 12 + CONTENTS_NUMBER - width,
            baseline);
      }
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(
          new PDRectangle(MARGIN, baseline - 4, 12 + CONTENTS_NUMBER, CONTENTS_LEADING));
      link.setBorderStyle(noBorder);
      PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
      destination.setPage(starts.get(i));
      destination.setTop((int) HEIGHT);
      link.setDestination(destination);
      page.getAnnotations().add(link);
    }
  }

  /** One bookmark per section, to its first page; the viewer opens with the bookmarks shown. */
  private static void outline(
      PDDocument document, List<Part.Section> sections, List<PDPage> starts) {
    PDDocumentOutline outline = new PDDocumentOutline();
    for (int i = 0; i < sections.size(); i++) {
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle(sections.get(i).title());
      PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
      destination.setPage(starts.get(i));
      destination.setTop((int) HEIGHT);
      item.setDestination(destination);
      outline.addLast(item);
    }
    outline.openNode();
    document.getDocumentCatalog().setDocumentOutline(outline);
    document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
  }

  private static void section(Layout layout, Part.Section section) throws IOException {
    layout.paragraph(section.title(), layout.bold, 18, ACCENT, 0);
    layout.rule(ACCENT, 1);
    layout.y -= 8;
    for (String paragraph : section.paragraphs()) {
      layout.paragraph(paragraph, layout.regular, BODY, INK, 0);
      layout.y -= 4;
    }
    for (String highlight : section.highlights()) {
      layout.y -= 4;
      float top = layout.y;
      layout.paragraph(highlight, layout.bold, BODY + 1, INK, 10);
      layout.bar(top, layout.y);
      layout.y -= 6;
    }
    // an odd chart out (the section's headline chart) alone and large, then the others in pairs
    // side by side, which the eye compares and which keep the document short
    List<Part.Figure> figures = section.figures();
    int first = figures.size() % 2;
    if (first == 1) {
      layout.figure(figures.get(0));
    }
    for (int i = first; i + 1 < figures.size(); i += 2) {
      layout.pair(figures.get(i), figures.get(i + 1));
    }
    for (Part part : section.parts()) {
      if (part instanceof Part.Facts facts) {
        layout.facts(facts);
      } else if (part instanceof Part.Table table) {
        layout.table(table);
      } else if (part instanceof Part.Lines lines) {
        layout.heading(lines.title());
        for (String line : lines.lines()) {
          layout.paragraph("- " + line, layout.regular, 9, INK, 8);
        }
      }
    }
  }

  private static void footers(Layout layout, Cover cover) throws IOException {
    int pages = layout.document.getNumberOfPages();
    String left =
        cover.title()
            + (cover.company() == null ? "" : " - " + cover.company())
            + (cover.period() == null ? "" : ", " + cover.period());
    for (int i = 0; i < pages; i++) {
      PDPage page = layout.document.getPage(i);
      try (PDPageContentStream stream =
          new PDPageContentStream(
              layout.document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        layout.show(
            stream, layout.fit(left, 8, CONTENT - 80), layout.regular, 8, MUTED, MARGIN, MARGIN);
        String number = "page " + (i + 1) + " of " + pages;
        float width = layout.width(number, layout.regular, 8);
        layout.show(stream, number, layout.regular, 8, MUTED, WIDTH - MARGIN - width, MARGIN);
      }
    }
  }

  private static void information(PDDocument document, Report report) {
    Cover cover = report.cover();
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(cover.title());
    info.setSubject(
        (report.sections().size() > 1 ? "Transition report" : report.sections().get(0).title())
            + (cover.company() == null ? "" : " for " + cover.company())
            + (cover.period() == null ? "" : ", " + cover.period()));
    info.setKeywords("MSP, break-fix, managed services, MRR, projection");
    document.getDocumentCatalog().setLanguage("en");
    // Viewers show the title rather than the file name in their window.
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    document.getDocumentCatalog().setViewerPreferences(preferences);
    if (cover.author() != null) {
      info.setAuthor(cover.author());
    }
    info.setCreator("mrrlens");
    info.setProducer("mrrlens");
    if (cover.asOf() != null) {
      // the books' date, not the clock's: the same books give the same bytes
      Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
      date.setTimeInMillis(cover.asOf().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
      info.setCreationDate(date);
      info.setModificationDate(date);
    }
    // Without an ID PDFBox makes one from the clock; this one is the same for the same report.
    byte[] id = digest(cover.title() + "\n" + cover.company() + "\n" + cover.period());
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().setDocumentID(ids);
  }

  private static byte[] digest(String text) {
    try {
      return Arrays.copyOf(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this Java runtime", e);
    }
  }

  /** The pages written so far, the page being written and where on it. */
  private static final class Layout {
    final PDDocument document;
    final PDFont regular;
    final PDFont bold;
    final Map<String, String> shown = new HashMap<>();

    /** The characters the font cannot show, printed as {@code ?}. */
    final TreeSet<String> lacking = new TreeSet<>();

    PDPageContentStream stream;
    float y;
    int images;
    boolean chartFiles;

    Layout(PDDocument document) throws IOException {
      this.document = document;
      this.regular = font(document, REGULAR);
      this.bold = font(document, BOLD);
    }

    /**
     * A DejaVu face, embedded as the subset of its glyphs the document shows, each character its
     * own glyph: without the font's glyph substitutions (GSUB), which PDFBox would apply word by
     * word, drawing "fi" and "fl" as ligatures that a reader's search, copy and screen reader get
     * back as U+FB01 and U+FB02, and that PDFBox measures as two glyphs while it draws one
     * (docs/decisions.md, "The PDF's text without ligatures").
     */
    private static PDFont font(PDDocument document, byte[] file) throws IOException {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
      font.setEnableGsub(false);
      document.registerTrueTypeFontForClosing(font);
      return PDType0Font.load(document, font, true);
    }

    /** A note naming the characters printed as {@code ?}, so that none is lost unseen. */
    void missing() throws IOException {
      if (lacking.isEmpty()) {
        return;
      }
      StringBuilder list = new StringBuilder();
      for (String c : lacking) {
        list.append(list.length() == 0 ? "" : ", ")
            .append(String.format(Locale.ROOT, "U+%04X", c.codePointAt(0)));
      }
      heading("Characters not shown");
      paragraph(
          "The report's font (DejaVu Sans) has no glyph for "
              + lacking.size()
              + (lacking.size() == 1 ? " character" : " characters")
              + " of the books; each is printed as ? here and appears as written in the HTML"
              + " report and the CSV tables: "
              + list
              + ".",
          regular,
          9,
          INK,
          0);
    }

    void newPage() throws IOException {
      finish();
      PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = TOP;
    }

    void finish() throws IOException {
      if (stream != null) {
        stream.close();
        stream = null;
      }
    }

    /** Starts a new page unless {@code height} points fit above the bottom margin. */
    boolean ensure(float height) throws IOException {
      if (y - height < BOTTOM) {
        newPage();
        return true;
      }
      return false;
    }

    void paragraph(String text, PDFont font, float size, float[] color, float indent)
        throws IOException {
      float leading = size * 1.3f;
      for (String line : wrap(safe(text, font), font, size, CONTENT - indent)) {
        ensure(leading);
        y -= leading;
        show(stream, line, font, size, color, MARGIN + indent, y + size * 0.25f);
      }
    }

    void heading(String title) throws IOException {
      ensure(60);
      y -= 10;
      paragraph(title, bold, 12, INK, 0);
      y -= 2;
    }

    void rule(float[] color, float width) throws IOException {
      stream.setStrokingColor(color[0], color[1], color[2]);
      stream.setLineWidth(width);
      stream.moveTo(MARGIN, y - 2);
      stream.lineTo(WIDTH - MARGIN, y - 2);
      stream.stroke();
    }

    void bar(float top, float bottom) throws IOException {
      if (bottom > top) {
        return; // the highlight crossed a page; its lines stand on their own
      }
      stream.setNonStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
      stream.addRect(MARGIN, bottom, 3, top - bottom);
      stream.fill();
    }

    void figure(Part.Figure figure) throws IOException {
      PDImageXObject image =
          PDImageXObject.createFromByteArray(document, figure.image().png(), "chart-" + (++images));
      float width = CONTENT * 0.8f;
      float height = width * image.getHeight() / image.getWidth();
      float room = TOP - BOTTOM - 30;
      if (height > room) {
        width *= room / height;
        height = room;
      }
      // a chart that nearly fits what is left of the page is drawn a little smaller there,
      // rather than leaving the page empty below a heading
      float left = y - BOTTOM - 30;
      if (height > left && left >= height * 0.6f) {
        width *= left / height;
        height = left;
      }
      ensure(height + 30);
      y -= height + 6;
      stream.drawImage(image, MARGIN + (CONTENT - width) / 2, y, width, height);
      paragraph(
          figure.title() + (chartFiles ? " (charts/" + figure.key() + ".png and .svg)" : ""),
          regular,
          9,
          MUTED,
          (CONTENT - width) / 2);
      y -= 10;
    }

    /** Two charts side by side, each half the width, with a one-line caption under each. */
    void pair(Part.Figure left, Part.Figure right) throws IOException {
      // two rows of pairs fit a page: each chart a little under half the width
      float width = CONTENT * 0.44f;
      float gap = CONTENT - 2 * width;
      PDImageXObject[] images = {image(left), image(right)};
      float height =
          Math.max(
              width * images[0].getHeight() / images[0].getWidth(),
              width * images[1].getHeight() / images[1].getWidth());
      ensure(height + 30);
      y -= height + 6;
      float baseline = y - 11;
      Part.Figure[] figures = {left, right};
      for (int i = 0; i < 2; i++) {
        float x = MARGIN + i * (width + gap);
        float h = width * images[i].getHeight() / images[i].getWidth();
        stream.drawImage(images[i], x, y + (height - h), width, h);
        // the title alone: half a width holds no file name (the report's charts/ has them all)
        show(stream, fit(figures[i].title(), 9, width), regular, 9, MUTED, x, baseline);
      }
      y = baseline - 14;
    }

    private PDImageXObject image(Part.Figure figure) throws IOException {
      return PDImageXObject.createFromByteArray(
          document, figure.image().png(), "chart-" + (++images));
    }

    void facts(Part.Facts facts) throws IOException {
      heading(facts.title());
      float labels = 0;
      for (Fact fact : facts.facts()) {
        labels = Math.max(labels, width(safe(fact.label(), regular), regular, 9));
      }
      labels = Math.min(labels + 12, CONTENT / 2);
      for (Fact fact : facts.facts()) {
        List<String> values = wrap(safe(Cells.fact(fact), regular), regular, 9, CONTENT - labels);
        float height = values.size() * 11.7f;
        ensure(height);
        float line = y - 11.7f;
        show(stream, fit(fact.label(), 9, labels - 12), regular, 9, MUTED, MARGIN, line + 2.25f);
        for (String value : values) {
          y -= 11.7f;
          show(stream, value, regular, 9, INK, MARGIN + labels, y + 2.25f);
        }
      }
    }

    void table(Part.Table table) throws IOException {
      // no table starts at the foot of a page with its title, its header and a row or two: the
      // title, a header of up to three lines and the first four rows (or all, when fewer) stay
      // together
      float line = TABLE_TYPE * 1.25f + 2;
      ensure(40 + line * (3 + Math.min(4, table.rows().size())));
      heading(table.title());
      if (table.rows().isEmpty()) {
        paragraph("(none)", regular, 9, MUTED, 0);
        return;
      }
      List<Column> columns = table.columns();
      List<String> headers = new ArrayList<>();
      columns.forEach(c -> headers.add(safe(c.header(), bold)));
      List<List<String>> rows = new ArrayList<>();
      for (Map<String, Object> row : table.rows()) {
        rows.add(safe(Cells.row(columns, row)));
      }
      List<String> totals = table.totals() == null ? null : safe(Cells.totals(table));
      float size = TABLE_TYPE;
      float[] natural = natural(headers, rows, totals, size);
      List<List<Integer>> groups = groups(columns, natural);
      for (int g = 0; g < groups.size(); g++) {
        if (g > 0) {
          heading(table.title() + " (continued)");
        }
        List<Integer> group = groups.get(g);
        List<Column> shown = new ArrayList<>();
        float[] widths = new float[group.size()];
        boolean[] numeric = new boolean[group.size()];
        for (int i = 0; i < group.size(); i++) {
          shown.add(columns.get(group.get(i)));
          widths[i] = natural[group.get(i)];
          numeric[i] = Values.isNumeric(shown.get(i).format());
        }
        if (sum(widths) > CONTENT) {
          widths = squeezed(shown, widths);
        }
        float leading = size * 1.25f;
        List<String> header = pick(headers, group);
        row(header, widths, numeric, bold, size, leading, true);
        for (List<String> row : rows) {
          List<String> cells = pick(row, group);
          if (row(cells, widths, numeric, regular, size, leading, false)) {
            row(header, widths, numeric, bold, size, leading, true);
            row(cells, widths, numeric, regular, size, leading, false);
          }
        }
        if (totals != null) {
          row(pick(totals, group), widths, numeric, bold, size, leading, true);
        }
      }
      if (table.more() != null) {
        y -= 2;
        paragraph(table.more(), regular, 9, MUTED, 0);
      }
      y -= 8;
    }

    /**
     * Draws one row; returns true, without drawing, when it starts a new page (the caller repeats
     * the header first).
     */
    boolean row(
        List<String> cells,
        float[] widths,
        boolean[] numeric,
        PDFont font,
        float size,
        float leading,
        boolean ruled)
        throws IOException {
      List<List<String>> lines = new ArrayList<>();
      int most = 1;
      for (int i = 0; i < cells.size(); i++) {
        List<String> wrapped = wrap(cells.get(i), font, size, widths[i] - 2 * PAD);
        lines.add(wrapped);
        most = Math.max(most, wrapped.size());
      }
      float height = most * leading + 2;
      if (ensure(height) && !ruled) {
        return true;
      }
      if (ruled) {
        stream.setStrokingColor(0.8f, 0.82f, 0.85f);
        stream.setLineWidth(0.5f);
        stream.moveTo(MARGIN, y);
        stream.lineTo(MARGIN + sum(widths), y);
        stream.stroke();
      }
      float x = MARGIN;
      for (int i = 0; i < cells.size(); i++) {
        float line = y;
        for (String text : lines.get(i)) {
          line -= leading;
          float left = numeric[i] ? x + widths[i] - PAD - width(text, font, size) : x + PAD;
          show(stream, text, font, size, INK, left, line + size * 0.3f);
        }
        x += widths[i];
      }
      y -= height;
      return false;
    }

    float[] natural(List<String> headers, List<List<String>> rows, List<String> totals, float size)
        throws IOException {
      float[] widths = new float[headers.size()];
      for (int i = 0; i < widths.length; i++) {
        // A header may wrap at its spaces: its longest word is what must fit.
        float header = 0;
        for (String word : headers.get(i).split(" ")) {
          header = Math.max(header, width(word, bold, size));
        }
        widths[i] = header;
        for (List<String> row : rows) {
          widths[i] = Math.max(widths[i], width(row.get(i), regular, size));
        }
        if (totals != null) {
          widths[i] = Math.max(widths[i], width(totals.get(i), bold, size));
        }
        widths[i] += 2 * PAD;
      }
      return widths;
    }

    /**
     * The columns of each part of a table: all of them when their numbers fit the page with room
     * for the text columns to wrap; else as many as fit, each part after the first repeating the
     * first column (the client), so that no type shrinks below 8 pt and no number wraps.
     */
    static List<List<Integer>> groups(List<Column> columns, float[] natural) {
      List<List<Integer>> groups = new ArrayList<>();
      List<Integer> group = new ArrayList<>(List.of(0));
      float used = room(columns.get(0), natural[0]);
      for (int i = 1; i < natural.length; i++) {
        float need = room(columns.get(i), natural[i]);
        if (used + need > CONTENT && group.size() > 1) {
          groups.add(group);
          group = new ArrayList<>(List.of(0));
          used = room(columns.get(0), natural[0]);
        }
        group.add(i);
        used += need;
      }
      groups.add(group);
      return groups;
    }

    /** The least width a column needs: its natural width for a number, less for wrapping text. */
    private static float room(Column column, float natural) {
      return Values.isNumeric(column.format()) ? natural : Math.min(natural, NARROWEST_TEXT * 2);
    }

    private static List<String> pick(List<String> cells, List<Integer> group) {
      List<String> picked = new ArrayList<>(group.size());
      group.forEach(i -> picked.add(cells.get(i)));
      return picked;
    }

    /** Numbers keep their width; text columns share what is left, in proportion, and wrap. */
    static float[] squeezed(List<Column> columns, float[] natural) {
      float numbers = 0;
      float texts = 0;
      int textColumns = 0;
      for (int i = 0; i < natural.length; i++) {
        if (Values.isNumeric(columns.get(i).format())) {
          numbers += natural[i];
        } else {
          texts += natural[i];
          textColumns++;
        }
      }
      float[] widths = natural.clone();
      float left = CONTENT - numbers;
      if (left < NARROWEST_TEXT * textColumns) {
        float scale = CONTENT / sum(natural);
        for (int i = 0; i < widths.length; i++) {
          widths[i] *= scale;
        }
        return widths;
      }
      for (int i = 0; i < widths.length; i++) {
        if (!Values.isNumeric(columns.get(i).format())) {
          widths[i] = natural[i] * left / texts;
        }
      }
      return widths;
    }

    static float sum(float[] widths) {
      float sum = 0;
      for (float w : widths) {
        sum += w;
      }
      return sum;
    }

    /** Lines of at most {@code width} points, broken at spaces, or inside a word too long. */
    List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (width(candidate, font, size) <= width + 0.01f) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        while (word.length() > 1 && width(word, font, size) > width + 0.01f) {
          int cut = word.length() - 1;
          while (cut > 1 && width(word.substring(0, cut), font, size) > width + 0.01f) {
            cut--;
          }
          lines.add(word.substring(0, cut));
          word = word.substring(cut);
        }
        line.append(word);
      }
      lines.add(line.toString());
      return lines;
    }

    /** The text cut to {@code width} points, with an ellipsis when cut. */
    String fit(String text, float size, float width) throws IOException {
      String safe = safe(text, regular);
      if (width(safe, regular, size) <= width) {
        return safe;
      }
      while (safe.length() > 1 && width(safe + "...", regular, size) > width) {
        safe = safe.substring(0, safe.length() - 1);
      }
      return safe + "...";
    }

    float width(String text, PDFont font, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    void show(
        PDPageContentStream to,
        String text,
        PDFont font,
        float size,
        float[] color,
        float x,
        float baseline)
        throws IOException {
      if (text.isEmpty()) {
        return;
      }
      to.beginText();
      to.setNonStrokingColor(color[0], color[1], color[2]);
      to.setFont(font, size);
      to.newLineAtOffset(x, baseline);
      to.showText(text);
      to.endText();
    }

    List<String> safe(List<String> cells) {
      List<String> safe = new ArrayList<>(cells.size());
      cells.forEach(c -> safe.add(safe(c, regular)));
      return safe;
    }

    /**
     * The text (composed, NFC) with every character the font lacks replaced by {@code ?} and
     * remembered for the closing note; line breaks and tabs become spaces.
     */
    String safe(String text, PDFont font) {
      StringBuilder out = new StringBuilder(text.length());
      Normalizer.normalize(text, Normalizer.Form.NFC)
          .codePoints()
          .forEach(
              cp -> {
                String one = new String(Character.toChars(cp));
                String shownAs = shown.computeIfAbsent(one, c -> replacement(c, font));
                if (shownAs.equals("?") && !one.equals("?")) {
                  lacking.add(one);
                }
                out.append(shownAs);
              });
      return out.toString();
    }

    private static String replacement(String character, PDFont font) {
      if (character.equals("\n") || character.equals("\r") || character.equals("\t")) {
        return " ";
      }
      return encodes(font, character) ? character : "?";
    }

    private static boolean encodes(PDFont font, String text) {
      try {
        font.encode(text);
        return !Character.isISOControl(text.codePointAt(0));
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    }
  }
}
