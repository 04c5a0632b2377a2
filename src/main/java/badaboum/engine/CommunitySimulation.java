package badaboum.engine;

import badaboum.model.BrandCommunity;
import badaboum.model.DailyCycle;
import badaboum.model.Market;
import badaboum.model.MarketFactory;
import badaboum.model.MarketRandom;
import badaboum.model.Mechanism;
import badaboum.model.TraceRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON model of one run. Each tick is a day: a first step opens the day, then one {@link
 * Steppable} per mechanism runs in the order of {@link DailyCycle} (its ordering on the schedule),
 * and a last step records the day. Each mechanism loops over arrays of people, so a day costs what
 * happens in it rather than one call per agent.
 */
public final class CommunitySimulation extends SimState {
  private static final long serialVersionUID = 1L;

  /**
   * MASON's own {@code random} is one of the run's named streams too: the model never draws from it
   * (each mechanism has its own), but what MASON's console draws stays reproducible.
   */
  private static final String MASON_STREAM = "mason";

  private final transient Supplier<RunSpec> runs;
  private transient RunSpec spec;
  private transient Market market;
  private transient List<TraceRecorder> recorders;

  public CommunitySimulation(RunSpec spec) {
    this(spec, () -> spec);
  }

  /**
   * A simulation started more than once, each {@link #start()} running the spec that {@code runs}
   * gives at that moment: a workshop console that restarts with parameters changed between runs.
   * Each run is still exactly the one {@link #CommunitySimulation(RunSpec)} would make of that
   * spec.
   */
  public CommunitySimulation(Supplier<RunSpec> runs) {
    this(runs.get(), runs);
  }

  private CommunitySimulation(RunSpec first, Supplier<RunSpec> runs) {
    super(new RandomStreams(first.seed()).stream(MASON_STREAM));
    this.runs = runs;
    this.spec = first;
  }

  /** The spec of the current run (of the next one, before the first start). */
  public RunSpec spec() {
    return spec;
  }

  public Market market() {
    return market;
  }

  List<TraceRecorder> recorders() {
    return recorders;
  }

  @Override
  public void start() {
    super.start();
    spec = runs.get();
    RandomStreams streams = new RandomStreams(spec.seed());
    random = streams.stream(MASON_STREAM);
    MarketRandom random =
        new MarketRandom(
            streams.stream("audience"),
            streams.stream("network"),
            streams.stream("platform"),
            streams.stream("bots"),
            spec.scenario().brands().stream()
                .map(brand -> streams.stream("brand:" + brand.name()))
                .toList());
    market = MarketFactory.create(spec.scenario(), spec.arm(), random);
    int days = spec.scenario().days();
    recorders = new ArrayList<>();
    for (BrandCommunity brand : market.brands()) {
      recorders.add(new TraceRecorder(brand, days, market.platform().countsFakeFans()));
    }
    market.startDay(0);
    recordDay();
    int order = 0;
    schedule.scheduleRepeating(0, order++, state -> market.startDay(dayOf(state)), 1);
    for (Mechanism mechanism : DailyCycle.of(spec.scenario())) {
      schedule.scheduleRepeating(0, order++, state -> mechanism.apply(market), 1);
    }
    schedule.scheduleRepeating(0, order, state -> recordDay(), 1);
  }

  private static int dayOf(SimState state) {
    return (int) state.schedule.getTime() + 1;
  }

  private void recordDay() {
    for (TraceRecorder recorder : recorders) {
      recorder.record(market.day());
    }
  }
}
