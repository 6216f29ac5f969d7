package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every error of docs/errors.md has a golden case whose stderr and exit code are the ones the page
 * shows, so the catalogue never drifts from what mrrlens prints.
 */
class ErrorCatalogueTest {
  private static final Pattern ENTRY =
      Pattern.compile(
          "Exit code: (\\d+)\\. Golden case: `([^`]+)`\\.\\n\\n```text\\n(.*?)\\n```",
          Pattern.DOTALL);

  @Test
  void everyDocumentedErrorIsAGoldenCase() throws IOException {
    String doc = Files.readString(Path.of("docs/errors.md"), StandardCharsets.UTF_8);
    Matcher m = ENTRY.matcher(doc);
    List<String> cases = new ArrayList<>();
    while (m.find()) {
      String exit = m.group(1);
      String name = m.group(2);
      String example = m.group(3);
      Path dir = GoldenCliTest.ROOT.resolve(name);
      assertTrue(Files.isDirectory(dir), "docs/errors.md names a missing golden case: " + name);
      GoldenCliTest.Outcome outcome = GoldenCliTest.execute(dir);
      assertEquals(example + "\n", outcome.stderr(), name + ": the documented message");
      assertEquals(exit, String.valueOf(outcome.exit()), name + ": the documented exit code");
      cases.add(name);
    }
    assertTrue(cases.size() >= 20, "docs/errors.md lists " + cases.size() + " errors");
  }
}
