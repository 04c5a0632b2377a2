package badaboum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import badaboum.sweep.ExecutorException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The watch over a cluster's executors, on a clock the test moves. */
class ExecutorWatchTest {
  long now = 1_000_000_000L;
  int live;
  final List<String> lines = new ArrayList<>();
  final ExecutorWatch watch =
      new ExecutorWatch(
          () -> live,
          () -> now,
          TimeUnit.SECONDS.toNanos(60),
          "60s",
          "spark://head:7077",
          lines::add);

  void at(double seconds) {
    now = 1_000_000_000L + (long) (seconds * 1e9);
    watch.check(12);
  }

  @Test
  void saysEvery15SecondsThatItWaitsThenStopsTheSweepAtTheTimeout() {
    for (double t = 0; t < 60; t += 0.25) {
      at(t);
    }
    assertThat(lines)
        .containsExactly(
            "badaboum: no live Spark executor for 15 s on spark://head:7077; 12 runs wait; the"
                + " sweep stops after 60s without one (spark.badaboum.executorTimeout)",
            "badaboum: no live Spark executor for 30 s on spark://head:7077; 12 runs wait; the"
                + " sweep stops after 60s without one (spark.badaboum.executorTimeout)",
            "badaboum: no live Spark executor for 45 s on spark://head:7077; 12 runs wait; the"
                + " sweep stops after 60s without one (spark.badaboum.executorTimeout)");
    assertThatThrownBy(() -> at(60))
        .isInstanceOf(ExecutorException.class)
        .hasMessage(
            "no live Spark executor for 60 s (spark.badaboum.executorTimeout=60s):"
                + " spark://head:7077 has nowhere to run this sweep's runs; its workers are gone,"
                + " or none offers the cores and memory asked for (spark.executor.cores,"
                + " spark.executor.memory); its web UI says which");
  }

  @Test
  void anExecutorThatComesBackStartsTheCountAgainAndIsSaid() {
    at(0);
    at(50);
    live = 2;
    at(55);
    assertThat(lines)
        .last()
        .isEqualTo("badaboum: 2 Spark executors live after 55 s without any; the sweep goes on");
    live = 0;
    at(56);
    at(110); // 54 s without one since the last was seen
    lines.clear();
    at(114);
    assertThat(lines).isEmpty();
    assertThatThrownBy(() -> at(116)).hasMessageStartingWith("no live Spark executor for 60 s");
  }

  @Test
  void liveExecutorsAreCountedTwiceASecondAtMost() {
    int[] asked = {0};
    ExecutorWatch counting =
        new ExecutorWatch(
            () -> {
              asked[0]++;
              return 1;
            },
            () -> now,
            TimeUnit.SECONDS.toNanos(60),
            "60s",
            "yarn",
            lines::add);
    for (int ms = 0; ms < 2000; ms += 20) {
      now = 1_000_000_000L + TimeUnit.MILLISECONDS.toNanos(ms);
      counting.check(1);
    }
    assertThat(asked[0]).isEqualTo(4);
    assertThat(lines).isEmpty();
  }

  @Test
  void theTimeoutIsASparkDurationFiveMinutesByDefault() {
    SparkConf conf = new SparkConf(false);
    assertThat(ExecutorWatch.timeoutMillis(conf)).isEqualTo(300_000);
    assertThat(ExecutorWatch.timeoutMillis(conf.set(ExecutorWatch.TIMEOUT, "90s")))
        .isEqualTo(90_000);
    assertThat(ExecutorWatch.timeoutMillis(conf.set(ExecutorWatch.TIMEOUT, "2h")))
        .isEqualTo(7_200_000);
    for (String wrong : new String[] {"soon", "0s", "-5s"}) {
      assertThatThrownBy(() -> ExecutorWatch.timeoutMillis(conf.set(ExecutorWatch.TIMEOUT, wrong)))
          .isInstanceOf(ExecutorException.class)
          .hasMessage(
              "spark.badaboum.executorTimeout is '"
                  + wrong
                  + "', not a positive duration: give one such as 90s, 5min or 1h");
    }
  }
}
