package io.mrrlens.cli;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.BookTables;
import io.mrrlens.analysis.MonthlySummary;
import io.mrrlens.analysis.Period;
import io.mrrlens.chart.ChartWriter;
import io.mrrlens.chart.Charts;
import io.mrrlens.chart.NamedChart;
import io.mrrlens.config.Config;
import io.mrrlens.file.AtomicFile;
import io.mrrlens.mail.DryRunMailSender;
import io.mrrlens.mail.InlineImage;
import io.mrrlens.mail.MailException;
import io.mrrlens.mail.MailMessage;
import io.mrrlens.mail.MailSender;
import io.mrrlens.mail.SmtpMailSender;
import io.mrrlens.mail.SmtpSettings;
import io.mrrlens.model.Books;
import io.mrrlens.model.Window;
import io.mrrlens.report.DataQuality;
import io.mrrlens.report.HtmlSummaryRenderer;
import io.mrrlens.report.Report;
import io.mrrlens.report.SummaryMailRenderer;
import io.mrrlens.report.SummaryReportBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mrrlens summary}: one month at a glance, on stdout, in a file or by mail. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = {
      "The monthly summary: the month's revenue (recurring and T&M) and MRR against the previous"
          + " month and the same month last year, hours, tickets and the effective rate, the"
          + " clients needing the most labor, the overdue balance and the worst payers, the"
          + " clients whose segment changed, and alerts (clients below the target rate, invoices"
          + " 60+ days past due). Plain text on stdout, as cron mails it; --html writes a page"
          + " with a chart, --mail-to sends both by SMTP."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mrrlens summary samples/msp-book",
      "  mrrlens summary ~/exports --month 2026-09 --html summary.html",
      "  mrrlens summary ~/exports --mail-to owner@example.com --dry-run",
      "  mrrlens summary ~/exports --format json --output summary.json"
    })
final class SummaryCommand implements Callable<Integer> {
  static final int DEFAULT_TOP = 5;

  /** The chart's size in the page and the mail, in points (the mail's column is 600 wide). */
  static final int CHART_WIDTH = 600;

  static final int CHART_HEIGHT = 360;

  /** Pixels per point of the chart's PNG: sharp on a phone's screen, where a point is 2 or 3. */
  static final int CHART_SCALE = 2;

  @Spec CommandSpec spec;

  @ParentCommand MrrlensCommand root;

  @Mixin BooksOptions books;

  @Mixin OutputOptions output;

  @Mixin MailOptions mail;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Also write the summary as an HTML page with its chart, self-contained.")
  Path html;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      description = "The month to summarise (default: the last complete month at as_of).")
  String month;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "How many clients the labor and payer lists show (default: 5).")
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
            : MailOptions.smtp(config, books.configFile(), root.context(), mail.dryRun);
    AnalysisSettings settings = AnalysisSettings.from(config);
    Books imported =
        books.read(config, TerminalProgress.forConsole(spec.commandLine().getErr(), output.quiet));
    LocalDate asOf = Period.resolve(imported, books.asOf(), null, null).asOf();
    YearMonth last = MonthlySummary.lastCompleteMonth(asOf);
    YearMonth chosen = asked == null ? last : asked;
    if (chosen.isAfter(last)) {
      throw new UsageException(
          "--month " + chosen + " is not complete at as_of " + asOf,
          "give " + last + " or an earlier month, or a later --as-of");
    }
    BookTables tables = BookTables.of(imported, settings);
    MonthlySummary.Result summary = MonthlySummary.of(tables, chosen, settings, shown);
    // The folder's own name, never a local path: a mail from cron says which books it is about.
    String name = booksName();
    String currency = config.currency();
    Report report =
        DataQuality.appended(SummaryReportBuilder.build(name, summary, settings, shown), imported)
            .inCurrency(currency);
    List<NamedChart> charts =
        NamedChart.inCurrency(Charts.summary(summary.revenueByMonth()), currency);
    List<byte[]> pngs = new ArrayList<>();
    if (html != null || smtp != null) {
      charts.forEach(c -> pngs.add(ChartWriter.png(c, CHART_WIDTH, CHART_HEIGHT, CHART_SCALE)));
    }

    // The files first, so that they are on disk whatever happens to the mail.
    PrintWriter out = spec.commandLine().getOut();
    if (output.toFile() != null || !(smtp != null && mail.dryRun)) {
      output.write(report, out);
    }
    if (html != null) {
      List<HtmlSummaryRenderer.Picture> pictures = new ArrayList<>();
      for (int i = 0; i < charts.size(); i++) {
        pictures.add(
            new HtmlSummaryRenderer.Picture(
                "data:image/png;base64," + Base64.getEncoder().encodeToString(pngs.get(i)),
                charts.get(i).description()));
      }
      AtomicFile.write(html, HtmlSummaryRenderer.render(report, pictures));
    }
    if (smtp != null) {
      MailMessage message = message(report, chosen, charts, pngs, recipients, config, smtp);
      MailSender sender = mail.dryRun ? new DryRunMailSender(smtp, out) : new SmtpMailSender(smtp);
      try {
        sender.send(message);
      } catch (MailException e) {
        throw MailOptions.unsent(e, smtp, html != null || output.toFile() != null);
      }
      out.flush();
    }
    AnalysisCommand.stale(
        imported, new Window(chosen, chosen), spec.commandLine().getErr(), output.quiet);
    AnalysisCommand.setAside(imported, name, spec.commandLine().getErr(), output.quiet);
    return ExitCode.OK;
  }

  private MailMessage message(
      Report report,
      YearMonth month,
      List<NamedChart> charts,
      List<byte[]> pngs,
      List<String> recipients,
      Config config,
      SmtpSettings smtp) {
    List<InlineImage> images = new ArrayList<>();
    List<HtmlSummaryRenderer.Picture> pictures = new ArrayList<>();
    for (int i = 0; i < charts.size(); i++) {
      NamedChart chart = charts.get(i);
      InlineImage image =
          new InlineImage(
              chart.name() + "@mrrlens", chart.name() + ".png", "image/png", pngs.get(i));
      images.add(image);
      pictures.add(new HtmlSummaryRenderer.Picture(image.url(), chart.description()));
    }
    String subject =
        mail.subject != null
            ? mail.subject
            : SummaryMailRenderer.subject(report, month, booksName());
    return new MailMessage(
        config.text("smtp.from").strip(),
        recipients,
        subject,
        root.context().now(),
        SummaryMailRenderer.text(report),
        HtmlSummaryRenderer.render(report, pictures),
        images);
  }

  /** The books folder's own name, e.g. {@code msp-book} (the current folder's for "."). */
  private String booksName() {
    Path folder = books.folder().toAbsolutePath().normalize();
    return folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
  }

  private int top() {
    if (top == null) {
      return DEFAULT_TOP;
    }
    if (top < 1) {
      throw new UsageException("--top " + top + " is not a positive number", "use --top 10");
    }
    return top;
  }
}
