package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The examples of every command's help fit the 80 columns help is written for, so that no example
 * wraps in the middle of a command (a long one goes on with a backslash).
 */
class HelpExamplesTest {
  @Test
  void everyExampleLineFitsTheHelpWidth() {
    CommandLine root = new CommandLine(new MrrlensCommand(new RunContext(Clock.systemUTC())));
    List<String> tooLong = new ArrayList<>();
    List<CommandLine> commands = new ArrayList<>(root.getSubcommands().values());
    commands.add(root);
    for (CommandLine command : commands) {
      for (String line : command.getCommandSpec().usageMessage().footer()) {
        if (line.length() > 80) {
          tooLong.add(command.getCommandName() + ": " + line);
        }
      }
    }
    assertEquals(List.of(), tooLong);
  }
}
