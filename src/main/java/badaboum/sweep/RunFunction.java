package badaboum.sweep;

import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.result.RunResult;

/**
 * What an executor does with each run: the simulation, or in tests a stand-in that fails on chosen
 * runs.
 */
@FunctionalInterface
public interface RunFunction {

  /** The simulation itself: {@link Simulation#run}. */
  RunFunction SIMULATION = (task, spec) -> Simulation.run(spec);

  RunResult run(RunTask task, RunSpec spec);
}
