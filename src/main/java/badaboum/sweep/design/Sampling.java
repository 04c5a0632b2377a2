package badaboum.sweep.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;

/** Small sampling helpers shared by the seeded and quasi-random designs. */
final class Sampling {
  private Sampling() {}

  /**
   * A uniformly random permutation of 0..n-1 by Fisher–Yates, drawing {@code nextInt(i + 1)} for i
   * = n-1 down to 1. Written out rather than borrowed so the draw order, and hence every design,
   * stays the same across library versions.
   */
  static int[] permutation(int n, RandomGenerator random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  /** Range factors' values at a point of the unit cube, in factor order. */
  static Map<String, Object> rangeValues(List<Factor> factors, double[] unit) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < factors.size(); i++) {
      Range range = (Range) factors.get(i);
      values.put(range.path(), range.valueAt(unit[i]));
    }
    return values;
  }

  /** The regroup helpers read outputs[p] as the output of points.get(p). */
  static void requireOneOutputPerPoint(List<DesignPoint> points, double[] outputs) {
    if (points.size() != outputs.length) {
      throw new IllegalArgumentException(
          points.size() + " points but " + outputs.length + " outputs; give one output per point");
    }
  }
}
