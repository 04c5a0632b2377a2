package badaboum.result;

import java.util.List;

/**
 * The shape of a sweep and the one formula that numbers its runs: points × replicates × arms, run
 * ids dense from 0 in point-major order, {@code id = (point × replications + replicate) × arms +
 * armIndex}. So the arms of one replicate are adjacent (a paired comparison reads them side by
 * side) and the runs of one point are contiguous.
 *
 * <p>A <em>cell</em> is one (point, arm): the replicates that daily.csv aggregates together. Cells
 * are numbered {@code point × arms + armIndex}, the order in which daily.csv lists them.
 *
 * @param points the design's points (1 without a sweep section)
 * @param arms the strategies compared, in the scenario's order
 * @param replications replicates of every (point, arm)
 * @param variedPaths the dotted paths the design varies, in the scenario's order (empty without a
 *     sweep); one runs.csv column each
 */
public record SweepLayout(
    int points, List<String> arms, int replications, List<String> variedPaths) {

  /** Run ids index bit sets, so a sweep has fewer runs than this. */
  public static final long MAX_RUNS = Integer.MAX_VALUE - 8L;

  public SweepLayout {
    arms = List.copyOf(arms);
    variedPaths = List.copyOf(variedPaths);
    if (points < 1 || arms.isEmpty() || replications < 1) {
      throw new IllegalArgumentException(
          "a sweep needs at least one point, arm and replicate, got "
              + points
              + ", "
              + arms.size()
              + ", "
              + replications);
    }
    if ((long) points * arms.size() * replications > MAX_RUNS) {
      throw new IllegalArgumentException(
          points
              + " points × "
              + arms.size()
              + " arms × "
              + replications
              + " replications is more than "
              + MAX_RUNS
              + " runs");
    }
  }

  public long runCount() {
    return (long) points * arms.size() * replications;
  }

  public int cellCount() {
    return points * arms.size();
  }

  public long runId(int point, int replicate, int armIndex) {
    return ((long) point * replications + replicate) * arms.size() + armIndex;
  }

  public int point(long runId) {
    return (int) (runId / ((long) replications * arms.size()));
  }

  public int replicate(long runId) {
    return (int) ((runId / arms.size()) % replications);
  }

  public int armIndex(long runId) {
    return (int) (runId % arms.size());
  }

  public String arm(long runId) {
    return arms.get(armIndex(runId));
  }

  /** The (point, arm) cell a run belongs to. */
  public int cell(long runId) {
    return point(runId) * arms.size() + armIndex(runId);
  }

  public int cell(int point, int armIndex) {
    return point * arms.size() + armIndex;
  }

  public int cellPoint(int cell) {
    return cell / arms.size();
  }

  public int cellArmIndex(int cell) {
    return cell % arms.size();
  }

  /** The id of replicate {@code replicate} of a cell. */
  public long runIdInCell(int cell, int replicate) {
    return runId(cellPoint(cell), replicate, cellArmIndex(cell));
  }
}
