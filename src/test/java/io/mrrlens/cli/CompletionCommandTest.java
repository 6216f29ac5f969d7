package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The completion scripts name every command and the options of each. */
class CompletionCommandTest {
  private static String run(String shell) {
    GoldenCliTest.Outcome outcome = GoldenCliTest.run("completion", shell);
    assertEquals(0, outcome.exit(), outcome.stderr());
    return outcome.stdout();
  }

  @Test
  void fishCompletesCommandsAndTheirOptions() {
    String script = run("fish");
    assertTrue(script.startsWith("# mrrlens completion for fish\ncomplete -c mrrlens -f\n"));
    assertTrue(
        script.contains(
            "complete -c mrrlens -n __fish_use_subcommand -a labor -d 'Answers question 1: which"
                + " clients need the most labor, and which the least'\n"),
        script);
    assertTrue(
        script.contains(
            "complete -c mrrlens -n '__fish_seen_subcommand_from labor' -s o -l output -r -d"
                + " 'Write the document to FILE instead of stdout (whole or not at all); - is"
                + " stdout'\n"),
        script);
    assertTrue(
        script.contains("complete -c mrrlens -n '__fish_seen_subcommand_from labor' -l all -d"));
  }

  @Test
  void bashAndZshShareOneScriptThatKnowsTheCommands() {
    String bash = run("bash");
    assertEquals(bash, run("zsh"));
    assertTrue(bash.contains("complete -F _complete_mrrlens"), bash);
    assertTrue(bash.contains("scorecard"));
    assertTrue(bash.contains("--on-error"));
  }
}
