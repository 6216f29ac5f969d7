package io.mrrlens.engine;

import io.mrrlens.config.Config;
import io.mrrlens.mail.InlineImage;
import io.mrrlens.mail.MailException;
import io.mrrlens.mail.MailMessage;
import io.mrrlens.mail.MailSender;
import io.mrrlens.mail.SmtpSettings;
import io.mrrlens.mail.Tls;
import io.mrrlens.model.Problem;
import io.mrrlens.report.HtmlSummaryRenderer;
import io.mrrlens.report.Part;
import io.mrrlens.report.Report;
import io.mrrlens.report.SummaryMailRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The monthly summary as a mail: the SMTP settings from the config (the password from a file or an
 * environment variable, never the command line), the message, and what to say when it was not sent.
 */
public final class SummaryMail {
  /** The longest wait to connect to the SMTP server, and for each of its answers. */
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private SummaryMail() {}

  /**
   * The summary as a mail: the plain text and the HTML page, the charts inline.
   *
   * @param subject the subject, or null for the headline of the month
   * @param now when the mail is sent, as its date states
   */
  public static MailMessage message(
      Report report,
      String booksName,
      List<String> recipients,
      String from,
      String subject,
      ZonedDateTime now) {
    YearMonth month = report.window().to();
    List<Part.Figure> charts = report.figures();
    List<InlineImage> images = new ArrayList<>();
    List<HtmlSummaryRenderer.Picture> pictures = new ArrayList<>();
    for (Part.Figure chart : charts) {
      InlineImage image =
          new InlineImage(
              chart.key() + "@mrrlens", chart.key() + ".png", "image/png", chart.image().png());
      images.add(image);
      pictures.add(new HtmlSummaryRenderer.Picture(image.url(), chart.alt()));
    }
    return new MailMessage(
        from,
        recipients,
        subject != null ? subject : SummaryMailRenderer.subject(report, month, booksName),
        now,
        SummaryMailRenderer.text(report),
        HtmlSummaryRenderer.render(report, pictures),
        images);
  }

  /**
   * The SMTP settings: {@code smtp.host} and {@code smtp.from} are required; with {@code
   * smtp.user}, the password is read from {@code smtp.password_file} when set (relative to the
   * config file's folder), else from the variable named by {@code smtp.password_env}.
   *
   * @param configFile the config file in use, or null
   * @param dryRun whether the mail is only shown: then a missing password is said, not an error
   */
  public static SmtpSettings smtp(
      Config config, Path configFile, UnaryOperator<String> environment, boolean dryRun) {
    for (String required : List.of("smtp.host", "smtp.from")) {
      if (blank(config.text(required))) {
        throw Problem.usage(
            "--mail-to needs " + required + " in the config, and it is not set",
            "set smtp.host, smtp.port, smtp.tls, smtp.from (and smtp.user) in mrrlens.yaml;"
                + " see docs/config.md");
      }
    }
    String user = blank(config.text("smtp.user")) ? null : config.text("smtp.user").strip();
    String password = null;
    String source = null;
    if (user != null) {
      String file = config.text("smtp.password_file");
      String variable = config.text("smtp.password_env");
      if (!blank(file)) {
        Path path = Path.of(file.strip());
        if (!path.isAbsolute() && configFile != null) {
          Path folder = configFile.toAbsolutePath().getParent();
          path = folder.resolve(path);
        }
        password = readPassword(path);
        source = "from the file " + file.strip();
      } else if (!blank(variable) && !blank(environment.apply(variable.strip()))) {
        password = environment.apply(variable.strip());
        source = "from the environment variable " + variable.strip();
      } else {
        String why =
            blank(variable)
                ? "smtp.password_env and smtp.password_file are empty"
                : "the environment variable "
                    + variable.strip()
                    + " is not set and smtp.password_file is empty";
        if (dryRun) {
          source = why;
        } else {
          throw Problem.usage(
              "smtp.user is set but there is no password: " + why,
              "set "
                  + (blank(variable) ? "the variable named by smtp.password_env" : variable.strip())
                  + ", or name a file holding the password in smtp.password_file");
        }
      }
    }
    String trust = config.text("smtp.trust");
    return new SmtpSettings(
        config.text("smtp.host").strip(),
        config.integer("smtp.port"),
        Tls.parse(config.text("smtp.tls")),
        user,
        password,
        source,
        blank(trust) ? null : trust.strip(),
        TIMEOUT);
  }

  private static String readPassword(Path path) {
    if (!Files.isRegularFile(path)) {
      throw Problem.usage(
          "smtp.password_file " + path + " does not exist",
          "write the password in that file, or correct smtp.password_file");
    }
    try {
      return Files.readString(path, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new Problem(
          Problem.Kind.UNFINISHED,
          "cannot read smtp.password_file " + path + ": " + e.getMessage(),
          "check the file's permissions",
          e);
    }
  }

  /**
   * Sends a mail through a sender (SMTP, or one that only shows it); a failure is a problem that
   * says what to check.
   *
   * @param filesWritten whether files were written before: the problem of an unsent mail says so
   */
  public static void send(
      MailMessage message, MailSender sender, SmtpSettings smtp, boolean filesWritten) {
    try {
      sender.send(message);
    } catch (MailException e) {
      throw unsent(e, smtp, filesWritten);
    }
  }

  /** The sentence and fix of a mail that could not be sent. */
  static Problem unsent(MailException e, SmtpSettings smtp, boolean filesWritten) {
    String fix =
        switch (e.failure()) {
          case CONNECTION ->
              "check smtp.host and smtp.port in the config, and that the server is reachable";
          case TIMEOUT -> "check smtp.host and smtp.port; the server did not answer in time";
          case TLS ->
              "check smtp.tls (starttls, ssl or none) against what the server offers on port "
                  + smtp.port();
          case AUTHENTICATION -> "check smtp.user and the password (" + smtp.passwordSource() + ")";
          case REJECTED -> "check the --mail-to addresses and smtp.from";
          case OTHER -> "run again with --debug to see the server's answer";
        };
    if (filesWritten) {
      fix += "; the files asked for were written";
    }
    return new Problem(
        Problem.Kind.UNFINISHED,
        "could not send the summary to " + e.server() + ": " + e.reason(),
        fix,
        e);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
