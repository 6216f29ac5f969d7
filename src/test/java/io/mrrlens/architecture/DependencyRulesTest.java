package io.mrrlens.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of style.md: each outside library lives in one package, {@code model}
 * depends on the JDK only, nothing depends on {@code cli}, and only {@code cli} exits, prints to
 * the console or reads the clock.
 */
class DependencyRulesTest {
  private static final Path SOURCES = Path.of("src/main/java/io/mrrlens");
  private static final Pattern IMPORT =
      Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);
  private static final Map<String, String> LIBRARY_HOME =
      Map.ofEntries(
          Map.entry("picocli.", "cli"),
          Map.entry("org.apache.commons.csv.", "importing"),
          Map.entry("tech.tablesaw.", "analysis"),
          Map.entry("org.jfree.", "chart"),
          Map.entry("org.apache.batik.", "chart"),
          Map.entry("org.yaml.snakeyaml.", "config"),
          // Jackson's streaming parser writes JSON reports and reads JSON exports
          Map.entry("com.fasterxml.jackson.", "report importing"),
          Map.entry("com.samskivert.mustache.", "report"),
          Map.entry("jakarta.mail.", "mail"),
          Map.entry("org.simplejavamail.", "mail"),
          Map.entry("org.apache.pdfbox.", "report"),
          Map.entry("org.eclipse.angus.", "mail"));

  private static List<SourceFile> files;

  record SourceFile(String pkg, Path path, String text, List<String> imports) {}

  @BeforeAll
  static void read() throws IOException {
    files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(SOURCES)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String pkg = SOURCES.relativize(path).getName(0).toString();
        List<String> imports = new ArrayList<>();
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
          imports.add(m.group(2));
        }
        files.add(new SourceFile(pkg, path, text, imports));
      }
    }
    assertFalse(files.isEmpty(), "no sources found");
  }

  @Test
  void eachLibraryLivesInOnePackage() {
    List<String> broken = new ArrayList<>();
    for (SourceFile file : files) {
      for (String imported : file.imports()) {
        LIBRARY_HOME.forEach(
            (prefix, home) -> {
              if (imported.startsWith(prefix) && !List.of(home.split(" ")).contains(file.pkg())) {
                broken.add(file.path() + " imports " + imported + " (belongs in " + home + ")");
              }
            });
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void modelDependsOnTheJdkOnly() {
    List<String> broken = new ArrayList<>();
    for (SourceFile file : files) {
      if (file.pkg().equals("model")) {
        file.imports().stream()
            .filter(i -> !i.startsWith("java.") && !i.startsWith("io.mrrlens.model."))
            .forEach(i -> broken.add(file.path() + " imports " + i));
        if (file.text().contains("io.mrrlens.")
            && file.text().matches("(?s).*io\\.mrrlens\\.(?!model).*")) {
          broken.add(file.path() + " names another mrrlens package");
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void nothingDependsOnCli() {
    List<String> broken = new ArrayList<>();
    for (SourceFile file : files) {
      if (!file.pkg().equals("cli") && file.text().contains("io.mrrlens.cli")) {
        broken.add(file.path().toString());
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void theEngineKnowsNothingOfTheCommandLine() {
    List<String> broken = new ArrayList<>();
    for (SourceFile file : files) {
      if (!file.pkg().equals("engine")) {
        continue;
      }
      for (String forbidden : List.of("io.mrrlens.cli", "picocli", "PrintWriter", "PrintStream")) {
        if (file.text().contains(forbidden)) {
          broken.add(file.path() + " names " + forbidden);
        }
      }
    }
    assertFalse(files.stream().noneMatch(f -> f.pkg().equals("engine")), "no engine package found");
    assertEquals(List.of(), broken);
  }

  /**
   * Tablesaw's {@code Table} scans the class path for file readers when its class is first used
   * (0.1 - 0.15 s of a run); the analysis keeps its columns in {@code ColumnTable} instead.
   */
  @Test
  void noCodeUsesTablesawsTable() {
    List<String> broken = new ArrayList<>();
    Pattern table = Pattern.compile("tech\\.tablesaw\\.api\\.(Table\\b|\\*)");
    for (SourceFile file : files) {
      if (table.matcher(file.text()).find()) {
        broken.add(file.path() + " names tech.tablesaw.api.Table");
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void onlyCliExitsPrintsOrReadsTheClock() {
    List<String> broken = new ArrayList<>();
    for (SourceFile file : files) {
      if (file.pkg().equals("cli")) {
        continue;
      }
      for (String call :
          List.of(
              "System.exit",
              "System.out",
              "System.err",
              "LocalDate.now(",
              "LocalDateTime.now(",
              "Instant.now(",
              "System.currentTimeMillis",
              "Clock.system")) {
        if (file.text().contains(call)) {
          broken.add(file.path() + " calls " + call);
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void noUtilPackage() {
    assertFalse(Files.exists(SOURCES.resolve("util")), "style.md: no util package");
  }
}
