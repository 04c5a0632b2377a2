package badaboum.cli;

import badaboum.language.Messages;
import badaboum.results.ResultsFolder;
import badaboum.results.SweepSession;
import badaboum.results.SweepState;
import badaboum.scenario.Scenario;
import badaboum.sweep.RunExecutor;
import badaboum.sweep.RunFunction;
import badaboum.sweep.SweepPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
          + " (mean and 5/50/95th percentiles per point, arm and day), points.csv, timings.csv,"
          + " manifest.json and the scenario. A failed run is recorded and the others go on; the"
          + " command then exits 1. Ctrl-C stops it: resume it with --resume DIR."
    })
final class SweepCommand implements Callable<Integer>, ResultsCommand {
  /** Replicates per arm in a --preview: enough for a band and a first verdict, in seconds. */
  static final int PREVIEW_REPLICATIONS = 4;

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

  @Mixin ThreadsOption threads;

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

  @Mixin ResumeOptions resuming;

  @Option(names = "--traces", description = "also write each run's daily trace, traces/run-ID.csv")
  boolean traces;

  @Option(
      names = "--dry-run",
      description =
          "print the number of runs and estimates of the time (from one calibration run), of the"
              + " memory a run needs and of the output size, then exit")
  boolean dryRun;

  @Option(names = "--quiet", description = "no progress display")
  boolean quiet;

  @Mixin LanguageOption lang;

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

  private final RunFunction function;
  private final Boolean terminal;
  private final LongSupplier nanos;
  private Path folder;

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
  public Path resultsFolder() {
    return folder;
  }

  @Override
  public Integer call() throws InterruptedException {
    int threads = this.threads.count();
    RunExecutor executor = Engines.executor(engine, master, threads, function);
    SweepConsole console = console(executor, threads);
    Path existing = resuming.folder();
    if (existing != null) {
      resuming.requireNothingButTheFolder(
          !scenarioFiles.isEmpty() || replications != null || flags.any(), out != null || traces);
      return goOn(existing, resuming.retry(), console, executor, threads);
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
      return start(scenarioFiles.get(0), out, console, executor, threads);
    }
    return startEach(console, executor, threads);
  }

  /** Several scenarios (a workshop pack): one sweep and one report each, then the list. */
  private int startEach(SweepConsole console, RunExecutor executor, int threads)
      throws InterruptedException {
    int worst = ExitCodes.OK;
    List<String> done = new ArrayList<>();
    PrintWriter stdout = spec.commandLine().getOut();
    Messages m = lang.messages();
    for (Path file : scenarioFiles) {
      stdout.println("== " + file);
      stdout.flush();
      // with several scenarios, --out is the folder that holds one results folder each
      Path each = out == null ? null : out.resolve(ResultsFolderNames.stem(file));
      int code = start(file, each, console, executor, threads);
      worst = Math.max(worst, code);
      done.add(m.format(code == ExitCodes.OK ? "sweep.each.ok" : "sweep.each.failed", file));
    }
    stdout.println();
    stdout.println(m.text("sweep.each"));
    done.forEach(line -> stdout.println("  " + line));
    return worst;
  }

  private int start(
      Path scenarioFile, Path into, SweepConsole console, RunExecutor executor, int threads)
      throws InterruptedException {
    ScenarioInput input = new ScenarioInput();
    Map<String, Object> overrides = flags.overrides();
    Integer replicates =
        replications != null ? replications : preview ? PREVIEW_REPLICATIONS : null;
    if (replicates != null) {
      overrides.put("replications", replicates);
    }
    Scenario scenario = input.withFlags(input.load(scenarioFile), overrides);
    SweepPlan plan = SweepPlan.checked(scenario);
    if (dryRun) {
      return new DryRun(spec.commandLine().getOut(), function, lang.messages())
          .print(plan, SweepState.fresh(plan.layout()), threads, traces);
    }
    folder =
        into != null
            ? into
            : ResultsFolder.defaultFor(
                Path.of("results"),
                scenario.name(),
                preview ? "preview" : "sweep",
                LocalDateTime.now());
    try (SweepSession session = SweepSession.start(plan, folder, settings(threads, traces))) {
      console.started(session);
      return console.run(session, executor);
    }
  }

  private int goOn(
      Path existing, boolean retry, SweepConsole console, RunExecutor executor, int threads)
      throws InterruptedException {
    if (dryRun) {
      SweepSession.Inspection inspection = SweepSession.inspect(existing, retry);
      return new DryRun(spec.commandLine().getOut(), function, lang.messages())
          .print(inspection.plan(), inspection.state(), threads, inspection.manifest().traces());
    }
    folder = existing;
    try (SweepSession session = SweepSession.resume(existing, retry, settings(threads, false))) {
      console.resumed(session);
      return console.run(session, executor);
    }
  }

  private SweepSession.Settings settings(int threads, boolean traces) {
    return new SweepSession.Settings(
        threads,
        traces,
        CommandLines.asTyped(spec.commandLine().getParseResult().originalArgs()),
        VersionProvider.version(),
        BuildInfo.gitCommit());
  }

  private SweepConsole console(RunExecutor executor, int threads) {
    boolean console = terminal != null ? terminal : System.console() != null;
    Progress.Mode mode =
        quiet ? Progress.Mode.QUIET : console ? Progress.Mode.TERMINAL : Progress.Mode.LINES;
    return new SweepConsole(
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        mode,
        nanos,
        Engines.where(engine, executor, threads, lang.messages()),
        lang.messages());
  }
}
