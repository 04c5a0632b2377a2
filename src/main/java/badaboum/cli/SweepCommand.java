package badaboum.cli;

import badaboum.analysis.Summary;
import badaboum.report.Manifest;
import badaboum.report.OutputEstimate;
import badaboum.report.Report;
import badaboum.report.ResultsException;
import badaboum.report.ResultsFolder;
import badaboum.report.SweepState;
import badaboum.report.SweepSummary;
import badaboum.report.SweepWriter;
import badaboum.result.RunOutcome;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.scenario.EffectiveYaml;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioException;
import badaboum.sweep.LocalExecutor;
import badaboum.sweep.RunExecutor;
import badaboum.sweep.RunFunction;
import badaboum.sweep.RunTask;
import badaboum.sweep.SweepPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badaboum sweep}: replications and parameter sweeps, in parallel, resumable. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every point of the scenario's sweep (one point without a sweep section) × every arm ×"
          + " every replicate, in parallel. A run's seed depends only on the master seed and the"
          + " replicate, so arms and points share common random numbers, and runs.csv is the same"
          + " bytes whatever the number of threads.",
      "Writes runs.csv (one row per run, appended as runs end: the resume journal), daily.csv"
          + " (mean and 5/50/95th percentiles per point, arm and day), timings.csv, manifest.json"
          + " and the scenario. A failed run is recorded and the others go on; the command then"
          + " exits 1."
    })
final class SweepCommand implements Callable<Integer> {
  static final String SCENARIO = "scenario.yaml";
  static final String EFFECTIVE = "scenario.effective.yaml";

  /** Replicates per arm in a --preview: enough for a band and a first verdict, in seconds. */
  static final int PREVIEW_REPLICATIONS = 4;

  /** Summary metrics printed per arm when a one-point sweep ends. */
  private static final List<SummaryMetric> SHOWN =
      List.of(
          SummaryMetric.PEAK_FANS,
          SummaryMetric.FINAL_FANS,
          SummaryMetric.FINAL_ACTIVE,
          SummaryMetric.M2M_TOTAL,
          SummaryMetric.CANCELLED);

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SCENARIO",
      arity = "0..*",
      description =
          "scenario files, e.g. scenarios/boum-vs-steady.yaml, or scenarios/workshop/h*.yaml for"
              + " the whole workshop pack, a results folder and a report each (not with --resume)")
  List<Path> scenarioFiles = new ArrayList<>();

  @Option(
      names = "--preview",
      description =
          "a quick look for the room: "
              + PREVIEW_REPLICATIONS
              + " replications (unless --replications says otherwise) of the scenario, by default"
              + " the 20,000-person flagship, and the report's path within seconds")
  boolean preview;

  @Option(
      names = {"-j", "--threads"},
      paramLabel = "THREADS",
      description = "runs at once (default: the number of cores)")
  Integer threads;

  @Option(
      names = "--replications",
      paramLabel = "N",
      description = "replicates per point and arm (default: the scenario's)")
  Integer replications;

  @Mixin ScenarioFlags flags;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "results folder, new or empty (default: results/<scenario>/<timestamp>-sweep/); with"
              + " several scenarios, the folder that holds one results folder each")
  Path out;

  @Option(
      names = "--resume",
      paramLabel = "DIR",
      description = "go on with the sweep in DIR after a crash or kill: runs only the missing runs")
  Path resume;

  @Option(
      names = "--retry-failed",
      paramLabel = "DIR",
      description = "run again the runs of DIR that failed (and any missing ones)")
  Path retryFailed;

  @Option(names = "--traces", description = "also write each run's daily trace, traces/run-ID.csv")
  boolean traces;

  @Option(
      names = "--dry-run",
      description =
          "print the number of runs and estimates of the time (from one calibration run) and of"
              + " the output size, then exit")
  boolean dryRun;

  @Option(names = "--quiet", description = "no progress display")
  boolean quiet;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "${badaboum.engine:-local}",
      description =
          "local: this machine's threads (the default); spark: Apache Spark, on a cluster or in"
              + " its local mode (a build with mvn -Pspark package; README: Sweeps on Spark)")
  String engine;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "with --engine spark: the Spark master, e.g. local[4], spark://host:7077, yarn,"
              + " k8s://https://host:443 (default: spark-submit's, else local[THREADS])")
  String master;

  /** The engine's executor, chosen before anything is written. */
  private RunExecutor executor;

  private final RunFunction function;
  private final Boolean terminal;
  private final LongSupplier nanos;

  SweepCommand() {
    this(RunFunction.SIMULATION, null, System::nanoTime);
  }

  /**
   * For tests: the function each run calls, whether stderr counts as a terminal (null: ask {@link
   * System#console()}), and the clock of the progress display.
   */
  SweepCommand(RunFunction function, Boolean terminal, LongSupplier nanos) {
    this.function = function;
    this.terminal = terminal;
    this.nanos = nanos;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    int threads = threads();
    executor = Engines.executor(engine, master, threads, function);
    Path folder = resume != null ? resume : retryFailed;
    if (resume != null && retryFailed != null) {
      throw new UsageProblem("give --resume DIR or --retry-failed DIR, not both");
    }
    if (folder != null) {
      if (!scenarioFiles.isEmpty() || replications != null || flags.any()) {
        throw new UsageProblem(
            (resume != null ? "--resume" : "--retry-failed")
                + " goes on with the sweep in the folder: its scenario, replications, seed and days"
                + " are the folder's; give no SCENARIO, --replications, --seed or --days");
      }
      if (out != null || traces) {
        throw new UsageProblem("--out and --traces are the folder's when resuming; drop them");
      }
      return goOn(folder, retryFailed != null, threads);
    }
    if (preview && scenarioFiles.isEmpty()) {
      scenarioFiles.add(BundledScenarios.folder().resolve("boum-vs-steady.yaml"));
    }
    if (scenarioFiles.isEmpty()) {
      throw new UsageProblem(
          "give a SCENARIO file to sweep, or --resume DIR; e.g. badaboum sweep"
              + " scenarios/boum-vs-steady.yaml");
    }
    if (scenarioFiles.size() == 1) {
      return start(threads, scenarioFiles.get(0));
    }
    return startEach(threads);
  }

  /** Several scenarios (a workshop pack): one sweep and one report each, then the list. */
  private int startEach(int threads) throws IOException, InterruptedException {
    int worst = ExitCodes.OK;
    List<String> done = new ArrayList<>();
    PrintWriter stdout = spec.commandLine().getOut();
    Path parent = out;
    for (Path file : scenarioFiles) {
      stdout.println("== " + file);
      stdout.flush();
      // with several scenarios, --out is the folder that holds one results folder each
      out = parent == null ? null : parent.resolve(ResultsFolderNames.stem(file));
      int code = start(threads, file);
      worst = Math.max(worst, code);
      done.add((code == ExitCodes.OK ? "ok      " : "FAILED  ") + file);
    }
    stdout.println();
    stdout.println("scenarios swept (each results folder holds its report.html):");
    done.forEach(line -> stdout.println("  " + line));
    return worst;
  }

  private int threads() {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new UsageProblem("-j must be at least 1, got " + n);
    }
    return n;
  }

  private int start(int threads, Path scenarioFile) throws IOException, InterruptedException {
    ScenarioInput input = new ScenarioInput();
    Scenario scenario = input.load(scenarioFile);
    if (preview && replications == null) {
      replications = PREVIEW_REPLICATIONS;
    }
    Map<String, Object> overrides = flags.overrides();
    if (replications != null) {
      overrides.put("replications", replications);
    }
    scenario = input.withFlags(scenario, overrides);
    SweepPlan plan = SweepPlan.checked(scenario);
    requireResumable(plan);
    SweepState state = SweepState.fresh(plan.layout());
    if (dryRun) {
      return dryRun(plan, state, threads, traces);
    }
    Path folder =
        ResultsFolder.create(
            out != null
                ? out
                : ResultsFolder.defaultFor(
                    Path.of("results"),
                    scenario.name(),
                    preview ? "preview" : "sweep",
                    LocalDateTime.now()));
    SweepLock lock = SweepLock.acquire(folder);
    try {
      return start(scenario, plan, folder, threads);
    } finally {
      lock.close();
    }
  }

  private int start(Scenario scenario, SweepPlan plan, Path folder, int threads)
      throws IOException, InterruptedException {
    Files.writeString(folder.resolve(SCENARIO), scenario.source().text());
    Files.writeString(folder.resolve(EFFECTIVE), EffectiveYaml.write(plan.base()));
    SweepWriter writer = SweepWriter.create(folder, plan.layout(), traces);
    SweepLayout layout = plan.layout();
    Manifest manifest =
        Manifest.create(
            new Manifest.Sweep(
                VersionProvider.version(),
                BuildInfo.gitCommit(),
                scenario.name(),
                scenario.source().label(),
                scenario.seed(),
                plan.design(),
                layout.points(),
                layout.variedPaths(),
                layout.arms(),
                layout.replications(),
                scenario.days(),
                layout.runCount(),
                traces),
            Instant.now());
    manifest.beginSession("sweep", threads, Instant.now(), commandLine());
    manifest.write(folder);
    if (!quiet) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          Locale.ROOT,
          "sweep %s: %s on %s, into %s%n",
          scenario.name(),
          shape(plan),
          Engines.where(engine, executor, threads),
          folder);
      err.flush();
    }
    return execute(plan, folder, manifest, writer, SweepState.fresh(layout), threads);
  }

  /**
   * A sweep is resumed and replayed from its scenario.effective.yaml: check now, before any run,
   * that it loads back into the same plan.
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

  private int goOn(Path folder, boolean retry, int threads)
      throws IOException, InterruptedException {
    Manifest.read(folder); // is it a sweep's folder at all?
    SweepLock lock = SweepLock.acquire(folder);
    try {
      return goOnLocked(folder, retry, threads);
    } finally {
      lock.close();
    }
  }

  private int goOnLocked(Path folder, boolean retry, int threads)
      throws IOException, InterruptedException {
    Manifest manifest = Manifest.read(folder);
    Scenario scenario = new ScenarioInput().load(folder.resolve(EFFECTIVE));
    SweepPlan plan = SweepPlan.of(scenario);
    if (manifest.runs() != plan.runCount()) {
      throw new ResultsException(
          folder
              + ": manifest.json counts "
              + manifest.runs()
              + " runs but "
              + EFFECTIVE
              + " makes "
              + plan.runCount()
              + "; the folder was changed by hand and cannot be resumed");
    }
    SweepState state = SweepState.read(folder, plan.layout(), retry, manifest.finished());
    if (dryRun) {
      return dryRun(plan, state, threads, manifest.traces());
    }
    manifest.beginSession(retry ? "retry-failed" : "resume", threads, Instant.now(), commandLine());
    manifest.write(folder);
    SweepWriter writer = SweepWriter.resume(folder, state, manifest.traces());
    if (!quiet) {
      PrintWriter err = spec.commandLine().getErr();
      if (state.discardedHalfLine()) {
        err.println("runs.csv ended with a half-written row (the sweep was killed): discarded");
      }
      err.printf(
          Locale.ROOT,
          "%s %s: %,d of %,d runs recorded (%,d ok, %,d failed); running %,d%s on %s%n",
          retry ? "retrying" : "resuming",
          folder,
          state.okCount() + state.failedCount(),
          plan.runCount(),
          state.okCount(),
          state.failedCount(),
          state.toRun().cardinality(),
          state.toRecover().isEmpty()
              ? ""
              : String.format(
                  Locale.ROOT,
                  ", and %,d again to recover the daily traces of unfinished cells",
                  state.toRecover().cardinality()),
          Engines.where(engine, executor, threads));
      err.flush();
    }
    return execute(plan, folder, manifest, writer, state, threads);
  }

  private int execute(
      SweepPlan plan,
      Path folder,
      Manifest manifest,
      SweepWriter writer,
      SweepState state,
      int threads)
      throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long pending = state.toRun().cardinality();
    Progress progress = new Progress(err, progressMode(), pending, nanos);
    try {
      executor.execute(
          plan, plan.tasks(state.toRun(), state.toRecover()), writer.andThen(progress));
      writer.finish();
    } catch (RuntimeException | InterruptedException | Error e) {
      progress.finish();
      try {
        writer.close();
      } finally {
        manifest.endSession(
            Instant.now(),
            Manifest.INTERRUPTED,
            writer.okCount(),
            writer.failedCount(),
            writer.missingCount(),
            writer.recorded(),
            writer.recovered());
        manifest.write(folder);
        err.println(
            "badaboum: the sweep stopped; the runs done are kept. Go on with: badaboum sweep"
                + " --resume "
                + folder
                + " (or see what they say with: badaboum report "
                + folder
                + ")");
      }
      throw e;
    }
    progress.finish();
    double seconds = progress.seconds();
    long failed = writer.failedCount();
    manifest.endSession(
        Instant.now(),
        failed > 0 ? Manifest.COMPLETE_WITH_FAILURES : Manifest.COMPLETE,
        writer.okCount(),
        failed,
        writer.missingCount(),
        writer.recorded(),
        writer.recovered());
    manifest.write(folder);

    out.printf(
        Locale.ROOT,
        "%s: %,d ok, %,d failed; this session ran %,d in %.1f s (%.1f runs/s on %s)%n",
        shape(plan),
        writer.okCount(),
        failed,
        writer.recorded(),
        seconds,
        seconds > 0 ? writer.recorded() / seconds : 0.0,
        Engines.where(engine, executor, threads));
    if (plan.layout().points() == 1) {
      out.println();
      out.print(table(folder, plan.layout()));
      out.println("mean (5th to 95th percentile) over each arm's ok runs");
    }
    boolean reported = report(folder, plan, out, err);
    if (failed > 0) {
      err.printf(
          Locale.ROOT,
          "%,d of %,d runs failed; runs.csv has their error and seed (status=failed)."
              + " Run just those again with: badaboum sweep --retry-failed %s%n",
          failed,
          plan.runCount(),
          folder);
      return ExitCodes.FAILURE;
    }
    return ExitCodes.OK;
  }

  /**
   * Writes the analysis and report.html, prints the verdict, the folder and, last, the report's
   * path. A report that cannot be written does not undo the sweep: it says how to try again.
   */
  private static boolean report(Path folder, SweepPlan plan, PrintWriter out, PrintWriter err) {
    Report.Written written = null;
    try {
      written = ReportCommand.write(folder, plan.design(), err);
    } catch (RuntimeException e) {
      err.println(
          "badaboum: the report could not be written ("
              + e.getMessage()
              + "); the results are kept. Try again with: badaboum report "
              + folder);
    }
    if (written != null && !written.verdict().isEmpty()) {
      out.println();
      written.verdict().forEach(sentence -> out.println("  " + sentence));
    }
    out.println();
    out.println("results: " + folder);
    if (written != null) {
      out.println("report:  " + folder.resolve(Report.HTML));
    }
    out.flush();
    err.flush();
    return written != null;
  }

  /** The command line as typed, for the manifest (arguments with spaces quoted). */
  private String commandLine() {
    List<String> words = new ArrayList<>(List.of("badaboum"));
    for (String arg : spec.commandLine().getParseResult().originalArgs()) {
      words.add(
          arg.matches("[A-Za-z0-9_./:=@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
    }
    return String.join(" ", words);
  }

  private Progress.Mode progressMode() {
    if (quiet) {
      return Progress.Mode.QUIET;
    }
    boolean console = terminal != null ? terminal : System.console() != null;
    return console ? Progress.Mode.TERMINAL : Progress.Mode.LINES;
  }

  private int dryRun(SweepPlan plan, SweepState state, int threads, boolean traces)
      throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    BitSet pending = (BitSet) state.toRun().clone();
    pending.or(state.toRecover());
    long runs = pending.cardinality();
    out.printf(Locale.ROOT, "%s%n", shape(plan));
    if (runs == 0) {
      out.println("nothing left to run");
      return ExitCodes.OK;
    }
    if (runs < plan.runCount()) {
      out.printf(
          Locale.ROOT,
          "left to run: %,d (%,d to record, %,d again to recover daily traces)%n",
          runs,
          state.toRun().cardinality(),
          state.toRecover().cardinality());
    }
    RunTask first = plan.task(pending.nextSetBit(0), false);
    List<RunOutcome> calibration = new ArrayList<>();
    new LocalExecutor(1, function).execute(plan, List.of(first).iterator(), calibration::add);
    RunOutcome sample = calibration.get(0);
    if (!sample.ok()) {
      out.printf(Locale.ROOT, "the calibration run %d failed: %s%n", first.runId(), sample.error());
      return ExitCodes.FAILURE;
    }
    double perRun = Math.max(sample.elapsedMillis(), 1) / 1000.0;
    int cells = state.dirtyCellCount();
    OutputEstimate size = OutputEstimate.of(plan.layout(), runs, cells, sample, traces);
    out.printf(
        Locale.ROOT,
        "calibration: run %d (point %d, %s, replicate %d) took %.3f s; a JVM's first run is the"
            + " slowest, so the estimates err high%n",
        first.runId(),
        first.point(),
        first.arm(),
        first.replicate(),
        perRun);
    out.printf(
        Locale.ROOT,
        "estimated time: about %s on %d %s (runs × time per run ÷ threads; an estimate)%n",
        Progress.duration(runs * perRun / threads),
        threads,
        threads == 1 ? "thread" : "threads");
    out.printf(
        Locale.ROOT,
        "estimated output: about %s (runs.csv %s, daily.csv %s, timings.csv %s%s)%n",
        bytes(size.total()),
        bytes(size.runsBytes()),
        bytes(size.dailyBytes()),
        bytes(size.timingsBytes()),
        traces ? ", traces " + bytes(size.tracesBytes()) : "");
    out.println("dry run: nothing written");
    return ExitCodes.OK;
  }

  private static String shape(SweepPlan plan) {
    SweepLayout l = plan.layout();
    return String.format(
        Locale.ROOT,
        "%,d runs (%s%,d %s × %d %s × %,d %s)",
        l.runCount(),
        plan.design().equals("none") ? "" : plan.design() + ": ",
        l.points(),
        l.points() == 1 ? "point" : "points",
        l.arms().size(),
        l.arms().size() == 1 ? "arm" : "arms",
        l.replications(),
        l.replications() == 1 ? "replication" : "replications");
  }

  static String bytes(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
    if (bytes >= 1L << 10) {
      return String.format(Locale.ROOT, "%.0f kB", bytes / (double) (1L << 10));
    }
    return bytes + " bytes";
  }

  private static String table(Path folder, SweepLayout layout) {
    List<String> header = new ArrayList<>(List.of("arm", "runs"));
    header.addAll(
        List.of("peak fans", "final fans", "final active", "member-to-member", "cancelled"));
    TextTable table = new TextTable(header.toArray(String[]::new));
    for (SweepSummary.Arm arm : SweepSummary.ofPoint(folder, layout, 0, SHOWN)) {
      List<String> cells = new ArrayList<>(List.of(arm.arm(), Format.count(arm.runs())));
      for (int m = 0; m < SHOWN.size(); m++) {
        Summary s = arm.metrics().get(m);
        if (s == null) {
          cells.add("-");
        } else if (SHOWN.get(m) == SummaryMetric.CANCELLED) {
          cells.add(String.format(Locale.ROOT, "%.0f%%", 100 * s.mean()));
        } else {
          cells.add(
              Format.count(s.mean())
                  + " ("
                  + Format.count(s.p5())
                  + " to "
                  + Format.count(s.p95())
                  + ")");
        }
      }
      table.add(cells.toArray(String[]::new));
    }
    return table.toString();
  }
}
