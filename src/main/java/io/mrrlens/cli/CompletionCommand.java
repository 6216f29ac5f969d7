package io.mrrlens.cli;

import io.mrrlens.model.Problem;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mrrlens completion bash|zsh|fish}: prints a shell completion script. */
@Command(name = "completion")
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish.")
  String shell;

  @Override
  public Integer call() {
    RootCommand.readsNoSettings(spec);
    CommandLine root = spec.root().commandLine();
    String script =
        switch (shell) {
          // picocli's script serves zsh too, through bashcompinit
          case "bash", "zsh" -> AutoComplete.bash("mrrlens", root);
          case "fish" -> fish(root);
          default ->
              throw Problem.usage(
                  "completion \"" + shell + "\": not a shell mrrlens completes",
                  "use bash, zsh or fish");
        };
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  /** A fish script: the commands, then each command's options with their descriptions. */
  static String fish(CommandLine root) {
    StringBuilder out =
        new StringBuilder("# mrrlens completion for fish\ncomplete -c mrrlens -f\n");
    for (Map.Entry<String, CommandLine> entry : root.getSubcommands().entrySet()) {
      CommandSpec command = entry.getValue().getCommandSpec();
      out.append("complete -c mrrlens -n __fish_use_subcommand -a ")
          .append(entry.getKey())
          .append(" -d ")
          .append(quoted(first(command.usageMessage().description())))
          .append('\n');
      for (OptionSpec option : command.options()) {
        out.append("complete -c mrrlens -n '__fish_seen_subcommand_from ")
            .append(entry.getKey())
            .append('\'');
        for (String name : option.names()) {
          out.append(
              name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
        }
        if (option.arity().max() > 0) {
          out.append(" -r");
        }
        out.append(" -d ").append(quoted(first(option.description()))).append('\n');
      }
    }
    return out.toString();
  }

  /** The first sentence of a description, short enough for a completion menu. */
  private static String first(String[] description) {
    if (description.length == 0) {
      return "";
    }
    String text = description[0].split("\\. (?=[A-Z])")[0];
    return text.length() <= 100 ? text.replaceAll("\\.$", "") : text.substring(0, 99) + "…";
  }

  private static String quoted(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
