package io.mrrlens.cli;

import io.mrrlens.chart.ChartWriter;
import io.mrrlens.config.Config;
import io.mrrlens.engine.LogoFile;
import io.mrrlens.engine.Outcome;
import io.mrrlens.file.AtomicFile;
import io.mrrlens.file.AtomicFolder;
import io.mrrlens.file.FileFailure;
import io.mrrlens.importing.ImportProgress;
import io.mrrlens.model.Problem;
import io.mrrlens.report.Cover;
import io.mrrlens.report.CsvReportRenderer;
import io.mrrlens.report.HtmlReportRenderer;
import io.mrrlens.report.Part;
import io.mrrlens.report.PdfReportRenderer;
import io.mrrlens.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mrrlens report}: the transition report as HTML and PDF, with its charts and tables. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
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
      paramLabel = "DIR",
      description =
          "The folder to write report.html, report.pdf, charts/ and tables/ to (created when"
              + " missing; files of the same names are replaced).")
  Path out;

  @Mixin OutputOptions output;

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

  @Override
  public Integer call() {
    analysis.validate();
    boolean document = output.output != null || output.format != null;
    if (out == null && !document) {
      throw Problem.usage(
          "report needs --out DIR, or --output FILE or --format FORMAT for the document alone",
          "add --out report to write report.html, report.pdf, charts/ and tables/ there");
    }
    if (document) {
      output.validate();
      if (output.format().equals("csv")) {
        throw Problem.usage(
            "the report is many tables, and csv holds one",
            "give --out DIR: the report writes each table as CSV under DIR/tables");
      }
    }
    if (analysis.charts != null) {
      throw Problem.usage(
          "--charts does not apply to report: its charts are written to --out DIR/charts",
          "leave --charts out");
    }
    if (title.isBlank()) {
      throw Problem.usage("--title is empty", "give a title, or leave --title out");
    }
    Cover.Logo cover = logo == null ? null : LogoFile.read(logo);
    if (out != null) {
      folder(out);
    }
    Config config = books.config();
    config = config.withFlag("report.company", "--company", company);
    config = config.withFlag("report.author", "--author", author);
    Outcome outcome =
        MrrlensCommand.engine(spec)
            .report(
                books.source(config), analysis.scope(), analysis.chartPlan(), title.strip(), cover);
    Report report = outcome.report();
    if (document) {
      output.write(report, spec);
    }
    if (out != null) {
      folderWritten(report);
    }
    MrrlensCommand.tell(outcome.notices(), spec);
    return ExitCode.OK;
  }

  /**
   * Writes the report's folder: the HTML, the PDF, the charts and the tables, all at once (a reader
   * never sees files of two runs).
   */
  private void folderWritten(Report report) {
    Map<String, Part.Table> tables = report.tables();
    List<Part.Figure> figures = report.figures();
    // drawing the charts and laying out the PDF take seconds on a big book: show how far it is
    ImportProgress progress =
        TerminalProgress.forWriting(spec.commandLine().getErr(), MrrlensCommand.quiet(spec));
    progress.started(figures.size() + tables.size() + 2L);
    AtomicFolder.write(
        out,
        folder -> {
          for (Part.Figure figure : figures) {
            ChartWriter.writeFigures(List.of(figure), folder.resolve("charts"));
            progress.advanced(1);
          }
          CsvReportRenderer csv = new CsvReportRenderer();
          tables.forEach(
              (name, table) -> {
                AtomicFile.write(folder.resolve("tables").resolve(name + ".csv"), csv.table(table));
                progress.advanced(1);
              });
          AtomicFile.write(folder.resolve("report.html"), new HtmlReportRenderer().render(report));
          progress.advanced(1);
          AtomicFile.write(folder.resolve("report.pdf"), new PdfReportRenderer().bytes(report));
          progress.advanced(1);
        });
    progress.finished();
    boolean documentOnStdout =
        (output.output != null || output.format != null) && output.toFile() == null;
    if (!MrrlensCommand.quiet(spec) && !documentOnStdout) {
      done(spec.commandLine().getOut(), report, figures.size(), tables.size());
    }
  }

  private void done(PrintWriter stdout, Report report, int charts, int tables) {
    stdout.println("mrrlens report: " + (books.books == null ? "." : books.books.toString()));
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

  /** Creates the output folder before any work, so that a path that cannot be one fails fast. */
  private static void folder(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the report to " + dir + ": " + FileFailure.reason(e, dir), e);
    }
  }
}
