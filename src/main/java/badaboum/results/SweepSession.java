package badaboum.results;

import badaboum.engine.MemoryEstimate;
import badaboum.result.RunSink;
import badaboum.scenario.EffectiveYaml;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioException;
import badaboum.sweep.ExecutorException;
import badaboum.sweep.RunExecutor;
import badaboum.sweep.SweepPlan;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One session of work on a sweep's results folder: a new sweep ({@link #start}), or going on with
 * one ({@link #resume}, also for {@code --retry-failed}). It holds the folder's lock from the time
 * it is made until {@link #close}, writes the manifest as it begins and ends, and runs the sweep
 * ({@link #run}) through any {@link RunExecutor}. When a session stops before its end, whatever the
 * cause, the manifest says {@code interrupted}, no file written aside is left, and it throws a
 * {@link SweepStopped} whose message says what failed and the command to go on.
 */
public final class SweepSession implements AutoCloseable {
  /**
   * What the command line tells a session.
   *
   * @param commandLine the command as typed, for the manifest and the report
   */
  public record Settings(
      int threads, boolean traces, String commandLine, String version, String gitCommit) {}

  /** What a finished session did. */
  public record Outcome(Manifest.Counts counts, Manifest.Work work) {}

  private final Path folder;
  private final SweepPlan plan;
  private final Manifest manifest;
  private final SweepState state;
  private final Manifest.SessionKind kind;
  private final SweepLock lock;
  private final boolean rebuiltManifest;

  private SweepSession(
      Path folder,
      SweepPlan plan,
      Manifest manifest,
      SweepState state,
      Manifest.SessionKind kind,
      SweepLock lock,
      boolean rebuiltManifest) {
    this.rebuiltManifest = rebuiltManifest;
    this.folder = folder;
    this.plan = plan;
    this.manifest = manifest;
    this.state = state;
    this.kind = kind;
    this.lock = lock;
  }

  /**
   * A new sweep of {@code plan} into {@code folder}, which must be new or empty: the folder appears
   * with its scenario files, points.csv, empty journals and its manifest, all at once.
   */
  public static SweepSession start(SweepPlan plan, Path folder, Settings settings) {
    requireResumable(plan);
    Scenario scenario = plan.base();
    String given = scenario.source().text();
    String effective = EffectiveYaml.write(scenario);
    Manifest manifest =
        Manifest.create(
            new Manifest.Sweep(
                settings.version(),
                settings.gitCommit(),
                scenario.name(),
                scenario.source().label(),
                scenario.seed(),
                plan.design(),
                plan.layout().points(),
                plan.layout().variedPaths(),
                plan.layout().arms(),
                plan.layout().replications(),
                scenario.days(),
                plan.runCount(),
                settings.traces()),
            Inputs.of(given, effective, scenario),
            Instant.now());
    manifest.beginSession(
        Manifest.SessionKind.SWEEP, settings.threads(), Instant.now(), settings.commandLine());
    ResultsFolder.createWhole(
        folder,
        staging -> {
          Files.writeString(ResultsFile.SCENARIO.in(staging), given);
          Files.writeString(ResultsFile.EFFECTIVE.in(staging), effective);
          PointsCsv.write(staging, plan);
          SweepWriter.createFiles(staging, plan.layout(), BrandColumns.of(scenario));
          manifest.write(staging); // last: with it, the sweep has begun
        });
    SweepLock lock = SweepLock.acquire(folder);
    return new SweepSession(
        folder,
        plan,
        manifest,
        SweepState.fresh(plan.layout()),
        Manifest.SessionKind.SWEEP,
        lock,
        false);
  }

  /**
   * Goes on with the sweep in {@code folder}: runs only what is missing, and with {@code retry} the
   * failed runs again too. Refuses when an input changed since the sweep started.
   */
  public static SweepSession resume(Path folder, boolean retry, Settings settings) {
    Manifest.SessionKind kind =
        retry ? Manifest.SessionKind.RETRY_FAILED : Manifest.SessionKind.RESUME;
    requireStarted(folder, kind);
    SweepLock lock = SweepLock.acquire(folder);
    try {
      boolean rebuilt = !Files.exists(ResultsFile.MANIFEST.in(folder));
      Manifest manifest = rebuilt ? RebuiltManifest.of(folder, settings) : Manifest.read(folder);
      Inputs.requireUnchanged(folder, manifest, retry ? "retry" : "resume");
      SweepPlan plan = plan(folder, manifest);
      SweepState state = SweepState.read(folder, plan.layout(), retry, manifest.finished());
      manifest.beginSession(kind, settings.threads(), Instant.now(), settings.commandLine());
      manifest.write(folder);
      return new SweepSession(folder, plan, manifest, state, kind, lock, rebuilt);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * What resuming would do, read without taking the folder ({@code --dry-run}).
   *
   * @return the plan and the state, as {@link #resume} would find them
   */
  public static Inspection inspect(Path folder, boolean retry) {
    requireStarted(folder, retry ? Manifest.SessionKind.RETRY_FAILED : Manifest.SessionKind.RESUME);
    Manifest manifest = Manifest.read(folder);
    Inputs.requireUnchanged(folder, manifest, retry ? "retry" : "resume");
    SweepPlan plan = plan(folder, manifest);
    return new Inspection(
        plan, SweepState.read(folder, plan.layout(), retry, manifest.finished()), manifest);
  }

  /** A folder's sweep, read but not taken. */
  public record Inspection(SweepPlan plan, SweepState state, Manifest manifest) {}

  /** A folder that a sweep never began in (killed while it was set up, by an older badaboum). */
  private static void requireStarted(Path folder, Manifest.SessionKind kind) {
    if (!Files.isDirectory(folder)) {
      throw new ResultsException(folder + " is not a folder; give a sweep's results folder");
    }
    if (ResultsFolder.neverBegan(folder)) {
      throw new ResultsException(
          folder
              + " holds a sweep that was stopped before its first run: nothing was recorded, so"
              + " nothing is lost. Start it again into the same folder with: badaboum sweep"
              + " SCENARIO --out "
              + folder
              + " (the folder is reused)");
    }
    if (!Files.exists(ResultsFile.MANIFEST.in(folder))
        && !Files.exists(ResultsFile.EFFECTIVE.in(folder))) {
      throw new ResultsException(
          folder
              + " is not a sweep's results folder: it has neither "
              + ResultsFile.MANIFEST
              + " nor "
              + ResultsFile.EFFECTIVE
              + "; check the path ("
              + kind.label()
              + " takes the folder a sweep wrote)");
    }
  }

  /** The sweep's plan, rebuilt from the folder's effective scenario and checked against it. */
  private static SweepPlan plan(Path folder, Manifest manifest) {
    Path effective = ResultsFile.EFFECTIVE.in(folder);
    SweepPlan plan;
    try {
      plan = SweepPlan.fromEffectiveYaml(Files.readString(effective));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException("cannot read " + effective, e);
    } catch (ScenarioException e) {
      throw new ResultsException(
          effective
              + " no longer loads ("
              + e.problems().get(0)
              + "); was it edited, or written by another version of badaboum?");
    }
    if (manifest.runs() != plan.runCount() || !manifest.layout().equals(plan.layout())) {
      throw new ResultsException(
          folder
              + ": "
              + ResultsFile.MANIFEST
              + " describes "
              + manifest.layout()
              + " but "
              + ResultsFile.EFFECTIVE
              + " makes "
              + plan.layout()
              + "; the folder was changed by hand and cannot be resumed");
    }
    return plan;
  }

  /**
   * A sweep is resumed and replayed from its scenario.effective.yaml: check, before anything is
   * written, that it loads back into the same plan.
   */
  private static void requireResumable(SweepPlan plan) {
    try {
      SweepPlan again = SweepPlan.fromEffectiveYaml(plan.effectiveYaml());
      if (!again.layout().equals(plan.layout())) {
        throw new IllegalStateException(
            "the effective scenario loads back as " + again.layout() + ", not " + plan.layout());
      }
    } catch (ScenarioException e) {
      throw new IllegalStateException(
          "this scenario's effective YAML does not load back, so its sweep could be neither"
              + " resumed nor replayed; nothing was run:\n"
              + e.getMessage(),
          e);
    }
  }

  public Path folder() {
    return folder;
  }

  public SweepPlan plan() {
    return plan;
  }

  public SweepState state() {
    return state;
  }

  public Manifest.SessionKind kind() {
    return kind;
  }

  /**
   * Whether manifest.json was missing and was rebuilt from scenario.effective.yaml and runs.csv
   * (its input checksums are then those of the files as they are now).
   */
  public boolean rebuiltManifest() {
    return rebuiltManifest;
  }

  /**
   * Runs what the session has to run, hands each outcome to the folder's writer and then to {@code
   * observer} (progress), and ends the session in the manifest.
   *
   * @throws SweepStopped when the sweep stops before its end, whatever the cause: the message says
   *     what failed, that the runs recorded are safe, and the command to go on
   */
  public Outcome run(RunExecutor executor, RunSink observer) {
    SweepWriter writer = null;
    try {
      BrandColumns columns = BrandColumns.of(plan.base());
      writer =
          kind == Manifest.SessionKind.SWEEP
              ? SweepWriter.create(folder, state, manifest.traces(), columns)
              : SweepWriter.resume(folder, state, manifest.traces(), columns);
      executor.execute(
          plan, plan.tasks(state.toRun(), state.toRecover()), writer.andThen(observer));
      writer.finish();
    } catch (Throwable e) { // whatever stops a sweep, the manifest must say so and nothing is lost
      throw stopped(writer, e);
    }
    Manifest.Counts counts =
        new Manifest.Counts(state.okCount(), state.failedCount(), state.missingCount());
    Manifest.Work work = new Manifest.Work(writer.recorded(), writer.recovered());
    manifest.endSession(
        Instant.now(),
        counts.failed() > 0 ? Manifest.Status.COMPLETE_WITH_FAILURES : Manifest.Status.COMPLETE,
        counts,
        work);
    manifest.write(folder);
    return new Outcome(counts, work);
  }

  /** Closes the files, marks the manifest interrupted, and says what happened. */
  private SweepStopped stopped(SweepWriter writer, Throwable cause) {
    Thread.interrupted(); // clean up even after Ctrl-C interrupted this thread
    if (writer != null) {
      writer.abandon();
    }
    long recorded = state.okCount() + state.failedCount();
    try {
      manifest.endSession(
          Instant.now(),
          Manifest.Status.INTERRUPTED,
          new Manifest.Counts(state.okCount(), state.failedCount(), state.missingCount()),
          new Manifest.Work(
              writer == null ? 0 : writer.recorded(), writer == null ? 0 : writer.recovered()));
      manifest.writeAfterFailure(folder);
    } catch (RuntimeException e) {
      cause.addSuppressed(e); // the manifest still says running: resume takes that too
    }
    Faults.Kind fault = Faults.kind(cause);
    boolean unexpected =
        fault == Faults.Kind.OTHER
            && !(cause instanceof ResultsException)
            && !(cause instanceof ExecutorException);
    String what =
        fault != Faults.Kind.INTERRUPTED
                && (cause instanceof ResultsException || cause instanceof ExecutorException)
            ? cause.getMessage()
            : Faults.what(cause);
    String fix =
        switch (fault) {
          case DISK_FULL -> "Free some space, then go on with: ";
          case READ_ONLY -> "Make the folder writable, then go on with: ";
          case OUT_OF_MEMORY -> memoryAdvice();
          case INTERRUPTED -> "Go on with: ";
          default -> unexpected ? "Go on with: " : "When that is fixed, go on with: ";
        };
    String command =
        (fault == Faults.Kind.OUT_OF_MEMORY
                ? "BADABOUM_JAVA_OPTS=" + estimate().heapFor(threads()) + " "
                : "")
            + "badaboum sweep "
            + (kind == Manifest.SessionKind.RETRY_FAILED ? "--retry-failed " : "--resume ")
            + folder;
    String message =
        String.format(
            Locale.ROOT,
            "the sweep stopped: %s%s. The %,d runs recorded so far are safe in %s. %s%s",
            what,
            unexpected
                ? " (unexpected: the details are in " + ResultsFile.LOG.in(folder) + ")"
                : "",
            recorded,
            folder,
            fix,
            command);
    return new SweepStopped(message, folder, cause, unexpected);
  }

  private String memoryAdvice() {
    MemoryEstimate estimate = estimate();
    return String.format(
        Locale.ROOT,
        "A run of this scenario needs about %s at its peak, and %d at once about %s; Java's heap"
            + " here is %s. Give Java more memory (or use fewer threads, -j), then go on with: ",
        MemoryEstimate.format(estimate.peakBytes()),
        threads(),
        MemoryEstimate.format(estimate.peakBytes(threads())),
        MemoryEstimate.format(Runtime.getRuntime().maxMemory()));
  }

  private MemoryEstimate estimate() {
    return MemoryEstimate.of(plan.base());
  }

  private int threads() {
    List<Manifest.Session> sessions = manifest.sessions();
    return Math.max(1, sessions.get(sessions.size() - 1).threads());
  }

  /** Releases the folder for another session. */
  @Override
  public void close() {
    lock.close();
  }
}
