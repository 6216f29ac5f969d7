package io.mrrlens.report;

import io.mrrlens.analysis.Action;
import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.ClientLabor;
import io.mrrlens.analysis.ClientPayments;
import io.mrrlens.analysis.ClientScore;
import io.mrrlens.analysis.Grade;
import io.mrrlens.analysis.LaborAnalysis;
import io.mrrlens.analysis.PaymentAnalysis;
import io.mrrlens.analysis.Period;
import io.mrrlens.analysis.Segment;
import io.mrrlens.analysis.SegmentAnalysis;
import io.mrrlens.analysis.SegmentSummary;
import io.mrrlens.config.Config;
import io.mrrlens.model.Books;
import io.mrrlens.model.Window;
import io.mrrlens.projection.Projection;
import io.mrrlens.projection.ProjectionSettings;
import io.mrrlens.projection.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A tiny business built by hand for the report's tests: three clients (Alpha and Gamma managed,
 * Beta break-fix), 10,000.00 of revenue for 80 hours, and a projection whose break-even months each
 * test chooses.
 */
final class ReportFixtures {
  static final Period PERIOD =
      new Period(
          LocalDate.parse("2026-10-31"),
          new Window(YearMonth.of(2025, 11), YearMonth.of(2026, 10)));

  private ReportFixtures() {}

  static BigDecimal d(String text) {
    return new BigDecimal(text);
  }

  /**
   * The findings; labor at 55.00/h: 80 h cost 4,400.00, so the margin is 5,600 / 10,000 = 56.0%.
   *
   * @param offers how many candidates the projection offered the change to
   */
  static Findings findings(Integer transitionBreakEven, Integer middleBreakEven, int offers) {
    ClientLabor labor =
        new ClientLabor(
            null,
            30,
            d("80.00"),
            d("60.00"),
            d("50.00"),
            d("6.6667"),
            d("1.0000"),
            d("10000.00"),
            d("125.00"),
            d("4400.00"),
            d("0.5600"),
            null,
            null);
    ClientPayments payments =
        new ClientPayments(
            null,
            20,
            d("10000.00"),
            18,
            d("20.0"),
            d("3.0"),
            d("0.80"),
            d("1234.56"),
            d("1000.00"),
            d("34.56"),
            d("0"),
            d("0"),
            d("200.00"),
            d("0"),
            d("0"),
            120L,
            d("200.00"),
            1,
            d("45.5"),
            Grade.F,
            d("64.2"));
    List<ClientPayments> paymentRows =
        List.of(payment("Gamma", Grade.F), payment("Alpha", Grade.A), payment("Beta", Grade.A));
    SegmentAnalysis.Result segments =
        new SegmentAnalysis.Result(
            List.of(),
            null,
            List.of(
                new SegmentSummary(Segment.MANAGED, 2, d("7000.00"), d("40.00"), d("0.7")),
                new SegmentSummary(Segment.HYBRID, 0, d("0"), d("0"), d("0")),
                new SegmentSummary(Segment.BREAK_FIX, 1, d("3000.00"), d("40.00"), d("0.3"))),
            new SegmentSummary(null, 3, d("10000.00"), d("80.00"), d("1")),
            List.of());
    List<ClientScore> scores =
        List.of(
            score("Gamma", Segment.MANAGED, Action.REQUIRE_PREPAYMENT),
            score("Beta", Segment.BREAK_FIX, Action.CONVERT_TO_MANAGED),
            score("Alpha", Segment.MANAGED, Action.KEEP));
    List<Projection.Offer> offered =
        List.of(
                new Projection.Offer(
                    "Beta",
                    1,
                    Grade.A,
                    d("250.00"),
                    d("600.00"),
                    d("2.4000"),
                    d("0.2917"),
                    d("4"),
                    d("540.00")),
                new Projection.Offer(
                    "Delta",
                    2,
                    Grade.C,
                    d("500.00"),
                    d("500.00"),
                    d("1.0000"),
                    d("0.7000"),
                    d("2"),
                    d("270.00")))
            .subList(0, offers);
    Projection.Result projection =
        new Projection.Result(
            offered,
            List.of(),
            List.of(
                summary(Scenario.STATUS_QUO, "100000.00", 0),
                summary(Scenario.TRANSITION, "110000.00", transitionBreakEven),
                summary(Scenario.MIDDLE_PATH, "95000.00", middleBreakEven)),
            d("1.5"),
            List.of(
                new Projection.Sensitivity(
                    "accept rate", d("0.35"), d("1"), d("-2000.00"), d("6000.00")),
                new Projection.Sensitivity(
                    "decline policy", "churn", "stay", d("1000"), d("3000"))));
    return new Findings(
        PERIOD,
        AnalysisSettings.defaults(),
        new LaborAnalysis.Result(List.of(), labor),
        new PaymentAnalysis.Result(paymentRows, payments),
        segments,
        scores,
        null,
        projection,
        ProjectionSettings.from(Config.defaults()));
  }

  /** The findings of a window in which no client was active: no score, nothing projected. */
  static Findings withoutProjection() {
    Findings f = findings(null, null, 0);
    return new Findings(
        f.period(),
        f.settings(),
        f.labor(),
        f.payments(),
        f.segments(),
        List.of(),
        f.scoreTotals(),
        new Projection.Result(List.of(), List.of(), List.of(), null, List.of()),
        f.projectionSettings());
  }

  private static ClientPayments payment(String client, Grade grade) {
    return new ClientPayments(
        client, 1, d("100"), 1, d("10"), d("0"), d("1"), d("0"), d("0"), d("0"), d("0"), d("0"),
        d("0"), d("0"), d("0"), null, d("0"), 0, null, grade, d("0"));
  }

  private static ClientScore score(String client, Segment segment, Action action) {
    return new ClientScore(
        client,
        segment,
        d("2"),
        d("125"),
        d("0.5"),
        Grade.A,
        d("1000"),
        action,
        "because",
        List.of(action));
  }

  private static Projection.Summary summary(Scenario scenario, String p50, Integer breakEven) {
    return new Projection.Summary(
        scenario,
        d(p50),
        d(p50),
        d(p50),
        d("0.05"),
        d("0.7"),
        1,
        0,
        breakEven,
        d(p50).multiply(d("0.4")),
        d(p50).multiply(d("0.4")),
        d(p50).multiply(d("0.4")),
        scenario == Scenario.STATUS_QUO ? null : d("0.6"));
  }

  /** Empty books: no file, no record. */
  static Books noBooks() {
    return new Books(
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  /** A small report with a hostile company and client name, a table, facts and lines. */
  static Report report(String company, String client) {
    Part.Table table =
        new Part.Table(
            "rows",
            "Clients",
            List.of(
                new Column("client", "client", Format.TEXT),
                new Column("revenue", "revenue", Format.MONEY)),
            List.of(
                java.util.Map.of("client", client, "revenue", d("1234.5")),
                java.util.Map.of("client", "Beta", "revenue", d("99"))),
            java.util.Map.of("revenue", d("1333.5")));
    return document(
        new Cover(
            "Report for " + company,
            company,
            "A. Consultant",
            null,
            "books",
            PERIOD.asOf(),
            PERIOD.window()),
        List.of(
            new Part.Section(
                "summary",
                "Executive summary",
                List.of(client + " needed the most labor."),
                List.of("Recommendation: talk to " + client + "."),
                List.of(),
                List.of(
                    new Part.Facts(
                        "figures",
                        "The numbers",
                        List.of(new Fact("revenue", "revenue", d("1333.5"), Format.MONEY))))),
            new Part.Section(
                "labor",
                "1. Labor",
                List.of(),
                List.of(),
                List.of(),
                List.of(table, new Part.Lines("notes", "Notes", List.of("A note on " + client))))));
  }

  /** A document of sections under a cover, as {@code report} builds one. */
  static Report document(Cover cover, List<Part.Section> sections) {
    return new Report(
        "report",
        cover.books(),
        cover.asOf(),
        cover.window(),
        List.of(),
        List.copyOf(sections),
        cover,
        null);
  }

  /** A figure of ready PNG and SVG bytes. */
  static Part.Figure figure(String key, String title, byte[] png, byte[] svg) {
    return new Part.Figure(
        key,
        title,
        title,
        new ChartImage() {
          @Override
          public byte[] png() {
            return png;
          }

          @Override
          public byte[] svg() {
            return svg;
          }
        });
  }
}
