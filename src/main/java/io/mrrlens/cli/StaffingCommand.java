package io.mrrlens.cli;

import io.mrrlens.config.Config;
import io.mrrlens.model.Problem;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mrrlens staffing}: the staffing calculator, no books needed. */
@Command(name = "staffing")
final class StaffingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--tickets-per-month", required = true, paramLabel = "N")
  String ticketsPerMonth;

  @Option(names = "--hours-per-ticket", required = true, paramLabel = "H")
  String hoursPerTicket;

  @Option(names = "--techs", paramLabel = "N")
  Integer techs;

  @Option(names = "--response-minutes", paramLabel = "M")
  String responseMinutes;

  @Option(names = "--service-level", paramLabel = "S")
  String serviceLevel;

  @Option(names = "--business-hours", paramLabel = "H")
  String businessHours;

  @Option(names = "--peak-factor", paramLabel = "F")
  String peakFactor;

  @Option(names = "--hours-per-tech", paramLabel = "H")
  String hoursPerTech;

  @Option(names = "--utilization", paramLabel = "U")
  String utilization;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    output.validate();
    Config settings = settings();
    double tickets = positive("--tickets-per-month", ticketsPerMonth, true);
    double hours = positive("--hours-per-ticket", hoursPerTicket, false);
    Integer team = techs != null ? techs : settings.integer("staff.current_techs");
    if (team != null && team < 1) {
      throw Problem.usage("--techs " + team + " is below 1", "give a number of techs, e.g. 4");
    }
    output.write(RootCommand.engine(spec).staffing(tickets, hours, team, settings).report(), spec);
    return ExitCode.OK;
  }

  private Config settings() {
    // no books: the config of the current folder, when there is one
    Config settings = RootCommand.settings(RootCommand.configFile(spec, Path.of(".")));
    settings = settings.withFlag("staff.response_minutes", "--response-minutes", responseMinutes);
    settings = settings.withFlag("staff.service_level", "--service-level", serviceLevel);
    settings =
        settings.withFlag("staff.business_hours_per_month", "--business-hours", businessHours);
    settings = settings.withFlag("staff.peak_factor", "--peak-factor", peakFactor);
    settings = settings.withFlag("staff.hours_per_month", "--hours-per-tech", hoursPerTech);
    return settings.withFlag("staff.utilization", "--utilization", utilization);
  }

  private static double positive(String option, String text, boolean zeroAllowed) {
    double value;
    try {
      value = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (Double.isNaN(value)
        || Double.isInfinite(value)
        || value < 0
        || (!zeroAllowed && value == 0)) {
      throw Problem.usage(
          option + " \"" + text + "\" is not a number " + (zeroAllowed ? ">= 0" : "above 0"),
          "write a plain number, e.g. " + option + " 12.5");
    }
    return value;
  }
}
