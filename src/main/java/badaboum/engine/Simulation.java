package badaboum.engine;

import badaboum.model.BrandCommunity;
import badaboum.model.Market;
import badaboum.model.PersonState;
import badaboum.model.TraceRecorder;
import badaboum.result.BrandTrace;
import badaboum.result.MemberTable;
import badaboum.result.RunResult;
import badaboum.result.RunSummary;
import java.util.ArrayList;
import java.util.List;

/** Runs one (scenario, arm, seed) to its horizon: a pure function from RunSpec to RunResult. */
public final class Simulation {
  private Simulation() {}

  public static RunResult run(RunSpec spec) {
    CommunitySimulation sim = new CommunitySimulation(spec);
    sim.start();
    int days = spec.scenario().days();
    while (sim.schedule.getSteps() < days) {
      sim.schedule.step(sim);
    }
    sim.finish();
    List<BrandTrace> traces = new ArrayList<>();
    List<RunSummary> summaries = new ArrayList<>();
    for (TraceRecorder recorder : sim.recorders()) {
      BrandTrace trace = recorder.trace();
      traces.add(trace);
      summaries.add(RunSummary.of(trace));
    }
    List<MemberTable> members = new ArrayList<>();
    if (spec.exportMembers()) {
      for (BrandCommunity brand : sim.market().brands()) {
        members.add(members(sim.market(), brand));
      }
    }
    return new RunResult(spec.arm(), spec.replicate(), spec.seed(), traces, summaries, members);
  }

  private static final int NEVER = -1;

  private static MemberTable members(Market market, BrandCommunity brand) {
    int n = market.audience().size();
    String[] state = new String[n];
    boolean[] active = new boolean[n];
    boolean[] ambassador = new boolean[n];
    float[] affinity = new float[n];
    float[] satisfaction = new float[n];
    String[] joinedVia = new String[n];
    int[] joinedDay = new int[n];
    int[] comments = new int[n];
    int[] reactions = new int[n];
    int[] lastEngaged = new int[n];
    int[] lastReacted = new int[n];
    int[] ties = new int[n];
    for (int p = 0; p < n; p++) {
      state[p] = PersonState.label(brand.state(p));
      active[p] = brand.isActive(p);
      ambassador[p] = brand.isAmbassador(p);
      affinity[p] = market.audience().affinity(p);
      satisfaction[p] = brand.satisfaction(p);
      joinedVia[p] = brand.joinedVia(p).label();
      joinedDay[p] = brand.joinedDay(p);
      comments[p] = brand.contributions().comments(p);
      reactions[p] = brand.contributions().reactions(p);
      lastEngaged[p] = brand.hasEngaged(p) ? brand.lastEngaged(p) : NEVER;
      lastReacted[p] = brand.contributions().lastReacted(p);
      ties[p] = brand.ties(p);
    }
    return new MemberTable(
        market.label(brand),
        state,
        active,
        ambassador,
        affinity,
        satisfaction,
        joinedVia,
        joinedDay,
        comments,
        reactions,
        lastEngaged,
        lastReacted,
        ties);
  }
}
