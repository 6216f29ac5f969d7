package io.mrrlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the report's sections show of its tables: the first clients, the rest in tables/. */
public class TransitionReportBuilderTest {
  private static final List<Column> COLUMNS = List.of(new Column("client", "client", Format.TEXT));

  private static Part.Table clients(String key, int count) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(Map.of("client", "Client " + i));
    }
    return new Part.Table(key, key, COLUMNS, rows, null);
  }

  private static Part.Section section(String id, Part... parts) {
    return new Part.Section(id, id, List.of(), List.of(), List.of(), List.of(parts));
  }

  private static final List<Part.Section> SECTIONS =
      List.of(
          section("labor", clients("rows", 20)),
          section("scorecard", clients("rows", 15), clients("actions", 20)),
          section(
              "projection", clients("summary", 3), clients("offers", 93), clients("months", 72)),
          section("appendix", clients("files", 2)));

  private static List<Part.Section> shown(int top) {
    return TransitionReportBuilder.shortened(SECTIONS, Report.stems(SECTIONS), top);
  }

  @Test
  void aClientTableShowsTheFirstFifteenByDefaultAndNamesItsFile() {
    assertEquals(15, TransitionReportBuilder.DEFAULT_TOP);
    Part.Table labor = (Part.Table) shown(15).get(0).parts().get(0);
    assertEquals(15, labor.rows().size());
    assertEquals("Client 15", labor.rows().get(14).get("client"));
    // 20 clients, 15 shown: 5 more.
    assertEquals("and 5 more clients, in tables/labor.csv", labor.more());
  }

  @Test
  void aTableOfTopRowsOrFewerAndTablesOtherThanClientsAreShownWhole() {
    List<Part> scorecard = shown(15).get(1).parts();
    assertEquals(15, ((Part.Table) scorecard.get(0)).rows().size());
    assertNull(((Part.Table) scorecard.get(0)).more());
    assertEquals(20, ((Part.Table) scorecard.get(1)).rows().size(), "actions are not clients");
  }

  @Test
  void topOneLeavesOneRowAndSaysSoInTheSingular() {
    List<Part.Section> two = List.of(section("labor", clients("rows", 2)), section("appendix"));
    Part.Table labor =
        (Part.Table)
            TransitionReportBuilder.shortened(two, Report.stems(two), 1).get(0).parts().get(0);
    assertEquals(1, labor.rows().size());
    assertEquals("and 1 more client, in tables/labor.csv", labor.more());
  }

  @Test
  void theProjectionsOffersAreClientsToo() {
    Part.Table offers = (Part.Table) shown(15).get(2).parts().get(1);
    assertEquals(15, offers.rows().size());
    // 93 offers, 15 shown: 78 more.
    assertEquals("and 78 more clients, in tables/projection-offers.csv", offers.more());
  }

  @Test
  void theMonthByMonthProjectionMovesToTheEndOfTheAppendix() {
    List<Part.Section> shown = shown(15);
    assertEquals(
        List.of("summary", "offers"), shown.get(2).parts().stream().map(Part::key).toList());
    List<Part> appendix = shown.get(3).parts();
    assertEquals(List.of("files", "projection_months"), appendix.stream().map(Part::key).toList());
    assertEquals(72, ((Part.Table) appendix.get(1)).rows().size());
  }

  @Test
  void theCsvTablesKeepEveryRowUnderTheirOwnStems() {
    Map<String, Part.Table> tables = Report.stems(SECTIONS);
    shown(15);
    assertEquals(
        List.of(
            "labor",
            "scorecard",
            "scorecard-actions",
            "projection-summary",
            "projection-offers",
            "projection-months",
            "appendix-files"),
        List.copyOf(tables.keySet()));
    assertEquals(20, tables.get("labor").rows().size());
    assertEquals(72, tables.get("projection-months").rows().size());
  }
}
