package badaboum.gui;

import badaboum.engine.CommunitySimulation;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;

/**
 * The console's model: one engine simulation per arm, stepped together, one day each per step of
 * this schedule, so that Play, Pause, Step and Stop act on every arm at once. Each arm's simulation
 * keeps its own schedule and random streams and is stepped exactly as {@code Simulation.run} steps
 * it, so each arm is the run {@code badaboum run} makes of it; this state's own generator is never
 * drawn from.
 */
final class Lockstep extends SimState {
  private static final long serialVersionUID = 1L;

  private final transient List<CommunitySimulation> arms;

  Lockstep(WorkshopParameters parameters) {
    super(parameters.runSpec(0).seed());
    List<CommunitySimulation> sims = new ArrayList<>();
    for (int i = 0; i < parameters.arms().size(); i++) {
      int arm = i;
      sims.add(new CommunitySimulation(() -> parameters.runSpec(arm)));
    }
    this.arms = List.copyOf(sims);
  }

  /** Each arm's simulation, in the order of the arms. */
  List<CommunitySimulation> arms() {
    return arms;
  }

  @Override
  public void start() {
    super.start();
    for (CommunitySimulation arm : arms) {
      arm.start();
    }
    schedule.scheduleRepeating(
        0,
        0,
        state -> {
          for (CommunitySimulation arm : arms) {
            arm.schedule.step(arm);
          }
        },
        1);
  }

  @Override
  public void finish() {
    for (CommunitySimulation arm : arms) {
      arm.finish();
    }
    super.finish();
  }
}
