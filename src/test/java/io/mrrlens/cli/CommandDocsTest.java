package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Each command has a page in docs/commands whose first paragraph is the command's help description,
 * and its help shows examples.
 */
class CommandDocsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "check",
        "labor",
        "payments",
        "segments",
        "scorecard",
        "project",
        "summary",
        "report"
      })
  void eachPageShowsTheRealOutputOnTheSampleBook(String command) throws IOException {
    String page =
        Files.readString(Path.of("docs/commands", command + ".md"), StandardCharsets.UTF_8);
    int start = page.indexOf("```text\n", page.indexOf("## Example")) + "```text\n".length();
    String shown = page.substring(start, page.indexOf("```", start));
    String golden = GoldenCliTest.read(GoldenCliTest.ROOT.resolve(command + "-sample-book/stdout"));
    assertEquals(
        golden, shown, "regenerate the example from golden/" + command + "-sample-book/stdout");
  }

  @Test
  void everyCommandHasItsPageAndExamples() throws IOException {
    CommandLine root = new CommandLine(new MrrlensCommand(new RunContext(GoldenCliTest.CLOCK)));
    Map<String, CommandLine> commands = root.getSubcommands();
    assertFalse(commands.isEmpty());
    for (Map.Entry<String, CommandLine> entry : commands.entrySet()) {
      String name = entry.getKey();
      if (name.equals("help")) {
        continue;
      }
      Path page = Path.of("docs/commands", name + ".md");
      assertTrue(Files.exists(page), "missing " + page);
      String text = Files.readString(page, StandardCharsets.UTF_8);
      String[] paragraphs = text.split("\n\n");
      assertEquals("# mrrlens " + name, paragraphs[0].strip(), page + ": heading");
      String description =
          String.join(" ", entry.getValue().getCommandSpec().usageMessage().description());
      assertEquals(description, paragraphs[1].strip(), page + ": first paragraph = help");
      String[] footer = entry.getValue().getCommandSpec().usageMessage().footer();
      assertTrue(
          footer.length > 0 && footer[0].contains("mrrlens " + name), name + " help has examples");
    }
  }
}
