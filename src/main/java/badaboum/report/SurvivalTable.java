package badaboum.report;

import badaboum.analysis.KaplanMeier;
import badaboum.analysis.Proportion;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.Csv;
import badaboum.results.ResultsFile;
import badaboum.results.RunTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * survival.csv: the programme's survival by arm, per point (and all points pooled): Kaplan–Meier
 * over the ok runs, management's cancellation being the event, at {@code cancel_day}; a programme
 * never cancelled is censored at its point's horizon (a design may vary {@code days}).
 *
 * <p>One row per step of the curve: a first row at day 0 (survival 1, unless a cancellation
 * happened on day 0), one per day with cancellations, and a last row at the horizon (the longest of
 * the pooled points', with the runs still at risk then). The group's columns repeat on each of its
 * rows: {@code runs}, {@code cancelled} and the share of runs cancelled with its 95% Wilson
 * interval, and {@code median_days}, the median survival (the first day the curve is at or below
 * 0.5) or {@code not reached}. Survival's 95% CI is the log-log one.
 */
public final class SurvivalTable {
  static final String FILE = ResultsFile.SURVIVAL.fileName();
  static final String NOT_REACHED = "not reached";
  static final CsvTable CSV =
      new CsvTable(
          "point",
          "arm",
          "runs",
          "cancelled",
          "cancelled_share",
          "cancelled_ci95_low",
          "cancelled_ci95_high",
          "median_days",
          "day",
          "at_risk",
          "events",
          "survival",
          "survival_ci95_low",
          "survival_ci95_high");

  /**
   * One scope × arm.
   *
   * @param cancelled share of ok runs cancelled; null when there is no ok run
   * @param curve null when there is no ok run
   * @param runningAtEnd runs never cancelled whose point lasts as long as the longest of the scope
   */
  public record Row(
      Scope scope, int arm, int runs, Proportion cancelled, KaplanMeier curve, int runningAtEnd) {}

  private final SweepLayout layout;
  private final Horizons horizons;
  private final List<Row> rows;

  private SurvivalTable(SweepLayout layout, Horizons horizons, List<Row> rows) {
    this.layout = layout;
    this.horizons = horizons;
    this.rows = List.copyOf(rows);
  }

  /**
   * @param horizons each point's days: when a never-cancelled programme of the point is censored
   */
  public static SurvivalTable of(RunTable runs, Horizons horizons) {
    SweepLayout layout = runs.layout();
    List<Row> rows = new ArrayList<>();
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8, layout.runCount());
    double[] times = new double[capacity];
    boolean[] events = new boolean[capacity];
    for (Scope scope : Scope.of(layout)) {
      for (int arm = 0; arm < layout.arms().size(); arm++) {
        int n = 0;
        int cancelled = 0;
        int runningAtEnd = 0;
        int end = horizons.longest(scope, layout);
        for (int p = scope.from(); p < scope.to(layout); p++) {
          for (int r = 0; r < layout.replications(); r++) {
            long id = layout.runId(p, r, arm);
            if (!runs.ok(id)) {
              continue;
            }
            boolean event = runs.value(SummaryMetric.CANCELLED, id) == 1.0;
            double day = runs.value(SummaryMetric.CANCEL_DAY, id);
            events[n] = event && !Double.isNaN(day);
            times[n] = events[n] ? day : horizons.of(p);
            cancelled += events[n] ? 1 : 0;
            runningAtEnd += !events[n] && horizons.of(p) == end ? 1 : 0;
            n++;
          }
        }
        rows.add(
            n == 0
                ? new Row(scope, arm, 0, null, null, 0)
                : new Row(
                    scope,
                    arm,
                    n,
                    Proportion.of(cancelled, n),
                    KaplanMeier.of(Arrays.copyOf(times, n), Arrays.copyOf(events, n)),
                    runningAtEnd));
      }
    }
    return new SurvivalTable(layout, horizons, rows);
  }

  public Row get(Scope scope, int arm) {
    return rows.get(scope.index(layout) * layout.arms().size() + arm);
  }

  public List<Row> rows() {
    return rows;
  }

  /** The longest horizon of the scope's points: where its curve ends. */
  public int horizon(Scope scope) {
    return horizons.longest(scope, layout);
  }

  public String csv() {
    StringBuilder out = new StringBuilder(CSV.header());
    for (Row row : rows) {
      if (row.curve() == null) {
        continue; // no ok run: nothing to estimate
      }
      List<String> group = new ArrayList<>();
      group.add(row.scope().label());
      group.add(Csv.text(layout.arms().get(row.arm())));
      group.add(Integer.toString(row.runs()));
      Proportion c = row.cancelled();
      group.add(Integer.toString(c.successes()));
      group.add(Csv.number(c.share()));
      group.add(Csv.number(c.ci95Low()));
      group.add(Csv.number(c.ci95High()));
      KaplanMeier km = row.curve();
      group.add(km.medianReached() ? Csv.number(km.median()) : NOT_REACHED);
      List<KaplanMeier.Step> steps = km.steps();
      if (steps.isEmpty() || steps.get(0).time() > 0) {
        step(out, group, 0, row.runs(), 0, 1.0, 1.0, 1.0);
      }
      double lastTime = -1;
      KaplanMeier.Step last = null;
      for (KaplanMeier.Step s : steps) {
        step(out, group, s.time(), s.atRisk(), s.events(), s.survival(), s.ci95Low(), s.ci95High());
        lastTime = s.time();
        last = s;
      }
      int horizon = horizon(row.scope());
      if (lastTime < horizon) {
        // still running at the horizon: the programmes never cancelled (censored there)
        int atRisk = row.runningAtEnd();
        double survival = last == null ? 1.0 : last.survival();
        double low = last == null ? 1.0 : last.ci95Low();
        double high = last == null ? 1.0 : last.ci95High();
        step(out, group, horizon, atRisk, 0, survival, low, high);
      }
    }
    return out.toString();
  }

  private static void step(
      StringBuilder out,
      List<String> group,
      double day,
      int atRisk,
      int events,
      double survival,
      double low,
      double high) {
    List<String> cells = new ArrayList<>(group);
    cells.add(Csv.number(day));
    cells.add(Integer.toString(atRisk));
    cells.add(Integer.toString(events));
    cells.add(Csv.number(survival));
    cells.add(Csv.number(low));
    cells.add(Csv.number(high));
    out.append(CSV.row(cells));
  }
}
