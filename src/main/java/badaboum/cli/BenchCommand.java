package badaboum.cli;

import badaboum.engine.Bench;
import badaboum.engine.RunSpec;
import badaboum.language.Messages;
import badaboum.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin LanguageOption lang;

  @Override
  public Integer call() {
    if (warmup < 0 || runs < 1) {
      throw new UsageProblem("--warmup must be at least 0 and --runs at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Messages m = lang.messages();
    for (Path file : scenarioFile == null ? DEFAULTS : List.of(scenarioFile)) {
      bench(new ScenarioInput().load(file), m, out);
    }
    return ExitCodes.OK;
  }

  private void bench(Scenario scenario, Messages m, PrintWriter out) {
    Format f = new Format(m);
    List<String> arms = ScenarioInput.arms(scenario, arm);
    out.println(
        m.format(
            "bench.start",
            scenario.name(),
            m.count(scenario.audience().size()),
            m.count(scenario.days()),
            m.count(warmup),
            m.count(runs)));
    for (String name : arms) {
      out.flush();
      Bench.Result r = Bench.measure(RunSpec.of(scenario, name, 0), warmup, runs);
      out.println(
          m.format(
              "bench.arm",
              String.format(Locale.ROOT, "%-12s", name),
              m.number(r.medianSeconds(), 3),
              m.number(r.minSeconds(), 3),
              m.number(r.maxSeconds(), 3),
              f.rate(r.personDaysPerSecond()),
              m.count(Math.round(r.heapBytesPerPerson()))));
    }
  }
}
