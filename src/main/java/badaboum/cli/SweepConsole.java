package badaboum.cli;

import badaboum.analysis.Summary;
import badaboum.language.Messages;
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
import java.util.function.LongSupplier;

/**
 * What a sweep session says to the person who started it, and the order of its steps: the opening
 * line, progress, the runs, the summary, the table of a one-point sweep, the report and its
 * verdict, and what to do about failures, in the command's language.
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
  private final Messages m;
  private final Format f;

  SweepConsole(
      PrintWriter out,
      PrintWriter err,
      Progress.Mode mode,
      LongSupplier nanos,
      String where,
      Messages messages) {
    this.out = out;
    this.err = err;
    this.mode = mode;
    this.nanos = nanos;
    this.where = where;
    this.m = messages;
    this.f = new Format(messages);
  }

  void started(SweepSession session) {
    if (mode != Progress.Mode.QUIET) {
      err.println(
          m.format(
              "sweep.started",
              session.plan().base().name(),
              shape(session.plan(), m),
              where,
              session.folder()));
      err.flush();
    }
  }

  void resumed(SweepSession session) {
    if (session.rebuiltManifest()) {
      err.println(m.text("sweep.manifestRebuilt"));
    }
    if (mode == Progress.Mode.QUIET) {
      err.flush();
      return;
    }
    SweepState state = session.state();
    boolean retry = session.kind() == badaboum.results.Manifest.SessionKind.RETRY_FAILED;
    if (state.discardedHalfLine()) {
      err.println(m.text("sweep.halfLine"));
    }
    err.println(
        m.format(
            retry ? "sweep.retrying" : "sweep.resuming",
            session.folder(),
            m.count(state.okCount() + state.failedCount()),
            m.count(session.plan().runCount()),
            m.count(state.okCount()),
            m.count(state.failedCount()),
            m.count(state.toRun().cardinality()),
            where,
            state.fromJournal().isEmpty()
                ? ""
                : m.format("sweep.fromJournal", m.count(state.fromJournal().cardinality())),
            state.toRecover().isEmpty()
                ? ""
                : m.format("sweep.toRecover", m.count(state.toRecover().cardinality()))));
    err.flush();
  }

  /** Runs the session with progress and Ctrl-C handling, then says how it went; the exit code. */
  int run(SweepSession session, RunExecutor executor) {
    Progress progress = new Progress(err, mode, session.state().toRun().cardinality(), nanos, m);
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
    out.println(
        m.format(
            "sweep.ran",
            shape(plan, m),
            m.count(outcome.counts().ok()),
            m.count(failed),
            m.count(outcome.work().runs()),
            f.seconds(seconds),
            f.seconds(seconds > 0 ? outcome.work().runs() / seconds : 0.0),
            where));
    if (plan.layout().points() == 1) {
      out.println();
      out.print(table(folder, plan.layout()));
      out.println(m.text("sweep.table.note"));
    }
    boolean reported = report(folder);
    if (failed > 0) {
      err.println(m.format("sweep.failed", m.count(failed), m.count(plan.runCount()), folder));
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
      written = Report.write(folder, m.language());
    } catch (ResultsException | UncheckedIOException e) {
      out.println();
      out.println(m.format("sweep.results", folder));
      out.flush();
      err.println(
          m.format(
              "sweep.reportFailed",
              e instanceof UncheckedIOException ? Faults.what(e) : e.getMessage(),
              folder));
      return false;
    }
    if (!written.verdict().isEmpty()) {
      out.println();
      written.verdict().forEach(sentence -> out.println("  " + sentence));
    }
    out.println();
    out.println(m.format("sweep.results", folder));
    out.println(m.format("sweep.report", ResultsFile.REPORT.in(folder)));
    out.flush();
    written.problems().forEach(problem -> err.println("badaboum: " + problem));
    return written.problems().isEmpty();
  }

  /** "60 runs (1 point × 2 arms × 30 replications)", or a design's, in {@code m}'s language. */
  static String shape(SweepPlan plan, Messages m) {
    SweepLayout l = plan.layout();
    return m.format(
        "sweep.shape",
        m.count(l.runCount()),
        plan.design().equals("none") ? "" : m.format("sweep.shape.design", plan.design()),
        m.count(l.points()),
        m.text(l.points() == 1 ? "word.point" : "word.points"),
        m.count(l.arms().size()),
        m.text(l.arms().size() == 1 ? "word.arm" : "word.arms"),
        m.count(l.replications()),
        m.text(l.replications() == 1 ? "word.replication" : "word.replications"));
  }

  private String table(Path folder, SweepLayout layout) {
    List<String> header = new ArrayList<>(List.of(m.text("table.arm"), m.text("table.runs")));
    for (SummaryMetric metric : SHOWN) {
      header.add(m.text("table.sweep." + metric.column()));
    }
    TextTable table = new TextTable(header.toArray(String[]::new));
    for (SweepSummary.Arm arm : SweepSummary.ofPoint(folder, layout, 0, SHOWN)) {
      List<String> cells = new ArrayList<>(List.of(arm.arm(), f.count(arm.runs())));
      for (int i = 0; i < SHOWN.size(); i++) {
        Summary s = arm.metrics().get(i);
        if (s == null) {
          cells.add("-");
        } else if (SHOWN.get(i) == SummaryMetric.CANCELLED) {
          cells.add(m.format("table.percent", m.number(100 * s.mean(), 0)));
        } else {
          cells.add(
              m.format("table.distribution", f.count(s.mean()), f.count(s.p5()), f.count(s.p95())));
        }
      }
      table.add(cells.toArray(String[]::new));
    }
    return table.toString();
  }
}
