package badaboum.benchmark;

import badaboum.engine.CommunitySimulation;
import badaboum.engine.RunSpec;
import badaboum.model.Market;
import badaboum.model.mechanisms.Discovery;
import badaboum.model.mechanisms.WordOfMouth;
import badaboum.model.network.Graph;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The diffusion core on {@code scenarios/textbook/diffusion-saturating.yaml}, where word of mouth
 * takes off and the whole audience follows by about day 80, against the two plain-array loops of
 * {@link ReferenceDiffusion} on the same friendship graph, in the same run. Scores are person-days
 * per second (100,000 people × 365 days per operation): higher is better.
 *
 * <ul>
 *   <li>{@code engine}: badaboum's days as a run steps them (every mechanism of the scenario on
 *       MASON's schedule, and the daily record), the market built beforehand;
 *   <li>{@code discoveryAndWordOfMouth}: badaboum's two diffusion mechanisms alone on that market;
 *   <li>{@code everyPersonEveryDay} and {@code frontier}: the reference loops.
 * </ul>
 *
 * <p>Run with {@code mvn -Pjmh test} (see the README's Speed section).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(SaturatingDiffusionBenchmark.PERSON_DAYS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SaturatingDiffusionBenchmark {
  static final Path SCENARIO = Path.of("scenarios/textbook/diffusion-saturating.yaml");
  static final int PEOPLE = 100_000;
  static final int DAYS = 365;
  static final int PERSON_DAYS = PEOPLE * DAYS;

  /** The scenario, and the reference loops over the network its runs draw. */
  @State(Scope.Benchmark)
  public static class Workload {
    RunSpec spec;
    ReferenceDiffusion reference;

    @Setup(Level.Trial)
    public void load() {
      Scenario scenario = new ScenarioLoader().load(SCENARIO);
      if (scenario.audience().size() != PEOPLE || scenario.days() != DAYS) {
        throw new IllegalStateException(
            SCENARIO + " must have " + PEOPLE + " people and " + DAYS + " days: scores count them");
      }
      spec = RunSpec.of(scenario, scenario.strategies().get(0).name(), 0);
      CommunitySimulation simulation = new CommunitySimulation(spec);
      simulation.start();
      Graph friends = simulation.market().audience().friends();
      reference =
          new ReferenceDiffusion(
              friends.offsets(),
              friends.neighbors(),
              scenario.audience().discoveryPerDay(),
              scenario.audience().wordOfMouth().contactsPerDay());
    }
  }

  /** A fresh run for each call: its market (audience, network, brand) built, day 0 recorded. */
  @State(Scope.Thread)
  public static class FreshRun {
    CommunitySimulation simulation;

    @Setup(Level.Invocation)
    public void start(Workload workload) {
      simulation = new CommunitySimulation(workload.spec);
      simulation.start();
    }
  }

  @Benchmark
  public long engine(FreshRun run) {
    CommunitySimulation simulation = run.simulation;
    while (simulation.schedule.getSteps() < DAYS) {
      simulation.schedule.step(simulation);
    }
    return simulation.market().brands().get(0).followerCount();
  }

  @Benchmark
  public long discoveryAndWordOfMouth(Workload workload, FreshRun run) {
    Market market = run.simulation.market();
    Scenario scenario = workload.spec.scenario();
    Discovery discovery = new Discovery(scenario.audience().discoveryPerDay());
    WordOfMouth wordOfMouth = new WordOfMouth(scenario.audience().wordOfMouth());
    for (int day = 1; day <= DAYS; day++) {
      market.startDay(day);
      discovery.apply(market);
      wordOfMouth.apply(market);
    }
    return market.brands().get(0).followerCount();
  }

  @Benchmark
  public int everyPersonEveryDay(Workload workload) {
    return workload.reference.everyPersonEveryDay(
        DAYS, new MersenneTwisterFast(workload.spec.seed()));
  }

  @Benchmark
  public int frontier(Workload workload) {
    return workload.reference.frontier(DAYS, new MersenneTwisterFast(workload.spec.seed()));
  }
}
