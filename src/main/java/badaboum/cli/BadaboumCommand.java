package badaboum.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: lists the subcommands; without one it is a usage error. */
@Command(
    name = "badaboum",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Simulates brand communities, from the launch boum to the badaboum.",
      "Exit codes: 0 ok, 1 failure, 2 usage, 3 invalid scenario."
    },
    subcommands = {
      RunCommand.class,
      SweepCommand.class,
      ReplayCommand.class,
      ReportCommand.class,
      ValidateCommand.class,
      ScenariosCommand.class,
      GuiCommand.class,
      BenchCommand.class
    })
final class BadaboumCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
