package io.mrrlens.cli;

import io.mrrlens.chart.ChartWriter;
import io.mrrlens.config.Config;
import io.mrrlens.engine.Outcome;
import io.mrrlens.file.AtomicFile;
import io.mrrlens.file.FileFailure;
import io.mrrlens.model.Problem;
import io.mrrlens.report.Cover;
import io.mrrlens.report.CsvReportRenderer;
import io.mrrlens.report.HtmlReportRenderer;
import io.mrrlens.report.Part;
import io.mrrlens.report.PdfReportRenderer;
import io.mrrlens.report.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
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

  @Override
  public Integer call() {
    analysis.validate();
    if (analysis.charts != null) {
      throw Problem.usage(
          "--charts does not apply to report: its charts are written to --out DIR/charts",
          "leave --charts out");
    }
    if (title.isBlank()) {
      throw Problem.usage("--title is empty", "give a title, or leave --title out");
    }
    Cover.Logo cover = logo == null ? null : logo(logo);
    folder(out);
    Config config = books.config();
    config = config.withFlag("report.company", "--company", company);
    config = config.withFlag("report.author", "--author", author);
    Outcome outcome =
        MrrlensCommand.engine(spec)
            .report(
                books.source(config), analysis.scope(), analysis.chartPlan(), title.strip(), cover);
    Report report = outcome.report();
    ChartWriter.writeFigures(report.figures(), out.resolve("charts"));
    Map<String, Part.Table> tables = report.tables();
    CsvReportRenderer csv = new CsvReportRenderer();
    tables.forEach(
        (name, table) ->
            AtomicFile.write(out.resolve("tables").resolve(name + ".csv"), csv.table(table)));
    AtomicFile.write(out.resolve("report.html"), new HtmlReportRenderer().render(report));
    AtomicFile.write(out.resolve("report.pdf"), new PdfReportRenderer().bytes(report));
    if (!MrrlensCommand.quiet(spec)) {
      done(spec.commandLine().getOut(), report, report.figures().size(), tables.size());
    }
    MrrlensCommand.tell(outcome.notices(), spec);
    return ExitCode.OK;
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

  /** The logo's bytes and media type; a missing, unreadable or unknown file is a usage error. */
  private static Cover.Logo logo(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw Problem.usage(
          "--logo " + file + ": cannot read the file (" + FileFailure.reason(e, file) + ")",
          "give an existing PNG, JPEG or SVG file");
    }
    String type = mediaType(bytes);
    if (type == null) {
      throw Problem.usage(
          "--logo " + file + ": not a PNG, JPEG or SVG image", "give a PNG, JPEG or SVG file");
    }
    if (!type.equals("image/svg+xml")) {
      try {
        if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
          throw new IOException("no image");
        }
      } catch (IOException e) {
        throw Problem.usage(
            "--logo " + file + ": the image cannot be read", "give a valid PNG, JPEG or SVG file");
      }
    }
    return new Cover.Logo(type, bytes);
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
