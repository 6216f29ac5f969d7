package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A run builds the root with only the command it runs: that command's model must be the one it has
 * among every command, and any other command line must get every command.
 */
class RootCommandTest {
  private static final RunContext CONTEXT = new RunContext(GoldenCliTest.CLOCK);

  @Test
  void aCommandAloneHasTheModelItHasAmongEveryCommand() {
    CommandLine every = new CommandLine(new MrrlensCommand(CONTEXT));
    RefusedOptions.settingsFree(every);
    List<String> alone = new ArrayList<>();
    for (String name : every.getSubcommands().keySet()) {
      CommandLine cli = RootCommand.commandLine(CONTEXT, name, "BOOKS");
      RefusedOptions.settingsFree(cli);
      if (name.equals("help") || name.equals("completion")) {
        assertInstanceOf(MrrlensCommand.class, cli.getCommand(), name + " reads every command");
        continue;
      }
      alone.add(name);
      assertEquals(Set.of(name), cli.getSubcommands().keySet(), name);
      assertEquals(model(every.getCommandSpec()), model(cli.getCommandSpec()), "the root");
      CommandLine command = cli.getSubcommands().get(name);
      CommandLine among = every.getSubcommands().get(name);
      assertEquals(model(among.getCommandSpec()), model(command.getCommandSpec()), name);
      assertEquals(
          among.getUsageMessage(CommandLine.Help.Ansi.OFF),
          command.getUsageMessage(CommandLine.Help.Ansi.OFF),
          name + " --help");
    }
    assertEquals(11, alone.size(), alone.toString());
  }

  @Test
  void anyOtherCommandLineGetsEveryCommand() {
    for (String[] args :
        List.of(
            new String[0],
            new String[] {"--help"},
            new String[] {"--debug", "labor"},
            new String[] {"lab", "books"},
            new String[] {"Labor"},
            new String[] {"help", "labor"},
            new String[] {"completion"})) {
      CommandLine cli = RootCommand.commandLine(CONTEXT, args);
      assertInstanceOf(MrrlensCommand.class, cli.getCommand(), List.of(args).toString());
      assertEquals(13, cli.getSubcommands().size(), List.of(args).toString());
    }
  }

  /** A command's options and parameters in order, each with what parsing and help read of it. */
  private static List<String> model(CommandSpec spec) {
    List<String> model = new ArrayList<>();
    for (ArgSpec arg : spec.args()) {
      String names =
          arg instanceof OptionSpec option
              ? String.join(",", option.names())
              : "param " + arg.paramLabel();
      model.add(
          names
              + " hidden="
              + arg.hidden()
              + " inherited="
              + arg.inherited()
              + " scope="
              + arg.scopeType()
              + " arity="
              + arg.arity()
              + " label="
              + arg.paramLabel()
              + " type="
              + arg.type().getName()
              + " default="
              + arg.defaultValue()
              + " description="
              + String.join(" ", arg.description()));
    }
    model.add("options map " + spec.optionsMap().keySet());
    model.add("name " + spec.qualifiedName());
    return model;
  }
}
