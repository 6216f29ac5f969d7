package io.mrrlens.cli;

import io.mrrlens.chart.ChartPlan;
import io.mrrlens.config.Config;
import io.mrrlens.engine.BooksSource;
import io.mrrlens.engine.Engine;
import io.mrrlens.engine.Outcome;
import io.mrrlens.engine.Scope;
import io.mrrlens.model.Problem;
import io.mrrlens.projection.Scenario;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mrrlens project}: break-fix vs managed vs blocks of hours, month by month. */
@Command(name = "project", modelTransformer = RefusedOptions.Project.class)
final class ProjectCommand extends AnalysisCommand {
  @Option(names = "--horizon", paramLabel = "MONTHS")
  String horizon;

  @Option(names = "--paths", paramLabel = "N")
  String paths;

  @Option(names = "--seed", paramLabel = "N")
  String seed;

  @Option(names = "--scenario", paramLabel = "NAME", split = ",")
  List<String> scenarios;

  @Option(names = "--accept-rate", paramLabel = "P")
  String acceptRate;

  @Option(names = "--decline", paramLabel = "WHAT")
  String decline;

  @Option(names = "--include", paramLabel = "SEGMENTS")
  String include;

  @Option(names = "--price-elasticity", paramLabel = "E")
  String priceElasticity;

  @Option(names = "--pricing", paramLabel = "METHOD")
  String pricing;

  @Option(names = "--per-endpoint", paramLabel = "MONEY")
  String perEndpoint;

  @Option(names = "--ramp-months", paramLabel = "N")
  String rampMonths;

  @Option(names = "--current-techs", paramLabel = "N")
  String currentTechs;

  private final Set<Scenario> shown = EnumSet.noneOf(Scenario.class);

  @Override
  Config withFlags(Config settings) {
    if (analysis.top != null || analysis.clients != null || analysis.all) {
      throw Problem.usage(
          "--top, --client and --all do not apply to project: every active client is simulated",
          "leave them out; --scenario chooses what is shown");
    }
    if (scenarios != null) {
      for (String name : scenarios) {
        shown.add(scenario(name));
      }
    }
    settings = settings.withFlag("projection.horizon", "--horizon", horizon);
    settings = settings.withFlag("projection.paths", "--paths", paths);
    settings = settings.withFlag("projection.seed", "--seed", seed);
    settings = settings.withFlag("transition.accept_rate", "--accept-rate", acceptRate);
    settings = settings.withFlag("transition.decline", "--decline", decline);
    settings = settings.withFlag("transition.include", "--include", include);
    settings =
        settings.withFlag("transition.price_elasticity", "--price-elasticity", priceElasticity);
    settings = settings.withFlag("pricing.method", "--pricing", pricing);
    settings = settings.withFlag("pricing.per_endpoint", "--per-endpoint", perEndpoint);
    settings = settings.withFlag("transition.ramp_months", "--ramp-months", rampMonths);
    return settings.withFlag("staff.current_techs", "--current-techs", currentTechs);
  }

  @Override
  Outcome run(Engine engine, BooksSource source, Scope scope, ChartPlan charts) {
    return engine.project(source, scope, charts, shown);
  }

  private static Scenario scenario(String name) {
    for (Scenario scenario : Scenario.values()) {
      if (scenario.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return scenario;
      }
    }
    throw Problem.usage(
        "--scenario \"" + name + "\" is not a scenario",
        "use status-quo, transition or middle-path");
  }
}
