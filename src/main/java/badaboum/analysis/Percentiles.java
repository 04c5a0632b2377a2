package badaboum.analysis;

import java.util.Arrays;

/**
 * The one percentile definition used by this package: linear interpolation between order
 * statistics, Hyndman–Fan type 7 (R's and NumPy's default, Excel's PERCENTILE.INC). For sorted
 * values x[0..n-1] and a fraction p, h = (n − 1)·p and the percentile is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋
 * + 1] − x[⌊h⌋]).
 */
public final class Percentiles {
  private Percentiles() {}

  /**
   * Type-7 percentile of values already sorted ascending.
   *
   * @param sorted ascending values, at least one; not checked for order (the callers sort)
   * @param fraction in [0, 1], e.g. 0.05 for the 5th percentile
   */
  public static double ofSorted(double[] sorted, double fraction) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("cannot take a percentile of no values");
    }
    if (!(fraction >= 0.0 && fraction <= 1.0)) {
      throw new IllegalArgumentException(
          "percentile fraction must be in [0, 1], got " + fraction + " (use 0.05, not 5)");
    }
    double h = (sorted.length - 1) * fraction;
    int lower = (int) Math.floor(h);
    if (lower >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    double below = sorted[lower];
    double above = sorted[lower + 1];
    // Equal neighbours (infinite ones included) need no interpolation; Inf − Inf would give NaN.
    if (below == above) {
      return below;
    }
    return below + (h - lower) * (above - below);
  }

  /** Type-7 percentile of values in any order; the input is not modified. */
  public static double of(double[] values, double fraction) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return ofSorted(sorted, fraction);
  }
}
