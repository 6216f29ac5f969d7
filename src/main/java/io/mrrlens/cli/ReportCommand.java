package io.mrrlens.cli;

import io.mrrlens.analysis.ClientScore;
import io.mrrlens.analysis.History;
import io.mrrlens.analysis.LaborAnalysis;
import io.mrrlens.analysis.PaymentAnalysis;
import io.mrrlens.analysis.Scorecard;
import io.mrrlens.analysis.SegmentAnalysis;
import io.mrrlens.chart.ChartWriter;
import io.mrrlens.chart.Charts;
import io.mrrlens.chart.NamedChart;
import io.mrrlens.chart.ProjectionCharts;
import io.mrrlens.chart.RenderedChart;
import io.mrrlens.config.Config;
import io.mrrlens.file.AtomicFile;
import io.mrrlens.file.FileFailure;
import io.mrrlens.projection.Projection;
import io.mrrlens.projection.ProjectionSettings;
import io.mrrlens.report.CsvReportRenderer;
import io.mrrlens.report.Findings;
import io.mrrlens.report.HtmlReportRenderer;
import io.mrrlens.report.Part;
import io.mrrlens.report.PdfReportRenderer;
import io.mrrlens.report.TransitionReport;
import io.mrrlens.report.TransitionReportBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mrrlens report}: the transition report as HTML and PDF, with its charts and tables. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    modelTransformer = RefusedOptions.Report.class,
    description = {
      "Writes the transition report to hand to an owner: an executive summary in plain words (what"
          + " the books say, the recommendation and the numbers behind it), the three questions"
          + " with their charts, the scorecard, the projection with its assumptions, and an"
          + " appendix of definitions and data-quality counts; as one self-contained HTML file"
          + " and as PDF, with every chart as PNG and SVG and every table as CSV."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mrrlens report samples/msp-book --out report",
      "  mrrlens report ~/exports --out report --company \"Acme IT\" --author \"J. Smith\"",
      "  mrrlens report ~/exports --out report --title \"Going managed\" --logo logo.png"
    })
final class ReportCommand implements Callable<Integer> {
  static final String DEFAULT_TITLE = "Break-fix or managed services: the transition report";

  @Spec CommandSpec spec;

  @Mixin BooksOptions books;

  @Mixin AnalysisOptions analysis;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description =
          "The folder to write report.html, report.pdf, charts/ and tables/ to (created when"
              + " missing; files of the same names are replaced).")
  Path out;

  @Option(names = "--title", paramLabel = "TEXT", description = "The report's title.")
  String title = DEFAULT_TITLE;

  @Option(
      names = "--company",
      paramLabel = "NAME",
      description = "The MSP's name on the cover (default: report.company in the config).")
  String company;

  @Option(
      names = "--author",
      paramLabel = "NAME",
      description = "Who prepared the report (default: report.author in the config).")
  String author;

  @Option(
      names = "--logo",
      paramLabel = "FILE",
      description = "A PNG, JPEG or SVG logo for the cover (an SVG logo shows in the HTML only).")
  Path logo;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing but errors (the exit code tells the outcome).")
  boolean quiet;

  @Override
  public Integer call() {
    analysis.validate();
    if (analysis.charts != null) {
      throw new UsageException(
          "--charts does not apply to report: its charts are written to --out DIR/charts",
          "leave --charts out");
    }
    if (title.isBlank()) {
      throw new UsageException("--title is empty", "give a title, or leave --title out");
    }
    TransitionReport.Logo cover = logo == null ? null : logo(logo);
    folder(out);
    Config config = books.config();
    config = config.withFlag("report.company", "--company", company);
    config = config.withFlag("report.author", "--author", author);
    AnalysisCommand.Question q = AnalysisCommand.ask(spec, books, analysis, config, quiet);
    boolean all = q.choice().all();
    LaborAnalysis.Result labor = LaborAnalysis.of(q.tables(), q.period(), q.settings(), all);
    PaymentAnalysis.Result payments = PaymentAnalysis.of(q.tables(), q.period(), all);
    SegmentAnalysis.Result segments = SegmentAnalysis.of(q.tables(), q.period(), q.settings(), all);
    List<ClientScore> scores = Scorecard.of(labor, payments, segments, q.period(), q.settings());
    SegmentAnalysis.Result active =
        all ? SegmentAnalysis.of(q.tables(), q.period(), q.settings(), false) : segments;
    ProjectionSettings projectionSettings = ProjectionSettings.from(q.config());
    Projection.Result projection =
        Projection.run(
            History.of(q.tables(), q.period(), active, payments),
            projectionSettings,
            TerminalProgress.forSimulation(spec.commandLine().getErr(), quiet));
    Findings findings =
        new Findings(
            q.period(),
            q.settings(),
            labor,
            payments,
            segments,
            scores,
            Scorecard.totals(labor, payments, segments),
            projection,
            projectionSettings);

    int top = analysis.chartTop();
    List<NamedChart> charts = new ArrayList<>();
    charts.addAll(LaborCommand.charts(labor, q.choice(), top, segments::segmentOf));
    charts.addAll(PaymentsCommand.charts(payments, q.choice(), top));
    charts.addAll(Charts.segments(segments));
    charts.addAll(ScorecardCommand.charts(scores, q.choice(), q.settings()));
    charts.addAll(ProjectionCharts.of(projection, Set.of()));
    int[] size = analysis.chartSize();
    String currency = q.config().currency();
    List<RenderedChart> rendered =
        ChartWriter.render(NamedChart.inCurrency(charts, currency), size[0], size[1]);
    List<TransitionReport.Figure> figures = new ArrayList<>();
    rendered.forEach(
        c ->
            figures.add(
                new TransitionReport.Figure(
                    c.name(), c.title(), c.description(), c.png(), c.svg())));

    TransitionReport report =
        TransitionReportBuilder.build(
            new TransitionReport.Cover(
                title.strip(),
                q.config().text("report.company"),
                q.config().text("report.author"),
                cover,
                folderName(q.books()),
                q.period().asOf(),
                q.period().window()),
            findings,
            q.choice(),
            figures,
            q.imported(),
            currency);

    ChartWriter.write(rendered, out.resolve("charts"));
    Map<String, Part.Table> tables = report.tables();
    CsvReportRenderer csv = new CsvReportRenderer();
    tables.forEach(
        (name, table) ->
            AtomicFile.write(out.resolve("tables").resolve(name + ".csv"), csv.table(table)));
    AtomicFile.write(out.resolve("report.html"), new HtmlReportRenderer().render(report));
    AtomicFile.write(out.resolve("report.pdf"), new PdfReportRenderer().render(report));
    if (!quiet) {
      done(spec.commandLine().getOut(), q, report, rendered.size(), tables.size());
    }
    AnalysisCommand.stale(q.imported(), q.period().window(), spec.commandLine().getErr(), quiet);
    AnalysisCommand.setAside(q.imported(), q.books(), spec.commandLine().getErr(), quiet);
    return ExitCode.OK;
  }

  private void done(
      PrintWriter stdout,
      AnalysisCommand.Question q,
      TransitionReport report,
      int charts,
      int tables) {
    stdout.println("mrrlens report: " + q.books());
    stdout.println(report.cover().period());
    stdout.println();
    for (String highlight : report.sections().get(0).highlights()) {
      stdout.println(highlight);
    }
    stdout.println();
    stdout.println("Written to " + out);
    stdout.println("  report.html  the report, one self-contained page");
    stdout.println("  report.pdf   the same report as PDF");
    stdout.println("  charts/      " + charts + " charts, each as PNG and SVG");
    stdout.println("  tables/      " + tables + " tables as CSV");
    stdout.flush();
  }

  /** The logo's bytes and media type; a missing, unreadable or unknown file is a usage error. */
  private static TransitionReport.Logo logo(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UsageException(
          "--logo " + file + ": cannot read the file (" + FileFailure.reason(e, file) + ")",
          "give an existing PNG, JPEG or SVG file");
    }
    String type = mediaType(bytes);
    if (type == null) {
      throw new UsageException(
          "--logo " + file + ": not a PNG, JPEG or SVG image", "give a PNG, JPEG or SVG file");
    }
    if (!type.equals("image/svg+xml")) {
      try {
        if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
          throw new IOException("no image");
        }
      } catch (IOException e) {
        throw new UsageException(
            "--logo " + file + ": the image cannot be read", "give a valid PNG, JPEG or SVG file");
      }
    }
    return new TransitionReport.Logo(type, bytes);
  }

  /**
   * The books folder's own name for the cover ({@code msp-book} for {@code samples/msp-book} or
   * {@code /home/ann/msp-book}): a report handed to a client shows no local path.
   */
  static String folderName(String books) {
    Path name = Path.of(books).toAbsolutePath().normalize().getFileName();
    return name == null ? books : name.toString();
  }

  /** Creates the output folder before any work, so that a path that cannot be one fails fast. */
  private static void folder(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the report to " + dir + ": " + FileFailure.reason(e, dir), e);
    }
  }

  private static String mediaType(byte[] bytes) {
    if (bytes.length > 8
        && (bytes[0] & 0xff) == 0x89
        && bytes[1] == 'P'
        && bytes[2] == 'N'
        && bytes[3] == 'G') {
      return "image/png";
    }
    if (bytes.length > 3
        && (bytes[0] & 0xff) == 0xff
        && (bytes[1] & 0xff) == 0xd8
        && (bytes[2] & 0xff) == 0xff) {
      return "image/jpeg";
    }
    String start =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT);
    return start.contains("<svg") ? "image/svg+xml" : null;
  }
}
