package io.mrrlens.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/config.md shows every setting, and its example is a valid config restating the defaults. */
class ConfigDocsTest {

  private static String example() throws IOException {
    String doc = Files.readString(Path.of("docs/config.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
    return doc.substring(start, doc.indexOf("```", start));
  }

  @Test
  void theExampleNamesEverySetting() throws IOException {
    String example = example();
    List<String> missing = new ArrayList<>();
    for (String path : SettingCatalogue.all().keySet()) {
      String key = path.substring(path.lastIndexOf('.') + 1);
      if (!example.contains(key + ":")) {
        missing.add(path);
      }
    }
    assertEquals(List.of(), missing, "settings missing from docs/config.md");
  }

  @Test
  void theExampleRestatesTheDefaults() throws IOException {
    Config documented = ConfigLoader.parse("config.md", example());
    Config defaults = Config.defaults();
    for (String path : SettingCatalogue.all().keySet()) {
      Object value = documented.value(path);
      Object fallback = defaults.value(path);
      if (value instanceof BigDecimal d && fallback instanceof BigDecimal f) {
        assertEquals(0, d.compareTo(f), path);
      } else if (!(value instanceof List<?> list && list.isEmpty() && fallback == null)) {
        assertEquals(fallback, value, path);
      }
    }
  }
}
