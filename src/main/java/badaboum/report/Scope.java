package badaboum.report;

import badaboum.result.SweepLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The points a statistic is over: one point of the design, or all of them pooled ({@code all} in
 * the CSV files' {@code point} column; runs are then paired by point and replicate).
 *
 * @param point the point, or {@link #ALL}
 */
public record Scope(int point) {
  public static final int ALL = -1;

  /** Each point, then all points pooled when there is more than one. */
  public static List<Scope> of(SweepLayout layout) {
    List<Scope> scopes = new ArrayList<>();
    for (int p = 0; p < layout.points(); p++) {
      scopes.add(new Scope(p));
    }
    if (layout.points() > 1) {
      scopes.add(new Scope(ALL));
    }
    return scopes;
  }

  /** The scope a verdict speaks of: the only point, or all points pooled. */
  public static Scope headline(SweepLayout layout) {
    return new Scope(layout.points() == 1 ? 0 : ALL);
  }

  public boolean all() {
    return point == ALL;
  }

  /** First point included. */
  int from() {
    return all() ? 0 : point;
  }

  /** One past the last point included. */
  int to(SweepLayout layout) {
    return all() ? layout.points() : point + 1;
  }

  /** As the CSV files write it: the point's number, or {@code all}. */
  public String label() {
    return all() ? "all" : Integer.toString(point);
  }

  /** Index among {@link #of} (all comes after the last point). */
  int index(SweepLayout layout) {
    return all() ? layout.points() : point;
  }
}
