package io.mrrlens.report;

import io.mrrlens.projection.StaffSettings;
import io.mrrlens.projection.Staffing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds the report of {@code mrrlens staffing}, the staffing calculator. */
public final class StaffingReportBuilder {
  /** What the figures do not say, printed with every answer. */
  static final List<String> CAVEATS =
      List.of(
          "Tickets are not phone calls: handle times are long-tailed, much work waits for the"
              + " client, and response targets differ by priority.",
          "Erlang C assumes random arrivals served in order by any free tech; read its figure as a"
              + " floor beside the capacity figure, and staff for the larger.");

  private StaffingReportBuilder() {}

  /** The staffing report: the settings used, the result, and the caveats. */
  public static Report build(Staffing staffing, StaffSettings settings) {
    List<Fact> used =
        List.of(
            new Fact(
                "tickets_per_month",
                "tickets per month",
                number(staffing.ticketsPerMonth()),
                Format.DECIMAL),
            new Fact(
                "hours_per_ticket",
                "hours per ticket",
                number(staffing.hoursPerTicket()),
                Format.DECIMAL),
            new Fact(
                "staff.business_hours_per_month",
                "business hours a month",
                settings.businessHoursPerMonth(),
                Format.DECIMAL),
            new Fact("staff.peak_factor", "peak factor", settings.peakFactor(), Format.DECIMAL),
            new Fact(
                "staff.response_minutes",
                "response target (minutes)",
                settings.responseMinutes(),
                Format.DECIMAL),
            new Fact(
                "staff.service_level",
                "service level target",
                settings.serviceLevel(),
                Format.PERCENT),
            new Fact(
                "staff.hours_per_month",
                "paid hours per tech a month",
                settings.hoursPerMonth(),
                Format.DECIMAL),
            new Fact("staff.utilization", "utilization", settings.utilization(), Format.PERCENT));
    List<Fact> result = new ArrayList<>();
    result.add(
        new Fact(
            "arrivals_per_hour",
            "tickets per hour at the peak",
            number(staffing.arrivalsPerHour()),
            Format.DECIMAL));
    result.add(
        new Fact(
            "offered_load",
            "offered load (Erlangs)",
            number(staffing.offeredLoad()),
            Format.DECIMAL));
    result.add(
        new Fact(
            "workload_hours",
            "ticket hours a month",
            number(staffing.workloadHours()),
            Format.HOURS));
    result.add(
        new Fact(
            "capacity_hours",
            "ticket hours per tech a month",
            number(staffing.capacityHours()),
            Format.HOURS));
    result.add(
        new Fact(
            "techs_by_capacity",
            "techs by capacity",
            (long) staffing.techsByCapacity(),
            Format.COUNT));
    result.add(
        new Fact(
            "techs_by_service_level",
            "techs by service level",
            (long) staffing.techsByServiceLevel(),
            Format.COUNT));
    result.add(
        new Fact("techs_needed", "techs needed", (long) staffing.techsNeeded(), Format.COUNT));
    List<Part> parts = new ArrayList<>();
    parts.add(new Part.Facts("result", "Techs needed", result));
    if (staffing.techs() != null) {
      parts.add(
          new Part.Facts(
              "with_techs",
              "With " + staffing.techs() + (staffing.techs() == 1 ? " tech" : " techs"),
              List.of(
                  new Fact("techs", "techs", (long) staffing.techs(), Format.COUNT),
                  new Fact(
                      "service_level",
                      "answered within the target",
                      number(staffing.serviceLevel()),
                      Format.PERCENT),
                  new Fact(
                      "probability_of_waiting",
                      "tickets that wait for a tech",
                      number(staffing.probabilityOfWaiting()),
                      Format.PERCENT),
                  new Fact(
                      "mean_wait_minutes",
                      "mean wait (minutes)",
                      staffing.meanWaitMinutes() == null
                          ? null
                          : number(staffing.meanWaitMinutes()),
                      Format.DECIMAL))));
    }
    List<String> notes = new ArrayList<>();
    if (staffing.techs() != null && !staffing.keepsUp()) {
      notes.add(
          staffing.techs()
              + (staffing.techs() == 1 ? " tech does" : " techs do")
              + " not keep up with the peak: tickets arrive faster than they are closed, and"
              + " the queue grows without end.");
    }
    notes.addAll(CAVEATS);
    parts.add(new Part.Lines("notes", "Read with care", notes));
    return new Report("staffing", null, null, null, used, parts);
  }

  /** A computed figure as an exact decimal of its shortest form. */
  private static BigDecimal number(double value) {
    return new BigDecimal(Double.toString(value));
  }
}
