package io.mrrlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command with every command: what the tool's help and completion list. */
@Command(
    subcommands = {
      CheckCommand.class,
      InitCommand.class,
      LaborCommand.class,
      PaymentsCommand.class,
      SegmentsCommand.class,
      ScorecardCommand.class,
      ProjectCommand.class,
      SummaryCommand.class,
      ReportCommand.class,
      StaffingCommand.class,
      SampleCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    })
final class MrrlensCommand extends RootCommand {
  MrrlensCommand(RunContext context) {
    super(context);
  }
}
