package io.mrrlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.model.Window;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The summary's HTML as a mail client shows it: inline styles, one column, labels by values. */
class HtmlSummaryRendererTest {

  private static Map<String, Object> figure(
      String name, String value, String previous, String pct) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("figure", name);
    row.put("value", new BigDecimal(value));
    row.put("previous_month", new BigDecimal(previous));
    row.put("pct_vs_previous_month", new BigDecimal(pct));
    return row;
  }

  private static Report report() {
    Map<String, Object> slow = new LinkedHashMap<>();
    slow.put("client", "O'Brien & <Sons>");
    slow.put("hours", new BigDecimal("12.50"));
    slow.put("rate", new BigDecimal("80"));
    slow.put("revenue", new BigDecimal("1000"));
    Map<String, Object> month = new LinkedHashMap<>();
    month.put("client", "Acme");
    month.put("value", new BigDecimal("1234.50"));
    return new Report(
        "summary",
        "2026-10, books",
        LocalDate.of(2026, 10, 31),
        new Window(YearMonth.of(2025, 11), YearMonth.of(2026, 10)),
        List.of(new Fact("top", "top", 5L, Format.COUNT)),
        List.of(
            new Part.Table(
                "rows",
                "2026-10 against 2026-09",
                List.of(
                    new Column("figure", "figure", Format.TEXT),
                    new Column("value", "2026-10", Format.NUMBER),
                    new Column("previous_month", "2026-09", Format.NUMBER),
                    new Column("pct_vs_previous_month", "%", Format.PERCENT)),
                List.of(
                    figure("revenue", "3300", "1800", "0.8333"),
                    figure("MRR", "1000", "1000", "0")),
                null),
            new Part.Table(
                "labor",
                "Labor",
                List.of(
                    new Column("client", "client", Format.TEXT),
                    new Column("value", "hours", Format.NUMBER)),
                List.of(month),
                null),
            new Part.Facts(
                "receivables", "Receivables", List.of(new Fact("dso", "DSO", null, Format.RATE))),
            new Part.Table(
                "below_target",
                "Alert: effective rate below the target",
                List.of(
                    new Column("client", "client", Format.TEXT),
                    new Column("hours", "hours", Format.NUMBER),
                    new Column("rate", "rate/hour", Format.NUMBER),
                    new Column("revenue", "revenue", Format.NUMBER)),
                List.of(slow),
                null),
            new Part.Table("empty", "Nothing here", List.of(), List.of(), null)));
  }

  private static String html() {
    return HtmlSummaryRenderer.render(
        report(), List.of(new HtmlSummaryRenderer.Picture("cid:chart@mrrlens", "Revenue: 13")));
  }

  @Test
  void everyStyleIsInlineForMailClientsThatDropStyleElements() {
    String html = html();

    assertFalse(html.contains("<style"), html);
    assertFalse(html.contains("class="), html);
    assertFalse(html.contains("<details"), "a mail client may not open it");
    Matcher tags = Pattern.compile("<(h1|h2|p|table|td|th|img|div)[ >]").matcher(html);
    while (tags.find()) {
      assertTrue(
          html.startsWith(" style=\"", tags.end() - 1)
              || html.startsWith(" role=", tags.end() - 1)
              || html.startsWith(" width=", tags.end() - 1)
              || html.startsWith(" src=", tags.end() - 1),
          "unstyled <" + tags.group(1) + "> at " + tags.start());
    }
  }

  @Test
  void theHeadlineComesFirstThenTheFiguresEachWithItsValueAndTheMonthBefore() {
    String html = html();

    assertTrue(html.contains("<title>mrrlens summary: 2026-10, books</title>"), html);
    assertTrue(html.contains("as of 2026-10-31, window 2025-11 to 2026-10"), html);
    int headline = html.indexOf(">Revenue 3,300, +83.3% on 2026-09</p>");
    int figures = html.indexOf(">2026-10 against 2026-09</h2>");
    assertTrue(0 < headline && headline < figures, html);
    assertTrue(
        html.contains(
            ">1 alert. First: effective rate below the target: client O&#39;Brien &amp;"
                + " &lt;Sons&gt;, hours 12.50, rate/hour 80, revenue 1,000.</p>"),
        html);
    assertTrue(
        html.contains(
            ">revenue<br><span style=\"color:#666666;font-size:13px;\"><span"
                + " style=\"white-space:nowrap;\">2026-09 1,800 (+83.3%)</span></span></td>"),
        html);
    assertTrue(html.contains("font-weight:bold;\">3,300</td>"), "the value beside its label");
  }

  @Test
  void aTableWiderThanThreeColumnsBecomesABlockPerRowWithEachLabelBesideItsValue() {
    String html = html();

    assertTrue(
        html.contains("<div style=\"font-weight:bold;\">O&#39;Brien &amp; &lt;Sons&gt;</div>"));
    assertTrue(
        html.contains(
            "<span style=\"color:#666666;\">rate/hour</span>&nbsp;<span"
                + " style=\"white-space:nowrap;\">80</span>"),
        html);
    // No table row is wider than three cells, so no table is wider than a phone's screen.
    for (String row : html.split("<tr>")) {
      String cells = row.contains("</tr>") ? row.substring(0, row.indexOf("</tr>")) : "";
      assertTrue(cells.split("<t[dh] ").length - 1 <= 3, cells);
    }
    assertTrue(html.contains(">Acme</td>"), "a narrow table stays a table");
  }

  @Test
  void thePictureFollowsTheFirstPartAtTheColumnsWidthAndTheSettingsComeLast() {
    String html = html();

    assertTrue(html.contains("<p style=\"margin:0;color:#888888;font-style:italic;\">(none)</p>"));
    int figures = html.indexOf(">2026-10 against 2026-09</h2>");
    int picture = html.indexOf("<img src=\"cid:chart@mrrlens\" alt=\"Revenue: 13\" width=\"600\"");
    int labor = html.indexOf(">Labor</h2>");
    int settings = html.indexOf(">Settings</h2>");
    assertTrue(figures < picture && picture < labor && labor < settings, html);
    assertTrue(html.contains("width:100%;max-width:600px;height:auto;"), "the chart narrows");
    assertTrue(html.contains("max-width:640px;"), "one column");
    assertEquals(1, html.split("<img ").length - 1);
  }

  @Test
  void withoutPicturesNoImage() {
    assertFalse(HtmlSummaryRenderer.render(report(), List.of()).contains("<img"));
  }
}
