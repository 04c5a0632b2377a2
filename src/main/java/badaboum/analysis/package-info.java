/**
 * Statistics over simulation outputs: summaries with confidence intervals, paired comparisons of
 * two arms run on common seeds, Kaplan–Meier survival, Sobol and Morris sensitivity indices, and
 * streaming per-day aggregation across replicates with bounded memory.
 *
 * <p>Owns only arithmetic on {@code double[]} inputs and immutable result records. It imports the
 * JDK and Apache Commons Math 3 and nothing else: no simulation class, no file I/O (the {@code
 * sweep} and {@code report} packages adapt their records to these inputs and write the results).
 *
 * <p>Every random draw (the bootstraps) takes an explicit seed and a Commons Math generator built
 * from it, never a self-seeded default, and every sum runs in a fixed order, so a result is
 * bit-for-bit the same for the same inputs and seed, whatever the thread that computes it.
 *
 * <p>Percentiles everywhere follow one definition, {@link badaboum.analysis.Percentiles} (linear
 * interpolation between order statistics, Hyndman–Fan / R type 7). Confidence intervals are 95%.
 */
package badaboum.analysis;
