package badaboum.cli;

import badaboum.engine.Bench;
import badaboum.engine.RunSpec;
import badaboum.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badaboum bench}: single-thread speed and memory of a scenario's runs. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a scenario on one thread after a warm-up and prints person-days per second",
      "(audience × days ÷ seconds) and heap bytes per person."
    })
final class BenchCommand implements Callable<Integer> {
  /** Diffusion while it smoulders, then when word of mouth takes off and saturates the audience. */
  static final List<Path> DEFAULTS =
      List.of(
          Path.of("scenarios/textbook/diffusion-bench.yaml"),
          Path.of("scenarios/textbook/diffusion-saturating.yaml"));

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SCENARIO",
      arity = "0..1",
      description =
          "scenario to time (default: scenarios/textbook/diffusion-bench.yaml, then"
              + " scenarios/textbook/diffusion-saturating.yaml)")
  Path scenarioFile;

  @Option(names = "--arm", paramLabel = "NAME", description = "time only this arm")
  String arm;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "3",
      description = "untimed runs first (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "5",
      description = "timed runs per arm (default: ${DEFAULT-VALUE})")
  int runs;

  @Override
  public Integer call() {
    if (warmup < 0 || runs < 1) {
      throw new UsageProblem("--warmup must be at least 0 and --runs at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Path file : scenarioFile == null ? DEFAULTS : List.of(scenarioFile)) {
      bench(new ScenarioInput().load(file), out);
    }
    return ExitCodes.OK;
  }

  private void bench(Scenario scenario, PrintWriter out) {
    List<String> arms = ScenarioInput.arms(scenario, arm);
    out.printf(
        Locale.ROOT,
        "%s: %,d people × %d days, %d warm-up and %d timed runs per arm, one thread%n",
        scenario.name(),
        scenario.audience().size(),
        scenario.days(),
        warmup,
        runs);
    for (String name : arms) {
      out.flush();
      Bench.Result r = Bench.measure(RunSpec.of(scenario, name, 0), warmup, runs);
      out.printf(
          Locale.ROOT,
          "  %-12s median %.3f s per run (min %.3f, max %.3f): %s person-days/s; heap %,d bytes per person%n",
          name,
          r.medianSeconds(),
          r.minSeconds(),
          r.maxSeconds(),
          Format.rate(r.personDaysPerSecond()),
          Math.round(r.heapBytesPerPerson()));
    }
  }
}
