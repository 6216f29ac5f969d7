package io.mrrlens.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the files the distribution archive ships besides the jar, from the same command model as
 * the help: a man page per command ({@code man/man1/mrrlens.1}, {@code mrrlens-labor.1}, ...) and
 * the completion scripts ({@code completion/mrrlens.bash}, {@code mrrlens.zsh}, {@code
 * mrrlens.fish}). Run by the build before the archive is made: {@code DistributionFiles DIR
 * VERSION}.
 */
public final class DistributionFiles {
  private DistributionFiles() {}

  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]), args[1]);
  }

  static void write(Path dir, String version) throws IOException {
    CommandLine root = new CommandLine(new MrrlensCommand(new RunContext(GoldenCliTest.CLOCK)));
    Path man = Files.createDirectories(dir.resolve("man/man1"));
    Files.writeString(man.resolve("mrrlens.1"), page(root, version), StandardCharsets.UTF_8);
    for (Map.Entry<String, CommandLine> entry : root.getSubcommands().entrySet()) {
      if (!entry.getKey().equals("help")) {
        Files.writeString(
            man.resolve("mrrlens-" + entry.getKey() + ".1"),
            page(entry.getValue(), version),
            StandardCharsets.UTF_8);
      }
    }
    Path completion = Files.createDirectories(dir.resolve("completion"));
    String bash = AutoComplete.bash("mrrlens", root);
    Files.writeString(completion.resolve("mrrlens.bash"), bash, StandardCharsets.UTF_8);
    Files.writeString(completion.resolve("mrrlens.zsh"), bash, StandardCharsets.UTF_8);
    Files.writeString(
        completion.resolve("mrrlens.fish"), CompletionCommand.fish(root), StandardCharsets.UTF_8);
  }

  /** A man page in troff ({@code man(7)}) from a command's help. */
  static String page(CommandLine command, String version) {
    CommandSpec spec = command.getCommandSpec();
    String name = spec.qualifiedName("-");
    String[] description = spec.usageMessage().description();
    String text = String.join(" ", description);
    StringBuilder out = new StringBuilder();
    out.append(".TH ")
        .append(name.toUpperCase(Locale.ROOT))
        .append(" 1 \"\" \"mrrlens ")
        .append(version)
        .append("\" \"mrrlens manual\"\n");
    out.append(".SH NAME\n").append(escape(name)).append(" \\- ");
    out.append(escape(text.split("\\. (?=[A-Z])")[0].replaceAll("\\.$", ""))).append('\n');
    out.append(".SH SYNOPSIS\n.nf\n");
    out.append(escape(command.getHelp().synopsis(0).stripTrailing())).append("\n.fi\n");
    out.append(".SH DESCRIPTION\n").append(escape(text)).append('\n');
    List<PositionalParamSpec> positionals = spec.positionalParameters();
    if (!positionals.isEmpty() || !spec.options().isEmpty()) {
      out.append(".SH OPTIONS\n");
    }
    for (PositionalParamSpec positional : positionals) {
      out.append(".TP\n\\fI").append(escape(positional.paramLabel())).append("\\fR\n");
      out.append(escape(String.join(" ", positional.description()))).append('\n');
    }
    for (OptionSpec option : spec.options()) {
      out.append(".TP\n");
      String[] names = option.names();
      for (int i = 0; i < names.length; i++) {
        out.append(i == 0 ? "" : ", ").append("\\fB").append(escape(names[i])).append("\\fR");
      }
      if (option.arity().max() > 0) {
        out.append("=\\fI").append(escape(option.paramLabel())).append("\\fR");
      }
      out.append('\n').append(escape(String.join(" ", option.description()))).append('\n');
    }
    if (!spec.subcommands().isEmpty()) {
      out.append(".SH COMMANDS\n");
      for (String sub : spec.subcommands().keySet()) {
        if (!sub.equals("help")) {
          out.append(".TP\n\\fB").append(escape(sub)).append("\\fR\nSee \\fBmrrlens\\-");
          out.append(escape(sub)).append("\\fR(1).\n");
        }
      }
    }
    String[] footer = spec.usageMessage().footer();
    if (footer.length > 0) {
      out.append(".SH EXAMPLES\n.nf\n");
      for (String line : footer) {
        out.append(escape(line)).append('\n');
      }
      out.append(".fi\n");
    }
    return out.toString();
  }

  /** Text safe in troff: backslashes and hyphens escaped, no line starting with a control dot. */
  static String escape(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-").replace("%n", "\n");
    return escaped.replaceAll("(?m)^([.'])", "\\\\&$1");
  }
}
