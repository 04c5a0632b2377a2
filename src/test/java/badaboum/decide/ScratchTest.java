package badaboum.decide;

import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void probe() {
    Scenario base = new ScenarioLoader().load(Path.of("/tmp/strat/knob.yaml"));
    try (Simulator sim = new Simulator(2)) {
      for (String spec : List.of("strategies.steady.posts_per_week=0:28")) {
        Knob k = Knob.parse(spec);
        PlanSpace space = new PlanSpace(base, "steady", List.of(k));
        StringBuilder line = new StringBuilder(spec + ":");
        for (int i = 0; i <= 28; i++) {
          double v = k.fromUnit(i / 28.0);
          try {
            var runs = sim.run(space.scenario(new double[] {v}), "steady", 0, 8);
            double m =
                runs.stream()
                    .mapToDouble(r -> r.focal().get(badaboum.result.SummaryMetric.MEAN_FOLLOWERS))
                    .average()
                    .orElse(0);
            double s =
                runs.stream()
                    .mapToDouble(r -> r.focal().get(badaboum.result.SummaryMetric.MEAN_ACTIVE))
                    .average()
                    .orElse(0);
            line.append(String.format(" %.3g:%.3g/%.3g", v, m, s));
          } catch (Exception e) {
            line.append(" " + v + ":ERR " + e.getMessage());
          }
        }
        System.out.println(line);
      }
    }
  }
}
