package io.mrrlens.cli;

import io.mrrlens.config.Config;
import io.mrrlens.engine.LogoFile;
import io.mrrlens.engine.Outcome;
import io.mrrlens.engine.ReportFolder;
import io.mrrlens.model.Problem;
import io.mrrlens.report.Cover;
import io.mrrlens.report.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mrrlens report}: the transition report as HTML and PDF, with its charts and tables. */
@Command(name = "report", modelTransformer = RefusedOptions.Report.class)
final class ReportCommand implements Callable<Integer> {
  static final String DEFAULT_TITLE = "Break-fix or managed services: the transition report";

  @Spec CommandSpec spec;

  @Mixin BooksOptions books;

  @Mixin AnalysisOptions analysis;

  @Option(names = "--out", paramLabel = "DIR")
  Path out;

  @Mixin OutputOptions output;

  @Option(names = "--title", paramLabel = "TEXT")
  String title = DEFAULT_TITLE;

  @Option(names = "--company", paramLabel = "NAME")
  String company;

  @Option(names = "--author", paramLabel = "NAME")
  String author;

  @Option(names = "--logo", paramLabel = "FILE")
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
      ReportFolder.prepare(out);
    }
    Config config = books.config();
    config = config.withFlag("report.company", "--company", company);
    config = config.withFlag("report.author", "--author", author);
    Outcome outcome =
        RootCommand.engine(spec)
            .report(
                books.source(config), analysis.scope(), analysis.chartPlan(), title.strip(), cover);
    Report report = outcome.report();
    if (document) {
      output.write(report, spec);
    }
    if (out != null) {
      folderWritten(report);
    }
    RootCommand.tell(outcome.notices(), spec);
    return ExitCode.OK;
  }

  /** Writes the report's folder, showing how far it is, then says what is where. */
  private void folderWritten(Report report) {
    ReportFolder.write(
        out,
        report,
        TerminalProgress.forWriting(spec.commandLine().getErr(), RootCommand.quiet(spec)));
    boolean documentOnStdout =
        (output.output != null || output.format != null) && output.toFile() == null;
    if (!RootCommand.quiet(spec) && !documentOnStdout) {
      done(spec.commandLine().getOut(), report, report.figures().size(), report.tables().size());
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
}
