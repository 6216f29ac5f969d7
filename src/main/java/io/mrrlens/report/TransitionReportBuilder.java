package io.mrrlens.report;

import io.mrrlens.analysis.ClientLabor;
import io.mrrlens.analysis.ClientPayments;
import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import io.mrrlens.projection.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the transition report of {@code mrrlens report} from the findings: the executive summary
 * (see {@link ExecutiveSummary}), then the reports of labor, payments, segments, the scorecard and
 * the projection as their own builders make them, each with its charts, and an appendix of
 * definitions, settings and data-quality counts.
 */
public final class TransitionReportBuilder {
  static final TableLayout<FileImport> FILES =
      new TableLayout<FileImport>()
          .add("file", "file", Format.TEXT, FileImport::file)
          .add("kind", "kind", Format.TEXT, r -> r.kind().name().toLowerCase(Locale.ROOT))
          .add("encoding", "encoding", Format.TEXT, FileImport::encoding)
          .add("rows_read", "rows read", Format.COUNT, FileImport::rowsRead)
          .add("rows_accepted", "accepted", Format.COUNT, FileImport::rowsAccepted)
          .add("rows_rejected", "rejected", Format.COUNT, FileImport::rowsRejected);

  static final List<String> DEFINITIONS =
      List.of(
          "Window: the whole calendar months analysed; by default the 12 ending with the last"
              + " complete month at as_of.",
          "Revenue: every invoice issued in the window, credit memos included.",
          "Effective rate: a client's revenue divided by the hours worked for it.",
          "Margin: revenue less labor cost (hours times the cost per hour), as a share of revenue.",
          "Reactive hours: time not charged to a project and not of a proactive type (maintenance,"
              + " patching, onboarding, reviews, ...); RHEM: reactive hours per endpoint per"
              + " month.",
          "Grade: A to F from the larger of the average days late and the most days past due of an"
              + " open invoice: A up to 2 days, B up to 10, C up to 30, D up to 60, F beyond.",
          "DSO: days sales outstanding, the open balance over the amounts issued in the last 90"
              + " days, times 90.",
          "Segment: managed (a recurring contract, little T&M), hybrid (a contract and regular"
              + " T&M), break-fix (T&M in several months, no contract), project-only (anything"
              + " else in the window).",
          "MRR: monthly recurring revenue, the recurring invoices of a month; T&M: time and"
              + " materials, work billed by the hour.",
          "P10, P50, P90: 10%, half and 90% of the simulated paths lie at or below the figure;"
              + " P50 is the median.",
          "Break-even: the first month from which a scenario's cumulative gross profit (P50)"
              + " stays at or above the status quo's.");

  /** The keys of the tables with a row per client: a section shows the first of them. */
  private static final Set<String> CLIENT_TABLES = Set.of("rows", "offers");

  /** How many clients a section's table shows unless --top says otherwise. */
  public static final int DEFAULT_TOP = 15;

  private TransitionReportBuilder() {}

  /**
   * The transition report.
   *
   * @param cover the title page
   * @param findings the analysis and the projection
   * @param choice the clients the tables hold (totals stay those of every client); a section's
   *     client table shows the first {@code choice.top()} of them ({@link #DEFAULT_TOP} when null),
   *     {@code tables/} every one
   * @param figures the charts, each placed in the section its name starts with
   * @param books the imported books, for the data-quality counts
   * @param currency the books' ISO currency code for the money headers, or null
   */
  public static Report build(
      Cover cover,
      Findings findings,
      RowChoice choice,
      List<Part.Figure> figures,
      Books books,
      String currency) {
    String name = cover.books();
    int top = choice.top() != null ? choice.top() : DEFAULT_TOP;
    RowChoice every = choice.clientsOnly();
    Report labor =
        LaborReportBuilder.build(
                name, findings.labor(), findings.period(), findings.settings(), every)
            .inCurrency(currency);
    Report payments =
        PaymentsReportBuilder.build(
                name, findings.payments(), findings.period(), findings.settings(), every)
            .inCurrency(currency);
    Report segments =
        SegmentsReportBuilder.build(
                name, findings.segments(), findings.period(), findings.settings(), every)
            .inCurrency(currency);
    Report scorecard =
        ScorecardReportBuilder.build(
                name,
                findings.scores(),
                findings.scoreTotals(),
                findings.period(),
                findings.settings(),
                every)
            .inCurrency(currency);
    Report projection =
        ProjectionReportBuilder.build(
                name,
                findings.projection(),
                findings.period(),
                findings.projectionSettings(),
                Set.of())
            .inCurrency(currency);
    List<Part.Section> sections = new ArrayList<>();
    sections.add(
        new Part.Section(
            "summary",
            "Executive summary",
            ExecutiveSummary.paragraphs(findings),
            ExecutiveSummary.highlights(findings),
            List.of(),
            List.of(
                new Part.Facts(
                    "figures", "The numbers behind it", ExecutiveSummary.figures(findings)))));
    sections.add(
        section(
            "labor",
            "1. Who needs the most labor, and who the least?",
            List.of(
                "Per client over the window: tickets, hours worked (billable and reactive), hours"
                    + " per month, share of all hours, revenue, effective rate, labor cost and"
                    + " margin; most hours first.",
                mostHours(findings)),
            figures,
            labor.parts()));
    sections.add(
        section(
            "payments",
            "2. Who pays on time, and who pays late?",
            List.of(
                "Per client: invoices billed in the window, amount-weighted days to pay and days"
                    + " late, the on-time rate, the balance still open at as_of by days past"
                    + " due, DSO and a grade from A to F; worst payers first.",
                worstPayer(findings)),
            figures,
            payments.parts()));
    sections.add(
        section(
            "segments",
            "3. Who is on a contract, and who only calls for projects?",
            List.of(
                "Each invoice is recurring, T&M, project or product; each client lands in a"
                    + " segment by the months it was billed each kind, with the evidence shown."),
            figures,
            segments.parts()));
    sections.add(
        section(
            "scorecard",
            "The scorecard: what to do about each client",
            List.of(
                "The three answers side by side, with one recommended action per client and its"
                    + " reason, most urgent first: the list of clients to talk to."),
            figures,
            scorecard.parts()));
    List<Part> projectionParts = new ArrayList<>(projection.parts());
    projectionParts.add(1, new Part.Facts("assumptions", "Assumptions", projection.settings()));
    sections.add(
        section(
            "projection",
            "The projection: what happens if break-fix goes?",
            List.of(
                "Each client's future months are drawn from its own months in the window, "
                    + findings.projectionSettings().paths()
                    + " times over "
                    + findings.projectionSettings().horizon()
                    + " months (seed "
                    + findings.projectionSettings().seed()
                    + "), under three scenarios: "
                    + Scenario.STATUS_QUO.label()
                    + " (nothing changes), "
                    + Scenario.TRANSITION.label()
                    + " (the candidates are offered a managed agreement) and "
                    + Scenario.MIDDLE_PATH.label()
                    + " (they are offered prepaid blocks of hours). The assumptions below are"
                    + " the settings of the run; change them in mrrlens.yaml. The month-by-month"
                    + " figures are in the appendix."),
            figures,
            projectionParts));
    sections.add(
        new Part.Section(
            "appendix",
            "Appendix: definitions and data quality",
            List.of(
                "Every figure is defined in docs/metrics.md and docs/projection.md of mrrlens;"
                    + " the main terms are repeated here."),
            List.of(),
            List.of(),
            List.of(
                new Part.Lines("definitions", "Definitions", DEFINITIONS),
                new Part.Facts("settings", "Settings of the analysis", scorecard.settings()),
                new Part.Facts("data_quality", "Data quality", dataQuality(books)),
                FILES.table("files", "Files read", books.files(), null))));
    Map<String, Part.Table> tables = Report.stems(sections);
    return new Report(
        "report",
        cover.books(),
        cover.asOf(),
        cover.window(),
        scorecard.settings(),
        List.copyOf(shortened(sections, tables, top)),
        cover,
        tables);
  }

  /**
   * The sections as the document shows them: each client table (key {@code rows}, or the
   * projection's {@code offers}) cut to its first {@code top} rows with a line naming the CSV file
   * that holds them all, and the projection's month-by-month table moved to the end of the
   * appendix.
   */
  static List<Part.Section> shortened(
      List<Part.Section> sections, Map<String, Part.Table> tables, int top) {
    List<Part.Section> shown = new ArrayList<>();
    Part.Table months = null;
    for (Part.Section section : sections) {
      List<Part> parts = new ArrayList<>();
      for (Part part : section.parts()) {
        if (part instanceof Part.Table table
            && section.key().equals("projection")
            && table.key().equals("months")) {
          months =
              new Part.Table(
                  "projection_months",
                  "The projection month by month",
                  table.columns(),
                  table.rows(),
                  table.totals());
        } else if (part instanceof Part.Table table
            && CLIENT_TABLES.contains(table.key())
            && table.rows().size() > top) {
          int left = table.rows().size() - top;
          parts.add(
              table.cut(
                  top,
                  "and "
                      + left
                      + (left == 1 ? " more client" : " more clients")
                      + ", in tables/"
                      + stem(tables, table)
                      + ".csv"));
        } else {
          parts.add(part);
        }
      }
      if (section.key().equals("appendix") && months != null) {
        parts.add(months);
      }
      shown.add(
          new Part.Section(
              section.key(),
              section.title(),
              section.paragraphs(),
              section.highlights(),
              section.figures(),
              List.copyOf(parts)));
    }
    return List.copyOf(shown);
  }

  private static String stem(Map<String, Part.Table> tables, Part.Table table) {
    return tables.entrySet().stream()
        .filter(e -> e.getValue() == table)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private static Part.Section section(
      String id,
      String title,
      List<String> paragraphs,
      List<Part.Figure> figures,
      List<Part> parts) {
    List<Part.Figure> mine =
        figures.stream().filter(f -> f.key().equals(id) || f.key().startsWith(id + "-")).toList();
    return new Part.Section(id, title, paragraphs, List.of(), mine, parts);
  }

  private static String mostHours(Findings f) {
    List<ClientLabor> rows = f.labor().rows();
    if (rows.isEmpty() || rows.get(0).hours().signum() == 0) {
      return "No hours were recorded in the window.";
    }
    ClientLabor top = rows.get(0);
    return top.client()
        + " needed the most labor: "
        + ExecutiveSummary.money(top.hours())
        + " hours, "
        + Values.human(top.shareOfHours(), Format.PERCENT)
        + " of all hours.";
  }

  private static String worstPayer(Findings f) {
    List<ClientPayments> rows = f.payments().rows();
    if (rows.isEmpty()) {
      return "No invoice was issued in the window.";
    }
    ClientPayments worst = rows.get(0);
    return "The worst payer is "
        + worst.client()
        + ", grade "
        + worst.grade().label()
        + (worst.oldestOverdueDays() != null
            ? ", with an invoice " + worst.oldestOverdueDays() + " days past due"
            : "")
        + ".";
  }

  private static List<Fact> dataQuality(Books books) {
    return List.of(
        new Fact("files", "files read", (long) books.files().size(), Format.COUNT),
        new Fact(
            "rows_read",
            "rows read",
            books.files().stream().mapToLong(FileImport::rowsRead).sum(),
            Format.COUNT),
        new Fact(
            "rows_rejected",
            "rows rejected",
            books.files().stream().mapToLong(FileImport::rowsRejected).sum(),
            Format.COUNT),
        new Fact(
            "rejected_values", "rejected values", (long) books.rejections().size(), Format.COUNT),
        new Fact("warnings", "warnings", (long) books.warnings().size(), Format.COUNT),
        new Fact("clients", "clients listed", (long) books.clients().size(), Format.COUNT),
        new Fact("tickets", "tickets", (long) books.tickets().size(), Format.COUNT),
        new Fact("time_entries", "time entries", (long) books.timeEntries().size(), Format.COUNT),
        new Fact("invoices", "invoices", (long) books.invoices().size(), Format.COUNT),
        new Fact("payments", "payments", (long) books.payments().size(), Format.COUNT),
        new Fact("agreements", "agreements", (long) books.agreements().size(), Format.COUNT));
  }
}
