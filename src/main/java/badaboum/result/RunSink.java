package badaboum.result;

/**
 * Where a sweep's executor hands each run as it ends. Executors call {@link #accept} from one
 * thread at a time, in completion order (not run id order), so a sink need not be thread-safe; a
 * sink that throws stops the sweep.
 */
@FunctionalInterface
public interface RunSink {

  void accept(RunOutcome outcome);

  /** This sink, then {@code next}. */
  default RunSink andThen(RunSink next) {
    return outcome -> {
      accept(outcome);
      next.accept(outcome);
    };
  }
}
