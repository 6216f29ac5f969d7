package io.mrrlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML of the transition report: escaped, self-contained, the same every time. */
public class HtmlReportRendererTest {
  private static final String HOSTILE_COMPANY = "Acme <script>alert(\"x\")</script> & 'Co'";
  private static final String HOSTILE_CLIENT = "<img src=x onerror=alert(1)>\"Bob's\"";

  private static String html(Report report) {
    return new HtmlReportRenderer().render(report);
  }

  @Test
  void hostileNamesAreEscapedEverywhere() {
    String html = html(ReportFixtures.report(HOSTILE_COMPANY, HOSTILE_CLIENT));
    assertFalse(html.contains("<script"), "a script element");
    assertFalse(html.contains("<img src=x"), "an injected image");
    assertFalse(html.contains("\"Bob's\""), "unescaped quotes");
    assertTrue(
        html.contains("<h1>Report for Acme &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"),
        "the escaped title");
    assertTrue(html.contains("&amp; &#39;Co&#39;"), "ampersand and apostrophes");
    assertTrue(html.contains("&lt;img src"), "the escaped client in the table");
    assertTrue(html.contains("&quot;Bob&#39;s&quot;"), "the escaped quotes");
  }

  @Test
  void nothingIsFetchedFromElsewhere() {
    Report base = ReportFixtures.report("Acme", "Alpha");
    byte[] svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>"
            .getBytes(StandardCharsets.UTF_8);
    Part.Section charted =
        new Part.Section(
            "labor",
            "1. Labor",
            List.of(),
            List.of(),
            List.of(
                new Part.Figure(
                    "labor-hours",
                    "Hours per client",
                    "Hours per client: 2 clients; most hours: Acme 120 h; fewest: Bolt 3 h.",
                    ReportFixtures.figure("labor-hours", "Hours per client", new byte[0], svg)
                        .image())),
            List.of());
    Report report =
        ReportFixtures.document(
            new Cover(
                "T",
                "Acme",
                null,
                new Cover.Logo("image/svg+xml", svg),
                "books",
                ReportFixtures.PERIOD.asOf(),
                ReportFixtures.PERIOD.window()),
            List.of(base.sections().get(0), charted));
    String html = html(report);
    assertEquals(List.of(), externalReferences(html));
    assertTrue(html.contains("<img class=\"logo\" alt=\"logo\" src=\"data:image/svg+xml;base64,"));
    assertTrue(html.contains("<img src=\"data:image/svg+xml;base64,"), "the chart, inline");
    assertTrue(
        html.contains(
            "alt=\"Hours per client: 2 clients; most hours: Acme 120 h; fewest: Bolt 3 h.\">"),
        "the alternative text says what the chart shows");
    assertTrue(
        html.contains(
            "<figcaption>Hours per client (charts/labor-hours.png and .svg)</figcaption>"));
  }

  @Test
  void tablesAlignNumbersAndCloseWithTotals() {
    String html = html(ReportFixtures.report("Acme", "Alpha"));
    assertTrue(html.contains("<tr><td>Alpha</td><td class=\"num\">1,234.50</td></tr>"));
    assertTrue(html.contains("<tfoot>\n<tr><td>Total</td><td class=\"num\">1,333.50</td></tr>"));
    assertTrue(html.contains("<th scope=\"row\">revenue</th><td>1,333.50</td>"), "a fact");
    assertTrue(html.contains("<p class=\"highlight\">Recommendation: talk to Alpha.</p>"));
    assertTrue(html.contains("<li><a href=\"#labor\">1. Labor</a></li>"), "the contents");
    assertTrue(html.contains("<section id=\"labor\">"));
    assertTrue(html.contains("@media print"), "print rules");
  }

  @Test
  void aPhoneScrollsTablesInTheirBoxWithTheClientColumnFixedAndPrintKeepsSectionsFlowing() {
    String html = html(ReportFixtures.report("Acme", "Alpha"));
    String print = html.substring(html.indexOf("@media print"));

    assertTrue(html.contains("div.table { overflow-x: auto;"), "a wide table scrolls in its box");
    assertTrue(
        html.contains("div.table th:first-child, div.table td:first-child { position: sticky;"),
        "the client column stays");
    assertTrue(html.contains("@media (max-width: 600px)"), "a phone layout");
    assertFalse(print.contains("break-before: page"), "no section starts a page of its own");
    assertFalse(print.contains("break-after: page"), "nor ends one");
    assertTrue(print.contains("table { font-size: 8pt; }"), "8 pt at least in print");
  }

  @Test
  void theSameReportGivesTheSameBytes() {
    assertEquals(
        html(ReportFixtures.report("Acme", "Alpha")), html(ReportFixtures.report("Acme", "Alpha")));
  }

  /** Every src and href that is not a data URI or an anchor, and any http(s) or url( at all. */
  public static List<String> externalReferences(String html) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("(src|href)=\"([^\"]*)\"").matcher(html);
    while (m.find()) {
      String target = m.group(2);
      if (!target.startsWith("data:") && !target.startsWith("#")) {
        found.add(m.group());
      }
    }
    String lower = html.toLowerCase(Locale.ROOT);
    for (String marker : List.of("http:", "https:", "url(", "@import", "<link", "<script")) {
      if (lower.contains(marker)) {
        found.add(marker);
      }
    }
    return found;
  }
}
