package io.mrrlens.cli;

import io.mrrlens.chart.ChartPlan;
import io.mrrlens.config.Config;
import io.mrrlens.engine.BooksSource;
import io.mrrlens.engine.Outcome;
import io.mrrlens.engine.SummaryMail;
import io.mrrlens.file.AtomicFile;
import io.mrrlens.mail.DryRunMailSender;
import io.mrrlens.mail.MailMessage;
import io.mrrlens.mail.MailSender;
import io.mrrlens.mail.SmtpMailSender;
import io.mrrlens.mail.SmtpSettings;
import io.mrrlens.model.Problem;
import io.mrrlens.report.HtmlSummaryRenderer;
import io.mrrlens.report.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mrrlens summary}: one month at a glance, on stdout, in a file or by mail. */
@Command(name = "summary")
final class SummaryCommand implements Callable<Integer> {
  static final int DEFAULT_TOP = 5;

  /** The chart's size in the page and the mail, in points (the mail's column is 600 wide). */
  static final int CHART_WIDTH = 600;

  static final int CHART_HEIGHT = 360;

  /** Pixels per point of the chart's PNG: sharp on a phone's screen, where a point is 2 or 3. */
  static final int CHART_SCALE = 2;

  @Spec CommandSpec spec;

  @Mixin BooksOptions books;

  @Mixin OutputOptions output;

  @Mixin MailOptions mail;

  @Option(names = "--html", paramLabel = "FILE")
  Path html;

  @Option(names = "--month", paramLabel = "YYYY-MM")
  String month;

  @Option(names = "--top", paramLabel = "N")
  Integer top;

  @Override
  public Integer call() {
    output.validate();
    YearMonth asked = AnalysisOptions.month("--month", month);
    int shown = top();
    List<String> recipients = mail.recipients();
    Config config = books.config();
    SmtpSettings smtp =
        recipients.isEmpty()
            ? null
            : SummaryMail.smtp(
                config, books.configFile(), RootCommand.of(spec).context()::env, mail.dryRun);
    BooksSource source = books.source(config);
    Outcome outcome =
        RootCommand.engine(spec)
            .summary(
                source,
                asked,
                shown,
                // the page, the mail and HTML/PDF show the chart; the text on stdout does not
                html != null || smtp != null || output.showsCharts()
                    ? new ChartPlan(CHART_WIDTH, CHART_HEIGHT, null, CHART_SCALE)
                    : ChartPlan.none());
    Report report = outcome.report();

    // The files first, so that they are on disk whatever happens to the mail.
    PrintWriter out = spec.commandLine().getOut();
    if (output.toFile() != null || !(smtp != null && mail.dryRun)) {
      output.write(report, spec);
    }
    if (html != null) {
      AtomicFile.write(html, HtmlSummaryRenderer.page(report));
    }
    if (smtp != null) {
      MailMessage message =
          SummaryMail.message(
              report,
              source.folderName(),
              recipients,
              config.text("smtp.from").strip(),
              mail.subject,
              RootCommand.of(spec).context().now());
      MailSender sender = mail.dryRun ? new DryRunMailSender(smtp, out) : new SmtpMailSender(smtp);
      SummaryMail.send(message, sender, smtp, html != null || output.toFile() != null);
      out.flush();
    }
    RootCommand.tell(outcome.notices(), spec);
    return ExitCode.OK;
  }

  private int top() {
    if (top == null) {
      return DEFAULT_TOP;
    }
    if (top < 1) {
      throw Problem.usage("--top " + top + " is not a positive number", "use --top 10");
    }
    return top;
  }
}
