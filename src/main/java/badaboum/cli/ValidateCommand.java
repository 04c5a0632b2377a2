package badaboum.cli;

import badaboum.engine.MemoryEstimate;
import badaboum.language.Messages;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioException;
import badaboum.scenario.ScenarioSource;
import badaboum.sweep.SweepPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "or one line per valid file and exits 0. The problems are in English.",
      "A team's plan (team: at the top, as in plan-template.yaml) is checked as a plan."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "scenario files")
  List<Path> files;

  @Mixin LanguageOption lang;

  @Override
  public Integer call() {
    Messages m = lang.messages();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int invalid = 0;
    for (Path file : files) {
      try {
        ScenarioSource source = ScenarioSource.read(file);
        if (TeamPlanCheck.isPlan(source)) {
          out.println(TeamPlanCheck.check(source, m));
          continue;
        }
        Scenario s = new ScenarioInput().load(file);
        SweepPlan plan = SweepPlan.checked(s);
        out.println(describe(s, plan.layout().points(), plan.checksEveryPoint(), m));
        memoryAdvice(s, Runtime.getRuntime().maxMemory(), m).ifPresent(out::println);
      } catch (ScenarioException e) {
        invalid++;
        e.problems().forEach(err::println);
      } catch (DataFileException e) {
        invalid++;
        e.problems().forEach(err::println);
      }
    }
    if (invalid > 0) {
      err.println(m.format("validate.invalid", m.count(invalid), m.count(files.size())));
      return ExitCodes.INVALID_SCENARIO;
    }
    return ExitCodes.OK;
  }

  /**
   * A valid scenario whose run would not fit in {@code heap}: the line that says so and what to
   * give, before anyone waits for a sweep that cannot start.
   */
  static Optional<String> memoryAdvice(Scenario s, long heap, Messages m) {
    MemoryEstimate memory = MemoryEstimate.of(s);
    if (memory.peakBytes() <= heap) {
      return Optional.empty();
    }
    return Optional.of(
        m.format(
            "validate.memory",
            MemoryEstimate.format(memory.peakBytes()),
            MemoryEstimate.format(heap),
            memory.heapFor(1)));
  }

  /** One line: the arms, horizon, audience and runs (a sweep's: points × arms × replications). */
  static String describe(Scenario s, int points, boolean everyPoint, Messages m) {
    int arms = s.arms().size();
    String runs =
        s.sweep().isNone()
            ? m.format(
                "validate.runs",
                m.count(s.runCount()),
                m.text(s.runCount() == 1 ? "word.run" : "word.runs"),
                m.count(arms),
                m.count(s.replications()),
                m.text(s.replications() == 1 ? "word.replication" : "word.replications"))
            : m.format(
                "validate.runs.design",
                m.count(points * s.runCount()),
                s.sweep().design().label(),
                m.count(points),
                m.count(arms),
                m.text(arms == 1 ? "word.arm" : "word.arms"),
                m.count(s.replications()),
                everyPoint
                    ? m.text("validate.everyPoint")
                    : m.format("validate.somePoints", m.count(SweepPlan.POINTS_CHECKED)));
    return m.format(
        "validate.ok",
        s.source().label(),
        m.count(arms),
        m.text(arms == 1 ? "word.arm" : "word.arms"),
        String.join(", ", s.arms()),
        m.count(s.days()),
        m.count(s.audience().size()),
        runs);
  }
}
