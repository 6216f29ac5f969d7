package io.mrrlens.report;

import io.mrrlens.analysis.Action;
import io.mrrlens.analysis.ActionSummary;
import io.mrrlens.analysis.ClientLabor;
import io.mrrlens.analysis.ClientPayments;
import io.mrrlens.analysis.ClientScore;
import io.mrrlens.analysis.Grade;
import io.mrrlens.analysis.Scorecard;
import io.mrrlens.analysis.Segment;
import io.mrrlens.analysis.SegmentSummary;
import io.mrrlens.projection.Projection;
import io.mrrlens.projection.ProjectionSettings;
import io.mrrlens.projection.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The executive summary in plain words, written from the findings alone: what the books say, the
 * payments, the scorecard's actions, the projection, and the recommendation with the numbers behind
 * it. The rules of the recommendation, first that holds:
 *
 * <ol>
 *   <li>nothing was projected (no client active in the window): no recommendation yet;
 *   <li>no client is offered the change: keep the mix and work through the scorecard;
 *   <li>the transition breaks even within the horizon: offer managed agreements;
 *   <li>the middle path breaks even within the horizon: offer prepaid blocks of hours;
 *   <li>otherwise: keep break-fix for now.
 * </ol>
 *
 * Every recommendation to make offers says how likely the change is to beat the status quo's gross
 * profit and which assumption the answer hangs on most. The highlights that follow name the clients
 * whose grade asks for prepayment, those with invoices to collect, and the candidates among them,
 * so that the offers never contradict the scorecard.
 */
public final class ExecutiveSummary {
  /** How many clients a sentence names before "and N more". */
  static final int NAMED = 3;

  /** A fee above this many times the current spend is a price rise worth naming. */
  private static final BigDecimal RISE = new BigDecimal("1.5");

  private ExecutiveSummary() {}

  /** The paragraphs, in order: the books, the segments, payments, the scorecard, the projection. */
  public static List<String> paragraphs(Findings f) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(books(f));
    String segments = segments(f);
    if (segments != null) {
      paragraphs.add(segments);
    }
    paragraphs.add(payments(f));
    paragraphs.add(actions(f));
    paragraphs.add(projection(f));
    return List.copyOf(paragraphs);
  }

  /** The recommendation, then (when any client's grade asks for it) who to ask for prepayment. */
  public static List<String> highlights(Findings f) {
    List<String> highlights = new ArrayList<>();
    highlights.add(recommendation(f));
    List<ClientScore> prepay =
        f.scores().stream().filter(s -> s.action() == Action.REQUIRE_PREPAYMENT).toList();
    if (!prepay.isEmpty()) {
      highlights.add(
          "First, ask "
              + clients(prepay.size())
              + " graded "
              + f.settings().prepaymentGrade().label()
              + (f.settings().prepaymentGrade() == Grade.F ? "" : " or worse")
              + " to pay in advance: "
              + names(prepay.stream().map(ClientScore::client).toList())
              + ".");
    }
    List<ClientScore> collect =
        f.scores().stream().filter(s -> s.action() == Action.COLLECT).toList();
    if (!collect.isEmpty()) {
      highlights.add(
          (prepay.isEmpty() ? "Collect" : "Then collect")
              + " invoices more than 90 days past due from "
              + clients(collect.size())
              + ": "
              + names(collect.stream().map(ClientScore::client).toList())
              + ".");
    }
    String before = beforeTheOffer(f);
    if (before != null) {
      highlights.add(before);
    }
    return List.copyOf(highlights);
  }

  /**
   * The candidates the scorecard asks to prepay or to settle old invoices, so that no contract is
   * offered to them as if nothing were wrong; null when there are none.
   */
  private static String beforeTheOffer(Findings f) {
    List<String> prepay = new ArrayList<>();
    List<String> collect = new ArrayList<>();
    for (Projection.Offer offer : f.projection().offers()) {
      ClientScore score =
          f.scores().stream()
              .filter(s -> s.client().equals(offer.client()))
              .findFirst()
              .orElse(null);
      if (score == null) {
        continue;
      }
      if (score.flags().contains(Action.REQUIRE_PREPAYMENT)) {
        prepay.add(offer.client());
      } else if (score.flags().contains(Action.COLLECT)) {
        collect.add(offer.client());
      }
    }
    if (prepay.isEmpty() && collect.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (!prepay.isEmpty()) {
      parts.add(names(prepay) + " to pay in advance");
    }
    if (!collect.isEmpty()) {
      parts.add(names(collect) + " to settle invoices more than 90 days past due");
    }
    return "Before the offers: the scorecard asks "
        + String.join(", and ", parts)
        + "; have that conversation first (each offer shows the client's grade;"
        + " transition.exclude_grades leaves grades out of the offers).";
  }

  /**
   * What the offers ask of the clients: how many would pay more than 1.5 times their current
   * monthly spend, and the largest rise.
   */
  private static String offersCost(Findings f) {
    List<Projection.Offer> offers = f.projection().offers();
    long above = 0;
    Projection.Offer largest = null;
    Projection.Offer nothingNow = null;
    for (Projection.Offer offer : offers) {
      if (offer.feeRatio() == null) {
        above++;
        nothingNow = nothingNow == null ? offer : nothingNow;
        continue;
      }
      if (offer.feeRatio().compareTo(RISE) > 0) {
        above++;
      }
      if (largest == null || offer.feeRatio().compareTo(largest.feeRatio()) > 0) {
        largest = offer;
      }
    }
    if (offers.size() == 1 && largest != null) {
      return "The offer asks "
          + largest.client()
          + " for "
          + money(largest.fee())
          + " a month against the "
          + money(largest.currentMonthlySpend())
          + " it spends on support now ("
          + times(largest.feeRatio())
          + ", accepted with a chance of "
          + percent(largest.acceptance())
          + ").";
    }
    StringBuilder s = new StringBuilder("The offers ask ");
    if (above == 0) {
      s.append("no client for more than 1.5 times what it spends on support now");
    } else {
      s.append(above)
          .append(" of the ")
          .append(clients(offers.size()))
          .append(" for more than 1.5 times what ")
          .append(above == 1 ? "it spends" : "they spend")
          .append(" on support now");
    }
    if (largest != null) {
      s.append("; the largest rise is ")
          .append(largest.client())
          .append("'s, ")
          .append(money(largest.fee()))
          .append(" a month against ")
          .append(money(largest.currentMonthlySpend()))
          .append(" (")
          .append(times(largest.feeRatio()))
          .append(", accepted with a chance of ")
          .append(percent(largest.acceptance()))
          .append(")");
    }
    if (nothingNow != null) {
      s.append(largest == null ? "; " : ", and ")
          .append(nothingNow.client())
          .append(" spends nothing on support now");
    }
    return s.append('.').toString();
  }

  /** The chance of beating the status quo and the assumption the answer hangs on most. */
  private static String certainty(Findings f, Projection.Summary scenario, String what) {
    StringBuilder s = new StringBuilder();
    BigDecimal share = scenario.pGrossProfitAboveStatusQuo();
    if (share != null) {
      s.append(" ").append(what).append(" beat the status quo's gross profit over the horizon ");
      if (share.signum() == 0) {
        s.append("in none of the simulated paths.");
      } else if (share.compareTo(BigDecimal.ONE) == 0) {
        s.append("in every simulated path.");
      } else {
        s.append("in ").append(percent(share)).append(" of the simulated paths.");
      }
    }
    List<Projection.Sensitivity> rows = f.projection().sensitivity();
    if (rows.isEmpty()) {
      return s.toString();
    }
    boolean allBelow =
        rows.stream()
            .allMatch(r -> below(r.grossProfitDiffLow()) && below(r.grossProfitDiffHigh()));
    boolean allAbove =
        rows.stream()
            .allMatch(r -> above(r.grossProfitDiffLow()) && above(r.grossProfitDiffHigh()));
    if (allBelow || allAbove) {
      Projection.Sensitivity closest = null;
      boolean closestHigh = false;
      for (Projection.Sensitivity r : rows) {
        for (boolean high : new boolean[] {false, true}) {
          BigDecimal diff = high ? r.grossProfitDiffHigh() : r.grossProfitDiffLow();
          BigDecimal best =
              closest == null
                  ? null
                  : closestHigh ? closest.grossProfitDiffHigh() : closest.grossProfitDiffLow();
          if (best == null || diff.abs().compareTo(best.abs()) < 0) {
            closest = r;
            closestHigh = high;
          }
        }
      }
      BigDecimal diff = closestHigh ? closest.grossProfitDiffHigh() : closest.grossProfitDiffLow();
      s.append(" No main assumption at its low or high value ")
          .append(allBelow ? "puts the transition ahead" : "puts the transition behind")
          .append(" (P50 gross profit over the horizon); the nearest is the ")
          .append(closest.assumption())
          .append(" at ")
          .append(Values.fact(closestHigh ? closest.high() : closest.low(), Format.NUMBER))
          .append(", ")
          .append(against(diff))
          .append('.');
      return s.toString();
    }
    Projection.Sensitivity top = rows.get(0);
    s.append(" The answer hangs most on the ")
        .append(top.assumption())
        .append(": the transition's gross profit over the horizon (P50) ends ")
        .append(against(top.grossProfitDiffLow()))
        .append(" at ")
        .append(Values.fact(top.low(), Format.NUMBER))
        .append(" and ")
        .append(against(top.grossProfitDiffHigh()))
        .append(" at ")
        .append(Values.fact(top.high(), Format.NUMBER))
        .append('.');
    return s.toString();
  }

  private static boolean below(BigDecimal difference) {
    return difference.setScale(0, RoundingMode.HALF_UP).signum() < 0;
  }

  private static boolean above(BigDecimal difference) {
    return difference.setScale(0, RoundingMode.HALF_UP).signum() > 0;
  }

  /** "12,000 above the status quo's", "3,000 below it", "level with it". */
  private static String against(BigDecimal difference) {
    BigDecimal rounded = roundedToUncertainty(difference);
    if (rounded.signum() == 0) {
      return "level with the status quo's";
    }
    return money(rounded.abs())
        + (rounded.signum() > 0 ? " above" : " below")
        + " the status quo's";
  }

  /** A fee ratio as a person says it: "2.4 times". */
  private static String times(BigDecimal ratio) {
    return ratio.setScale(1, RoundingMode.HALF_UP).toPlainString() + " times";
  }

  /** The key figures behind the summary, as facts. */
  public static List<Fact> figures(Findings f) {
    ClientLabor labor = f.labor().totals();
    ClientPayments payments = f.payments().totals();
    List<Fact> facts = new ArrayList<>();
    facts.add(
        new Fact(
            "clients", "active clients", f.segments().summaryTotals().clients(), Format.COUNT));
    facts.add(new Fact("revenue", "revenue in the window", labor.revenue(), Format.MONEY));
    facts.add(new Fact("hours", "hours worked", labor.hours(), Format.HOURS));
    facts.add(
        new Fact("effective_rate", "effective rate per hour", labor.effectiveRate(), Format.RATE));
    facts.add(
        new Fact(
            "targets.effective_rate",
            "target rate per hour",
            f.settings().targetRate(),
            Format.MONEY));
    facts.add(new Fact("margin", "margin after labor", labor.margin(), Format.PERCENT));
    SegmentSummary breakFix = summaryOf(f, Segment.BREAK_FIX);
    facts.add(
        new Fact(
            "break_fix_clients",
            "break-fix clients",
            breakFix == null ? 0L : breakFix.clients(),
            Format.COUNT));
    facts.add(
        new Fact(
            "break_fix_share_of_revenue",
            "break-fix share of revenue",
            breakFix == null ? BigDecimal.ZERO : breakFix.shareOfRevenue(),
            Format.PERCENT));
    facts.add(new Fact("dso", "company DSO (days)", payments.dso(), Format.DECIMAL));
    facts.add(new Fact("open_balance", "open balance", payments.openBalance(), Format.MONEY));
    for (Projection.Summary s : f.projection().summary()) {
      facts.add(
          new Fact(
              s.scenario().label() + ".total_revenue_p50",
              s.scenario().label()
                  + ": revenue P50 over "
                  + f.projectionSettings().horizon()
                  + " months",
              roundedToUncertainty(s.totalRevenueP50()),
              Format.COUNT));
    }
    if (!f.projection().summary().isEmpty()) {
      Projection.Summary transition = summary(f, Scenario.TRANSITION);
      facts.add(
          new Fact(
              "transition.break_even",
              "transition breaks even",
              transition.breakEvenMonth() == null
                  ? "not within the horizon"
                  : "month " + transition.breakEvenMonth(),
              Format.TEXT));
      facts.add(
          new Fact(
              "transition.p_gross_profit_above_status_quo",
              "transition: chance its gross profit beats the status quo's",
              transition.pGrossProfitAboveStatusQuo(),
              Format.PERCENT));
    }
    return List.copyOf(facts);
  }

  private static String books(Findings f) {
    ClientLabor t = f.labor().totals();
    StringBuilder s = new StringBuilder();
    s.append("From ")
        .append(f.period().window().from())
        .append(" to ")
        .append(f.period().window().to())
        .append(" (")
        .append(months(f.period().window().months()))
        .append("), ")
        .append(clients(f.segments().summaryTotals().clients()))
        .append(" brought in ")
        .append(money(t.revenue()))
        .append(" of revenue for ")
        .append(hours(t.hours()))
        .append(" of work");
    if (t.effectiveRate() != null) {
      s.append(": an effective rate of ")
          .append(perHour(t.effectiveRate()))
          .append(" against a target of ")
          .append(perHour(f.settings().targetRate()));
      if (t.margin() != null) {
        s.append(", and a margin of ")
            .append(percent(t.margin()))
            .append(" after labor at ")
            .append(perHour(f.settings().costPerHour()));
      }
    }
    return s.append('.').toString();
  }

  private static String segments(Findings f) {
    List<String> phrases = new ArrayList<>();
    for (SegmentSummary s : f.segments().summary()) {
      if (s.segment() == null || s.clients() == 0) {
        continue;
      }
      String share =
          s.shareOfRevenue() == null
              ? ""
              : (s.clients() == 1 ? " brings " : " bring ")
                  + percent(s.shareOfRevenue())
                  + " of the revenue";
      String phrase =
          switch (s.segment()) {
            case MANAGED -> clients(s.clients()) + " on a managed contract" + share;
            case HYBRID -> clients(s.clients()) + " with a contract and regular T&M" + share;
            case BREAK_FIX ->
                clients(s.clients())
                    + " paying by the hour (break-fix)"
                    + share
                    + (s.hours().signum() > 0
                        ? " at an effective rate of "
                            + perHour(s.revenue().divide(s.hours(), 2, RoundingMode.HALF_UP))
                        : "");
            case PROJECT_ONLY -> clients(s.clients()) + " buying only projects" + share;
            case INACTIVE -> clients(s.clients()) + " with nothing in the window";
          };
      phrases.add(phrase);
    }
    if (phrases.isEmpty()) {
      return null;
    }
    return "Of these, " + String.join("; ", phrases) + ".";
  }

  private static String payments(Findings f) {
    long late =
        f.payments().rows().stream()
            .filter(r -> r.grade() == Grade.D || r.grade() == Grade.F)
            .count();
    ClientPayments t = f.payments().totals();
    StringBuilder s = new StringBuilder("Payments: ");
    s.append(late == 0 ? "no client" : clients(late))
        .append(late == 1 ? " pays" : " pay")
        .append(" late (grade D or F). ");
    if (t.dso() != null) {
      s.append("The company's DSO is ").append(days(t.dso())).append(", and ");
    }
    s.append(money(t.openBalance())).append(" was still open at ").append(f.period().asOf());
    if (t.overdue90Plus().signum() > 0) {
      s.append(", ").append(money(t.overdue90Plus())).append(" of it more than 90 days past due");
    }
    return s.append('.').toString();
  }

  private static String actions(Findings f) {
    List<String> phrases = new ArrayList<>();
    for (ActionSummary a : Scorecard.actions(f.scores())) {
      if (a.clients() > 0) {
        phrases.add(a.action().label() + ": " + clients(a.clients()));
      }
    }
    if (phrases.isEmpty()) {
      return "The scorecard has no client to act on.";
    }
    return "The scorecard's actions, most urgent first: " + String.join("; ", phrases) + ".";
  }

  private static String projection(Findings f) {
    if (f.projection().summary().isEmpty()) {
      return "Nothing was projected: no client was active in the window.";
    }
    ProjectionSettings p = f.projectionSettings();
    int offered = f.projection().offers().size();
    Projection.Summary statusQuo = summary(f, Scenario.STATUS_QUO);
    Projection.Summary transition = summary(f, Scenario.TRANSITION);
    Projection.Summary middle = summary(f, Scenario.MIDDLE_PATH);
    StringBuilder s = new StringBuilder();
    s.append("Projected over the next ")
        .append(months(p.horizon()))
        .append(" (")
        .append(Values.human((long) p.paths(), Format.COUNT))
        .append(" simulated paths), the median revenue is ")
        .append(simulated(statusQuo.totalRevenueP50()))
        .append(" if nothing changes");
    if (offered == 0) {
      return s.append("; no client is in the segments offered the change (")
          .append(String.join(", ", p.include()))
          .append(").")
          .toString();
    }
    s.append(", ")
        .append(simulated(transition.totalRevenueP50()))
        .append(" if ")
        .append(candidates(offered, p))
        .append(offered == 1 ? " is" : " are")
        .append(" offered a managed agreement (")
        .append(percent(p.acceptRate()))
        .append(" accept a fee at or below what they spend now, fewer as the fee rises above it;")
        .append(" a client that declines ")
        .append(p.declineChurns() ? "leaves" : "stays as it is")
        .append("), and ")
        .append(simulated(middle.totalRevenueP50()))
        .append(" with prepaid blocks of hours instead. With managed agreements ")
        .append(clients(transition.kept()))
        .append(transition.kept() == 1 ? " stays and " : " stay and ")
        .append(
            transition.churned() == 0
                ? "none leave"
                : transition.churned() + (transition.churned() == 1 ? " leaves" : " leave"))
        .append(" at the median; ")
        .append(breakEven(transition))
        .append(". ")
        .append(offersCost(f))
        .append(" Gross profit here is revenue less ")
        .append(
            p.toolCostPerEndpoint().signum() > 0
                ? "labor and tool costs ("
                    + money(p.toolCostPerEndpoint())
                    + " per endpoint a month)"
                : "labor cost only (no tool costs: set labor.tool_cost_per_endpoint)")
        .append('.');
    return s.toString();
  }

  private static String breakEven(Projection.Summary s) {
    return s.breakEvenMonth() == null
        ? "its cumulative gross profit does not overtake the status quo's within the horizon"
        : "its cumulative gross profit stays at or above the status quo's from month "
            + s.breakEvenMonth();
  }

  private static String recommendation(Findings f) {
    if (f.projection().summary().isEmpty()) {
      return "Recommendation: none yet. No client was active in the window, so the books say"
          + " nothing about a change; choose a window with activity (--from, --to).";
    }
    ProjectionSettings p = f.projectionSettings();
    int offered = f.projection().offers().size();
    Projection.Summary statusQuo = summary(f, Scenario.STATUS_QUO);
    Projection.Summary transition = summary(f, Scenario.TRANSITION);
    Projection.Summary middle = summary(f, Scenario.MIDDLE_PATH);
    if (offered == 0) {
      return "Recommendation: there is no client to offer a change to; keep the current mix and"
          + " work through the scorecard's actions.";
    }
    if (transition.breakEvenMonth() != null) {
      return "Recommendation: offer managed agreements to "
          + candidates(offered, p)
          + (offered == 1 ? "" : ", the largest T&M first, over " + months(p.rampMonths()))
          + ". At the median the transition brings "
          + simulated(transition.totalRevenueP50())
          + " of revenue over "
          + months(p.horizon())
          + " against "
          + simulated(statusQuo.totalRevenueP50())
          + ", and its gross profit stays ahead from month "
          + transition.breakEvenMonth()
          + "."
          + certainty(f, transition, "Managed agreements");
    }
    if (middle.breakEvenMonth() != null) {
      return "Recommendation: offer "
          + candidates(offered, p)
          + " prepaid blocks of hours rather than managed agreements. At the median blocks bring "
          + simulated(middle.totalRevenueP50())
          + " of revenue over "
          + months(p.horizon())
          + " against "
          + simulated(statusQuo.totalRevenueP50())
          + ", and their gross profit stays ahead from month "
          + middle.breakEvenMonth()
          + ", while managed agreements do not pay back within the horizon."
          + certainty(f, middle, "Blocks of hours");
    }
    return "Recommendation: keep break-fix for now. At the median neither managed agreements nor"
        + " blocks of hours overtake the status quo's gross profit within "
        + months(p.horizon())
        + "; the sensitivity table shows what would have to change."
        + certainty(f, transition, "Managed agreements");
  }

  /** "the 18 break-fix clients", "the one break-fix or hybrid client". */
  private static String candidates(int offered, ProjectionSettings p) {
    String kind = String.join(" or ", p.include());
    return offered == 1
        ? "the one " + kind + " client"
        : "the " + offered + " " + kind + " clients";
  }

  private static SegmentSummary summaryOf(Findings f, Segment segment) {
    return f.segments().summary().stream()
        .filter(s -> s.segment() == segment)
        .findFirst()
        .orElse(null);
  }

  private static Projection.Summary summary(Findings f, Scenario scenario) {
    return f.projection().summary().stream()
        .filter(s -> s.scenario() == scenario)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the projection has no " + scenario));
  }

  /** "Alpha, Beta and Gamma" or "Alpha, Beta, Gamma and 6 more". */
  static String names(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    if (names.size() <= NAMED) {
      return String.join(", ", names.subList(0, names.size() - 1))
          + " and "
          + names.get(names.size() - 1);
    }
    return String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more";
  }

  static String clients(long n) {
    return n == 1 ? "1 client" : Values.human(n, Format.COUNT) + " clients";
  }

  private static String months(int n) {
    return n == 1 ? "1 month" : n + " months";
  }

  /** Money in whole units with thousands separators: 2,201,025. */
  static String money(BigDecimal value) {
    return value == null
        ? "-"
        : Values.human(value.setScale(0, RoundingMode.HALF_UP), Format.COUNT);
  }

  /**
   * A simulated figure rounded to what its uncertainty supports: to the thousand from 10,000, the
   * hundred from 1,000, the ten below (a median of 2,000 simulated paths is not known to the cent:
   * 36,510.37 reads as 37,000).
   */
  static BigDecimal roundedToUncertainty(BigDecimal value) {
    BigDecimal size = value.abs();
    int places =
        size.compareTo(BigDecimal.valueOf(10_000)) >= 0
            ? -3
            : size.compareTo(BigDecimal.valueOf(1_000)) >= 0 ? -2 : -1;
    return value.setScale(places, RoundingMode.HALF_UP).setScale(0);
  }

  /** A simulated figure in words, rounded to what its uncertainty supports: 37,000. */
  static String simulated(BigDecimal value) {
    return value == null ? "-" : money(roundedToUncertainty(value));
  }

  private static String hours(BigDecimal value) {
    return Values.human(value.setScale(0, RoundingMode.HALF_UP), Format.COUNT) + " hours";
  }

  private static String perHour(BigDecimal value) {
    return money(value) + "/h";
  }

  private static String days(BigDecimal value) {
    return value.setScale(0, RoundingMode.HALF_UP).toPlainString() + " days";
  }

  private static String percent(BigDecimal value) {
    return Values.human(value, Format.PERCENT);
  }
}
