package io.mrrlens.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.chart.ChartPlan;
import io.mrrlens.config.Config;
import io.mrrlens.model.Problem;
import io.mrrlens.report.Part;
import io.mrrlens.report.Report;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine as a library: workflows called with typed settings, no command line, no console; what
 * a runner over many books will call.
 */
class EngineTest {
  private static final Path MINI = Path.of("src/test/resources/books/mini-analysis");
  private static final Engine ENGINE = new Engine(Progress.NONE, name -> null);
  private static final ChartPlan CHARTS = new ChartPlan(800, 500, null);

  @TempDir Path dir;

  private BooksSource source(LocalDate asOf) throws IOException {
    try (Stream<Path> files = Files.list(MINI)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    return new BooksSource(dir, "mini", Config.defaults(), null, Map.of(), asOf, false, null);
  }

  private static BigDecimal hours(Map<String, Object> row) {
    return (BigDecimal) row.get("hours");
  }

  @Test
  void laborAnswersQuestionOneWithTheHoursOfEachClient() throws IOException {
    Outcome outcome = ENGINE.labor(source(null), Scope.everything(), CHARTS);
    Report report = outcome.report();
    // time.csv, 2025-11 to 2026-10: Cobalt Law 8 + 8, Bravo Builders 4 + 1.25 + 6.75 + 1,
    // Acme Dental 2.5 + 1.5 + 3 + 2; 38 in all.
    List<Map<String, Object>> rows = report.main().rows();
    assertEquals(
        List.of("Cobalt Law", "Bravo Builders", "Acme Dental"),
        rows.stream().map(r -> r.get("client")).toList());
    assertEquals(0, new BigDecimal("16").compareTo(hours(rows.get(0))));
    assertEquals(0, new BigDecimal("13").compareTo(hours(rows.get(1))));
    assertEquals(0, new BigDecimal("9").compareTo(hours(rows.get(2))));
    assertEquals(0, new BigDecimal("38").compareTo(hours(report.main().totals())));
    assertEquals(List.of(), outcome.notices());
  }

  @Test
  void aDocumentCarriesItsChartsUndrawnUntilAskedFor() throws IOException {
    Report report = ENGINE.labor(source(null), Scope.everything(), CHARTS).report();
    List<Part.Figure> figures = report.figures();
    assertEquals("labor-hours", figures.get(0).key());
    byte[] png = figures.get(0).image().png();
    assertEquals((byte) 0x89, png[0], "a PNG");
    assertTrue(
        new String(figures.get(0).image().svg(), java.nio.charset.StandardCharsets.UTF_8)
            .contains("<svg"));
  }

  @Test
  void aPlanOfNoChartsBuildsNoneAndChangesNoFigure() throws IOException {
    BooksSource source = source(null);
    Report without = ENGINE.labor(source, Scope.everything(), ChartPlan.none()).report();
    Report with = ENGINE.labor(source, Scope.everything(), CHARTS).report();
    assertEquals(List.of(), without.figures());
    assertEquals(1, with.figures().size());
    assertEquals(with.main().rows(), without.main().rows());
    assertEquals(with.main().totals(), without.main().totals());
  }

  @Test
  void monthsAfterTheBooksLastRecordAreToldAsANotice() throws IOException {
    Outcome outcome =
        ENGINE.payments(source(LocalDate.of(2027, 6, 30)), Scope.everything(), CHARTS);
    assertEquals(1, outcome.notices().size());
    Notice stale = outcome.notices().get(0);
    assertTrue(stale.messages().get(0).startsWith("warning: the books' last record is of "));
    assertEquals("fix", stale.label());
  }

  @Test
  void theTransitionReportIsTheDocumentOfEverySection() throws IOException {
    Report report =
        ENGINE.report(source(null), Scope.everything(), CHARTS, "Going managed", null).report();
    assertEquals(
        List.of("summary", "labor", "payments", "segments", "scorecard", "projection", "appendix"),
        report.sections().stream().map(Part.Section::key).toList());
    assertEquals(dir.getFileName().toString(), report.cover().books(), "the folder's own name");
    assertFalse(report.tables().isEmpty());
  }

  @Test
  void aClientNotInTheBooksIsAUsageProblemWithTheNearestName() throws IOException {
    Problem problem =
        org.junit.jupiter.api.Assertions.assertThrows(
            Problem.class,
            () ->
                ENGINE.scorecard(
                    source(null), new Scope(null, null, null, List.of("Cobalt"), false), CHARTS));
    assertEquals(Problem.Kind.USAGE, problem.kind());
    assertTrue(problem.fix().contains("Cobalt Law"), problem.fix());
  }

  @Test
  void theProjectionShowsOnlyTheScenariosAsked() throws IOException {
    Report report =
        ENGINE
            .project(
                source(null),
                Scope.everything(),
                CHARTS,
                Set.of(io.mrrlens.projection.Scenario.TRANSITION))
            .report();
    assertTrue(
        report.main().rows().stream().allMatch(r -> "transition".equals(r.get("scenario"))),
        "only the transition's months");
  }
}
