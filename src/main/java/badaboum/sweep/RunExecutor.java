package badaboum.sweep;

import badaboum.result.RunSink;
import java.util.Iterator;

/**
 * Runs a sweep's tasks and hands every outcome to a sink. Implementations: {@link LocalExecutor}
 * (threads on this machine); a distributed one can take its place, shipping {@link RunTask}s and
 * the plan's {@link SweepPlan#effectiveYaml() effective scenario} to workers.
 *
 * <p>Contract: every task yields exactly one outcome, a failure included (a run that throws becomes
 * a failed outcome and the others go on); {@code sink.accept} is called from one thread at a time;
 * tasks are taken in the iterator's order (run id order) and only a bounded window of them is in
 * flight, so the sink holds few (point, arm) cells open at once.
 */
public interface RunExecutor {

  /**
   * Runs every task and returns when all outcomes were accepted.
   *
   * @throws InterruptedException when the calling thread is interrupted; runs in flight are
   *     abandoned
   * @throws RuntimeException what the sink threw; the sweep stops there
   */
  void execute(SweepPlan plan, Iterator<RunTask> tasks, RunSink sink) throws InterruptedException;
}
