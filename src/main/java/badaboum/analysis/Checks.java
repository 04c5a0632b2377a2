package badaboum.analysis;

/** Input checks shared by the estimators, so every message names the argument and the index. */
final class Checks {
  private Checks() {}

  static void finiteValues(String name, double[] values) {
    if (values == null) {
      throw new IllegalArgumentException(name + " is null");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            name
                + "["
                + i
                + "] is "
                + values[i]
                + "; statistics need finite values (define ratio metrics as 0 when their"
                + " denominator is 0, or leave the run out)");
      }
    }
  }

  static void atLeast(String name, double[] values, int minimum) {
    if (values.length < minimum) {
      throw new IllegalArgumentException(
          name + " has " + values.length + " values but needs at least " + minimum);
    }
  }

  static void sameLength(String nameA, double[] a, String nameB, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          nameA
              + " has "
              + a.length
              + " values but "
              + nameB
              + " has "
              + b.length
              + "; they must pair one to one");
    }
  }
}
