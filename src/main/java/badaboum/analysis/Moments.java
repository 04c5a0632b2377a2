package badaboum.analysis;

/** Mean and sample standard deviation summed in array order, so results are reproducible. */
final class Moments {
  private Moments() {}

  static double mean(double[] values) {
    double sum = 0.0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /**
   * Sample standard deviation (denominator n − 1) by the two-pass formula, which does not lose
   * precision on large values with a small spread. Zero for a single value (no spread observed).
   */
  static double sampleSd(double[] values, double mean) {
    if (values.length < 2) {
      return 0.0;
    }
    double squares = 0.0;
    for (double v : values) {
      double d = v - mean;
      squares += d * d;
    }
    return Math.sqrt(squares / (values.length - 1));
  }
}
