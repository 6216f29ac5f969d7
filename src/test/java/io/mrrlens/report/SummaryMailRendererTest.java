package io.mrrlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.model.Window;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The monthly summary as a mail: its subject, its headline first, and 72 columns at most. */
public class SummaryMailRendererTest {
  private static final List<Column> FIGURES =
      List.of(
          new Column("figure", "figure", Format.TEXT),
          new Column("value", "2026-10", Format.NUMBER),
          new Column("previous_month", "2026-09", Format.NUMBER),
          new Column("pct_vs_previous_month", "%", Format.PERCENT));
  private static final List<Column> OVERDUE =
      List.of(
          new Column("invoice", "invoice", Format.TEXT),
          new Column("client", "client", Format.TEXT),
          new Column("open_amount", "open", Format.MONEY),
          new Column("days_past_due", "days past due", Format.COUNT));
  private static final List<Column> EVIDENCE =
      List.of(
          new Column("client", "client", Format.TEXT),
          new Column("evidence", "evidence", Format.TEXT),
          new Column("revenue", "revenue", Format.MONEY));

  private static Report report(String evidence) {
    return new Report(
        "summary",
        "2026-10, msp-book",
        LocalDate.parse("2026-10-31"),
        new Window(YearMonth.of(2025, 11), YearMonth.of(2026, 10)),
        List.of(new Fact("month", "month", "2026-10", Format.TEXT)),
        List.of(
            new Part.Table(
                "rows",
                "2026-10 against 2026-09",
                FIGURES,
                List.of(
                    Map.of(
                        "figure", "revenue",
                        "value", new BigDecimal("184782.40"),
                        "previous_month", new BigDecimal("190600.00"),
                        "pct_vs_previous_month", new BigDecimal("-0.0305")),
                    Map.of(
                        "figure", "MRR",
                        "value", new BigDecimal("130466.00"),
                        "previous_month", new BigDecimal("130466.00"),
                        "pct_vs_previous_month", new BigDecimal("0"))),
                null),
            new Part.Table(
                "segment_changes",
                "Segment changes",
                EVIDENCE,
                List.of(
                    Map.of(
                        "client",
                        "Bravo Builders",
                        "evidence",
                        evidence,
                        "revenue",
                        new BigDecimal("1234567.89"))),
                null),
            new Part.Table(
                "overdue_invoices",
                "Alert: invoices 60+ days past due at 2026-10-31",
                OVERDUE,
                List.of(
                    Map.of(
                        "invoice",
                        "S-024",
                        "client",
                        "Cobalt Cafe",
                        "open_amount",
                        new BigDecimal("600"),
                        "days_past_due",
                        76L),
                    Map.of(
                        "invoice",
                        "S-031",
                        "client",
                        "Acme Dental",
                        "open_amount",
                        new BigDecimal("90"),
                        "days_past_due",
                        61L)),
                null)));
  }

  @Test
  void theSubjectCarriesTheHeadlineFigures() {
    // 184,782.40 to the unit; -3.05% to the percent; one table of two overdue invoices.
    assertEquals(
        "October 2026: revenue 184,782 (-3%), MRR 130,466, 2 alerts - msp-book",
        SummaryMailRenderer.subject(
            report("T&M in 2 of 12 months"), YearMonth.of(2026, 10), "msp-book"));
  }

  @Test
  void theHeadlineComesFirstAndTheSettingsLast() {
    List<String> lines = SummaryMailRenderer.text(report("T&M in 2 of 12 months")).lines().toList();
    assertEquals("mrrlens summary: 2026-10, msp-book", lines.get(0));
    assertEquals("Revenue 184,782.40, -3.1% on 2026-09", lines.get(3));
    assertEquals("MRR 130,466.00, 0.0% on 2026-09", lines.get(4));
    assertTrue(
        lines.get(5).startsWith("2 alerts. First: invoices 60+ days past due at 2026-10-31:"),
        lines.get(5));
    // The figures, two lines each: the value, then the month before and the change.
    int at = lines.indexOf("2026-10 against 2026-09");
    assertTrue(at > 5, "after the headline: " + lines);
    assertEquals("  revenue: 184,782.40", lines.get(at + 1));
    assertEquals("    2026-09 190,600.00 (-3.1%)", lines.get(at + 2));
    assertEquals("  MRR: 130,466.00", lines.get(at + 3));
    assertEquals("    2026-09 130,466.00 (0.0%)", lines.get(at + 4));
    assertEquals("Settings", lines.get(lines.size() - 2));
    assertEquals("  month: 2026-10", lines.get(lines.size() - 1));
  }

  /** Seeded: evidence of random words and numbers, never a line over 72, never a number cut. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void noLineIsWiderThan72ColumnsAndNoNumberIsCut(long seed) {
    Random random = new Random(seed);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 10 + random.nextInt(60); i++) {
      words.add(
          random.nextBoolean()
              ? "word".repeat(1 + random.nextInt(4))
              : String.format(Locale.ROOT, "%,.2f", random.nextInt(10_000_000) / 100.0));
    }
    String evidence = String.join(" ", words);
    String text = SummaryMailRenderer.text(report(evidence));
    for (String line : text.lines().toList()) {
      assertTrue(line.length() <= SummaryMailRenderer.WIDTH, "too wide: [" + line + "]");
    }
    for (String word : words) {
      assertTrue(text.contains(word), "the value " + word + " stands whole in:\n" + text);
    }
    // The wide table is written as a block per client: its name, then header: value pairs.
    assertTrue(text.contains("\n  Bravo Builders\n    evidence: "), text);
    assertTrue(text.contains("revenue: 1,234,567.89"), text);
  }
}
