package badaboum.results;

import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.result.RunOutcome;
import badaboum.result.RunResult;
import badaboum.result.RunStatus;
import badaboum.result.RunSummary;
import badaboum.result.SweepLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Made-up runs whose traces depend only on their id, as real runs depend only on their seed. */
final class SweepFixtures {
  static final int DAYS = 4;
  static final SweepLayout LAYOUT =
      new SweepLayout(3, List.of("steady", "boum"), 4, List.of("audience.discovery", "kpi"));

  private SweepFixtures() {}

  static RunOutcome ok(long id, boolean recovery) {
    double[][] values = new double[DailyMetric.values().length][DAYS + 1];
    for (int m = 0; m < values.length; m++) {
      for (int d = 0; d <= DAYS; d++) {
        values[m][d] = (id * 7 + m * 3 + d * d) % 11 + id / 10.0;
      }
    }
    BrandTrace trace = new BrandTrace("brand", values);
    RunResult result =
        new RunResult(
            LAYOUT.arm(id),
            LAYOUT.replicate(id),
            seed(id),
            List.of(trace),
            List.of(RunSummary.of(trace)),
            List.of());
    return new RunOutcome(
        id,
        LAYOUT.point(id),
        values(id),
        LAYOUT.arm(id),
        LAYOUT.replicate(id),
        seed(id),
        RunStatus.OK,
        null,
        result,
        id % 5,
        recovery);
  }

  static RunOutcome failed(long id) {
    return new RunOutcome(
        id,
        LAYOUT.point(id),
        values(id),
        LAYOUT.arm(id),
        LAYOUT.replicate(id),
        seed(id),
        RunStatus.FAILED,
        "IllegalStateException: boom, \"quoted\" (at X.java:1)",
        null,
        1,
        false);
  }

  static long seed(long id) {
    return 1000 + LAYOUT.replicate(id);
  }

  static Map<String, Object> values(long id) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("audience.discovery", 0.001 * (LAYOUT.point(id) + 1));
    values.put("kpi", LAYOUT.point(id) % 2 == 0 ? "fans" : "active, members");
    return values;
  }
}
