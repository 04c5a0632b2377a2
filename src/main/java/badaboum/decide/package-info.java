/**
 * The strategist's questions, answered by simulation on common random numbers: {@code calibrate}
 * (fit scenario keys to a page's daily history, with an interval for each), {@code optimise} (the
 * best plan under a budget) and {@code discover} (the conditions under which an outcome happens, by
 * PRIM over a sweep's results).
 *
 * <p>Runs simulations through {@code engine} ({@code RunSpec} to {@code RunResult}), builds
 * scenario points with {@code scenario}'s loader, reads sweep folders through {@code results},
 * writes its own files, and draws its pages with {@code report}. Optimisers come from Commons Math.
 * Nothing here reads the clock: the same inputs give the same files.
 */
package badaboum.decide;
