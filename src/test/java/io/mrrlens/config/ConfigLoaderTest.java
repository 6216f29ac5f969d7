package io.mrrlens.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.model.ClientName;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code mrrlens.yaml} as cli.md (config file) and docs/config.md describe it. */
class ConfigLoaderTest {
  private static final String FILE = "mrrlens.yaml";

  private static Config parse(String text) {
    return ConfigLoader.parse(FILE, text);
  }

  private static ConfigException rejected(String text) {
    return assertThrows(ConfigException.class, () -> parse(text));
  }

  private static void assertDecimal(String expected, BigDecimal actual, String path) {
    assertTrue(actual != null, path + " is null");
    assertEquals(0, new BigDecimal(expected).compareTo(actual), path + " = " + actual);
  }

  @Nested
  class Defaults {
    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource({
      "labor.cost_per_hour, 55.00",
      "segments.hybrid_tm_share, 0.25",
      "targets.effective_rate, 125.00",
      "transition.accept_rate, 0.7",
      "transition.reactive_reduction, 0.30",
      "transition.onboarding_hours, 10",
      "transition.onboarding_hours_per_endpoint, 1.0",
      "pricing.uplift, 1.10",
      "pricing.min_fee, 500.00",
      "pricing.tm_rate, 150.00",
      "block.discount, 0.10",
      "block.reactive_reduction, 0.10",
      "staff.hours_per_month, 160",
      "staff.utilization, 0.75",
      "staff.business_hours_per_month, 189",
      "staff.peak_factor, 1.5",
      "staff.response_minutes, 60",
      "staff.service_level, 0.80"
    })
    void decimals(String path, String expected) {
      Config config = Config.defaults();
      assertDecimal(expected, config.decimal(path), path);
      assertEquals("default", config.source(path));
    }

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource({
      "payments.terms_days, 30",
      "segments.min_recurring_months, 3",
      "segments.recent_months, 3",
      "segments.break_fix_min_months, 3",
      "transition.ramp_months, 6",
      "projection.horizon, 24",
      "projection.paths, 2000",
      "projection.seed, 42",
      "smtp.port, 587"
    })
    void wholeNumbers(String path, int expected) {
      assertEquals(expected, Config.defaults().integer(path));
    }

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource({
      "transition.decline, churn",
      "on_error, fail",
      "smtp.tls, starttls",
      "smtp.password_env, MRRLENS_SMTP_PASSWORD"
    })
    void words(String path, String expected) {
      assertEquals(expected, Config.defaults().text(path));
    }

    @Test
    void lists() {
      assertEquals(
          List.of(
              "project",
              "maintenance",
              "patch",
              "onboard",
              "proactive",
              "scheduled",
              "review",
              "qbr",
              "vcio"),
          Config.defaults().list("labor.proactive_types"));
      assertEquals(List.of("break-fix"), Config.defaults().list("transition.include"));
      assertEquals(List.of(), Config.defaults().list("files.tickets"));
    }

    @ParameterizedTest(name = "[{index}] {0} has no fixed default")
    @ValueSource(
        strings = {
          "pricing.per_endpoint",
          "block.hours",
          "staff.current_techs",
          "encoding",
          "date_format",
          "rejects",
          "smtp.host",
          "files.invoices"
        })
    void settingsWorkedOutLaterAreNull(String path) {
      assertNull(Config.defaults().value(path));
    }

    @Test
    void decimalCommaIsOff() {
      assertFalse(Config.defaults().bool("decimal_comma"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "\n\n", "# only a comment\n"})
    void anEmptyFileGivesTheDefaults(String text) {
      Config config = parse(text);
      assertDecimal("55.00", config.decimal("labor.cost_per_hour"), "labor.cost_per_hour");
      assertEquals(30, config.integer("payments.terms_days"));
      assertEquals("default", config.source("labor.cost_per_hour"));
      assertTrue(config.aliases().isEmpty());
    }

    @Test
    void anUnknownPathIsAProgrammingError() {
      assertThrows(IllegalArgumentException.class, () -> Config.defaults().value("labor.nope"));
    }
  }

  @Nested
  class Overrides {
    @Test
    void nestedSectionsSetValuesAndRecordTheFile() {
      Config config =
          parse(
              String.join(
                  "\n",
                  "labor:",
                  "  cost_per_hour: 62.50",
                  "payments:",
                  "  terms_days: 45",
                  "transition:",
                  "  accept_rate: 0.5",
                  "  decline: stay",
                  "on_error: skip",
                  "decimal_comma: true",
                  "date_format: dd.MM.yyyy",
                  "staff:",
                  "  current_techs: 4",
                  ""));
      assertDecimal("62.50", config.decimal("labor.cost_per_hour"), "cost_per_hour");
      assertEquals(45, config.integer("payments.terms_days"));
      assertDecimal("0.5", config.decimal("transition.accept_rate"), "accept_rate");
      assertEquals("stay", config.text("transition.decline"));
      assertEquals("skip", config.text("on_error"));
      assertTrue(config.bool("decimal_comma"));
      assertEquals("dd.MM.yyyy", config.text("date_format"));
      assertEquals(4, config.integer("staff.current_techs"));
      assertEquals(FILE, config.source("labor.cost_per_hour"));
      assertEquals(FILE, config.source("on_error"));
      // untouched settings keep their default and say so
      assertEquals(24, config.integer("projection.horizon"));
      assertEquals("default", config.source("projection.horizon"));
    }

    @Test
    void aDottedKeyAtTheTopLevelWorksToo() {
      Config config = parse("labor.cost_per_hour: 70\n");
      assertDecimal("70", config.decimal("labor.cost_per_hour"), "cost_per_hour");
      assertEquals(FILE, config.source("labor.cost_per_hour"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"yes, true", "no, false", "on, true", "off, false", "TRUE, true", "False, false"})
    void booleansAcceptYamlWords(String text, boolean expected) {
      assertEquals(expected, parse("decimal_comma: " + text + "\n").bool("decimal_comma"));
    }

    @Test
    void choicesAreCaseInsensitive() {
      assertEquals("skip", parse("on_error: SKIP\n").text("on_error"));
    }

    @Test
    void underscoresInNumbersAreIgnored() {
      assertEquals(5000, parse("projection:\n  paths: 5_000\n").integer("projection.paths"));
    }

    @Test
    void anEmptyValueLeavesATextSettingUnset() {
      assertNull(parse("date_format:\n").value("date_format"));
    }

    @Test
    void rangeBoundsAreInclusive() {
      Config config = parse("transition:\n  accept_rate: 1\n  reactive_reduction: 0\n");
      assertDecimal("1", config.decimal("transition.accept_rate"), "accept_rate");
      assertDecimal("0", config.decimal("transition.reactive_reduction"), "reactive_reduction");
    }
  }

  @Nested
  class Lists {
    @Test
    void aFlowList() {
      Config config = parse("labor:\n  proactive_types: [project, patch, qbr]\n");
      assertEquals(List.of("project", "patch", "qbr"), config.list("labor.proactive_types"));
      assertEquals(FILE, config.source("labor.proactive_types"));
    }

    @Test
    void aBlockList() {
      Config config = parse("transition:\n  include:\n    - break-fix\n    - hybrid\n");
      assertEquals(List.of("break-fix", "hybrid"), config.list("transition.include"));
    }

    @Test
    void aSingleScalarIsAListOfOne() {
      Config config = parse("labor:\n  proactive_types: maintenance\n");
      assertEquals(List.of("maintenance"), config.list("labor.proactive_types"));
    }

    @Test
    void aSinglePath() {
      Config config = parse("files:\n  invoices: export/invoices-2026.csv\n");
      assertEquals(List.of("export/invoices-2026.csv"), config.list("files.invoices"));
    }

    @Test
    void anEmptyValueIsAnEmptyList() {
      assertEquals(List.of(), parse("labor:\n  proactive_types:\n").list("labor.proactive_types"));
      assertEquals(List.of(), parse("files:\n  time: []\n").list("files.time"));
    }

    @Test
    void itemsAreTrimmed() {
      Config config = parse("transition:\n  include: [\"  hybrid \", project-only]\n");
      assertEquals(List.of("hybrid", "project-only"), config.list("transition.include"));
    }

    @Test
    void aNestedListItemIsAnError() {
      ConfigException e = rejected("labor:\n  proactive_types: [[a, b]]\n");
      assertEquals("mrrlens.yaml:2: labor.proactive_types must be a single value", e.getMessage());
    }
  }

  @Nested
  class Errors {
    @Test
    void anUnknownKeyNamesTheNearestValidOne() {
      ConfigException e = rejected("labor:\n  cost_per_hr: 60\n");
      assertEquals(
          "mrrlens.yaml:2: unknown key \"labor.cost_per_hr\"; did you mean"
              + " \"labor.cost_per_hour\"?",
          e.getMessage());
      assertEquals("docs/config.md lists every setting", e.fix());
    }

    @Test
    void anUnknownKeyIsLocatedOnItsOwnLine() {
      ConfigException e =
          rejected("# costs\nlabor:\n  cost_per_hour: 60\n\n  proactive_type: [qbr]\n");
      assertEquals(
          "mrrlens.yaml:5: unknown key \"labor.proactive_type\";"
              + " did you mean \"labor.proactive_types\"?",
          e.getMessage());
    }

    @Test
    void anUnknownTopLevelKey() {
      ConfigException e = rejected("on_eror: skip\n");
      assertEquals(
          "mrrlens.yaml:1: unknown key \"on_eror\"; did you mean \"on_error\"?", e.getMessage());
    }

    @Test
    void anUnknownSectionNamesTheNearestSection() {
      ConfigException e = rejected("labour:\n  cost_per_hour: 60\n");
      assertEquals(
          "mrrlens.yaml:1: unknown key \"labour\"; did you mean \"labor\"?", e.getMessage());
    }

    @Test
    void aMisspeltAliasesSection() {
      ConfigException e = rejected("alias:\n  Acme: [ACME]\n");
      assertEquals(
          "mrrlens.yaml:1: unknown key \"alias\"; did you mean \"aliases\"?", e.getMessage());
    }

    @Test
    void aValueThatIsNotANumber() {
      ConfigException e = rejected("labor:\n  cost_per_hour: abc\n");
      assertEquals("mrrlens.yaml:2: labor.cost_per_hour \"abc\" is not a number", e.getMessage());
      assertEquals("write a plain number such as 55.00", e.fix());
    }

    @Test
    void aValueAboveItsRange() {
      ConfigException e = rejected("transition:\n  accept_rate: 1.5\n");
      assertEquals("mrrlens.yaml:2: transition.accept_rate \"1.5\" is above 1", e.getMessage());
      assertEquals("use 1 or less", e.fix());
    }

    @Test
    void aValueBelowItsRange() {
      ConfigException e = rejected("labor:\n  cost_per_hour: -5\n");
      assertEquals("mrrlens.yaml:2: labor.cost_per_hour \"-5\" is below 0", e.getMessage());
    }

    @Test
    void aMonthCountBelowOne() {
      ConfigException e = rejected("transition:\n  ramp_months: 0\n");
      assertEquals("mrrlens.yaml:2: transition.ramp_months \"0\" is below 1", e.getMessage());
    }

    @Test
    void aPortOutOfRange() {
      ConfigException e = rejected("smtp:\n  port: 70000\n");
      assertEquals("mrrlens.yaml:2: smtp.port \"70000\" is above 65535", e.getMessage());
    }

    @Test
    void aFractionWhereAWholeNumberIsNeeded() {
      ConfigException e = rejected("payments:\n  terms_days: 30.5\n");
      assertEquals(
          "mrrlens.yaml:2: payments.terms_days \"30.5\" is not a whole number", e.getMessage());
    }

    @Test
    void aBadChoice() {
      ConfigException e = rejected("on_error: ignore\n");
      assertEquals("mrrlens.yaml:1: on_error \"ignore\" is not one of fail, skip", e.getMessage());
      assertEquals("use one of fail, skip", e.fix());
    }

    @Test
    void aBadBoolean() {
      ConfigException e = rejected("decimal_comma: maybe\n");
      assertEquals("mrrlens.yaml:1: decimal_comma \"maybe\" is not true or false", e.getMessage());
    }

    @Test
    void aMapWhereAValueIsNeeded() {
      ConfigException e = rejected("labor:\n  cost_per_hour:\n    amount: 5\n");
      assertEquals("mrrlens.yaml:3: labor.cost_per_hour must be a single value", e.getMessage());
    }

    @Test
    void aKeySetTwice() {
      ConfigException e = rejected("labor:\n  cost_per_hour: 60\n  cost_per_hour: 70\n");
      assertEquals("mrrlens.yaml:3: \"labor.cost_per_hour\" is set twice", e.getMessage());
      assertEquals("keep one of the two", e.fix());
    }

    @Test
    void aSectionSetTwice() {
      ConfigException e =
          rejected("labor:\n  cost_per_hour: 60\nstaff:\n  utilization: 0.5\nlabor:\n  x: 1\n");
      assertEquals("mrrlens.yaml:5: \"labor\" is set twice", e.getMessage());
    }

    @Test
    void aKeySetTwiceInTwoForms() {
      ConfigException e = rejected("labor:\n  cost_per_hour: 60\nlabor.cost_per_hour: 70\n");
      assertEquals("mrrlens.yaml:3: \"labor.cost_per_hour\" is set twice", e.getMessage());
    }

    @Test
    void invalidYamlIsLocated() {
      ConfigException e = rejected("labor:\n  cost_per_hour: 60\n\tterms: [1\n");
      assertTrue(e.getMessage().startsWith("mrrlens.yaml:3: not valid YAML: "), e.getMessage());
    }

    @Test
    void anUnclosedFlowListIsInvalidYaml() {
      ConfigException e = rejected("labor:\n  proactive_types: [qbr, patch\nstaff: {}\n");
      assertTrue(e.getMessage().startsWith("mrrlens.yaml:"), e.getMessage());
      assertTrue(e.getMessage().contains(": not valid YAML: "), e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"- a\n- b\n", "just some text\n", "42\n"})
    void aFileThatIsNotAMap(String text) {
      ConfigException e = rejected(text);
      assertEquals(
          "mrrlens.yaml:1: the file must be a map of settings (key: value)", e.getMessage());
    }

    @Test
    void theNameGivenLocatesMessages() {
      ConfigException e =
          assertThrows(
              ConfigException.class,
              () -> ConfigLoader.parse("client-a.yaml", "labor:\n  cost_per_hr: 60\n"));
      assertTrue(e.getMessage().startsWith("client-a.yaml:2: "), e.getMessage());
    }
  }

  @Nested
  class Aliases {
    @Test
    void mapEverySpellingAndTheClientItselfToTheClient() {
      Config config = parse("aliases:\n  \"Acme Corporation\": [\"ACME Corp\", \"Acme  Inc.\"]\n");
      Map<String, String> aliases = config.aliases();
      assertEquals(3, aliases.size(), aliases.toString());
      assertEquals("Acme Corporation", aliases.get(ClientName.keyOf("ACME Corp")));
      assertEquals("Acme Corporation", aliases.get(ClientName.keyOf("Acme  Inc.")));
      assertEquals("Acme Corporation", aliases.get(ClientName.keyOf("Acme Corporation")));
      assertEquals("Acme Corporation", aliases.get("acme corp"));
      assertEquals("Acme Corporation", aliases.get("acme inc."));
      assertEquals("Acme Corporation", aliases.get("acme corporation"));
    }

    @Test
    void anyWhitespaceAndCaseOfASpellingFindsTheClient() {
      Map<String, String> aliases = parse("aliases:\n  Globex: [globex   corp]\n").aliases();
      assertEquals("Globex", aliases.get(ClientName.keyOf(" GLOBEX\u00A0Corp ")));
    }

    @Test
    void theClientNameIsNormalised() {
      Map<String, String> aliases =
          parse("aliases:\n  \"  Acme   Corporation \": [ACME]\n").aliases();
      assertEquals("Acme Corporation", aliases.get("acme"));
      assertEquals("Acme Corporation", aliases.get("acme corporation"));
    }

    @Test
    void severalClientsBlockListsAndSingleSpellings() {
      Map<String, String> aliases =
          parse(
                  String.join(
                      "\n",
                      "aliases:",
                      "  Globex:",
                      "    - Globex Corp",
                      "    - GLOBEX, Inc.",
                      "  Initech: Initech LLC",
                      ""))
              .aliases();
      assertEquals(
          Map.of(
              "globex corp", "Globex",
              "globex, inc.", "Globex",
              "globex", "Globex",
              "initech llc", "Initech",
              "initech", "Initech"),
          aliases);
    }

    @Test
    void aSpellingRepeatedUnderOneClientIsFine() {
      Map<String, String> aliases = parse("aliases:\n  Acme: [ACME, acme, Acme]\n").aliases();
      assertEquals(Map.of("acme", "Acme"), aliases);
    }

    @Test
    void anEmptyAliasesSection() {
      assertTrue(parse("aliases:\n").aliases().isEmpty());
    }

    @Test
    void aliasesCannotBeChanged() {
      Map<String, String> aliases = parse("aliases:\n  Acme: [ACME Corp]\n").aliases();
      assertThrows(UnsupportedOperationException.class, () -> aliases.put("x", "y"));
    }

    @Test
    void anAliasUnderTwoClientsIsAnError() {
      ConfigException e =
          rejected("aliases:\n  \"Acme Corporation\": [ACME]\n  \"Acme Holdings\": [acme]\n");
      assertEquals(
          "mrrlens.yaml:3: the alias \"acme\" is given for both \"Acme Corporation\" and"
              + " \"Acme Holdings\"",
          e.getMessage());
      assertEquals("keep it under one client", e.fix());
    }

    @Test
    void aClientGivenAsAnotherClientsAliasIsAnError() {
      ConfigException e = rejected("aliases:\n  Acme: [Globex]\n  Globex: [Globex Corp]\n");
      assertEquals(
          "mrrlens.yaml:3: the alias \"Globex\" is given for both \"Acme\" and \"Globex\"",
          e.getMessage());
    }

    @Test
    void aliasesMustBeAMap() {
      ConfigException e = rejected("aliases: [ACME, Acme Corp]\n");
      assertEquals(
          "mrrlens.yaml:1: aliases must map a client's name to its other spellings",
          e.getMessage());
    }
  }

  @Nested
  class Flags {
    @Test
    void aFlagOverridesTheDefaultAndIsRecorded() {
      Config defaults = Config.defaults();
      Config config = defaults.with("labor.cost_per_hour", "--cost-per-hour", "60");
      assertDecimal("60", config.decimal("labor.cost_per_hour"), "cost_per_hour");
      assertEquals("--cost-per-hour", config.source("labor.cost_per_hour"));
      // the original is unchanged
      assertDecimal("55.00", defaults.decimal("labor.cost_per_hour"), "cost_per_hour");
      assertEquals("default", defaults.source("labor.cost_per_hour"));
    }

    @Test
    void aFlagWinsOverTheFileAndKeepsTheRest() {
      Config file =
          parse("labor:\n  cost_per_hour: 60\non_error: skip\naliases:\n  Acme: [ACME Corp]\n");
      Config config = file.with("on_error", "--on-error", "fail");
      assertEquals("fail", config.text("on_error"));
      assertEquals("--on-error", config.source("on_error"));
      assertDecimal("60", config.decimal("labor.cost_per_hour"), "cost_per_hour");
      assertEquals(FILE, config.source("labor.cost_per_hour"));
      assertEquals("Acme", config.aliases().get("acme corp"));
    }

    @Test
    void flagValuesAreTyped() {
      Config config =
          Config.defaults()
              .with("decimal_comma", "--decimal-comma", "true")
              .with("projection.seed", "--seed", "-7")
              .with("date_format", "--date-format", "MM/dd/yyyy")
              .with("transition.include", "--include", "hybrid");
      assertTrue(config.bool("decimal_comma"));
      assertEquals(-7, config.integer("projection.seed"));
      assertEquals("MM/dd/yyyy", config.text("date_format"));
      assertEquals(List.of("hybrid"), config.list("transition.include"));
    }

    @Test
    void aBadFlagValueNamesTheFlag() {
      ConfigException e =
          assertThrows(
              ConfigException.class,
              () -> Config.defaults().with("transition.accept_rate", "--accept-rate", "1.5"));
      assertEquals("--accept-rate \"1.5\" is above 1", e.getMessage());
      ConfigException choice =
          assertThrows(
              ConfigException.class,
              () -> Config.defaults().with("on_error", "--on-error", "ignore"));
      assertEquals("--on-error \"ignore\" is not one of fail, skip", choice.getMessage());
    }

    @Test
    void anUnknownSettingIsAProgrammingError() {
      assertThrows(
          IllegalArgumentException.class, () -> Config.defaults().with("labor.nope", "--x", "1"));
    }
  }

  @Nested
  class Loading {
    @TempDir Path dir;

    @Test
    void loadReadsAFileAndNamesItInMessages() throws IOException {
      Path file = dir.resolve("mrrlens.yaml");
      Files.writeString(file, "payments:\n  terms_days: 14\n", StandardCharsets.UTF_8);
      Config config = ConfigLoader.load(file);
      assertEquals(14, config.integer("payments.terms_days"));
      assertEquals("mrrlens.yaml", config.source("payments.terms_days"));

      Path bad = dir.resolve("other.yaml");
      Files.writeString(bad, "\nstaff:\n  utilisation: 0.5\n", StandardCharsets.UTF_8);
      ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(bad));
      assertEquals(
          "other.yaml:3: unknown key \"staff.utilisation\"; did you mean \"staff.utilization\"?",
          e.getMessage());
    }
  }

  @Test
  void aWordListTypedAsOneValueIsSplitAtCommas() {
    Config config = Config.defaults().with("transition.include", "--include", "break-fix, hybrid,");
    assertEquals(java.util.List.of("break-fix", "hybrid"), config.list("transition.include"));
    assertEquals("--include", config.source("transition.include"));
  }

  @Test
  void aFlagNotGivenLeavesTheSettingAsItWas() {
    Config defaults = Config.defaults();
    assertEquals(defaults, defaults.withFlag("transition.include", "--include", null));
    assertEquals(
        java.util.List.of("hybrid"),
        defaults.withFlag("transition.include", "--include", "hybrid").list("transition.include"));
  }
}
