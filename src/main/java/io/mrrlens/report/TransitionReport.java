package io.mrrlens.report;

import io.mrrlens.model.Window;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transition report, independent of HTML or PDF: its cover and its sections in order (the
 * executive summary, the three questions, the scorecard, the projection and the appendix).
 *
 * @param tables every table of the report in full, as written to {@code tables/}, by file stem; the
 *     sections may show only the first rows of a table
 */
public record TransitionReport(
    Cover cover, List<Section> sections, Map<String, Part.Table> tables) {

  /** A report whose sections show every table in full. */
  public TransitionReport(Cover cover, List<Section> sections) {
    this(cover, sections, stems(sections));
  }

  /**
   * Every table of the sections by file stem: the section's id, then a dash and the table's key
   * unless the key is {@code rows} ({@code labor}, {@code segments-summary}, ...), in order.
   */
  public static Map<String, Part.Table> stems(List<Section> sections) {
    Map<String, Part.Table> tables = new LinkedHashMap<>();
    for (Section section : sections) {
      for (Part part : section.parts()) {
        if (part instanceof Part.Table table) {
          String key = table.key().replace('_', '-');
          tables.put(key.equals("rows") ? section.id() : section.id() + "-" + key, table);
        }
      }
    }
    return tables;
  }

  /**
   * What the first page shows.
   *
   * @param company the MSP's name, or null
   * @param author who prepared the report, or null
   * @param logo the MSP's logo, or null
   * @param books the books folder's own name (never a local path, e.g. {@code msp-book})
   */
  public record Cover(
      String title,
      String company,
      String author,
      Logo logo,
      String books,
      LocalDate asOf,
      Window window) {

    /** as_of and the window in words, e.g. "as of 2026-10-31, window 2025-11 to 2026-10". */
    public String period() {
      return "as of "
          + asOf
          + ", window "
          + window.from()
          + " to "
          + window.to()
          + " ("
          + window.months()
          + (window.months() == 1 ? " month)" : " months)");
    }
  }

  /** An image file's bytes and its media type: image/png, image/jpeg or image/svg+xml. */
  public record Logo(String mediaType, byte[] bytes) {}

  /**
   * A chart as embedded: its file stem, its caption, what it shows in words (the image's
   * alternative text), and the PNG and SVG bytes.
   */
  public record Figure(String name, String caption, String description, byte[] png, byte[] svg) {}

  /**
   * One section: its paragraphs in plain words, the sentences to stand out (the recommendation),
   * then its charts, then its tables, facts and notes.
   *
   * @param id the section's anchor, lower-case letters and dashes
   */
  public record Section(
      String id,
      String title,
      List<String> paragraphs,
      List<String> highlights,
      List<Figure> figures,
      List<Part> parts) {}
}
