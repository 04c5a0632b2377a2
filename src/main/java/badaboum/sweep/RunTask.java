package badaboum.sweep;

import java.io.Serializable;

/**
 * One run to do, small enough to ship to another machine: with a {@link SweepPlan} rebuilt there
 * from the effective scenario it is all a worker needs.
 *
 * @param runId dense id, see {@link badaboum.result.SweepLayout}
 * @param point index of the design point
 * @param arm the strategy run
 * @param replicate 0-based replicate
 * @param seed the run seed, from the master seed and the replicate only
 * @param recovery true when the run is already recorded and is run again only to recover its daily
 *     trace (after a crash); its outcome must not be recorded twice
 */
public record RunTask(long runId, int point, String arm, int replicate, long seed, boolean recovery)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
