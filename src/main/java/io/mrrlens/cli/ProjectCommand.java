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
@Command(
    name = "project",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    modelTransformer = RefusedOptions.Project.class,
    description = {
      "Projects the business month by month under three scenarios: status-quo, transition (the"
          + " break-fix clients are offered a managed agreement) and middle-path (they are offered"
          + " prepaid blocks of hours), by drawing each client's future months from its own"
          + " history, many times over: revenue P10/P50/P90, MRR and T&M, hours, techs needed,"
          + " labor cost and margin, and per scenario the total, its volatility, clients kept and"
          + " churned, the month the transition breaks even, gross profit P10/P50/P90 and the"
          + " chance it beats the status quo; each offer with what the client pays now, the fee,"
          + " their ratio and the chance it is accepted; and what the answer hangs on most."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mrrlens project samples/msp-book",
      "  mrrlens project ~/exports --horizon 36 --paths 5000 --seed 7",
      "  mrrlens project ~/exports --accept-rate 0.5 --decline stay \\",
      "      --include break-fix,hybrid",
      "  mrrlens project ~/exports --pricing uplift --price-elasticity 0.5",
      "  mrrlens project ~/exports --scenario transition --output projection.json"
    })
final class ProjectCommand extends AnalysisCommand {
  @Option(names = "--horizon", paramLabel = "MONTHS", description = "Months projected (24).")
  String horizon;

  @Option(names = "--paths", paramLabel = "N", description = "Simulated paths (2000).")
  String paths;

  @Option(names = "--seed", paramLabel = "N", description = "The random seed (42).")
  String seed;

  @Option(
      names = "--scenario",
      paramLabel = "NAME",
      split = ",",
      description = "Show only these scenarios: status-quo, transition, middle-path.")
  List<String> scenarios;

  @Option(
      names = "--accept-rate",
      paramLabel = "P",
      description = "The chance a candidate accepts (0.7).")
  String acceptRate;

  @Option(
      names = "--decline",
      paramLabel = "WHAT",
      description = "What a declining client does: churn (default) or stay.")
  String decline;

  @Option(
      names = "--include",
      paramLabel = "SEGMENTS",
      description = "Segments offered the change, e.g. break-fix,hybrid (break-fix).")
  String include;

  @Option(
      names = "--price-elasticity",
      paramLabel = "E",
      description = "How fast acceptance falls as the fee rises above what a client pays (1.0).")
  String priceElasticity;

  @Option(
      names = "--pricing",
      paramLabel = "METHOD",
      description = "How the managed fee is set: cost (default), per_endpoint or uplift.")
  String pricing;

  @Option(
      names = "--per-endpoint",
      paramLabel = "MONEY",
      description = "The monthly fee per endpoint (default: the median of managed clients).")
  String perEndpoint;

  @Option(
      names = "--ramp-months",
      paramLabel = "N",
      description = "Months over which offers are made (6).")
  String rampMonths;

  @Option(
      names = "--current-techs",
      paramLabel = "N",
      description = "Techs employed now: adds the service level they reach.")
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
