package io.mrrlens.projection;

import io.mrrlens.analysis.ClientHistory;
import io.mrrlens.analysis.Grade;
import io.mrrlens.analysis.MinorUnits;
import io.mrrlens.analysis.Segment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The bootstrap projection of projection.md. Each path draws, for every future month and client,
 * one of the client's window months (its values kept together); the three scenarios are played on
 * the same draws and the same acceptances, so their differences are the scenarios', not chance's.
 * Money stays in whole units of the books' {@link MinorUnits}; percentiles are nearest-rank over
 * the paths. The same inputs and seed give the same result, whatever the number of threads.
 */
public final class Projection {
  private static final Scenario[] SCENARIOS = Scenario.values();
  private static final BigDecimal DEFAULT_PER_ENDPOINT = new BigDecimal("125.00");

  private Projection() {}

  /**
   * The offer made to one candidate: when, to a client of which payment grade, what it pays now and
   * what it is offered in each scenario, and how likely it is to accept the managed fee.
   *
   * @param currentMonthlySpend the mean monthly recurring + T&amp;M revenue over the window
   * @param feeRatio fee / current monthly spend, null when the spend is 0
   * @param acceptance accept_rate x min(1, feeRatio^-elasticity); with no spend, 0 (any elasticity
   *     above 0) or the accept rate
   */
  public record Offer(
      String client,
      int month,
      Grade grade,
      BigDecimal currentMonthlySpend,
      BigDecimal fee,
      BigDecimal feeRatio,
      BigDecimal acceptance,
      BigDecimal blockHours,
      BigDecimal blockFee) {}

  /**
   * One scenario's month, over the paths: revenue P10/P50/P90, recurring (MRR) and T&amp;M P50,
   * hours P50/P90, techs needed at P50 and P90 demand, labor cost P50, gross margin P50, and the
   * service level the current techs reach at P50 and P90 demand (null without current techs).
   */
  public record Month(
      Scenario scenario,
      int month,
      BigDecimal revenueP10,
      BigDecimal revenueP50,
      BigDecimal revenueP90,
      BigDecimal recurringP50,
      BigDecimal tmP50,
      BigDecimal hoursP50,
      BigDecimal hoursP90,
      int techsP50,
      int techsP90,
      BigDecimal laborCostP50,
      BigDecimal grossMarginP50,
      BigDecimal serviceLevelP50,
      BigDecimal serviceLevelP90) {}

  /**
   * One scenario over the horizon: total revenue P10/P50/P90, volatility (the median over paths of
   * the coefficient of variation of monthly revenue), the MRR share of the last month's revenue
   * (median over paths), clients kept and churned (P50), the break-even month against the status
   * quo (null when not within the horizon; 0 for the status quo itself), gross profit over the
   * horizon (revenue less labor and tool cost) P10/P50/P90, and the share of paths in which the
   * scenario's gross profit is above the status quo's on the same draws (null for the status quo).
   */
  public record Summary(
      Scenario scenario,
      BigDecimal totalRevenueP10,
      BigDecimal totalRevenueP50,
      BigDecimal totalRevenueP90,
      BigDecimal volatility,
      BigDecimal mrrShare,
      int kept,
      int churned,
      Integer breakEvenMonth,
      BigDecimal grossProfitP10,
      BigDecimal grossProfitP50,
      BigDecimal grossProfitP90,
      BigDecimal pGrossProfitAboveStatusQuo) {}

  /**
   * One row of the sensitivity: an assumption at a low and a high value, everything else at its
   * setting, and the transition's P50 gross profit over the horizon less the status quo's at each.
   *
   * @param low the low value: a number, or a word for the decline policy
   * @param high the high value
   */
  public record Sensitivity(
      String assumption,
      Object low,
      Object high,
      BigDecimal grossProfitDiffLow,
      BigDecimal grossProfitDiffHigh) {

    /** How far apart the two differences are: the width of the tornado's bar. */
    public BigDecimal swing() {
      return grossProfitDiffHigh.subtract(grossProfitDiffLow).abs();
    }
  }

  /**
   * The result: the offers, the monthly rows (scenario by scenario), the summaries and the
   * sensitivity (widest swing first).
   */
  public record Result(
      List<Offer> offers,
      List<Month> months,
      List<Summary> summary,
      BigDecimal handleHours,
      List<Sensitivity> sensitivity) {}

  /** Sums of one path: per scenario and month; kept and churned per scenario. */
  private static final class SimulatedPath {
    final long[][] revenue;
    final long[][] recurring;
    final long[][] tm;
    final double[][] hours;
    final long[][] tickets;
    final long[][] tools;
    final int[] kept = new int[SCENARIOS.length];
    final int[] churned = new int[SCENARIOS.length];

    SimulatedPath(int horizon) {
      revenue = new long[SCENARIOS.length][horizon];
      recurring = new long[SCENARIOS.length][horizon];
      tm = new long[SCENARIOS.length][horizon];
      hours = new double[SCENARIOS.length][horizon];
      tickets = new long[SCENARIOS.length][horizon];
      tools = new long[SCENARIOS.length][horizon];
    }

    /** The scenario's gross profit in month t: revenue less labor and tool cost, money units. */
    long profit(int s, int t, double perHour) {
      return revenue[s][t] - Math.round(hours[s][t] * perHour) - tools[s][t];
    }

    /** The scenario's gross profit over the horizon. */
    long profit(int s, double perHour) {
      long sum = 0;
      for (int t = 0; t < revenue[s].length; t++) {
        sum = MinorUnits.add(sum, profit(s, t, perHour));
      }
      return sum;
    }
  }

  /**
   * What the simulation needs per client, fixed before the first path: whether it holds a contract
   * now, its offer month (1-based; 0 when not offered), managed fee, acceptance probability, block
   * size and fee, T&amp;M rate, onboarding hours and monthly tool cost once managed (money units).
   */
  private static final class Plan {
    final List<Offer> offers;
    final boolean[] contract;
    final int[] offerMonth;
    final long[] fee;
    final double[] acceptance;
    final double[] block;
    final long[] blockFee;
    final double[] rate;
    final double[] onboarding;
    final long[] tools;

    Plan(List<ClientHistory> history, ProjectionSettings settings, MinorUnits money) {
      int n = history.size();
      contract = new boolean[n];
      offerMonth = new int[n];
      fee = new long[n];
      acceptance = new double[n];
      block = new double[n];
      blockFee = new long[n];
      rate = new double[n];
      onboarding = new double[n];
      tools = new long[n];
      BigDecimal toolCost = settings.toolCostPerEndpoint();
      for (int c = 0; c < n; c++) {
        ClientHistory h = history.get(c);
        contract[c] = h.segment() == Segment.MANAGED || h.segment() == Segment.HYBRID;
        Integer endpoints = h.endpoints();
        onboarding[c] =
            settings.onboardingHours().doubleValue()
                + settings.onboardingHoursPerEndpoint().doubleValue()
                    * (endpoints == null ? 0 : endpoints);
        tools[c] =
            endpoints == null || toolCost.signum() == 0
                ? 0
                : money.units(
                    toolCost
                        .multiply(BigDecimal.valueOf(endpoints))
                        .setScale(money.scale(), RoundingMode.HALF_UP));
      }
      offers = offers(history, settings, money, this);
    }
  }

  /** Runs the projection. */
  public static Result run(List<ClientHistory> history, ProjectionSettings settings) {
    return run(history, settings, SimulationProgress.NONE);
  }

  /** Runs the projection, telling {@code progress} as paths are done. */
  public static Result run(
      List<ClientHistory> history, ProjectionSettings settings, SimulationProgress progress) {
    if (history.isEmpty()) {
      return new Result(List.of(), List.of(), List.of(), null, List.of());
    }
    MinorUnits money = history.get(0).money();
    int horizon = settings.horizon();
    List<Variant> variants = Variant.of(settings);
    progress.started(settings.paths() * (1 + variants.size()));
    Plan plan = new Plan(history, settings, money);
    List<Replay> replays = new ArrayList<>();
    for (Variant variant : variants) {
      replays.add(new Replay(history, variant.settings(), money, plan));
    }
    Simulation simulation = simulate(history, settings, plan, replays, progress);
    SimulatedPath[] results = simulation.paths();
    double handle = handleHours(history);
    double perHour = perHour(settings, money);
    List<Month> rows = new ArrayList<>();
    List<Summary> summary = new ArrayList<>();
    long[][] cumulative = new long[SCENARIOS.length][];
    long[][] profits = new long[SCENARIOS.length][];
    for (int s = 0; s < SCENARIOS.length; s++) {
      cumulative[s] = cumulativeProfitP50(results, s, horizon, perHour);
      profits[s] = profits(results, s, perHour);
    }
    // the months' percentiles sort every path's figures: on both cores, each month computed alone
    // and the rows kept in scenario and month order
    rows.addAll(
        IntStream.range(0, SCENARIOS.length * horizon)
            .parallel()
            .mapToObj(k -> month(results, k / horizon, k % horizon, settings, money, handle))
            .toList());
    for (int s = 0; s < SCENARIOS.length; s++) {
      summary.add(summary(results, s, horizon, money, cumulative, profits));
    }
    List<Sensitivity> sensitivity = new ArrayList<>();
    for (int v = 0; v < variants.size(); v += 2) {
      Variant low = variants.get(v);
      Variant high = variants.get(v + 1);
      sensitivity.add(
          new Sensitivity(
              low.assumption(),
              low.value(),
              high.value(),
              profitDifference(results, replays.get(v), simulation.replayProfits()[v], money),
              profitDifference(
                  results, replays.get(v + 1), simulation.replayProfits()[v + 1], money)));
    }
    sensitivity.sort(
        Comparator.comparing(Sensitivity::swing).reversed().thenComparing(Sensitivity::assumption));
    progress.finished();
    return new Result(
        plan.offers,
        List.copyOf(rows),
        List.copyOf(summary),
        Double.isNaN(handle) ? null : decimal(handle, 4),
        List.copyOf(sensitivity));
  }

  /** What an hour of labor costs, in money units. */
  private static double perHour(ProjectionSettings settings, MinorUnits money) {
    return settings.costPerHour().doubleValue() * Math.pow(10, money.scale());
  }

  /**
   * The transition's P50 gross profit over the horizon less the status quo's, under a replay's
   * settings: the same paths (seed) and draws, the replay's plan (fees and acceptance follow the
   * settings). The status quo's paths are the base run's under any of these settings (same draws,
   * no offer), priced at the replay's cost per hour.
   */
  private static BigDecimal profitDifference(
      SimulatedPath[] base, Replay replay, long[] transition, MinorUnits money) {
    long[] quo = profits(base, 0, replay.perHour);
    return money.decimal(Math.subtractExact(rank(sorted(transition), 0.5), rank(sorted(quo), 0.5)));
  }

  /**
   * One assumption of the sensitivity at one value: its name, the value as shown and the settings
   * with it.
   */
  private record Variant(String assumption, Object value, ProjectionSettings settings) {
    private static final BigDecimal SPREAD = new BigDecimal("0.20");

    /**
     * Low then high, per assumption (projection.md, what a decision needs): accept rate and
     * reactive reduction 50% below and above the setting (within 0 and 1), price elasticity 0 and
     * twice the setting (1 when it is 0), fee level and cost per hour 20% below and above, a
     * decliner churning or staying.
     */
    static List<Variant> of(ProjectionSettings s) {
      BigDecimal half = new BigDecimal("0.5");
      BigDecimal oneAndHalf = new BigDecimal("1.5");
      BigDecimal down = BigDecimal.ONE.subtract(SPREAD);
      BigDecimal up = BigDecimal.ONE.add(SPREAD);
      List<Variant> out = new ArrayList<>();
      for (BigDecimal rate :
          List.of(
              share(s.acceptRate().multiply(half)), share(s.acceptRate().multiply(oneAndHalf)))) {
        out.add(
            new Variant(
                "accept rate",
                rate,
                s.with(
                    rate,
                    s.priceElasticity(),
                    s.declineChurns(),
                    s.reactiveReduction(),
                    s.feeLevel(),
                    s.costPerHour())));
      }
      BigDecimal elastic =
          s.priceElasticity().signum() == 0
              ? BigDecimal.ONE
              : s.priceElasticity().multiply(BigDecimal.valueOf(2));
      for (BigDecimal e : List.of(BigDecimal.ZERO, elastic)) {
        out.add(
            new Variant(
                "price elasticity",
                e,
                s.with(
                    s.acceptRate(),
                    e,
                    s.declineChurns(),
                    s.reactiveReduction(),
                    s.feeLevel(),
                    s.costPerHour())));
      }
      for (BigDecimal r :
          List.of(
              share(s.reactiveReduction().multiply(half)),
              share(s.reactiveReduction().multiply(oneAndHalf)))) {
        out.add(
            new Variant(
                "reactive reduction",
                r,
                s.with(
                    s.acceptRate(),
                    s.priceElasticity(),
                    s.declineChurns(),
                    r,
                    s.feeLevel(),
                    s.costPerHour())));
      }
      for (BigDecimal level : List.of(down, up)) {
        out.add(
            new Variant(
                "fee level",
                level,
                s.with(
                    s.acceptRate(),
                    s.priceElasticity(),
                    s.declineChurns(),
                    s.reactiveReduction(),
                    s.feeLevel().multiply(level),
                    s.costPerHour())));
      }
      for (boolean churns : List.of(true, false)) {
        out.add(
            new Variant(
                "decline policy",
                churns ? "churn" : "stay",
                s.with(
                    s.acceptRate(),
                    s.priceElasticity(),
                    churns,
                    s.reactiveReduction(),
                    s.feeLevel(),
                    s.costPerHour())));
      }
      for (BigDecimal factor : List.of(down, up)) {
        BigDecimal cost = s.costPerHour().multiply(factor).setScale(2, RoundingMode.HALF_UP);
        out.add(
            new Variant(
                "cost per hour",
                cost,
                s.with(
                    s.acceptRate(),
                    s.priceElasticity(),
                    s.declineChurns(),
                    s.reactiveReduction(),
                    s.feeLevel(),
                    cost)));
      }
      return out;
    }

    private static BigDecimal share(BigDecimal value) {
      return value.max(BigDecimal.ZERO).min(BigDecimal.ONE).stripTrailingZeros();
    }
  }

  /**
   * The draws of the window months, client after client, with the plan's contract applied: client
   * c's month m at {@code c * months + m}, one array per value, read in place by every path.
   */
  private static final class Drawn {
    final int months;
    final long[] recurring;
    final long[] tm;
    final long[] project;
    final long[] tickets;
    final double[] hours;
    final double[] reactive;
    final double[] projectHours;
    final long[] tools;

    Drawn(List<ClientHistory> history, Plan plan) {
      int n = history.size();
      months = history.get(0).months();
      recurring = new long[n * months];
      tm = new long[n * months];
      project = new long[n * months];
      tickets = new long[n * months];
      hours = new double[n * months];
      reactive = new double[n * months];
      projectHours = new double[n * months];
      tools = new long[n];
      for (int c = 0; c < n; c++) {
        ClientHistory h = history.get(c);
        for (int m = 0; m < months; m++) {
          int i = c * months + m;
          recurring[i] = plan.contract[c] ? h.latestRecurring() : h.recurring()[m];
          tm[i] = h.tm()[m];
          project[i] = h.project()[m];
          tickets[i] = h.tickets()[m];
          hours[i] = h.hours()[m];
          reactive[i] = h.reactiveHours()[m];
          projectHours[i] = h.projectHours()[m];
        }
        tools[c] = plan.contract[c] ? plan.tools[c] : 0;
      }
    }
  }

  /**
   * The transition played again for the sensitivity under other settings: their plan (fees and
   * acceptance), reactive reduction, decline policy and labor cost per hour (money units).
   */
  private static final class Replay {
    final Plan plan;
    final double reduction;
    final boolean declineChurns;
    final double perHour;

    Replay(List<ClientHistory> history, ProjectionSettings settings, MinorUnits money, Plan base) {
      plan = new Plan(history, settings, money);
      reduction = settings.reactiveReduction().doubleValue();
      declineChurns = settings.declineChurns();
      perHour = perHour(settings, money);
      // the draws' sums shared with the base run hold only while the assumptions varied leave the
      // offers' months, the contracts, the tool costs and the onboarding as they are
      if (!Arrays.equals(plan.offerMonth, base.offerMonth)
          || !Arrays.equals(plan.contract, base.contract)
          || !Arrays.equals(plan.tools, base.tools)
          || !Arrays.equals(plan.onboarding, base.onboarding)) {
        throw new IllegalStateException(
            "a sensitivity value changed more than fees and acceptance");
      }
    }
  }

  /**
   * The paths of the base run and, per replay, each path's gross profit of the transition over the
   * horizon ({@code replayProfits[r][p]}).
   */
  private record Simulation(SimulatedPath[] paths, long[][] replayProfits) {}

  /**
   * Plays every path of the plan for the three scenarios, and the transition of every replay on the
   * same paths. Each path draws from its own random stream, seeded from the run's seed by its index
   * alone, so the same seed gives the same paths whatever the threads. A replay's draws equal the
   * base run's (the stream does not depend on the plan), so one pass over the draws serves every
   * replay; each sum of hours (a double) still adds its clients in order, so every figure equals a
   * replay played alone.
   */
  private static Simulation simulate(
      List<ClientHistory> history,
      ProjectionSettings settings,
      Plan plan,
      List<Replay> replays,
      SimulationProgress progress) {
    int n = history.size();
    int horizon = settings.horizon();
    int paths = settings.paths();
    long[] seeds = new long[paths];
    SplittableRandom root = new SplittableRandom(settings.seed());
    for (int p = 0; p < paths; p++) {
      seeds[p] = root.nextLong();
    }
    Player player = new Player(n, horizon, settings, plan, new Drawn(history, plan), replays);
    SimulatedPath[] results = new SimulatedPath[paths];
    long[][] replayProfits = new long[replays.size()][paths];
    IntStream.range(0, paths)
        .parallel()
        .forEach(
            p -> {
              results[p] = player.play(seeds[p], p, replayProfits);
              progress.advanced(1 + replays.size());
            });
    return new Simulation(results, replayProfits);
  }

  /**
   * Plays paths: what every path reads (the plan, the draws, each replay's plan and settings as
   * arrays), fixed before the first path. A path is played month by month, each month a call of its
   * own: small methods that the JIT compilers take early and quickly, where one method of the whole
   * path was compiled late (on stack replacement) and at length.
   */
  private static final class Player {
    final int n;
    final int horizon;
    final int months;
    final int r;
    final Plan plan;
    final Drawn drawn;
    final double reduction;
    final double blockReduction;
    final boolean declineChurns;
    final double[][] replayAcceptance;

    /** Replay v's fee of client c at {@code c * r + v}: a client's replays side by side. */
    final long[] replayFee;

    final double[] replayReduction;
    final boolean[] replayChurns;
    final double[] replayPerHour;

    /** Each client's offer month, 0-based; never offered: {@link Integer#MAX_VALUE}. */
    final int[] offered;

    Player(
        int n,
        int horizon,
        ProjectionSettings settings,
        Plan plan,
        Drawn drawn,
        List<Replay> replays) {
      this.n = n;
      this.horizon = horizon;
      this.months = drawn.months;
      this.r = replays.size();
      this.plan = plan;
      this.drawn = drawn;
      offered = new int[n];
      for (int c = 0; c < n; c++) {
        offered[c] = plan.offerMonth[c] == 0 ? Integer.MAX_VALUE : plan.offerMonth[c] - 1;
      }
      reduction = settings.reactiveReduction().doubleValue();
      blockReduction = settings.blockReactiveReduction().doubleValue();
      declineChurns = settings.declineChurns();
      replayAcceptance = new double[r][];
      replayFee = new long[n * r];
      replayReduction = new double[r];
      replayChurns = new boolean[r];
      replayPerHour = new double[r];
      for (int v = 0; v < r; v++) {
        replayAcceptance[v] = replays.get(v).plan.acceptance;
        for (int c = 0; c < n; c++) {
          replayFee[c * r + v] = replays.get(v).plan.fee[c];
        }
        replayReduction[v] = replays.get(v).reduction;
        replayChurns[v] = replays.get(v).declineChurns;
        replayPerHour[v] = replays.get(v).perHour;
      }
    }

    /** One path: see {@link #simulate}. */
    SimulatedPath play(long seed, int p, long[][] replayProfits) {
      SplittableRandom rng = new SplittableRandom(seed);
      PathMonth month = new PathMonth(n, r);
      boolean[] accepted = month.accepted;
      boolean[] replayAccepted = month.replayAccepted;
      for (int c = 0; c < n; c++) {
        double draw = rng.nextDouble();
        accepted[c] = draw < plan.acceptance[c];
        for (int v = 0; v < r; v++) {
          replayAccepted[c * r + v] = draw < replayAcceptance[v][c];
        }
      }
      SimulatedPath path = new SimulatedPath(horizon);
      for (int c = 0; c < n; c++) {
        if (plan.offerMonth[c] > 0 && plan.offerMonth[c] <= horizon) {
          for (int s = 1; s < SCENARIOS.length; s++) {
            if (accepted[c]) {
              path.kept[s]++;
            } else if (declineChurns) {
              path.churned[s]++;
            }
          }
        }
      }
      long[] replayProfit = new long[r];
      for (int t = 0; t < horizon; t++) {
        draw(rng, month);
        scenarios(t, month);
        month.quo.into(path, 0, t);
        month.transition.into(path, 1, t);
        month.middle.into(path, 2, t);
        replayProfits(t, month);
        for (int v = 0; v < r; v++) {
          replayProfit[v] = MinorUnits.add(replayProfit[v], month.replayProfit[v]);
        }
      }
      for (int v = 0; v < r; v++) {
        replayProfits[v][p] = replayProfit[v];
      }
      return path;
    }

    /** The month's draws: one window month per client, in client order. */
    private void draw(SplittableRandom rng, PathMonth month) {
      int[] drawnAt = month.drawnAt;
      for (int c = 0; c < n; c++) {
        drawnAt[c] = c * months + rng.nextInt(months);
      }
    }

    /**
     * Month t's sums of the status quo, the transition and the middle path, each added client after
     * client as the scenarios' definitions say; and the revenue and tool cost of the clients not
     * offered yet, the same in every replay.
     */
    private void scenarios(int t, PathMonth month) {
      MonthSums quo = month.quo;
      MonthSums transition = month.transition;
      MonthSums middle = month.middle;
      boolean[] accepted = month.accepted;
      quo.clear();
      transition.clear();
      middle.clear();
      long waitingRevenue = 0;
      long waitingTools = 0;
      for (int c = 0; c < n; c++) {
        int i = month.drawnAt[c];
        long recurring = drawn.recurring[i];
        long tm = drawn.tm[i];
        long project = drawn.project[i];
        double hours = drawn.hours[i];
        long tickets = drawn.tickets[i];
        long tools = drawn.tools[c];
        long revenue = MinorUnits.add(MinorUnits.add(recurring, tm), project);
        month.revenue[c] = revenue;
        month.project[c] = project;
        month.hours[c] = hours;
        month.reactive[c] = drawn.reactive[i];
        quo.add(recurring, tm, revenue, hours, tickets, tools);
        int offered = this.offered[c];
        boolean waiting = t < offered;
        if (waiting || (!accepted[c] && !declineChurns)) {
          transition.add(recurring, tm, revenue, hours, tickets, tools);
          middle.add(recurring, tm, revenue, hours, tickets, tools);
        } else if (accepted[c]) {
          double reactive = drawn.reactive[i];
          long fee = plan.fee[c];
          transition.add(
              fee,
              0,
              MinorUnits.add(fee, project),
              t == offered ? hours + plan.onboarding[c] : hours - reactive * reduction,
              tickets,
              plan.tools[c]);
          double blockHours = t == offered ? hours : hours - reactive * blockReduction;
          double support = Math.max(0, blockHours - drawn.projectHours[i]);
          long overage = Math.round(Math.max(0, support - plan.block[c]) * plan.rate[c]);
          long blockFee = plan.blockFee[c];
          middle.add(
              blockFee,
              overage,
              MinorUnits.add(MinorUnits.add(blockFee, overage), project),
              blockHours,
              tickets,
              0);
        }
        if (waiting) {
          waitingRevenue = MinorUnits.add(waitingRevenue, revenue);
          waitingTools = MinorUnits.add(waitingTools, tools);
        }
      }
      month.waitingRevenue = waitingRevenue;
      month.waitingTools = waitingTools;
    }

    /**
     * Every replay's gross profit of month t ({@code month.replayProfit[v]}): the revenue and tool
     * cost of the clients not offered yet (shared by every replay) and of the clients offered by
     * then as the replay's plan says, less the labor of every client's hours. One pass over the
     * clients serves every replay, each replay's sums still adding the clients in client order, so
     * each figure is the one a replay alone would give.
     */
    private void replayProfits(int t, PathMonth month) {
      boolean[] replayAccepted = month.replayAccepted;
      long[] project = month.project;
      double[] drawnHours = month.hours;
      double[] reactive = month.reactive;
      long[] revenue = month.replayRevenue;
      long[] tools = month.replayTools;
      double[] hours = month.replayHours;
      Arrays.fill(revenue, 0);
      Arrays.fill(tools, 0);
      Arrays.fill(hours, 0);
      for (int c = 0; c < n; c++) {
        int offered = this.offered[c];
        double clientHours = drawnHours[c];
        if (t < offered) {
          for (int v = 0; v < r; v++) {
            hours[v] += clientHours;
          }
          continue;
        }
        boolean first = t == offered;
        double onboarded = clientHours + plan.onboarding[c];
        double clientReactive = reactive[c];
        long clientProject = project[c];
        long clientRevenue = month.revenue[c];
        long planTools = plan.tools[c];
        long ownTools = drawn.tools[c];
        int at = c * r;
        for (int v = 0; v < r; v++) {
          if (replayAccepted[at + v]) {
            revenue[v] =
                MinorUnits.add(revenue[v], MinorUnits.add(replayFee[at + v], clientProject));
            hours[v] += first ? onboarded : clientHours - clientReactive * replayReduction[v];
            tools[v] = MinorUnits.add(tools[v], planTools);
          } else if (!replayChurns[v]) {
            revenue[v] = MinorUnits.add(revenue[v], clientRevenue);
            hours[v] += clientHours;
            tools[v] = MinorUnits.add(tools[v], ownTools);
          }
        }
      }
      for (int v = 0; v < r; v++) {
        long total = MinorUnits.add(month.waitingRevenue, revenue[v]);
        long toolCost = MinorUnits.add(month.waitingTools, tools[v]);
        month.replayProfit[v] = total - Math.round(hours[v] * replayPerHour[v]) - toolCost;
      }
    }
  }

  /**
   * What a path keeps between its months: the acceptance draws (of the plan, and per replay at
   * {@code c * r + v}), and the month being played: each client's drawn month, its revenue, the
   * scenarios' sums, and the revenue and tool cost of the clients not offered yet.
   */
  private static final class PathMonth {
    final boolean[] accepted;
    final boolean[] replayAccepted;
    final int[] drawnAt;
    final long[] revenue;
    final long[] project;
    final double[] hours;
    final double[] reactive;
    final MonthSums quo = new MonthSums();
    final MonthSums transition = new MonthSums();
    final MonthSums middle = new MonthSums();
    final long[] replayRevenue;
    final long[] replayTools;
    final double[] replayHours;
    final long[] replayProfit;
    long waitingRevenue;
    long waitingTools;

    PathMonth(int n, int r) {
      accepted = new boolean[n];
      replayAccepted = new boolean[r * n];
      replayRevenue = new long[r];
      replayTools = new long[r];
      replayHours = new double[r];
      replayProfit = new long[r];
      drawnAt = new int[n];
      revenue = new long[n];
      project = new long[n];
      hours = new double[n];
      reactive = new double[n];
    }
  }

  /** One scenario's sums of one month, as its clients are added. */
  private static final class MonthSums {
    private long recurring;
    private long tm;
    private long revenue;
    private double hours;
    private long tickets;
    private long tools;

    void clear() {
      recurring = 0;
      tm = 0;
      revenue = 0;
      hours = 0;
      tickets = 0;
      tools = 0;
    }

    void add(long recurring, long tm, long revenue, double hours, long tickets, long tools) {
      this.recurring = MinorUnits.add(this.recurring, recurring);
      this.tm = MinorUnits.add(this.tm, tm);
      this.revenue = MinorUnits.add(this.revenue, revenue);
      this.hours += hours;
      this.tickets = MinorUnits.add(this.tickets, tickets);
      this.tools = MinorUnits.add(this.tools, tools);
    }

    void into(SimulatedPath path, int s, int t) {
      path.recurring[s][t] = recurring;
      path.tm[s][t] = tm;
      path.revenue[s][t] = revenue;
      path.hours[s][t] = hours;
      path.tickets[s][t] = tickets;
      path.tools[s][t] = tools;
    }
  }

  /**
   * The candidates (of the included segments, less the excluded grades), largest T&amp;M revenue
   * first (ties by name), offered in turn over the ramp months; fills the plan's offer month,
   * managed fee and its acceptance probability, block size and fee, and T&amp;M rate (money units
   * per hour) of each.
   */
  private static List<Offer> offers(
      List<ClientHistory> history, ProjectionSettings settings, MinorUnits money, Plan plan) {
    List<String> include =
        settings.include().stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).toList();
    List<Integer> candidates = new ArrayList<>();
    for (int c = 0; c < history.size(); c++) {
      ClientHistory h = history.get(c);
      if (include.contains(h.segment().label()) && !settings.excludeGrades().contains(h.grade())) {
        candidates.add(c);
      }
    }
    candidates.sort(
        Comparator.comparingLong((Integer c) -> history.get(c).tmTotal())
            .reversed()
            .thenComparing(c -> history.get(c).client().toLowerCase(Locale.ROOT)));
    BigDecimal perEndpoint = perEndpoint(history, settings, money);
    BigDecimal discount = BigDecimal.ONE.subtract(settings.blockDiscount());
    List<Offer> offers = new ArrayList<>();
    for (int k = 0; k < candidates.size(); k++) {
      int c = candidates.get(k);
      ClientHistory h = history.get(c);
      plan.offerMonth[c] = k % settings.rampMonths() + 1;
      BigDecimal price = fee(h, settings, perEndpoint, money);
      plan.fee[c] = money.units(price);
      BigDecimal spend = h.currentMonthlySpend();
      BigDecimal ratio =
          spend.signum() > 0 ? price.divide(spend, 10, RoundingMode.HALF_EVEN) : null;
      double acceptance = acceptance(settings, ratio);
      plan.acceptance[c] = acceptance;
      BigDecimal tmRate = h.tmRate() != null ? h.tmRate() : settings.tmRate();
      BigDecimal size =
          settings.blockHours() != null ? settings.blockHours() : medianHoursRoundedUp(h);
      BigDecimal blockPrice =
          size.multiply(tmRate).multiply(discount).setScale(money.scale(), RoundingMode.HALF_UP);
      plan.block[c] = size.doubleValue();
      plan.blockFee[c] = money.units(blockPrice);
      plan.rate[c] = money.units(tmRate.setScale(money.scale(), RoundingMode.HALF_UP));
      offers.add(
          new Offer(
              h.client(),
              plan.offerMonth[c],
              h.grade(),
              spend.setScale(money.scale(), RoundingMode.HALF_UP),
              price,
              ratio == null ? null : ratio.setScale(4, RoundingMode.HALF_UP),
              decimal(acceptance, 4),
              size,
              blockPrice));
    }
    return List.copyOf(offers);
  }

  /**
   * The probability that a candidate accepts a fee at {@code ratio} times its current spend:
   * accept_rate x min(1, ratio^-elasticity). A client that spends nothing now (ratio null) faces an
   * unbounded rise: 0 with any elasticity above 0, the accept rate with 0.
   */
  static double acceptance(ProjectionSettings settings, BigDecimal ratio) {
    double accept = settings.acceptRate().doubleValue();
    double elasticity = settings.priceElasticity().doubleValue();
    if (elasticity == 0) {
      return accept;
    }
    if (ratio == null) {
      return 0;
    }
    return accept * Math.min(1, Math.pow(ratio.doubleValue(), -elasticity));
  }

  /**
   * The managed fee of a candidate by {@code pricing.method}, times the fee level, never below
   * {@code pricing.min_fee}, in cents (projection.md, price):
   *
   * <ul>
   *   <li>cost: P75 over the window's months of the expected support hours (support hours less
   *       reactive hours x reactive_reduction) x cost_per_hour / (1 - target_margin);
   *   <li>per_endpoint: endpoints x the fee per endpoint; cost without endpoints;
   *   <li>uplift: the current monthly spend x the uplift.
   * </ul>
   */
  static BigDecimal fee(
      ClientHistory h, ProjectionSettings settings, BigDecimal perEndpoint, MinorUnits money) {
    BigDecimal price =
        switch (settings.pricing()) {
          case PER_ENDPOINT ->
              h.endpoints() != null && h.endpoints() > 0
                  ? perEndpoint.multiply(BigDecimal.valueOf(h.endpoints()))
                  : costFee(h, settings);
          case UPLIFT -> h.currentMonthlySpend().multiply(settings.uplift());
          case COST -> costFee(h, settings);
        };
    return price
        .multiply(settings.feeLevel())
        .max(settings.minFee())
        .setScale(money.scale(), RoundingMode.HALF_UP);
  }

  /** The cost method's fee, before the minimum fee: see {@link #fee}. */
  private static BigDecimal costFee(ClientHistory h, ProjectionSettings settings) {
    return expectedSupportHours(h, settings.reactiveReduction())
        .multiply(settings.costPerHour())
        .divide(BigDecimal.ONE.subtract(settings.targetMargin()), 10, RoundingMode.HALF_EVEN);
  }

  /**
   * The expected monthly support hours under a contract: P75 (nearest rank over the window's
   * months) of each month's support hours (hours not charged to projects) less its reactive hours x
   * {@code reduction}.
   */
  static BigDecimal expectedSupportHours(ClientHistory h, BigDecimal reduction) {
    double r = reduction.doubleValue();
    double[] expected = new double[h.months()];
    for (int m = 0; m < expected.length; m++) {
      expected[m] =
          Math.max(0, h.supportHours(m) - Math.min(h.reactiveHours()[m], h.supportHours(m)) * r);
    }
    Arrays.sort(expected);
    return BigDecimal.valueOf(rank(expected, 0.75)).setScale(6, RoundingMode.HALF_UP);
  }

  /**
   * The fee per endpoint: the setting, else the median over current managed clients with known
   * endpoints of their latest monthly recurring revenue per endpoint, else 125.00.
   */
  static BigDecimal perEndpoint(
      List<ClientHistory> history, ProjectionSettings settings, MinorUnits money) {
    if (settings.perEndpoint() != null) {
      return settings.perEndpoint();
    }
    List<BigDecimal> values = new ArrayList<>();
    for (ClientHistory h : history) {
      if (h.segment() == Segment.MANAGED
          && h.endpoints() != null
          && h.endpoints() > 0
          && h.latestRecurring() > 0) {
        values.add(
            money
                .decimal(h.latestRecurring())
                .divide(BigDecimal.valueOf(h.endpoints()), 10, RoundingMode.HALF_EVEN));
      }
    }
    if (values.isEmpty()) {
      return DEFAULT_PER_ENDPOINT;
    }
    values.sort(Comparator.naturalOrder());
    int mid = values.size() / 2;
    BigDecimal median =
        values.size() % 2 == 1
            ? values.get(mid)
            : values.get(mid - 1).add(values.get(mid)).divide(BigDecimal.valueOf(2));
    return median.setScale(2, RoundingMode.HALF_UP);
  }

  /** The client's median monthly hours over the window, rounded up to a whole hour (at least 1). */
  static BigDecimal medianHoursRoundedUp(ClientHistory h) {
    double[] sorted = h.hours().clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    return BigDecimal.valueOf(Math.max(1, (long) Math.ceil(median - 1e-9)));
  }

  /** The mean technician hours per ticket over the window, or NaN without tickets. */
  private static double handleHours(List<ClientHistory> history) {
    double hours = 0;
    long tickets = 0;
    for (ClientHistory h : history) {
      for (int m = 0; m < h.months(); m++) {
        hours += h.hours()[m];
        tickets = MinorUnits.add(tickets, h.tickets()[m]);
      }
    }
    return tickets == 0 ? Double.NaN : hours / tickets;
  }

  private static Month month(
      SimulatedPath[] paths,
      int s,
      int t,
      ProjectionSettings settings,
      MinorUnits money,
      double handle) {
    int n = paths.length;
    long[] revenue = new long[n];
    long[] recurring = new long[n];
    long[] tm = new long[n];
    double[] hours = new double[n];
    long[] tickets = new long[n];
    double[] margin = new double[n];
    int margins = 0;
    double cost = settings.costPerHour().doubleValue();
    double unit = Math.pow(10, money.scale());
    for (int p = 0; p < n; p++) {
      revenue[p] = paths[p].revenue[s][t];
      recurring[p] = paths[p].recurring[s][t];
      tm[p] = paths[p].tm[s][t];
      hours[p] = paths[p].hours[s][t];
      tickets[p] = paths[p].tickets[s][t];
      if (revenue[p] > 0) {
        margin[margins++] =
            (revenue[p] - hours[p] * cost * unit - paths[p].tools[s][t]) / revenue[p];
      }
    }
    // nearest ranks by selection: 72 months x 6 columns of 2,000 paths, none needed sorted
    double[] margined = Arrays.copyOf(margin, margins);
    double hours50 = Ranks.at(hours, 0.5);
    double hours90 = Ranks.at(hours, 0.9);
    long tickets50 = Ranks.at(tickets, 0.5);
    long tickets90 = Ranks.at(tickets, 0.9);
    StaffSettings staff = settings.staff();
    Integer current = settings.currentTechs();
    return new Month(
        SCENARIOS[s],
        t + 1,
        money.decimal(Ranks.at(revenue, 0.1)),
        money.decimal(Ranks.at(revenue, 0.5)),
        money.decimal(Ranks.at(revenue, 0.9)),
        money.decimal(Ranks.at(recurring, 0.5)),
        money.decimal(Ranks.at(tm, 0.5)),
        decimal(hours50, 2),
        decimal(hours90, 2),
        techs(hours50, tickets50, staff, handle),
        techs(hours90, tickets90, staff, handle),
        decimal(hours50 * cost, 2),
        margins == 0 ? null : decimal(Ranks.at(margined, 0.5), 4),
        current == null ? null : serviceLevel(current, tickets50, staff, handle),
        current == null ? null : serviceLevel(current, tickets90, staff, handle));
  }

  /** Techs needed: the larger of techs by capacity and techs by service level (Erlang C). */
  static int techs(double hours, long tickets, StaffSettings staff, double handle) {
    int byCapacity = (int) Math.ceil(hours / staff.capacity() - 1e-9);
    if (tickets == 0 || Double.isNaN(handle) || handle <= 0) {
      return Math.max(0, byCapacity);
    }
    Staffing staffing = Staffing.of(tickets, handle, staff, null);
    return Math.max(Math.max(0, byCapacity), staffing.techsByServiceLevel());
  }

  private static BigDecimal serviceLevel(
      int techs, long tickets, StaffSettings staff, double handle) {
    if (tickets == 0 || Double.isNaN(handle) || handle <= 0) {
      return BigDecimal.ONE.setScale(4);
    }
    Staffing staffing = Staffing.of(tickets, handle, staff, techs);
    return decimal(staffing.serviceLevel(), 4);
  }

  /**
   * Per month, the P50 over paths of the cumulative gross profit (revenue less labor and tool
   * cost).
   */
  private static long[] cumulativeProfitP50(
      SimulatedPath[] paths, int s, int horizon, double perHour) {
    long[] out = new long[horizon];
    long[][] cumulative = new long[paths.length][horizon];
    for (int p = 0; p < paths.length; p++) {
      long sum = 0;
      for (int t = 0; t < horizon; t++) {
        sum = MinorUnits.add(sum, paths[p].profit(s, t, perHour));
        cumulative[p][t] = sum;
      }
    }
    long[] column = new long[paths.length];
    for (int t = 0; t < horizon; t++) {
      for (int p = 0; p < paths.length; p++) {
        column[p] = cumulative[p][t];
      }
      out[t] = Ranks.at(column, 0.5);
    }
    return out;
  }

  /** Per path, the scenario's gross profit over the horizon, in path order. */
  private static long[] profits(SimulatedPath[] paths, int s, double perHour) {
    long[] out = new long[paths.length];
    for (int p = 0; p < paths.length; p++) {
      out[p] = paths[p].profit(s, perHour);
    }
    return out;
  }

  private static long[] sorted(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  private static Summary summary(
      SimulatedPath[] paths,
      int s,
      int horizon,
      MinorUnits money,
      long[][] cumulative,
      long[][] profits) {
    int n = paths.length;
    long[] totals = new long[n];
    double[] variation = new double[n];
    double[] share = new double[n];
    int shares = 0;
    int[] kept = new int[n];
    int[] churned = new int[n];
    for (int p = 0; p < n; p++) {
      long[] revenue = paths[p].revenue[s];
      long total = 0;
      for (long value : revenue) {
        total = MinorUnits.add(total, value);
      }
      totals[p] = total;
      double mean = (double) total / horizon;
      double squares = 0;
      for (long value : revenue) {
        squares += (value - mean) * (value - mean);
      }
      variation[p] = mean > 0 ? Math.sqrt(squares / horizon) / mean : 0;
      long last = revenue[horizon - 1];
      if (last > 0) {
        share[shares++] = (double) paths[p].recurring[s][horizon - 1] / last;
      }
      kept[p] = paths[p].kept[s];
      churned[p] = paths[p].churned[s];
    }
    Arrays.sort(totals);
    Arrays.sort(variation);
    double[] shared = Arrays.copyOf(share, shares);
    Arrays.sort(shared);
    Arrays.sort(kept);
    Arrays.sort(churned);
    long[] profit = sorted(profits[s]);
    BigDecimal above = null;
    if (s != 0) {
      int beats = 0;
      for (int p = 0; p < n; p++) {
        if (profits[s][p] > profits[0][p]) {
          beats++;
        }
      }
      above = BigDecimal.valueOf(beats).divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP);
    }
    return new Summary(
        SCENARIOS[s],
        money.decimal(rank(totals, 0.1)),
        money.decimal(rank(totals, 0.5)),
        money.decimal(rank(totals, 0.9)),
        decimal(rank(variation, 0.5), 4),
        shares == 0 ? null : decimal(rank(shared, 0.5), 4),
        kept[rank(n, 0.5)],
        churned[rank(n, 0.5)],
        s == 0 ? Integer.valueOf(0) : breakEven(cumulative[s], cumulative[0]),
        money.decimal(rank(profit, 0.1)),
        money.decimal(rank(profit, 0.5)),
        money.decimal(rank(profit, 0.9)),
        above);
  }

  /** The first month from which the scenario's cumulative profit stays at or above the other's. */
  static Integer breakEven(long[] scenario, long[] statusQuo) {
    Integer month = null;
    for (int t = scenario.length - 1; t >= 0; t--) {
      if (scenario[t] >= statusQuo[t]) {
        month = t + 1;
      } else {
        break;
      }
    }
    return month;
  }

  /** The nearest-rank index of a quantile q over n sorted values: ceil(q n) - 1. */
  static int rank(int n, double q) {
    return Math.max(0, (int) Math.ceil(q * n - 1e-9) - 1);
  }

  static long rank(long[] sorted, double q) {
    return sorted[rank(sorted.length, q)];
  }

  static double rank(double[] sorted, double q) {
    return sorted[rank(sorted.length, q)];
  }

  private static BigDecimal decimal(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
  }
}
