package badaboum.cli;

import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioException;
import badaboum.sweep.SweepPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badaboum validate}: every problem of every file, or one line per valid file. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks scenario files without running them, their sweep's design included.",
      "Prints every problem as file:line:column: key: message and exits 3,",
      "or one line per valid file and exits 0."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "scenario files")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int invalid = 0;
    for (Path file : files) {
      try {
        Scenario s = new ScenarioInput().load(file);
        SweepPlan plan = SweepPlan.checked(s);
        out.println(describe(s, plan.layout().points(), plan.checksEveryPoint()));
      } catch (ScenarioException e) {
        invalid++;
        e.problems().forEach(err::println);
      } catch (DataFileException e) {
        invalid++;
        e.problems().forEach(err::println);
      }
    }
    if (invalid > 0) {
      err.printf(
          Locale.ROOT,
          "%d of %d files invalid; see scenarios/README.md for every key, its default and range%n",
          invalid,
          files.size());
      return ExitCodes.INVALID_SCENARIO;
    }
    return ExitCodes.OK;
  }

  /** One line: the arms, horizon, audience and runs (a sweep's: points × arms × replications). */
  static String describe(Scenario s, int points, boolean everyPoint) {
    String runs =
        s.sweep().isNone()
            ? String.format(
                Locale.ROOT,
                "%,d %s (%d × %d %s)",
                s.runCount(),
                s.runCount() == 1 ? "run" : "runs",
                s.arms().size(),
                s.replications(),
                s.replications() == 1 ? "replication" : "replications")
            : String.format(
                Locale.ROOT,
                "%,d runs (%s: %,d points × %d %s × %d replications; %s)",
                points * s.runCount(),
                s.sweep().design().label(),
                points,
                s.arms().size(),
                s.arms().size() == 1 ? "arm" : "arms",
                s.replications(),
                everyPoint
                    ? "every point checked"
                    : String.format(
                        Locale.ROOT, "%,d of the points checked", SweepPlan.POINTS_CHECKED));
    return String.format(
        Locale.ROOT,
        "%s: ok: %d %s (%s), %d days, %,d people, %s",
        s.source().label(),
        s.arms().size(),
        s.arms().size() == 1 ? "arm" : "arms",
        String.join(", ", s.arms()),
        s.days(),
        s.audience().size(),
        runs);
  }
}
