package badaboum.result;

import java.util.List;

/**
 * What one run (scenario point, arm, replicate) produced: one trace and one summary per brand, and
 * the members' final states when asked for.
 */
public record RunResult(
    String arm,
    int replicate,
    long seed,
    List<BrandTrace> traces,
    List<RunSummary> summaries,
    List<MemberTable> members) {

  public RunResult {
    traces = List.copyOf(traces);
    summaries = List.copyOf(summaries);
    members = List.copyOf(members);
  }

  /** The focal brand: the first, the one playing the arm's strategy. */
  public RunSummary focal() {
    return summaries.get(0);
  }
}
