package io.mrrlens.cli;

import io.mrrlens.mail.Addresses;
import io.mrrlens.model.Problem;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of a command that mails its output: the recipients, the subject and the dry run; the
 * server and account come from the config's {@code smtp.*} settings, the password from an
 * environment variable or a file, never from the command line.
 */
final class MailOptions {
  @Option(names = "--mail-to", paramLabel = "ADDR", split = ",")
  List<String> to;

  @Option(names = "--subject", paramLabel = "TEXT")
  String subject;

  @Option(names = "--dry-run")
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
}
