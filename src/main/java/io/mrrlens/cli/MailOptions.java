package io.mrrlens.cli;

import io.mrrlens.config.Config;
import io.mrrlens.mail.Addresses;
import io.mrrlens.mail.MailException;
import io.mrrlens.mail.SmtpSettings;
import io.mrrlens.mail.Tls;
import io.mrrlens.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of a command that mails its output: the recipients, the subject and the dry run; the
 * server and account come from the config's {@code smtp.*} settings, the password from an
 * environment variable or a file, never from the command line.
 */
final class MailOptions {
  /** The longest wait to connect to the SMTP server, and for each of its answers. */
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Option(
      names = "--mail-to",
      paramLabel = "ADDR",
      split = ",",
      description = "Mail the summary to ADDR (repeatable, or comma-separated) by SMTP (smtp.*).")
  List<String> to;

  @Option(
      names = "--subject",
      paramLabel = "TEXT",
      description = "The mail's subject (default: mrrlens summary for MONTH - BOOKS).")
  String subject;

  @Option(
      names = "--dry-run",
      description = "Print the mail that would be sent (password masked) and send nothing.")
  boolean dryRun;

  /** True when a mail is asked for. */
  boolean mailing() {
    return to != null && !to.isEmpty();
  }

  /** The recipients, each checked; --subject and --dry-run need --mail-to. */
  List<String> recipients() {
    if (!mailing()) {
      if (dryRun || subject != null) {
        throw Problem.usage(
            (dryRun ? "--dry-run" : "--subject") + " needs --mail-to",
            "add --mail-to ADDR, e.g. --mail-to owner@example.com");
      }
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String address : to) {
      String trimmed = address.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      try {
        Addresses.check(trimmed);
      } catch (IllegalArgumentException e) {
        throw Problem.usage(
            "--mail-to \"" + trimmed + "\" is not a mail address: " + e.getMessage(),
            "write the address as name@example.com");
      }
      out.add(trimmed);
    }
    return out;
  }

  /**
   * The SMTP settings: {@code smtp.host} and {@code smtp.from} are required; with {@code
   * smtp.user}, the password is read from {@code smtp.password_file} when set (relative to the
   * config file's folder), else from the variable named by {@code smtp.password_env}.
   *
   * @param configFile the config file in use, or null
   * @param dryRun whether the mail is only shown: then a missing password is said, not an error
   */
  static SmtpSettings smtp(Config config, Path configFile, RunContext context, boolean dryRun) {
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
      } else if (!blank(variable) && !blank(context.env(variable.strip()))) {
        password = context.env(variable.strip());
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
