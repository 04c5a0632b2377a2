package badaboum.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class DailyAggregatorTest {

  /** daily[metric][day] for one replicate: metric 0 is 10·(r + 1) + day, metric 1 is −r. */
  private static double[][] simpleDaily(int replicate, int days) {
    double[][] daily = new double[2][days];
    for (int d = 0; d < days; d++) {
      daily[0][d] = 10.0 * (replicate + 1) + d;
      daily[1][d] = -replicate;
    }
    return daily;
  }

  @Test
  void handCheckedMeanAndPercentiles() {
    DailyAggregator cell = new DailyAggregator(5, 3, 2);
    for (int r : new int[] {3, 0, 4, 1, 2}) {
      cell.add(r, simpleDaily(r, 3));
    }
    assertThat(cell.isComplete()).isTrue();
    DailyAggregate out = cell.finish();
    assertThat(out.replicates()).isEqualTo(5);
    // Day 0 of metric 0 across replicates: 10 20 30 40 50. Type 7 with h = 4p:
    // p5 → h = 0.2 → 10 + 0.2·10 = 12; p50 → 30; p95 → h = 3.8 → 40 + 0.8·10 = 48.
    assertThat(out.mean(0, 0)).isEqualTo(30.0);
    assertThat(out.p5(0, 0)).isCloseTo(12.0, within(1e-12));
    assertThat(out.p50(0, 0)).isEqualTo(30.0);
    assertThat(out.p95(0, 0)).isCloseTo(48.0, within(1e-12));
    // Day 2 is shifted by 2.
    assertThat(out.mean(0, 2)).isEqualTo(32.0);
    assertThat(out.p95(0, 2)).isCloseTo(50.0, within(1e-12));
    // Metric 1: 0 −1 −2 −3 −4.
    assertThat(out.mean(1, 1)).isEqualTo(-2.0);
    assertThat(out.p5(1, 1)).isCloseTo(-3.8, within(1e-12));
  }

  @Test
  void arrivalOrderDoesNotChangeAnyBit() {
    // Values whose floating-point sum depends on the order of addition.
    double[] values = {1e16, 1.0, -1e16, 1.0, 3.0};
    int[] arrival = {1, 3, 0, 2, 4};
    double inReplicateOrder = 0.0;
    double inArrivalOrder = 0.0;
    for (int r = 0; r < values.length; r++) {
      inReplicateOrder += values[r];
      inArrivalOrder += values[arrival[r]];
    }
    assertThat(inArrivalOrder).isNotEqualTo(inReplicateOrder); // so this test can fail

    DailyAggregate ordered = aggregate(values, new int[] {0, 1, 2, 3, 4});
    DailyAggregate shuffled = aggregate(values, arrival);
    assertThat(shuffled.mean(0, 0)).isEqualTo(ordered.mean(0, 0));
    assertThat(ordered.mean(0, 0)).isEqualTo(inReplicateOrder / values.length);
    // And the same numbers as a Summary of the column in replicate order.
    Summary summary = Summary.of(values);
    assertThat(ordered.mean(0, 0)).isEqualTo(summary.mean());
    assertThat(ordered.p5(0, 0)).isEqualTo(summary.p5());
    assertThat(ordered.p50(0, 0)).isEqualTo(summary.p50());
    assertThat(ordered.p95(0, 0)).isEqualTo(summary.p95());
  }

  private static DailyAggregate aggregate(double[] values, int[] arrival) {
    DailyAggregator cell = new DailyAggregator(values.length, 1, 1);
    for (int r : arrival) {
      cell.add(r, new double[][] {{values[r]}});
    }
    return cell.finish();
  }

  @Test
  void parallelArrivalGivesTheSameResultAsSequential() throws Exception {
    int replications = 64;
    int days = 30;
    int metrics = 3;
    double[][][] runs = new double[replications][metrics][days];
    Well19937c random = new Well19937c(17L);
    for (double[][] run : runs) {
      for (double[] metric : run) {
        for (int d = 0; d < days; d++) {
          metric[d] = random.nextGaussian() * 1e6 + random.nextDouble();
        }
      }
    }
    DailyAggregator sequential = new DailyAggregator(replications, days, metrics);
    for (int r = 0; r < replications; r++) {
      sequential.add(r, runs[r]);
    }
    DailyAggregate expected = sequential.finish();

    DailyAggregator parallel = new DailyAggregator(replications, days, metrics);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int r = replications - 1; r >= 0; r--) {
        int replicate = r;
        futures.add(pool.submit(() -> parallel.add(replicate, runs[replicate])));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    DailyAggregate actual = parallel.finish();
    for (int m = 0; m < metrics; m++) {
      for (int d = 0; d < days; d++) {
        assertThat(actual.mean(m, d)).isEqualTo(expected.mean(m, d));
        assertThat(actual.p5(m, d)).isEqualTo(expected.p5(m, d));
        assertThat(actual.p50(m, d)).isEqualTo(expected.p50(m, d));
        assertThat(actual.p95(m, d)).isEqualTo(expected.p95(m, d));
      }
    }
  }

  @Test
  void interruptedCellFinishesWithTheReplicatesThatArrived() {
    DailyAggregator cell = new DailyAggregator(5, 3, 2);
    cell.add(4, simpleDaily(4, 3));
    cell.add(1, simpleDaily(1, 3));
    cell.add(2, simpleDaily(2, 3));
    assertThat(cell.replicatesArrived()).isEqualTo(3);
    assertThat(cell.isComplete()).isFalse();
    DailyAggregate out = cell.finish();
    assertThat(out.replicates()).isEqualTo(3);
    // Metric 0, day 0 over replicates 1, 2, 4: 20 30 50; h = 2p: p5 → 20 + 0.1·10 = 21.
    assertThat(out.mean(0, 0)).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(out.p5(0, 0)).isCloseTo(21.0, within(1e-12));
    assertThat(out.p50(0, 0)).isEqualTo(30.0);
  }

  @Test
  void refusesDuplicatesLateArrivalsAndWrongShapes() {
    DailyAggregator cell = new DailyAggregator(2, 3, 2);
    cell.add(0, simpleDaily(0, 3));
    assertThatThrownBy(() -> cell.add(0, simpleDaily(0, 3)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("replicate 0 was already added; each replicate is counted once");
    assertThatThrownBy(() -> cell.add(2, simpleDaily(2, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("replicate 2 is outside [0, 2)");
    assertThatThrownBy(() -> cell.add(1, simpleDaily(1, 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("replicate 1, metric 0: expected 3 days, got 4");
    assertThatThrownBy(() -> cell.add(1, new double[][] {{0, 0, Double.NaN}, {0, 0, 0}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("replicate 1 metric 0 day[2] is NaN");
    assertThat(cell.replicatesArrived()).isEqualTo(1);
    cell.finish();
    assertThatThrownBy(() -> cell.add(1, simpleDaily(1, 3)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cell already finished; replicate 1 is late");
    assertThatThrownBy(() -> new DailyAggregator(2, 3, 2).finish())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no replicate arrived; there is nothing to aggregate");
  }
}
