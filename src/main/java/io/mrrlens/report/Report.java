package io.mrrlens.report;

import io.mrrlens.model.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document a command writes, independent of the output format: the command, as_of, the window,
 * the settings used, its parts in order (facts, tables, lines, figures, or sections of them) and
 * its cover. Every format renders this one model: a command's answer is a document of one section,
 * {@code mrrlens report} the document of every section.
 *
 * @param heading one line naming what the document is about, for text outputs
 * @param cover the first page of HTML and PDF, or null for the command's own (see {@link #cover()})
 * @param tables every table in full by file stem, where a section shows only the first rows of one;
 *     null when the sections show every row (see {@link #tables()})
 */
public record Report(
    String command,
    String heading,
    LocalDate asOf,
    Window window,
    List<Fact> settings,
    List<Part> parts,
    Cover cover,
    Map<String, Part.Table> tables) {

  /** The question each command's single section answers, as it heads the HTML and PDF. */
  private static final Map<String, String> TITLES =
      Map.of(
          "check", "What the books hold",
          "labor", "Who needs the most labor, and who the least?",
          "payments", "Who pays on time, and who pays late?",
          "segments", "Who is on a contract, and who only calls for projects?",
          "scorecard", "The scorecard: what to do about each client",
          "project", "The projection: break-fix, managed or blocks of hours",
          "staffing", "How many technicians the ticket load needs",
          "summary", "The month at a glance");

  /** A command's document, with the command's own cover. */
  public Report(
      String command,
      String heading,
      LocalDate asOf,
      Window window,
      List<Fact> settings,
      List<Part> parts) {
    this(command, heading, asOf, window, settings, parts, null, null);
  }

  /**
   * The first page: the one given, else "mrrlens COMMAND" with the heading (the books, as the user
   * named them), as_of and the window.
   */
  @Override
  public Cover cover() {
    return cover != null
        ? cover
        : new Cover("mrrlens " + command, null, null, null, heading, asOf, window);
  }

  /** This document with other parts, the rest kept. */
  public Report withParts(List<Part> others) {
    return new Report(command, heading, asOf, window, settings, List.copyOf(others), cover, tables);
  }

  /**
   * This report with money in a named currency: each money column's header ends in the ISO code
   * ({@code billed (EUR)}) and the settings say which currency it is; the same report when {@code
   * currency} is null. Field names (CSV, JSON) stay as they are.
   */
  public Report inCurrency(String currency) {
    if (currency == null) {
      return this;
    }
    List<Fact> facts = new ArrayList<>(settings);
    facts.add(new Fact("currency", "currency", currency, Format.TEXT));
    Map<String, Part.Table> namedTables = null;
    if (tables != null) {
      namedTables = new LinkedHashMap<>();
      for (Map.Entry<String, Part.Table> table : tables.entrySet()) {
        namedTables.put(table.getKey(), Cells.inCurrency(table.getValue(), currency));
      }
    }
    return new Report(
        command,
        heading,
        asOf,
        window,
        List.copyOf(facts),
        named(parts, currency),
        cover,
        namedTables);
  }

  private static List<Part> named(List<Part> parts, String currency) {
    List<Part> named = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof Part.Table table) {
        named.add(Cells.inCurrency(table, currency));
      } else if (part instanceof Part.Section s) {
        named.add(
            new Part.Section(
                s.key(),
                s.title(),
                s.paragraphs(),
                s.highlights(),
                s.figures(),
                named(s.parts(), currency)));
      } else {
        named.add(part);
      }
    }
    return List.copyOf(named);
  }

  /** The main table (key {@code rows}, else {@code months} for the projection), or null. */
  public Part.Table main() {
    for (String key : new String[] {"rows", "months"}) {
      for (Part part : parts) {
        if (part instanceof Part.Table table && table.key().equals(key)) {
          return table;
        }
      }
    }
    return null;
  }

  /**
   * The sections as HTML and PDF lay them out: the document's own, or for a command's document one
   * section of its figures, its settings and its other parts, headed by the command's question.
   */
  public List<Part.Section> sections() {
    List<Part.Section> sections = new ArrayList<>();
    List<Part.Figure> figures = new ArrayList<>();
    List<Part> others = new ArrayList<>();
    if (!settings.isEmpty()) {
      others.add(new Part.Facts("settings", "Settings", settings));
    }
    for (Part part : parts) {
      if (part instanceof Part.Section section) {
        sections.add(section);
      } else if (part instanceof Part.Figure figure) {
        figures.add(figure);
      } else {
        others.add(part);
      }
    }
    if (sections.isEmpty()) {
      sections.add(
          new Part.Section(
              command,
              TITLES.getOrDefault(command, "mrrlens " + command),
              List.of(),
              List.of(),
              List.copyOf(figures),
              List.copyOf(others)));
    }
    return sections;
  }

  /** Every figure of the document, in order: what {@code --charts DIR} writes. */
  public List<Part.Figure> figures() {
    List<Part.Figure> figures = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof Part.Figure figure) {
        figures.add(figure);
      } else if (part instanceof Part.Section section) {
        figures.addAll(section.figures());
      }
    }
    return figures;
  }

  /**
   * Every table in full by file stem, as {@code report} writes them to {@code tables/}: the ones
   * given, else each section's tables, named by the section's key, then a dash and the table's key
   * unless the key is {@code rows} ({@code labor}, {@code segments-summary}, ...), in order.
   */
  @Override
  public Map<String, Part.Table> tables() {
    return tables != null ? tables : stems(sections());
  }

  /** The tables of the sections by file stem (see {@link #tables()}). */
  public static Map<String, Part.Table> stems(List<Part.Section> sections) {
    Map<String, Part.Table> tables = new LinkedHashMap<>();
    for (Part.Section section : sections) {
      for (Part part : section.parts()) {
        if (part instanceof Part.Table table) {
          String key = table.key().replace('_', '-');
          tables.put(key.equals("rows") ? section.key() : section.key() + "-" + key, table);
        }
      }
    }
    return tables;
  }
}
