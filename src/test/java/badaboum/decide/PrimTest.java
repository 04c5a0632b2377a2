package badaboum.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PRIM finds a box planted in synthetic data, and only that box. */
class PrimTest {

  @Test
  void recoversAPlantedBoxOfTwoRangesAndALevel() {
    int n = 3000;
    Random random = new Random(1999);
    double[] x1 = new double[n];
    double[] x2 = new double[n];
    double[] noise = new double[n];
    String[] kpi = new String[n];
    boolean[] y = new boolean[n];
    int inPlanted = 0;
    int all = 0;
    String[] levels = {"active_members", "fans", "engagement_rate"};
    for (int i = 0; i < n; i++) {
      x1[i] = random.nextDouble();
      x2[i] = random.nextDouble() * 10;
      noise[i] = random.nextDouble();
      kpi[i] = levels[random.nextInt(3)];
      boolean inBox = x1[i] < 0.3 && x2[i] > 6 && kpi[i].equals("fans");
      // the outcome in 95% of the box, 3% outside it
      y[i] = random.nextDouble() < (inBox ? 0.95 : 0.03);
      inPlanted += inBox && y[i] ? 1 : 0;
      all += y[i] ? 1 : 0;
    }
    Prim prim =
        new Prim(
            List.of(
                new Prim.Input("x1", x1, null),
                new Prim.Input("x2", x2, null),
                new Prim.Input("noise", noise, null),
                new Prim.Input("kpi", null, kpi)),
            y,
            new Prim.Settings(0.05, 0.02, 0.9, 1));
    Prim.Found found = prim.boxes().get(0);
    Prim.Box box = found.box().box();
    assertThat(box.high()[0]).isCloseTo(0.3, offset(0.03));
    assertThat(box.low()[1]).isCloseTo(6, offset(0.3));
    assertThat(box.levels().get(3)).containsExactly("fans");
    assertThat(found.box().density()).isGreaterThan(0.85);
    // nearly all the outcomes the planted box holds (the others are scattered noise)
    assertThat(found.box().coverage()).isGreaterThan(0.95 * inPlanted / all);
    // the restrictions that matter have tiny quasi-p-values; noise is left alone or does not matter
    assertThat(found.quasiP()[0]).isLessThan(1e-6);
    assertThat(found.quasiP()[1]).isLessThan(1e-6);
    assertThat(found.quasiP()[3]).isLessThan(1e-6);
    assertThat(Double.isNaN(found.quasiP()[2]) || found.quasiP()[2] > 0.01).isTrue();
    // the trajectory starts with every case and each step holds fewer, never below the support
    assertThat(found.trajectory().get(0).cases()).isEqualTo(n);
    for (int s = 1; s < found.trajectory().size(); s++) {
      assertThat(found.trajectory().get(s).cases())
          .isLessThan(found.trajectory().get(s - 1).cases())
          .isGreaterThanOrEqualTo((int) Math.ceil(0.02 * n));
    }
  }

  @Test
  void coveringFindsASecondBoxOutsideTheFirst() {
    int n = 2000;
    Random random = new Random(7);
    double[] x = new double[n];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextDouble();
      y[i] = x[i] < 0.15 || x[i] > 0.85;
    }
    List<Prim.Found> boxes =
        new Prim(List.of(new Prim.Input("x", x, null)), y, new Prim.Settings(0.05, 0.05, 0.9, 2))
            .boxes();
    assertThat(boxes).hasSize(2);
    Prim.Box first = boxes.get(0).box().box();
    Prim.Box second = boxes.get(1).box().box();
    assertThat(boxes.get(0).box().density()).isGreaterThanOrEqualTo(0.9);
    assertThat(boxes.get(1).box().density()).isGreaterThanOrEqualTo(0.9);
    // one box at each end
    assertThat(Math.min(first.high()[0], second.high()[0])).isBetween(0.14, 0.17);
    assertThat(Math.max(first.low()[0], second.low()[0])).isBetween(0.83, 0.86);
  }

  @Test
  void gridLevelsPeelWholeAndTheOutcomeIsReadFromRunsColumns() {
    // a grid of 3 levels: a peel removes a whole level, never part of one
    double[] level = new double[300];
    boolean[] y = new boolean[300];
    for (int i = 0; i < 300; i++) {
      level[i] = i % 3;
      y[i] = level[i] == 2;
    }
    Prim.Found found =
        new Prim(
                List.of(new Prim.Input("patience", level, null)),
                y,
                new Prim.Settings(0.05, 0.05, 0.8, 1))
            .boxes()
            .get(0);
    assertThat(found.box().box().low()[0]).isEqualTo(2);
    assertThat(found.box().cases()).isEqualTo(100);
    assertThat(found.box().density()).isEqualTo(1.0);

    Outcome cancelledEarly = Outcome.parse("cancelled and cancel_day < 100");
    assertThat(cancelledEarly.test(m -> m.column().equals("cancelled") ? 1 : 90)).isTrue();
    assertThat(cancelledEarly.test(m -> m.column().equals("cancelled") ? 0 : Double.NaN)).isFalse();
    assertThat(Outcome.parse("not sustained").test(m -> 0)).isTrue();
    assertThat(Outcome.parse("final_active >= 50").test(m -> Double.NaN)).isFalse();
  }
}
