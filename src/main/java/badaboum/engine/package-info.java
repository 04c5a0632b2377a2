/**
 * The MASON {@code SimState} that runs one (scenario, arm, seed) day by day, the named random
 * streams derived from the run seed, and {@code Simulation.run}, a pure function from {@code
 * RunSpec} to {@code RunResult}. Imports {@code model}, {@code scenario} and {@code result}.
 */
package badaboum.engine;
