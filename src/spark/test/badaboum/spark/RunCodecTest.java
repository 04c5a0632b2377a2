package badaboum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import badaboum.engine.Simulation;
import badaboum.result.BrandTrace;
import badaboum.result.RunOutcome;
import badaboum.result.RunResult;
import badaboum.result.RunStatus;
import badaboum.scenario.ScenarioLoader;
import badaboum.sweep.RunTask;
import badaboum.sweep.SweepPlan;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunCodecTest {
  static final Path GRID = Path.of("src/test/resources/scenarios/sweep-tiny.yaml");

  final SweepPlan plan = SweepPlan.of(new ScenarioLoader().load(GRID));

  @Test
  void anOkRunComesBackBitForBitWithWhatTheDriverKnows() {
    RunTask task = plan.task(13, true);
    RunResult result = Simulation.run(plan.spec(task));
    result.traces().get(0).values()[3][5] = -0.0; // signs and odd values survive too
    result.summaries().get(0).values()[1] = Double.MIN_VALUE;
    RunOutcome sent =
        new RunOutcome(
            13,
            task.point(),
            Map.of(),
            task.arm(),
            task.replicate(),
            task.seed(),
            RunStatus.OK,
            null,
            result,
            42,
            false);
    Map<String, Object> values = plan.point(task.point()).values();

    RunOutcome got = RunCodec.decode(RunCodec.encode(sent), task, values);

    assertThat(got.runId()).isEqualTo(13);
    assertThat(got.pointValues()).isEqualTo(values);
    assertThat(got.recovery()).isTrue(); // the driver's task says so, not the bytes
    assertThat(got.elapsedMillis()).isEqualTo(42);
    assertThat(got.ok()).isTrue();
    assertThat(got.result().arm()).isEqualTo(result.arm());
    assertThat(got.result().seed()).isEqualTo(result.seed());
    assertThat(got.result().replicate()).isEqualTo(result.replicate());
    assertThat(got.result().members()).isEmpty();
    assertThat(got.result().traces()).hasSameSizeAs(result.traces());
    for (int b = 0; b < result.traces().size(); b++) {
      BrandTrace want = result.traces().get(b);
      BrandTrace have = got.result().traces().get(b);
      assertThat(have.brand()).isEqualTo(want.brand());
      for (int m = 0; m < want.values().length; m++) {
        assertThat(bits(have.values()[m])).isEqualTo(bits(want.values()[m]));
      }
      assertThat(bits(got.result().summaries().get(b).values()))
          .isEqualTo(bits(result.summaries().get(b).values()));
    }
  }

  @Test
  void aFailedRunComesBackWithItsError() {
    RunTask task = plan.task(2, false);
    RunOutcome sent =
        new RunOutcome(
            2,
            0,
            Map.of(),
            task.arm(),
            task.replicate(),
            task.seed(),
            RunStatus.FAILED,
            "IllegalStateException: été (at X.java:1)",
            null,
            7,
            false);
    RunOutcome got = RunCodec.decode(RunCodec.encode(sent), task, Map.of());
    assertThat(got.status()).isEqualTo(RunStatus.FAILED);
    assertThat(got.error()).isEqualTo("IllegalStateException: été (at X.java:1)");
    assertThat(got.result()).isNull();
    assertThat(got.elapsedMillis()).isEqualTo(7);
  }

  @Test
  void bytesOfAnotherRunAreRefused() {
    RunTask task = plan.task(2, false);
    RunOutcome sent =
        new RunOutcome(2, 0, Map.of(), task.arm(), 0, 1, RunStatus.FAILED, "boom", null, 0, false);
    byte[] bytes = RunCodec.encode(sent);
    assertThatThrownBy(() -> RunCodec.decode(bytes, plan.task(3, false), Map.of()))
        .hasMessage("Spark sent back run 2 where run 3 was expected");
    assertThatThrownBy(
            () -> RunCodec.decode(Arrays.copyOf(bytes, bytes.length - 1), task, Map.of()))
        .hasMessage("run 2's bytes end too soon: mixed builds?");
  }

  @Test
  void memberTablesAreNotSent() {
    RunTask task = plan.task(0, false);
    RunResult result = Simulation.run(plan.spec(task).withMembers());
    RunOutcome sent =
        new RunOutcome(
            0, 0, Map.of(), task.arm(), 0, task.seed(), RunStatus.OK, null, result, 0, false);
    assertThatThrownBy(() -> RunCodec.encode(sent))
        .hasMessage("run 0 has member tables; a sweep's runs are not sent with them");
  }

  private static long[] bits(double[] values) {
    return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
  }
}
