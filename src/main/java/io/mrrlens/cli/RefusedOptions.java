package io.mrrlens.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Hides from a command's help the shared options it refuses ({@code project} simulates every
 * client, so {@code --top}, {@code --client} and {@code --all} do not apply; {@code report} writes
 * its charts under {@code --out}). They are still parsed, so using one gives the command's own
 * message of why it does not apply.
 */
final class RefusedOptions {
  private RefusedOptions() {}

  /** For {@code project}. */
  static final class Project implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      return hide(spec, List.of("--top", "--client", "--all"));
    }
  }

  /** For {@code report}. */
  static final class Report implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      return hide(spec, List.of("--charts"));
    }
  }

  /**
   * Hides the inherited {@code --config} from the commands that read no settings ({@code sample},
   * {@code completion}) that the command line holds; run on the whole command line, since options
   * are inherited after a command's own model is built.
   */
  static void settingsFree(CommandLine root) {
    for (String name : List.of("sample", "completion")) {
      CommandLine command = root.getSubcommands().get(name);
      if (command != null) {
        hide(command.getCommandSpec(), List.of("--config"));
      }
    }
  }

  private static CommandSpec hide(CommandSpec spec, List<String> names) {
    for (String name : names) {
      OptionSpec option = spec.findOption(name);
      if (option != null && !option.hidden()) {
        spec.remove(option);
        spec.addOption(option.toBuilder().hidden(true).build());
      }
    }
    return spec;
  }
}
