package badaboum.report;

import badaboum.result.SweepLayout;
import badaboum.results.RunTable;
import java.util.Arrays;
import java.util.List;

/**
 * Each point's horizon: the manifest's {@code days}, unless the design varies {@code days}, when
 * each point has its own (as runs.csv records it). A verdict or a curve that pools points of
 * different horizons must not speak of one horizon they do not share.
 */
public final class Horizons {
  /** The scenario key a design varies to change the horizon. */
  static final String DAYS = "days";

  private final int[] days;

  private Horizons(int[] days) {
    this.days = days;
  }

  static Horizons of(SweepLayout layout, RunTable runs, int manifestDays) {
    int[] days = new int[layout.points()];
    Arrays.fill(days, manifestDays);
    int column = layout.variedPaths().indexOf(DAYS);
    if (column >= 0) {
      for (int p = 0; p < days.length; p++) {
        days[p] = pointDays(runs, p, column, manifestDays);
      }
    }
    return new Horizons(days);
  }

  /** A point's days as runs.csv writes them, or the manifest's when no run of it is recorded. */
  private static int pointDays(RunTable runs, int point, int column, int fallback) {
    List<String> values = runs.pointValues(point);
    if (values == null) {
      return fallback;
    }
    try {
      return (int) Math.round(Double.parseDouble(values.get(column)));
    } catch (NumberFormatException e) {
      return fallback; // the loader never writes such a value; the manifest's is the best guess
    }
  }

  int of(int point) {
    return days[point];
  }

  /** The shortest horizon of the points in {@code scope}. */
  int shortest(Scope scope, SweepLayout layout) {
    int min = Integer.MAX_VALUE;
    for (int p = scope.from(); p < scope.to(layout); p++) {
      min = Math.min(min, days[p]);
    }
    return min;
  }

  /** The longest horizon of the points in {@code scope}. */
  int longest(Scope scope, SweepLayout layout) {
    int max = 0;
    for (int p = scope.from(); p < scope.to(layout); p++) {
      max = Math.max(max, days[p]);
    }
    return max;
  }

  /** The longest horizon of all points: how far the curves run. */
  int longest() {
    return Arrays.stream(days).max().orElse(0);
  }

  /** Whether every point of {@code scope} has the same horizon. */
  boolean shared(Scope scope, SweepLayout layout) {
    return shortest(scope, layout) == longest(scope, layout);
  }

  /** A point of {@code scope} whose horizon is {@code horizon} (for the figure that shows it). */
  int pointWith(Scope scope, SweepLayout layout, int horizon) {
    for (int p = scope.from(); p < scope.to(layout); p++) {
      if (days[p] == horizon) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "no point of " + scope.label() + " has " + horizon + " days");
  }

  /** Whether the design varies the horizon (the figure is then a cell of points.csv). */
  static boolean varied(SweepLayout layout) {
    return layout.variedPaths().contains(DAYS);
  }
}
