package io.mrrlens.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mrrlens.model.FileImport;
import io.mrrlens.model.FileKind;
import io.mrrlens.model.FileLayout;
import io.mrrlens.model.FileNumbers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InitialConfigTest {

  private static FileImport file(String name, String profile, String encoding, String dates) {
    return new FileImport(
        name,
        FileKind.INVOICES,
        encoding,
        ',',
        dates,
        1,
        1,
        0,
        null,
        null,
        null,
        null,
        0,
        List.of(),
        null,
        new FileLayout(
            profile, "System", profile, null, 0, Map.of(), Map.of(), -1, 0, 0, null, false),
        FileNumbers.UNKNOWN);
  }

  @Test
  void theWrittenConfigLoadsWithTheDetectedSettings() {
    String text =
        InitialConfig.text(
            "books",
            List.of(
                file("a.csv", "xero-invoices", "UTF-8", "d/M/yyyy (detected)"),
                file("b.csv", "canonical", "windows-1252", "ISO"),
                file("c.csv", "kimai-time", "windows-1252", "d/M/yyyy (detected)")));
    Config config = ConfigLoader.parse("mrrlens.yaml", text);
    assertEquals(List.of("xero-invoices", "kimai-time"), config.list("profile"));
    assertEquals("windows-1252", config.text("encoding"));
    assertEquals("d/M/yyyy", config.text("date_format"));
  }

  @Test
  void filesThatDisagreeLeaveTheSettingToDetection() {
    String text =
        InitialConfig.text(
            "books",
            List.of(
                file("a.csv", "canonical", "UTF-8", "d/M/yyyy (detected)"),
                file("b.csv", "canonical", "UTF-8", "M/d/yyyy (detected)")));
    Config config = ConfigLoader.parse("mrrlens.yaml", text);
    assertEquals(List.of(), config.list("profile"));
    assertNull(config.text("encoding"));
    assertNull(config.text("date_format"));
  }

  @Test
  void theBusinessSettingsAreWrittenCommentedWithTheirDefaults() {
    String text = InitialConfig.text("books", List.of(file("a.csv", "canonical", "UTF-8", "ISO")));
    String block =
        "# labor:\n"
            + "#   cost_per_hour: 55.00            # what an hour of labor costs the business\n";
    assertEquals(true, text.contains(block), text);
    // uncommented, the block sets what the defaults already are
    String uncommented =
        text.replaceAll("(?m)^# (labor|targets|payments|pricing):$", "$1:")
            .replaceAll("(?m)^#   (\\w+: \\S+) +#.*$", "  $1");
    Config config = ConfigLoader.parse("mrrlens.yaml", uncommented);
    Config defaults = ConfigLoader.parse("mrrlens.yaml", "");
    for (String path :
        List.of(
            "labor.cost_per_hour",
            "targets.effective_rate",
            "payments.terms_days",
            "pricing.tm_rate")) {
      assertEquals(defaults.value(path), config.value(path), path);
      assertEquals("mrrlens.yaml", config.source(path), path);
    }
  }
}
