package io.mrrlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mrrlens.model.Window;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each renderer on one small report, with the exact expected text. */
class ReportRendererTest {

  private static Map<String, Object> row(Object... pairs) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      row.put((String) pairs[i], pairs[i + 1]);
    }
    return row;
  }

  private static Report report() {
    List<Column> columns =
        List.of(
            new Column("client", "client", Format.TEXT),
            new Column("hours", "hours", Format.HOURS),
            new Column("revenue", "revenue", Format.MONEY),
            new Column("share", "share", Format.PERCENT),
            new Column("rate", "rate", Format.RATE));
    List<Map<String, Object>> rows =
        Arrays.asList(
            row(
                "client",
                "=Evil, \"Inc\"",
                "hours",
                new BigDecimal("1234.5"),
                "revenue",
                new BigDecimal("-1234567.891"),
                "share",
                new BigDecimal("0.12345"),
                "rate",
                null),
            row(
                "client",
                "Bolt",
                "hours",
                new BigDecimal("0.25"),
                "revenue",
                BigDecimal.TEN,
                "share",
                BigDecimal.ONE,
                "rate",
                new BigDecimal("61.123456")));
    Map<String, Object> totals = row("hours", new BigDecimal("1234.75"), "revenue", null);
    return new Report(
        "labor",
        "test",
        LocalDate.of(2026, 10, 31),
        new Window(YearMonth.of(2025, 11), YearMonth.of(2026, 10)),
        List.of(new Fact("cost_per_hour", "cost per hour", new BigDecimal("55"), Format.MONEY)),
        List.of(
            new Part.Table("rows", "Labor", columns, rows, totals),
            new Part.Lines("notes", "Notes", List.of("one | two"))));
  }

  @Test
  void table() {
    assertEquals(
        String.join(
            "\n",
            "mrrlens labor: test",
            "as of 2026-10-31, window 2025-11 to 2026-10 (12 months)",
            "",
            "Settings",
            "  cost per hour: 55.00",
            "",
            "Labor",
            "  client           hours        revenue   share   rate",
            "  ------------  --------  -------------  ------  -----",
            "  =Evil, \"Inc\"  1,234.50  -1,234,567.89   12.3%",
            "  Bolt              0.25          10.00  100.0%  61.12",
            "  ------------  --------  -------------  ------  -----",
            "  Total         1,234.75",
            "",
            "Notes",
            "  one | two",
            ""),
        new TextReportRenderer().render(report()));
  }

  @Test
  void csvIsRawAndSpreadsheetSafe() {
    assertEquals(
        "client,hours,revenue,share,rate\r\n"
            + "\"'=Evil, \"\"Inc\"\"\",1234.50,-1234567.89,0.1235,\r\n"
            + "Bolt,0.25,10.00,1.0000,61.1235\r\n",
        new CsvReportRenderer().render(report()));
  }

  @Test
  void jsonHasTheShapeOfCliMd() {
    assertEquals(
        String.join(
            "\n",
            "{",
            "  \"command\": \"labor\",",
            "  \"as_of\": \"2026-10-31\",",
            "  \"window\": {",
            "    \"from\": \"2025-11\",",
            "    \"to\": \"2026-10\",",
            "    \"months\": 12",
            "  },",
            "  \"settings\": {",
            "    \"cost_per_hour\": 55.00",
            "  },",
            "  \"rows\": [",
            "    {",
            "      \"client\": \"=Evil, \\\"Inc\\\"\",",
            "      \"hours\": 1234.50,",
            "      \"revenue\": -1234567.89,",
            "      \"share\": 0.1235,",
            "      \"rate\": null",
            "    },",
            "    {",
            "      \"client\": \"Bolt\",",
            "      \"hours\": 0.25,",
            "      \"revenue\": 10.00,",
            "      \"share\": 1.0000,",
            "      \"rate\": 61.1235",
            "    }",
            "  ],",
            "  \"totals\": {",
            "    \"client\": null,",
            "    \"hours\": 1234.75,",
            "    \"revenue\": null,",
            "    \"share\": null,",
            "    \"rate\": null",
            "  },",
            "  \"notes\": [",
            "    \"one | two\"",
            "  ]",
            "}",
            ""),
        new JsonReportRenderer().render(report()));
  }

  @Test
  void markdownEscapesPipes() {
    assertEquals(
        String.join(
            "\n",
            "# mrrlens labor: test",
            "",
            "As of 2026-10-31, window 2025-11 to 2026-10.",
            "",
            "## Settings",
            "",
            "- cost per hour: 55.00",
            "",
            "## Labor",
            "",
            "| client | hours | revenue | share | rate |",
            "| --- | ---: | ---: | ---: | ---: |",
            "| =Evil, \"Inc\" | 1,234.50 | -1,234,567.89 | 12.3% |  |",
            "| Bolt | 0.25 | 10.00 | 100.0% | 61.12 |",
            "| **Total** | 1,234.75 |  |  |  |",
            "",
            "## Notes",
            "",
            "- one \\| two",
            "",
            ""),
        new MarkdownReportRenderer().render(report()));
  }
}
