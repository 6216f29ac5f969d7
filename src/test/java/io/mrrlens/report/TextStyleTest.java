package io.mrrlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Colour and width of the table format on a terminal. */
class TextStyleTest {
  private static final Column CLIENT = new Column("client", "client", Format.TEXT);
  private static final Column GRADE = new Column("grade", "grade", Format.TEXT);
  private static final Column MARGIN = new Column("margin", "margin", Format.PERCENT);
  private static final TextStyle COLOUR = new TextStyle(true, 0);

  @Test
  void gradesAreGreenYellowOrRedAndThePaddingStaysOutside() {
    assertEquals("\u001b[32mA\u001b[0m    ", COLOUR.paint(GRADE, "A", "A    "));
    assertEquals("  \u001b[33mC\u001b[0m", COLOUR.paint(GRADE, "C", "  C"));
    assertEquals("\u001b[31mF\u001b[0m", COLOUR.paint(GRADE, "F", "F"));
  }

  @Test
  void negativeFiguresAreRedOthersPlain() {
    assertEquals(
        "  \u001b[31m-12.5%\u001b[0m", COLOUR.paint(MARGIN, new BigDecimal("-0.125"), "  -12.5%"));
    assertEquals("  12.5%", COLOUR.paint(MARGIN, new BigDecimal("0.125"), "  12.5%"));
    assertEquals("Acme", COLOUR.paint(CLIENT, "Acme", "Acme"));
    assertEquals("F", TextStyle.PLAIN.paint(GRADE, "F", "F"), "no colour unless asked");
  }

  private static Part.Table table(String name) {
    return new Part.Table(
        "rows",
        "Clients",
        List.of(CLIENT, MARGIN),
        List.of(Map.of("client", name, "margin", new BigDecimal("0.5"))),
        null);
  }

  @Test
  void aWideNameIsCutWithAnEllipsisSoTheTableFits() {
    List<String> lines =
        TextReportRenderer.table(
            table("Smith, Jones & Partners Certified Public Accountants LLP"),
            new TextStyle(false, 30));
    // 2 indent + 20 name + 2 gap + 6 margin = 30
    assertEquals("  Smith, Jones & Part\u2026   50.0%", lines.get(3));
    assertTrue(lines.stream().allMatch(l -> l.length() <= 30), lines.toString());
  }

  @Test
  void aTableThatCannotFitKeepsItsNamesWhole() {
    List<String> lines =
        TextReportRenderer.table(table("Smith, Jones & Partners"), new TextStyle(false, 15));
    assertEquals("  Smith, Jones & Partners   50.0%", lines.get(3));
  }
}
