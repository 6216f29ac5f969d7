package io.mrrlens.projection;

/**
 * The Erlang C queue (M/M/N): with an offered load of A Erlangs (arrival rate x handle time) and N
 * agents, the probability that an arrival waits, the share answered within a target, the mean wait,
 * and the fewest agents that reach a service level. Time is measured in handle times: a target of
 * {@code t} means t handle times. Computed through the Erlang B recursion, which stays exact in
 * floating point for loads of hundreds of Erlangs, where the textbook formula's factorials and
 * powers overflow.
 */
public final class ErlangC {
  private ErlangC() {}

  /**
   * Erlang B, the blocking probability of A Erlangs on N servers: B(0) = 1, B(n) = A B(n-1) / (n +
   * A B(n-1)).
   */
  static double erlangB(int agents, double load) {
    double b = 1.0;
    for (int n = 1; n <= agents; n++) {
      b = load * b / (n + load * b);
    }
    return b;
  }

  /**
   * The probability that an arrival waits: C = N B / (N - A (1 - B)) when N &gt; A; 1 when N &lt;=
   * A (the queue grows without end). With one agent, C equals the load.
   *
   * @throws IllegalArgumentException when agents &lt; 1 or the load is negative
   */
  public static double probabilityOfWaiting(int agents, double load) {
    check(agents, load);
    if (agents <= load) {
      return 1.0;
    }
    double b = erlangB(agents, load);
    return agents * b / (agents - load * (1 - b));
  }

  /**
   * The share of arrivals answered within {@code target} handle times: 1 - C e^{-(N - A) t}; 0 when
   * N &lt;= A.
   */
  public static double serviceLevel(int agents, double load, double target) {
    if (agents <= load) {
      return 0.0;
    }
    double c = probabilityOfWaiting(agents, load);
    return 1 - c * StrictMath.exp(-(agents - load) * target);
  }

  /** The mean wait in handle times: C / (N - A); infinite when N &lt;= A. */
  public static double meanWait(int agents, double load) {
    if (agents <= load) {
      return Double.POSITIVE_INFINITY;
    }
    return probabilityOfWaiting(agents, load) / (agents - load);
  }

  /**
   * The fewest agents whose service level within {@code target} handle times is at least {@code
   * level}; at least one agent, and always more agents than the load.
   *
   * @throws IllegalArgumentException when the level is not in (0, 1)
   */
  public static int agentsFor(double load, double target, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("service level " + level + " is not in (0, 1)");
    }
    check(1, load);
    int agents = Math.max(1, (int) Math.floor(load) + 1);
    while (serviceLevel(agents, load, target) < level) {
      agents++;
    }
    return agents;
  }

  private static void check(int agents, double load) {
    if (agents < 1) {
      throw new IllegalArgumentException("agents " + agents + " is below 1");
    }
    if (!(load >= 0) || Double.isInfinite(load)) {
      throw new IllegalArgumentException("load " + load + " is not a finite number >= 0");
    }
  }
}
