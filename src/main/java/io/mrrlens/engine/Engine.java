package io.mrrlens.engine;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.BookCheck;
import io.mrrlens.analysis.BookTables;
import io.mrrlens.analysis.ClientScore;
import io.mrrlens.analysis.History;
import io.mrrlens.analysis.LaborAnalysis;
import io.mrrlens.analysis.MonthlySummary;
import io.mrrlens.analysis.PaymentAnalysis;
import io.mrrlens.analysis.Period;
import io.mrrlens.analysis.Scorecard;
import io.mrrlens.analysis.Segment;
import io.mrrlens.analysis.SegmentAnalysis;
import io.mrrlens.chart.ChartPlan;
import io.mrrlens.config.Config;
import io.mrrlens.config.InitialConfig;
import io.mrrlens.importing.BooksImporter;
import io.mrrlens.importing.CanonicalBookWriter;
import io.mrrlens.importing.ProfileBookWriter;
import io.mrrlens.model.Books;
import io.mrrlens.model.FileImport;
import io.mrrlens.model.Problem;
import io.mrrlens.model.Window;
import io.mrrlens.projection.Projection;
import io.mrrlens.projection.ProjectionSettings;
import io.mrrlens.projection.Scenario;
import io.mrrlens.projection.StaffSettings;
import io.mrrlens.projection.Staffing;
import io.mrrlens.report.CheckReportBuilder;
import io.mrrlens.report.Cover;
import io.mrrlens.report.DataQuality;
import io.mrrlens.report.Fact;
import io.mrrlens.report.Findings;
import io.mrrlens.report.Format;
import io.mrrlens.report.LaborReportBuilder;
import io.mrrlens.report.Part;
import io.mrrlens.report.PaymentsReportBuilder;
import io.mrrlens.report.ProjectionReportBuilder;
import io.mrrlens.report.Report;
import io.mrrlens.report.ScorecardReportBuilder;
import io.mrrlens.report.SegmentsReportBuilder;
import io.mrrlens.report.StaffingReportBuilder;
import io.mrrlens.report.SummaryReportBuilder;
import io.mrrlens.report.TransitionReportBuilder;
import io.mrrlens.sample.SampleGenerator;
import io.mrrlens.sample.SampleSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The workflows of mrrlens, one per command: each takes typed settings and returns a document (with
 * what to tell besides it), and prints, exits and parses nothing. The command line calls them; so
 * can a test, a library user or a runner over many books.
 */
public final class Engine {
  private final Progress progress;
  private final UnaryOperator<String> environment;

  /**
   * @param progress where long work reports how far it is
   * @param environment the environment variables the import cache reads ({@code MRRLENS_CACHE_DIR},
   *     {@code XDG_CACHE_HOME})
   */
  public Engine(Progress progress, UnaryOperator<String> environment) {
    this.progress = progress;
    this.environment = environment;
  }

  /** {@code check}: imports and validates a book and says what was found. */
  public Outcome check(BooksSource source) {
    try (BookReader.Read read = BookReader.read(source, progress.importing(), environment)) {
      BookCheck check = BookCheck.of(read.books(), source.asOf());
      List<Fact> facts = new ArrayList<>(BookReader.facts(source.config()));
      facts.add(new Fact("import_cache", "import cache", read.cacheStatus(), Format.TEXT));
      return Outcome.of(CheckReportBuilder.build(source.name(), read.books(), check, facts));
    }
  }

  /** {@code labor}: question 1, which clients need the most labor and which the least. */
  public Outcome labor(BooksSource source, Scope scope, ChartPlan charts) {
    try (Workbench w = Workbench.open(source, scope, progress, environment)) {
      LaborAnalysis.Result result =
          LaborAnalysis.of(w.tables(), w.period(), w.settings(), w.choice().all());
      return answer(
          w,
          LaborReportBuilder.build(w.name(), result, w.period(), w.settings(), w.choice()),
          // The segments colour the chart's bars, as in the report.
          plan(charts, w).labor(result, w.choice(), scope.chartTop(), segmentsOf(w)));
    }
  }

  /** {@code payments}: question 2, which clients pay on time and which pay late. */
  public Outcome payments(BooksSource source, Scope scope, ChartPlan charts) {
    try (Workbench w = Workbench.open(source, scope, progress, environment)) {
      PaymentAnalysis.Result result = PaymentAnalysis.of(w.tables(), w.period(), w.choice().all());
      return answer(
          w,
          PaymentsReportBuilder.build(w.name(), result, w.period(), w.settings(), w.choice()),
          plan(charts, w).payments(result, w.choice(), scope.chartTop()));
    }
  }

  /** {@code segments}: question 3, contract clients and project-only clients. */
  public Outcome segments(BooksSource source, Scope scope, ChartPlan charts) {
    try (Workbench w = Workbench.open(source, scope, progress, environment)) {
      SegmentAnalysis.Result result =
          SegmentAnalysis.of(w.tables(), w.period(), w.settings(), w.choice().all());
      return answer(
          w,
          SegmentsReportBuilder.build(w.name(), result, w.period(), w.settings(), w.choice()),
          plan(charts, w).segments(result));
    }
  }

  /** {@code scorecard}: the three answers together, with a recommended action per client. */
  public Outcome scorecard(BooksSource source, Scope scope, ChartPlan charts) {
    try (Workbench w = Workbench.open(source, scope, progress, environment)) {
      Answers a = Answers.of(w);
      List<ClientScore> scores =
          Scorecard.of(a.labor(), a.payments(), a.segments(), w.period(), w.settings());
      return answer(
          w,
          ScorecardReportBuilder.build(
              w.name(),
              scores,
              Scorecard.totals(a.labor(), a.payments(), a.segments()),
              w.period(),
              w.settings(),
              w.choice()),
          plan(charts, w).scorecard(scores, w.choice(), w.settings()));
    }
  }

  /**
   * {@code project}: break-fix against managed against blocks of hours, month by month, over every
   * active client of the window.
   *
   * @param shown the scenarios to show, every one when empty
   */
  public Outcome project(BooksSource source, Scope scope, ChartPlan charts, Set<Scenario> shown) {
    try (Workbench w = Workbench.open(source, scope, progress, environment)) {
      ProjectionSettings settings = ProjectionSettings.from(w.config());
      Projection.Result result =
          simulate(
              w,
              settings,
              SegmentAnalysis.of(w.tables(), w.period(), w.settings(), false),
              PaymentAnalysis.of(w.tables(), w.period(), false));
      return answer(
          w,
          ProjectionReportBuilder.build(w.name(), result, w.period(), settings, shown),
          plan(charts, w).projection(result, shown));
    }
  }

  /**
   * {@code staffing}: how many technicians a ticket load needs, and what a team of {@code techs}
   * reaches (null: not asked).
   */
  public Outcome staffing(
      double ticketsPerMonth, double hoursPerTicket, Integer techs, Config config) {
    StaffSettings staff = StaffSettings.from(config);
    return Outcome.of(
        StaffingReportBuilder.build(
            Staffing.of(ticketsPerMonth, hoursPerTicket, staff, techs), staff));
  }

  /** The answers to the three questions over a workbench's window and rows. */
  record Answers(
      LaborAnalysis.Result labor,
      PaymentAnalysis.Result payments,
      SegmentAnalysis.Result segments) {
    static Answers of(Workbench w) {
      boolean all = w.choice().all();
      return new Answers(
          LaborAnalysis.of(w.tables(), w.period(), w.settings(), all),
          PaymentAnalysis.of(w.tables(), w.period(), all),
          SegmentAnalysis.of(w.tables(), w.period(), w.settings(), all));
    }
  }

  /**
   * {@code report}: the transition report, the document of every section: the executive summary,
   * the three questions, the scorecard, the projection and the appendix, with their figures.
   *
   * @param title the report's title
   * @param logo the MSP's logo for the cover, or null; the company and the author come from the
   *     settings ({@code report.company}, {@code report.author})
   */
  public Outcome report(
      BooksSource source, Scope scope, ChartPlan charts, String title, Cover.Logo logo) {
    try (Workbench w = Workbench.open(source, scope, progress, environment)) {
      Answers a = Answers.of(w);
      List<ClientScore> scores =
          Scorecard.of(a.labor(), a.payments(), a.segments(), w.period(), w.settings());
      SegmentAnalysis.Result active =
          w.choice().all()
              ? SegmentAnalysis.of(w.tables(), w.period(), w.settings(), false)
              : a.segments();
      ProjectionSettings settings = ProjectionSettings.from(w.config());
      Findings findings =
          new Findings(
              w.period(),
              w.settings(),
              a.labor(),
              a.payments(),
              a.segments(),
              scores,
              Scorecard.totals(a.labor(), a.payments(), a.segments()),
              simulate(w, settings, active, a.payments()),
              settings);
      Cover cover =
          new Cover(
              title,
              w.config().text("report.company"),
              w.config().text("report.author"),
              logo,
              source.folderName(),
              w.period().asOf(),
              w.period().window());
      Report report =
          TransitionReportBuilder.build(
              cover,
              findings,
              w.choice(),
              plan(charts, w).report(findings, w.choice(), scope.chartTop()),
              w.imported(),
              w.config().currency());
      return new Outcome(report, w.notices());
    }
  }

  /**
   * {@code summary}: one month at a glance, the month's figures against the previous month and the
   * same month last year, with the revenue chart.
   *
   * @param month the month to summarise, or null for the last complete month at as_of
   * @param top how many clients the labor and payer lists show
   */
  public Outcome summary(BooksSource source, YearMonth month, int top, ChartPlan charts) {
    AnalysisSettings settings = AnalysisSettings.from(source.config());
    try (BookReader.Read read = BookReader.read(source, progress.importing(), environment)) {
      Books imported = read.books();
      LocalDate asOf = Period.resolve(imported, source.asOf(), null, null).asOf();
      YearMonth last = MonthlySummary.lastCompleteMonth(asOf);
      YearMonth chosen = month == null ? last : month;
      if (chosen.isAfter(last)) {
        throw Problem.usage(
            "--month " + chosen + " is not complete at as_of " + asOf,
            "give " + last + " or an earlier month, or a later --as-of");
      }
      MonthlySummary.Result summary =
          MonthlySummary.of(BookTables.of(imported, settings), chosen, settings, top);
      // The folder's own name, never a local path: a mail from cron says which books it is about.
      String name = source.folderName();
      String currency = source.config().currency();
      Report report =
          DataQuality.appended(SummaryReportBuilder.build(name, summary, settings, top), imported)
              .inCurrency(currency);
      List<Part> parts =
          new ArrayList<>(charts.inCurrency(currency).summary(summary.revenueByMonth()));
      parts.addAll(report.parts());
      return new Outcome(
          report.withParts(parts), Notices.of(imported, new Window(chosen, chosen), name));
    }
  }

  /**
   * {@code init}: the commented config to write beside a book, after surveying its files.
   *
   * @param text the config file's text
   * @param files each file as the survey found it: kind, profile, date and number formats
   */
  public record Initial(String text, List<FileImport> files) {}

  /** {@code init}: surveys a book's files and drafts its config. */
  public Initial init(BooksSource source) {
    List<FileImport> files =
        new BooksImporter(BookReader.options(source), progress.importing()).survey(source.folder());
    return new Initial(InitialConfig.text(source.folderName(), files), files);
  }

  /**
   * {@code sample}: writes a realistic, deterministic book to a folder, canonical or in a system's
   * export layout.
   *
   * @param profile a system or an import profile to write the book in, or null for canonical
   * @param force whether to write into a folder that holds files (they may be real books)
   * @return the book written and the export layouts used (empty when canonical)
   * @throws Problem a usage problem when the profile is no system or import profile mrrlens writes
   */
  public SampleBook sample(SampleSettings settings, String profile, Path out, boolean force) {
    if (profile != null && !ProfileBookWriter.knows(profile)) {
      String fix =
          "use one of "
              + String.join(", ", ProfileBookWriter.SYSTEMS)
              + ", or a profile such as connectwise-time (docs/importing.md lists them)";
      if (ProfileBookWriter.reads(profile)) {
        throw Problem.usage(
            "--profile \"" + profile + "\": mrrlens reads this layout but writes no sample in it",
            fix);
      }
      throw Problem.usage(
          "--profile \""
              + profile
              + "\" is not a system or import profile; did you mean \""
              + ProfileBookWriter.nearest(profile)
              + "\"?",
          fix);
    }
    refuseNonEmpty(out, force);
    Books book = SampleGenerator.generate(settings);
    if (profile == null) {
      CanonicalBookWriter.write(book, out);
      return new SampleBook(book, List.of());
    }
    return new SampleBook(book, ProfileBookWriter.write(book, profile, out));
  }

  /** A sample book as written, and the export layouts it was written in. */
  public record SampleBook(Books book, List<String> layouts) {}

  /** The projection of the active clients of a workbench's window. */
  private Projection.Result simulate(
      Workbench w,
      ProjectionSettings settings,
      SegmentAnalysis.Result active,
      PaymentAnalysis.Result payments) {
    return Projection.run(
        History.of(w.tables(), w.period(), active, payments), settings, progress.simulating());
  }

  /**
   * Each client's segment, for the labor chart's colours: analysed when the chart first asks, so
   * that a run that draws no chart does not pay for it.
   */
  private static Function<String, Segment> segmentsOf(Workbench w) {
    return new Function<>() {
      private SegmentAnalysis.Result segments;

      @Override
      public Segment apply(String client) {
        if (segments == null) {
          segments = SegmentAnalysis.of(w.tables(), w.period(), w.settings(), w.choice().all());
        }
        return segments.segmentOf(client);
      }
    };
  }

  /** The chart plan in the books' currency. */
  static ChartPlan plan(ChartPlan charts, Workbench w) {
    return charts.inCurrency(w.config().currency());
  }

  /**
   * A command's document: its report with the data-quality counts, money in the books' currency,
   * its figures, and the notices of its window.
   */
  private static Outcome answer(Workbench w, Report report, List<Part.Figure> figures) {
    Report counted = DataQuality.appended(report, w.imported()).inCurrency(w.config().currency());
    List<Part> parts = new ArrayList<>(figures);
    parts.addAll(counted.parts());
    return new Outcome(counted.withParts(parts), w.notices());
  }

  /** A folder that holds files is not written into without --force: they may be real books. */
  private static void refuseNonEmpty(Path out, boolean force) {
    if (force || !Files.isDirectory(out)) {
      return;
    }
    long entries;
    try (Stream<Path> list = Files.list(out)) {
      entries = list.count();
    } catch (IOException e) {
      return;
    }
    if (entries > 0) {
      throw Problem.usage(
          "--out "
              + out
              + " is not empty ("
              + entries
              + (entries == 1 ? " entry" : " entries")
              + "); the sample book would replace the CSV files of its names",
          "give a new or empty folder, or add --force to write over it");
    }
  }
}
