package badaboum.model;

/**
 * The sum of the followers' moods, kept up to date as each one changes, so that the day's sentiment
 * costs nothing however many follow. Each mood is held in fixed point (units of 2^−32), so the sum
 * is exact whatever the order of the changes: adding a mood and later removing it leaves no
 * rounding behind, and 50 million moods of at most 1 stay far inside a long.
 */
final class MoodSum {
  private static final double ONE = 0x1p32;

  private long sum;

  void add(double mood) {
    sum += Math.round(mood * ONE);
  }

  void remove(double mood) {
    sum -= Math.round(mood * ONE);
  }

  /** The mean mood of {@code count} followers; 0 when there are none. */
  double mean(int count) {
    return count == 0 ? 0 : sum / ONE / count;
  }
}
