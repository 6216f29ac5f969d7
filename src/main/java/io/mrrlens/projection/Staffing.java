package io.mrrlens.projection;

/**
 * The technicians a ticket load needs (projection.md, staffing), and what a given number of techs
 * reaches.
 *
 * @param arrivalsPerHour tickets per business hour at the peak: tickets / business hours x peak
 *     factor
 * @param offeredLoad Erlangs: arrivals per hour x hours per ticket
 * @param workloadHours tickets x hours per ticket
 * @param capacityHours ticket hours one tech delivers a month
 * @param techsByCapacity ceil(workload / capacity)
 * @param techsByServiceLevel the fewest techs answering the service level within the response
 *     target (Erlang C)
 * @param techsNeeded the larger of the two
 * @param techs the techs asked about, or null
 * @param serviceLevel the share of tickets those techs answer within the target, or null
 * @param probabilityOfWaiting the chance a ticket waits for a tech, or null
 * @param meanWaitMinutes the mean wait, or null when there are no techs to ask about or they cannot
 *     keep up (the queue then grows without end)
 */
public record Staffing(
    double ticketsPerMonth,
    double hoursPerTicket,
    double arrivalsPerHour,
    double offeredLoad,
    double workloadHours,
    double capacityHours,
    int techsByCapacity,
    int techsByServiceLevel,
    int techsNeeded,
    Integer techs,
    Double serviceLevel,
    Double probabilityOfWaiting,
    Double meanWaitMinutes) {

  /** True when the techs asked about serve tickets as fast as they arrive (techs &gt; load). */
  public boolean keepsUp() {
    return techs != null && techs > offeredLoad;
  }

  /**
   * The staffing of a ticket load.
   *
   * @param techs the techs to report on, or null
   * @throws IllegalArgumentException when tickets or hours per ticket are negative or not numbers
   */
  public static Staffing of(
      double ticketsPerMonth, double hoursPerTicket, StaffSettings settings, Integer techs) {
    if (!(ticketsPerMonth >= 0) || !(hoursPerTicket > 0)) {
      throw new IllegalArgumentException("tickets must be >= 0 and hours per ticket > 0");
    }
    double arrivals =
        ticketsPerMonth
            / settings.businessHoursPerMonth().doubleValue()
            * settings.peakFactor().doubleValue();
    double load = arrivals * hoursPerTicket;
    double workload = ticketsPerMonth * hoursPerTicket;
    double capacity = settings.capacity();
    int byCapacity = (int) Math.ceil(workload / capacity - 1e-9);
    double target = settings.responseMinutes().doubleValue() / 60 / hoursPerTicket;
    double level = settings.serviceLevel().doubleValue();
    int bySla = ticketsPerMonth == 0 ? 0 : ErlangC.agentsFor(load, target, level);
    Double reached = null;
    Double waits = null;
    Double wait = null;
    if (techs != null) {
      reached = ErlangC.serviceLevel(techs, load, target);
      waits = ErlangC.probabilityOfWaiting(techs, load);
      double mean = ErlangC.meanWait(techs, load);
      wait = Double.isInfinite(mean) ? null : mean * hoursPerTicket * 60;
    }
    return new Staffing(
        ticketsPerMonth,
        hoursPerTicket,
        arrivals,
        load,
        workload,
        capacity,
        Math.max(0, byCapacity),
        bySla,
        Math.max(Math.max(0, byCapacity), bySla),
        techs,
        reached,
        waits,
        wait);
  }
}
