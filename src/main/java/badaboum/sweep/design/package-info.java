/**
 * Experimental designs as pure functions: a list of {@link badaboum.sweep.design.Factor}s (opaque
 * dotted parameter paths with levels, steps or ranges) and a {@link badaboum.sweep.design.Design}
 * (grid, random, Latin hypercube, Sobol/Saltelli, Morris) expand into an ordered list of {@link
 * badaboum.sweep.design.DesignPoint}s, each tagged with what the sensitivity analysis needs later
 * ({@link badaboum.sweep.design.PointTag}); {@link badaboum.sweep.design.SobolOutputs} and {@link
 * badaboum.sweep.design.MorrisTrajectory} regroup run outputs by those tags.
 *
 * <p>Nothing here knows the scenario or the simulation: a factor path is just a name. Invalid input
 * is reported all at once as a {@link badaboum.sweep.design.DesignException} whose {@link
 * badaboum.sweep.design.DesignProblem}s name the factor, so the caller can add file positions.
 * Every random draw comes from a generator built from the seed the caller passes (never the clock),
 * and iteration is over lists and {@link java.util.LinkedHashMap}s, so the same inputs give the
 * same points bit for bit.
 *
 * <p>May import: the JDK and Apache Commons Math only.
 */
package badaboum.sweep.design;
