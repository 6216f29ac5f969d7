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
import org.junit.jupiter.api.Test;

class HtmlSummaryRendererTest {

  private static Report report() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("client", "O'Brien & <Sons>");
    row.put("value", new BigDecimal("1234.50"));
    return new Report(
        "summary",
        "2026-10, books",
        LocalDate.of(2026, 10, 31),
        new Window(YearMonth.of(2025, 11), YearMonth.of(2026, 10)),
        List.of(new Fact("top", "top", 5L, Format.COUNT)),
        List.of(
            new Part.Table(
                "rows",
                "Figures",
                List.of(
                    new Column("client", "client", Format.TEXT),
                    new Column("value", "2026-10", Format.NUMBER)),
                List.of(row),
                null),
            new Part.Facts(
                "receivables", "Receivables", List.of(new Fact("dso", "DSO", null, Format.RATE))),
            new Part.Table("empty", "Nothing here", List.of(), List.of(), null)));
  }

  @Test
  void tablesFactsAndThePictureAfterTheFirstPart() {
    String html =
        HtmlSummaryRenderer.render(
            report(), List.of(new HtmlSummaryRenderer.Picture("cid:chart@mrrlens", "Revenue")));
    assertTrue(html.contains("<title>mrrlens summary: 2026-10, books</title>"), html);
    assertTrue(html.contains("as of 2026-10-31, window 2025-11 to 2026-10"), html);
    assertTrue(
        html.contains(
            "<tr><td>O&#39;Brien &amp; &lt;Sons&gt;</td><td class=\"num\">1,234.50</td></tr>"),
        html);
    assertTrue(html.contains("<dt>DSO</dt><dd class=\"num\">-</dd>"), html);
    assertTrue(html.contains("<p class=\"none\">(none)</p>"), html);
    int table = html.indexOf("<h2>Figures</h2>");
    int picture = html.indexOf("<img src=\"cid:chart@mrrlens\" alt=\"Revenue\">");
    int facts = html.indexOf("<h2>Receivables</h2>");
    assertTrue(table < picture && picture < facts, html);
    assertEquals(1, html.split("<img ").length - 1);
  }

  @Test
  void withoutPicturesNoImage() {
    assertFalse(HtmlSummaryRenderer.render(report(), List.of()).contains("<img"));
  }
}
