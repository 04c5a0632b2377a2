package badaboum.analysis;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down correction (Holm 1979) for testing several hypotheses at once, such as every
 * pair of a workshop's teams: it keeps the chance of calling any difference real when none is below
 * the level, as Bonferroni does, with more power. Adjusted p-values: sort the m p-values ascending,
 * multiply the i-th (from 1) by m − i + 1, carry the running maximum, cap at 1; a hypothesis is
 * rejected at level α when its adjusted p-value is at most α.
 */
public final class Holm {
  private Holm() {}

  /** The adjusted p-values, in the order given. */
  public static double[] adjust(double[] pValues) {
    if (pValues == null) {
      throw new IllegalArgumentException("pValues is null");
    }
    for (int i = 0; i < pValues.length; i++) {
      if (!(pValues[i] >= 0 && pValues[i] <= 1)) {
        throw new IllegalArgumentException(
            "pValues[" + i + "] is " + pValues[i] + "; a p-value lies in [0, 1]");
      }
    }
    int m = pValues.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> pValues[i]));
    double[] adjusted = new double[m];
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int i = order[rank];
      running = Math.max(running, Math.min(1, (m - rank) * pValues[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }
}
