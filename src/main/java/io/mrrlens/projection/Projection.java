package io.mrrlens.projection;

import io.mrrlens.analysis.ClientHistory;
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

  /** The offer made to one candidate: when, and at what price in each scenario. */
  public record Offer(
      String client, int month, BigDecimal fee, BigDecimal blockHours, BigDecimal blockFee) {}

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
   * (median over paths), clients kept and churned (P50), and the break-even month against the
   * status quo (null when not within the horizon; 0 for the status quo itself).
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
      Integer breakEvenMonth) {}

  /** The result: the offers, the monthly rows (scenario by scenario) and the summaries. */
  public record Result(
      List<Offer> offers, List<Month> months, List<Summary> summary, BigDecimal handleHours) {}

  /** Sums of one path: per scenario and month; kept and churned per scenario. */
  private static final class Path {
    final long[][] revenue;
    final long[][] recurring;
    final long[][] tm;
    final double[][] hours;
    final long[][] tickets;
    final int[] kept = new int[SCENARIOS.length];
    final int[] churned = new int[SCENARIOS.length];

    Path(int horizon) {
      revenue = new long[SCENARIOS.length][horizon];
      recurring = new long[SCENARIOS.length][horizon];
      tm = new long[SCENARIOS.length][horizon];
      hours = new double[SCENARIOS.length][horizon];
      tickets = new long[SCENARIOS.length][horizon];
    }
  }

  /** Runs the projection. */
  public static Result run(List<ClientHistory> history, ProjectionSettings settings) {
    return run(history, settings, SimulationProgress.NONE);
  }

  /** Runs the projection, telling {@code progress} as paths are done. */
  public static Result run(
      List<ClientHistory> history, ProjectionSettings settings, SimulationProgress progress) {
    int n = history.size();
    if (n == 0) {
      return new Result(List.of(), List.of(), List.of(), null);
    }
    MinorUnits money = history.get(0).money();
    int months = history.get(0).months();
    boolean[] contract = new boolean[n];
    int[] offerMonth = new int[n];
    long[] fee = new long[n];
    double[] block = new double[n];
    long[] blockFee = new long[n];
    double[] rate = new double[n];
    double[] onboarding = new double[n];
    List<Offer> offers = offers(history, settings, money, offerMonth, fee, block, blockFee, rate);
    for (int c = 0; c < n; c++) {
      ClientHistory h = history.get(c);
      contract[c] = h.segment() == Segment.MANAGED || h.segment() == Segment.HYBRID;
      Integer endpoints = h.endpoints();
      onboarding[c] =
          settings.onboardingHours().doubleValue()
              + settings.onboardingHoursPerEndpoint().doubleValue()
                  * (endpoints == null ? 0 : endpoints);
    }
    int horizon = settings.horizon();
    int paths = settings.paths();
    long[] seeds = new long[paths];
    SplittableRandom root = new SplittableRandom(settings.seed());
    for (int p = 0; p < paths; p++) {
      seeds[p] = root.nextLong();
    }
    double accept = settings.acceptRate().doubleValue();
    double reduction = settings.reactiveReduction().doubleValue();
    double blockReduction = settings.blockReactiveReduction().doubleValue();
    Path[] results = new Path[paths];
    progress.started(paths);
    IntStream.range(0, paths)
        .parallel()
        .forEach(
            p -> {
              SplittableRandom rng = new SplittableRandom(seeds[p]);
              boolean[] accepted = new boolean[n];
              for (int c = 0; c < n; c++) {
                accepted[c] = rng.nextDouble() < accept;
              }
              Path path = new Path(horizon);
              for (int c = 0; c < n; c++) {
                if (offerMonth[c] > 0 && offerMonth[c] <= horizon) {
                  for (int s = 1; s < SCENARIOS.length; s++) {
                    if (accepted[c]) {
                      path.kept[s]++;
                    } else if (settings.declineChurns()) {
                      path.churned[s]++;
                    }
                  }
                }
              }
              for (int t = 0; t < horizon; t++) {
                for (int c = 0; c < n; c++) {
                  ClientHistory h = history.get(c);
                  int m = rng.nextInt(months);
                  long recurring = contract[c] ? h.latestRecurring() : h.recurring()[m];
                  long tm = h.tm()[m];
                  long project = h.project()[m];
                  double hours = h.hours()[m];
                  long tickets = h.tickets()[m];
                  add(path, 0, t, recurring, tm, project, hours, tickets);
                  int offered = offerMonth[c] - 1;
                  if (offerMonth[c] == 0 || t < offered) {
                    add(path, 1, t, recurring, tm, project, hours, tickets);
                    add(path, 2, t, recurring, tm, project, hours, tickets);
                  } else if (!accepted[c]) {
                    if (!settings.declineChurns()) {
                      add(path, 1, t, recurring, tm, project, hours, tickets);
                      add(path, 2, t, recurring, tm, project, hours, tickets);
                    }
                  } else {
                    double reactive = h.reactiveHours()[m];
                    double managedHours =
                        t == offered ? hours + onboarding[c] : hours - reactive * reduction;
                    add(path, 1, t, fee[c], 0, project, managedHours, tickets);
                    double blockHours = t == offered ? hours : hours - reactive * blockReduction;
                    double support = Math.max(0, blockHours - h.projectHours()[m]);
                    long overage = Math.round(Math.max(0, support - block[c]) * rate[c]);
                    add(path, 2, t, blockFee[c], overage, project, blockHours, tickets);
                  }
                }
              }
              results[p] = path;
              progress.advanced(1);
            });
    progress.finished();
    double handle = handleHours(history);
    List<Month> rows = new ArrayList<>();
    List<Summary> summary = new ArrayList<>();
    long[][][] cumulative = new long[SCENARIOS.length][][];
    for (int s = 0; s < SCENARIOS.length; s++) {
      cumulative[s] = cumulativeProfitP50(results, s, horizon, settings, money);
    }
    for (int s = 0; s < SCENARIOS.length; s++) {
      for (int t = 0; t < horizon; t++) {
        rows.add(month(results, s, t, settings, money, handle));
      }
      summary.add(summary(results, s, horizon, money, cumulative));
    }
    return new Result(
        offers,
        List.copyOf(rows),
        List.copyOf(summary),
        Double.isNaN(handle) ? null : decimal(handle, 4));
  }

  private static void add(
      Path path, int s, int t, long recurring, long tm, long project, double hours, long tickets) {
    path.recurring[s][t] = MinorUnits.add(path.recurring[s][t], recurring);
    path.tm[s][t] = MinorUnits.add(path.tm[s][t], tm);
    path.revenue[s][t] =
        MinorUnits.add(path.revenue[s][t], MinorUnits.add(MinorUnits.add(recurring, tm), project));
    path.hours[s][t] += hours;
    path.tickets[s][t] = MinorUnits.add(path.tickets[s][t], tickets);
  }

  /**
   * The candidates, largest T&amp;M revenue first (ties by name), offered in turn over the ramp
   * months; fills each candidate's offer month (1-based; 0 for clients not offered), managed fee,
   * block size, block fee and T&amp;M rate (money units per hour).
   */
  private static List<Offer> offers(
      List<ClientHistory> history,
      ProjectionSettings settings,
      MinorUnits money,
      int[] offerMonth,
      long[] fee,
      double[] block,
      long[] blockFee,
      double[] rate) {
    List<String> include =
        settings.include().stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).toList();
    List<Integer> candidates = new ArrayList<>();
    for (int c = 0; c < history.size(); c++) {
      if (include.contains(history.get(c).segment().label())) {
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
      offerMonth[c] = k % settings.rampMonths() + 1;
      BigDecimal price =
          h.endpoints() != null && h.endpoints() > 0
              ? perEndpoint.multiply(BigDecimal.valueOf(h.endpoints()))
              : h.meanServiceRevenue().multiply(settings.uplift());
      price = price.max(settings.minFee()).setScale(money.scale(), RoundingMode.HALF_UP);
      fee[c] = money.units(price);
      BigDecimal tmRate = h.tmRate() != null ? h.tmRate() : settings.tmRate();
      BigDecimal size =
          settings.blockHours() != null ? settings.blockHours() : medianHoursRoundedUp(h);
      BigDecimal blockPrice =
          size.multiply(tmRate).multiply(discount).setScale(money.scale(), RoundingMode.HALF_UP);
      block[c] = size.doubleValue();
      blockFee[c] = money.units(blockPrice);
      rate[c] = money.units(tmRate.setScale(money.scale(), RoundingMode.HALF_UP));
      offers.add(new Offer(h.client(), offerMonth[c], price, size, blockPrice));
    }
    return List.copyOf(offers);
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
      Path[] paths, int s, int t, ProjectionSettings settings, MinorUnits money, double handle) {
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
        margin[margins++] = (revenue[p] - hours[p] * cost * unit) / revenue[p];
      }
    }
    Arrays.sort(revenue);
    Arrays.sort(recurring);
    Arrays.sort(tm);
    Arrays.sort(hours);
    Arrays.sort(tickets);
    double[] margined = Arrays.copyOf(margin, margins);
    Arrays.sort(margined);
    double hours50 = rank(hours, 0.5);
    double hours90 = rank(hours, 0.9);
    long tickets50 = rank(tickets, 0.5);
    long tickets90 = rank(tickets, 0.9);
    StaffSettings staff = settings.staff();
    Integer current = settings.currentTechs();
    return new Month(
        SCENARIOS[s],
        t + 1,
        money.decimal(rank(revenue, 0.1)),
        money.decimal(rank(revenue, 0.5)),
        money.decimal(rank(revenue, 0.9)),
        money.decimal(rank(recurring, 0.5)),
        money.decimal(rank(tm, 0.5)),
        decimal(hours50, 2),
        decimal(hours90, 2),
        techs(hours50, tickets50, staff, handle),
        techs(hours90, tickets90, staff, handle),
        decimal(hours50 * cost, 2),
        margins == 0 ? null : decimal(rank(margined, 0.5), 4),
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

  /** Per month, the P50 over paths of the cumulative gross profit (revenue - labor cost). */
  private static long[][] cumulativeProfitP50(
      Path[] paths, int s, int horizon, ProjectionSettings settings, MinorUnits money) {
    double perHour = settings.costPerHour().doubleValue() * Math.pow(10, money.scale());
    long[][] out = new long[1][horizon];
    long[][] cumulative = new long[paths.length][horizon];
    for (int p = 0; p < paths.length; p++) {
      long sum = 0;
      for (int t = 0; t < horizon; t++) {
        sum += paths[p].revenue[s][t] - Math.round(paths[p].hours[s][t] * perHour);
        cumulative[p][t] = sum;
      }
    }
    long[] column = new long[paths.length];
    for (int t = 0; t < horizon; t++) {
      for (int p = 0; p < paths.length; p++) {
        column[p] = cumulative[p][t];
      }
      Arrays.sort(column);
      out[0][t] = rank(column, 0.5);
    }
    return out;
  }

  private static Summary summary(
      Path[] paths, int s, int horizon, MinorUnits money, long[][][] cumulative) {
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
    return new Summary(
        SCENARIOS[s],
        money.decimal(rank(totals, 0.1)),
        money.decimal(rank(totals, 0.5)),
        money.decimal(rank(totals, 0.9)),
        decimal(rank(variation, 0.5), 4),
        shares == 0 ? null : decimal(rank(shared, 0.5), 4),
        kept[rank(n, 0.5)],
        churned[rank(n, 0.5)],
        s == 0 ? Integer.valueOf(0) : breakEven(cumulative[s][0], cumulative[0][0]));
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
