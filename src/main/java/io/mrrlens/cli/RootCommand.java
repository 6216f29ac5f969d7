package io.mrrlens.cli;

import io.mrrlens.config.Config;
import io.mrrlens.config.ConfigLoader;
import io.mrrlens.engine.Engine;
import io.mrrlens.engine.Notice;
import io.mrrlens.model.Problem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command: the options every command inherits, what the commands share, and the usage when
 * no command is given. A run builds it with only the command it runs (see {@link #commandLine});
 * {@link MrrlensCommand} is the root with every command.
 */
@Command(
    name = "mrrlens",
    resourceBundle = "io.mrrlens.cli.Help",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class)
class RootCommand implements Callable<Integer> {
  /** The commands that read every command's model: the completion script and help. */
  private static final Set<String> READ_EVERY_COMMAND = Set.of("completion", "help");

  @Spec CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT)
  boolean debug;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT)
  boolean quiet;

  @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT)
  String color;

  @Option(names = "--no-color", scope = ScopeType.INHERIT)
  boolean noColor;

  @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT)
  Path config;

  private final RunContext context;

  RootCommand(RunContext context) {
    this.context = context;
  }

  /**
   * The command line of a run. Picocli builds a command's model from its annotations (every option,
   * mixin and help text, by reflection), a third of a second for all thirteen commands on this
   * project's 2-core machine (docs/performance.md); so when the first argument names a command, the
   * root gets that command alone. Any other command line (none, an option first, a mistyped
   * command, {@code help}, {@code completion}) gets every command, since the tool's help, the
   * suggestion for a typo and the completion script read them all.
   */
  static CommandLine commandLine(RunContext context, String... args) {
    Class<?> command = args.length == 0 ? null : command(args[0]);
    if (command == null) {
      return new CommandLine(new MrrlensCommand(context));
    }
    CommandLine cli = new CommandLine(new RootCommand(context)).addSubcommand(args[0], command);
    // the command's model as among every command (RootCommandTest): there picocli adds the
    // commands before the root's own options and its help options (-h, -V) last, so these come
    // last in each command; and it runs a command's model transformer once the command holds them
    CommandSpec spec = cli.getSubcommands().get(args[0]).getCommandSpec();
    for (String name : List.of("--help", "--version")) {
      OptionSpec option = spec.findOption(name);
      spec.remove(option);
      spec.addOption(option);
    }
    if (spec.modelTransformer() != null) {
      spec.modelTransformer().transform(spec);
    }
    return cli;
  }

  /** The command class of this name, or null for none (or one that reads every command). */
  private static Class<?> command(String name) {
    if (READ_EVERY_COMMAND.contains(name)) {
      return null;
    }
    for (Class<?> command : MrrlensCommand.class.getAnnotation(Command.class).subcommands()) {
      if (command.getAnnotation(Command.class).name().equals(name)) {
        return command;
      }
    }
    return null;
  }

  RunContext context() {
    return context;
  }

  /** The root command of a subcommand's spec. */
  static RootCommand of(CommandSpec spec) {
    return (RootCommand) spec.root().userObject();
  }

  /** Whether --quiet was given, wherever on the command line. */
  static boolean quiet(CommandSpec spec) {
    return of(spec).quiet;
  }

  /**
   * The config file in use: --config, else mrrlens.yaml in the given folder when present, else
   * null.
   */
  static Path configFile(CommandSpec spec, Path folder) {
    Path file = of(spec).config;
    if (file != null && !Files.isRegularFile(file)) {
      throw Problem.usage(
          "the config file " + file + " does not exist", "give an existing file to --config");
    }
    Path candidate = folder.resolve("mrrlens.yaml");
    return file != null ? file : Files.isRegularFile(candidate) ? candidate : null;
  }

  /** The settings of a config file (null: the defaults). */
  static Config settings(Path file) {
    return file == null ? Config.defaults() : ConfigLoader.load(file);
  }

  /**
   * Refuses --config for a command that reads no settings, so that it is never silently ignored.
   */
  static void readsNoSettings(CommandSpec spec) {
    if (of(spec).config != null) {
      throw Problem.usage(
          "--config does not apply to " + spec.name() + ": it reads no settings",
          "leave --config out");
    }
  }

  /** The engine of a run: progress bars on a terminal unless quiet, the run's environment. */
  static Engine engine(CommandSpec spec) {
    return new Engine(
        TerminalProgress.forRun(spec.commandLine().getErr(), quiet(spec)), of(spec).context::env);
  }

  /**
   * Whether tables on stdout are coloured: --no-color and --color=never say no, --color=always yes;
   * otherwise only on a terminal, and not when NO_COLOR is set (no-color.org).
   */
  static boolean colour(CommandSpec spec) {
    RootCommand root = of(spec);
    String when = root.color == null ? "auto" : root.color.strip().toLowerCase(Locale.ROOT);
    if (!List.of("auto", "always", "never").contains(when)) {
      throw Problem.usage(
          "--color \"" + root.color + "\" is not auto, always or never",
          "give --color=auto, --color=always or --color=never");
    }
    if (root.noColor || when.equals("never")) {
      return false;
    }
    if (when.equals("always")) {
      return true;
    }
    String noColor = root.context.env("NO_COLOR");
    return (noColor == null || noColor.isEmpty()) && stdoutIsTerminal(root.context);
  }

  /** Whether stdout is a terminal: the launcher says through MRRLENS_STDOUT_TTY, else Java. */
  static boolean stdoutIsTerminal(RunContext context) {
    String launcher = context.env("MRRLENS_STDOUT_TTY");
    return launcher != null ? launcher.equals("1") : System.console() != null;
  }

  /** The terminal's width in characters as the launcher found it, or 0 when unknown. */
  static int terminalWidth(CommandSpec spec) {
    RunContext context = of(spec).context;
    String columns = context.env("MRRLENS_COLUMNS");
    if (!stdoutIsTerminal(context) || columns == null || !columns.strip().matches("\\d{2,4}")) {
      return 0;
    }
    return Integer.parseInt(columns.strip());
  }

  /** Tells the notices of a run on stderr, unless quiet. */
  static void tell(List<Notice> notices, CommandSpec spec) {
    if (quiet(spec)) {
      return;
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Notice notice : notices) {
      notice.messages().forEach(message -> err.println("mrrlens: " + message));
      err.println("  " + notice.label() + ": " + notice.hint());
    }
    err.flush();
  }

  @Override
  public Integer call() {
    // a short usage: the whole help is 'mrrlens --help'
    java.io.PrintWriter err = spec.commandLine().getErr();
    err.println("mrrlens: a command is required");
    err.println("Usage: mrrlens COMMAND [BOOKS] [OPTIONS]");
    err.println("Commands: " + String.join(", ", spec.subcommands().keySet()));
    err.println("  fix: see 'mrrlens --help', or start with 'mrrlens check BOOKS'");
    return ExitCode.USAGE;
  }
}
