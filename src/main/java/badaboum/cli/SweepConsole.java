package badaboum.cli;

import badaboum.analysis.Summary;
import badaboum.report.Report;
import badaboum.report.SweepSummary;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.Faults;
import badaboum.results.ResultsException;
import badaboum.results.ResultsFile;
import badaboum.results.SweepSession;
import badaboum.results.SweepState;
import badaboum.sweep.RunExecutor;
import badaboum.sweep.SweepPlan;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What a sweep session says to the person who started it, and the order of its steps: the opening
 * line, progress, the runs, the summary, the table of a one-point sweep, the report and its
 * verdict, and what to do about failures.
 */
final class SweepConsole {
  /** Summary metrics printed per arm when a one-point sweep ends. */
  private static final List<SummaryMetric> SHOWN =
      List.of(
          SummaryMetric.PEAK_FANS,
          SummaryMetric.FINAL_FANS,
          SummaryMetric.FINAL_ACTIVE,
          SummaryMetric.M2M_TOTAL,
          SummaryMetric.CANCELLED);

  private final PrintWriter out;
  private final PrintWriter err;
  private final Progress.Mode mode;
  private final LongSupplier nanos;
  private final String where;

  SweepConsole(
      PrintWriter out, PrintWriter err, Progress.Mode mode, LongSupplier nanos, String where) {
    this.out = out;
    this.err = err;
    this.mode = mode;
    this.nanos = nanos;
    this.where = where;
  }

  void started(SweepSession session) {
    if (mode != Progress.Mode.QUIET) {
      err.printf(
          Locale.ROOT,
          "sweep %s: %s on %s, into %s%n",
          session.plan().base().name(),
          shape(session.plan()),
          where,
          session.folder());
      err.flush();
    }
  }

  void resumed(SweepSession session) {
    if (session.rebuiltManifest()) {
      err.println(
          "manifest.json was missing: rebuilt from scenario.effective.yaml and runs.csv (the"
              + " checksums it records are those of the inputs now)");
    }
    if (mode == Progress.Mode.QUIET) {
      err.flush();
      return;
    }
    SweepState state = session.state();
    boolean retry = session.kind() == badaboum.results.Manifest.SessionKind.RETRY_FAILED;
    if (state.discardedHalfLine()) {
      err.println("runs.csv ended with a half-written row (the sweep was killed): discarded");
    }
    err.printf(
        Locale.ROOT,
        "%s %s: %,d of %,d runs recorded (%,d ok, %,d failed); running %,d on %s%s%s%n",
        retry ? "retrying" : "resuming",
        session.folder(),
        state.okCount() + state.failedCount(),
        session.plan().runCount(),
        state.okCount(),
        state.failedCount(),
        state.toRun().cardinality(),
        where,
        state.fromJournal().isEmpty()
            ? ""
            : String.format(
                Locale.ROOT,
                "; the daily traces of %,d finished runs are read back from the journal",
                state.fromJournal().cardinality()),
        state.toRecover().isEmpty()
            ? ""
            : String.format(
                Locale.ROOT,
                "; %,d finished runs are run again for traces the journal lacks",
                state.toRecover().cardinality()));
    err.flush();
  }

  /** Runs the session with progress and Ctrl-C handling, then says how it went; the exit code. */
  int run(SweepSession session, RunExecutor executor) {
    Progress progress = new Progress(err, mode, session.state().toRun().cardinality(), nanos);
    SweepSession.Outcome outcome;
    Interruptions interruptions = Interruptions.install();
    try {
      outcome = session.run(executor, progress);
    } finally {
      interruptions.close();
      progress.finish();
    }
    double seconds = progress.seconds();
    SweepPlan plan = session.plan();
    Path folder = session.folder();
    long failed = outcome.counts().failed();
    out.printf(
        Locale.ROOT,
        "%s: %,d ok, %,d failed; this session ran %,d in %.1f s (%.1f runs/s on %s)%n",
        shape(plan),
        outcome.counts().ok(),
        failed,
        outcome.work().runs(),
        seconds,
        seconds > 0 ? outcome.work().runs() / seconds : 0.0,
        where);
    if (plan.layout().points() == 1) {
      out.println();
      out.print(table(folder, plan.layout()));
      out.println("mean (5th to 95th percentile) over each arm's ok runs");
    }
    boolean reported = report(folder);
    if (failed > 0) {
      err.printf(
          Locale.ROOT,
          "%,d of %,d runs failed; runs.csv has their error and seed (status=failed)."
              + " Run just those again with: badaboum sweep --retry-failed %s%n",
          failed,
          plan.runCount(),
          folder);
    }
    err.flush();
    return failed > 0 || !reported ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  /**
   * Writes the analysis and report.html, prints the verdict, the folder and, last, the report's
   * path. A report that cannot be written does not undo the sweep: it says how to try again, and
   * the command fails.
   */
  private boolean report(Path folder) {
    Report.Written written;
    try {
      written = Report.write(folder);
    } catch (ResultsException | UncheckedIOException e) {
      out.println();
      out.println("results: " + folder);
      out.flush();
      err.println(
          "badaboum: the report could not be written ("
              + (e instanceof UncheckedIOException ? Faults.what(e) : e.getMessage())
              + "); the results are safe in "
              + folder
              + ". Try again with: badaboum report "
              + folder);
      return false;
    }
    if (!written.verdict().isEmpty()) {
      out.println();
      written.verdict().forEach(sentence -> out.println("  " + sentence));
    }
    out.println();
    out.println("results: " + folder);
    out.println("report:  " + ResultsFile.REPORT.in(folder));
    out.flush();
    written.problems().forEach(problem -> err.println("badaboum: " + problem));
    return written.problems().isEmpty();
  }

  static String shape(SweepPlan plan) {
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
