package badaboum.report;

import badaboum.analysis.DerivedSeeds;
import badaboum.report.SensitivityDesign.FactorSensitivity;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.Csv;
import badaboum.results.ResultsFile;
import badaboum.results.RunTable;
import java.util.ArrayList;
import java.util.List;

/**
 * sensitivity.csv, for sobol and morris designs: per arm and summary metric of the focal brand, how
 * much each varied parameter moves it. The output at a design point is the metric's mean over the
 * point's ok replicates where it is defined (replicates average out the model's own noise, which is
 * not a factor); the indices are then those of the design ({@link SensitivityDesign}).
 *
 * <p>Columns: {@code first_order} and {@code total} Sobol indices with 95% bootstrap CIs (seeded
 * from the master seed, the arm and the metric), or Morris {@code mu}, {@code mu_star} and {@code
 * sigma} (in the metric's units per full range of the factor); the other design's columns are
 * empty. A metric that cannot be analysed (undefined at some point, or constant) has one row with
 * an empty factor and a {@code note} saying why.
 */
public final class SensitivityTable {
  static final String FILE = ResultsFile.SENSITIVITY.fileName();
  static final CsvTable CSV =
      new CsvTable(
          "design",
          "arm",
          "metric",
          "factor",
          "points",
          "first_order",
          "first_order_ci95_low",
          "first_order_ci95_high",
          "total",
          "total_ci95_low",
          "total_ci95_high",
          "mu",
          "mu_star",
          "sigma",
          "effects",
          "note");

  /**
   * One arm × metric: indices per factor, or why there are none.
   *
   * @param factors empty when skipped
   * @param note empty when analysed
   */
  public record Entry(int arm, SummaryMetric metric, List<FactorSensitivity> factors, String note) {
    public Entry {
      factors = List.copyOf(factors);
    }
  }

  private final SweepLayout layout;
  private final String design;
  private final List<Entry> entries;

  private SensitivityTable(SweepLayout layout, String design, List<Entry> entries) {
    this.layout = layout;
    this.design = design;
    this.entries = List.copyOf(entries);
  }

  public static SensitivityTable of(RunTable runs, SensitivityDesign design, long masterSeed) {
    SweepLayout layout = runs.layout();
    List<Entry> entries = new ArrayList<>();
    for (int arm = 0; arm < layout.arms().size(); arm++) {
      for (SummaryMetric metric : SummaryMetric.values()) {
        entries.add(entry(runs, design, masterSeed, arm, metric));
      }
    }
    return new SensitivityTable(layout, design.name(), entries);
  }

  private static Entry entry(
      RunTable runs, SensitivityDesign design, long masterSeed, int arm, SummaryMetric metric) {
    SweepLayout layout = runs.layout();
    double[] outputs = new double[layout.points()];
    int undefined = 0;
    for (int p = 0; p < layout.points(); p++) {
      double sum = 0;
      int n = 0;
      for (int r = 0; r < layout.replications(); r++) {
        long id = layout.runId(p, r, arm);
        double v = runs.value(metric, id);
        if (runs.ok(id) && !Double.isNaN(v)) {
          sum += v;
          n++;
        }
      }
      outputs[p] = n == 0 ? Double.NaN : sum / n;
      undefined += n == 0 ? 1 : 0;
    }
    if (undefined > 0) {
      return new Entry(
          arm,
          metric,
          List.of(),
          "skipped: no ok run defines it at " + undefined + " of " + layout.points() + " points");
    }
    boolean constant = true;
    for (double v : outputs) {
      constant &= v == outputs[0];
    }
    if (constant) {
      return new Entry(arm, metric, List.of(), "skipped: the same at every point");
    }
    try {
      long seed = DerivedSeeds.derive(masterSeed, "sensitivity", arm, metric.ordinal());
      return new Entry(arm, metric, design.estimate(outputs, seed), "");
    } catch (IllegalArgumentException e) {
      return new Entry(arm, metric, List.of(), "skipped: " + e.getMessage());
    }
  }

  public String design() {
    return design;
  }

  public List<Entry> entries() {
    return entries;
  }

  public Entry get(int arm, SummaryMetric metric) {
    return entries.get(arm * SummaryMetric.values().length + metric.ordinal());
  }

  public String csv() {
    StringBuilder out = new StringBuilder(CSV.header());
    for (Entry entry : entries) {
      List<String> lead =
          List.of(design, Csv.text(layout.arms().get(entry.arm())), entry.metric().column());
      if (entry.factors().isEmpty()) {
        List<String> cells = new ArrayList<>(lead);
        cells.add("");
        cells.add(Integer.toString(layout.points()));
        for (int i = 0; i < 10; i++) {
          cells.add("");
        }
        cells.add(Csv.text(entry.note()));
        out.append(CSV.row(cells));
        continue;
      }
      for (FactorSensitivity f : entry.factors()) {
        List<String> cells = new ArrayList<>(lead);
        cells.add(Csv.text(f.factor()));
        cells.add(Integer.toString(layout.points()));
        for (double v :
            new double[] {
              f.firstOrder(),
              f.firstOrderCi95Low(),
              f.firstOrderCi95High(),
              f.total(),
              f.totalCi95Low(),
              f.totalCi95High(),
              f.mu(),
              f.muStar(),
              f.sigma()
            }) {
          cells.add(Csv.number(v));
        }
        cells.add(Integer.toString(f.effects()));
        cells.add("");
        out.append(CSV.row(cells));
      }
    }
    return out.toString();
  }
}
