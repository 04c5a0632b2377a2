package badaboum.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one run of a sweep ended: what it was (ids, point values, arm, replicate, seed), whether it
 * worked, and its result.
 *
 * @param runId see {@link SweepLayout}
 * @param pointValues the varied parameters of its point, path to value (Long, Double, String or
 *     Boolean) in the scenario's order; empty without a sweep
 * @param status {@link RunStatus#OK} with a result, or {@link RunStatus#FAILED} with an error
 * @param error one line: what was thrown, its message and where; null when ok
 * @param result the run's traces and summaries; null when it failed
 * @param elapsedMillis wall-clock time of the run (not deterministic: never in runs.csv)
 * @param recovery true when runs.csv already holds this run: it was run again only to recover its
 *     daily trace for a cell that a crash left incomplete, and must not be recorded twice
 */
public record RunOutcome(
    long runId,
    int point,
    Map<String, Object> pointValues,
    String arm,
    int replicate,
    long seed,
    RunStatus status,
    String error,
    RunResult result,
    long elapsedMillis,
    boolean recovery) {

  public RunOutcome {
    Objects.requireNonNull(arm, "arm");
    Objects.requireNonNull(status, "status");
    pointValues = Collections.unmodifiableMap(new LinkedHashMap<>(pointValues));
    if ((status == RunStatus.OK) != (result != null)
        || (status == RunStatus.OK) == (error != null)) {
      throw new IllegalArgumentException(
          "an ok run has a result and no error; a failed one the reverse");
    }
  }

  public boolean ok() {
    return status == RunStatus.OK;
  }
}
