package badaboum.decide;

import badaboum.language.Messages;
import badaboum.report.DiscoveryTable;
import badaboum.result.SweepLayout;
import badaboum.results.AtomicWrite;
import badaboum.results.Manifest;
import badaboum.results.PointsCsv;
import badaboum.results.ResultsFile;
import badaboum.results.RunTable;
import badaboum.sweep.design.DesignPoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code badaboum discover}: reads a sweep's folder (manifest.json, points.csv, runs.csv), marks
 * each ok run of one arm with whether it has the outcome, and runs {@link Prim} over the varied
 * parameters; writes discovery.csv into the folder.
 */
public final class Discovery {
  private Discovery() {}

  /**
   * The discovery of {@code folder}, written to its discovery.csv.
   *
   * @throws IllegalArgumentException when the arm is not the sweep's, the sweep varies nothing, or
   *     no run is ok
   */
  public static DiscoveryTable.Discovery run(
      Path folder, String arm, Outcome outcome, Prim.Settings settings, Messages messages) {
    Manifest manifest = Manifest.read(folder);
    SweepLayout layout = manifest.layout();
    int armIndex = layout.arms().indexOf(arm);
    if (armIndex < 0) {
      throw new IllegalArgumentException(
          "--arm " + arm + ": the sweep's arms are " + String.join(", ", layout.arms()));
    }
    List<String> factors = layout.variedPaths();
    if (factors.isEmpty()) {
      throw new IllegalArgumentException(
          folder
              + " is a sweep of one point: it varies no parameter, so there is nothing to find"
              + " the conditions in; run a sweep with a sweep: section (a grid, lhs or sobol"
              + " design) first");
    }
    RunTable runs = RunTable.read(folder, layout);
    List<DesignPoint> points = PointsCsv.read(folder, manifest.design(), factors);
    List<Long> ids = new ArrayList<>();
    for (int p = 0; p < layout.points(); p++) {
      for (int r = 0; r < layout.replications(); r++) {
        long id = layout.runId(p, r, armIndex);
        if (runs.ok(id)) {
          ids.add(id);
        }
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException(folder + " has no ok run of " + arm);
    }
    boolean[] hit = new boolean[ids.size()];
    for (int i = 0; i < hit.length; i++) {
      long id = ids.get(i);
      hit[i] = outcome.test(m -> runs.value(m, id));
    }
    List<Prim.Input> inputs = new ArrayList<>();
    for (int j = 0; j < factors.size(); j++) {
      inputs.add(input(factors.get(j), j, points, ids, layout));
    }
    Prim prim = new Prim(inputs, hit, settings);
    List<Prim.Found> found = prim.boxes();
    List<DiscoveryTable.Step> steps = new ArrayList<>();
    for (int b = 0; b < found.size(); b++) {
      Prim.Found f = found.get(b);
      for (int s = 0; s < f.trajectory().size(); s++) {
        Prim.Step step = f.trajectory().get(s);
        double[] quasiP = new double[factors.size()];
        java.util.Arrays.fill(quasiP, Double.NaN);
        if (s == f.chosen()) {
          quasiP = f.quasiP();
        }
        steps.add(
            new DiscoveryTable.Step(
                b + 1,
                s,
                step.cases(),
                step.support(),
                step.coverage(),
                step.density(),
                s == f.chosen(),
                quasiP,
                bounds(step.box(), inputs)));
      }
    }
    DiscoveryTable.Discovery discovery =
        new DiscoveryTable.Discovery(
            arm,
            outcome.toString(),
            ids.size(),
            prim.positives(),
            describe(settings, messages),
            factors,
            steps);
    AtomicWrite.text(ResultsFile.DISCOVERY.in(folder), DiscoveryTable.csv(discovery));
    return discovery;
  }

  static String describe(Prim.Settings s, Messages m) {
    return m.format(
        s.boxes() == 1 ? "decide.prim.method" : "decide.prim.method.boxes",
        plain(s.alpha(), m),
        plain(s.minSupport(), m),
        plain(s.threshold(), m),
        m.count(s.boxes()));
  }

  private static String plain(double value, Messages m) {
    return m.decimal(new java.math.BigDecimal(RoundTrip.plain(value)));
  }

  /** A parameter's values over the runs: numbers when every value reads as one, else labels. */
  private static Prim.Input input(
      String path, int j, List<DesignPoint> points, List<Long> ids, SweepLayout layout) {
    String[] labels = new String[ids.size()];
    boolean numeric = true;
    for (int i = 0; i < labels.length; i++) {
      Object value = points.get(layout.point(ids.get(i))).values().get(path);
      labels[i] = String.valueOf(value);
      numeric &= isNumber(labels[i]);
    }
    if (!numeric) {
      return new Prim.Input(path, null, labels);
    }
    double[] numbers = new double[labels.length];
    for (int i = 0; i < labels.length; i++) {
      numbers[i] = Double.parseDouble(labels[i]);
    }
    return new Prim.Input(path, numbers, null);
  }

  private static boolean isNumber(String text) {
    try {
      return Double.isFinite(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static List<String> bounds(Prim.Box box, List<Prim.Input> inputs) {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < inputs.size(); j++) {
      out.add(
          inputs.get(j).numeric()
              ? RoundTrip.plain(box.low()[j]) + ":" + RoundTrip.plain(box.high()[j])
              : String.join("|", box.levels().get(j)));
    }
    return out;
  }
}
