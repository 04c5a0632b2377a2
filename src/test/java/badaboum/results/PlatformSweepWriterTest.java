package badaboum.results;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.result.BrandTrace;
import badaboum.result.RunOutcome;
import badaboum.result.RunResult;
import badaboum.result.RunSummary;
import badaboum.result.SweepLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep of a market of two platforms: runs whose traces are the brand's total and its two pages
 * (brand, brand@home, brand@pinta, as the model names them) give a daily.csv with a platform
 * column, which a crash and a resume leave as a sweep that never stopped writes it.
 */
class PlatformSweepWriterTest {
  private static final SweepLayout LAYOUT = SweepFixtures.LAYOUT;
  private static final int RUNS = (int) LAYOUT.runCount();
  private static final BrandColumns PLATFORMS = new BrandColumns(true, List.of("home", "pinta"));

  @TempDir Path dir;

  @Test
  void eachBrandAndPlatformHasItsRowsTheTotalFirst() throws IOException {
    Path folder = sweep("whole", ids(), PLATFORMS);
    List<String> daily = Files.readAllLines(ResultsFile.DAILY.in(folder));
    assertThat(daily.get(0)).startsWith("point,arm,brand,platform,day,replicates,fans_mean,");
    int days = SweepFixtures.DAYS + 1;
    assertThat(daily).hasSize(1 + LAYOUT.cellCount() * 3 * days);
    assertThat(daily.get(1)).startsWith("0,steady,brand,all,0,4,");
    assertThat(daily.get(1 + days)).startsWith("0,steady,brand,home,0,4,");
    assertThat(daily.get(1 + 2 * days)).startsWith("0,steady,brand,pinta,0,4,");
    assertThat(daily.get(1 + 3 * days)).startsWith("0,boum,brand,all,0,4,");
    assertThat(daily).noneMatch(row -> row.contains("@"));
  }

  @Test
  void resumingAfterACrashGivesTheFilesOfAnUninterruptedSweep() throws IOException {
    Path whole = sweep("whole", ids(), PLATFORMS);
    Path folder = Files.createDirectories(dir.resolve("crashed"));
    List<Long> order = ids();
    Collections.shuffle(order, new Random(9));
    SweepWriter.createFiles(folder, LAYOUT, PLATFORMS);
    SweepWriter writer = SweepWriter.create(folder, LAYOUT, false, PLATFORMS);
    for (long id : order.subList(0, 15)) {
      writer.accept(onPlatforms(SweepFixtures.ok(id, false)));
    }
    writer.close(); // the process dies here, a row of daily.csv half written
    Files.writeString(ResultsFile.DAILY.in(folder), "1,boum,brand,ho", StandardOpenOption.APPEND);

    SweepState state = SweepState.read(folder, LAYOUT, false, false);
    assertThat(state.okCount()).isEqualTo(15);
    resume(folder, state, PLATFORMS);
    assertSameResults(folder, whole);
  }

  @Test
  void aRetryRecomputesTheCellsOfFailedRunsAroundTheOthers() throws IOException {
    Path whole = sweep("whole", ids(), PLATFORMS);
    Path folder = Files.createDirectories(dir.resolve("retry"));
    SweepWriter.createFiles(folder, LAYOUT, PLATFORMS);
    SweepWriter writer = SweepWriter.create(folder, LAYOUT, false, PLATFORMS);
    for (long id : ids()) {
      writer.accept(
          id == 2 || id == 17
              ? SweepFixtures.failed(id)
              : onPlatforms(SweepFixtures.ok(id, false)));
    }
    writer.finish();
    SweepState state = SweepState.read(folder, LAYOUT, true, true);
    assertThat(state.toRun().stream().boxed().toList()).containsExactly(2, 17);
    resume(folder, state, PLATFORMS);
    assertSameResults(folder, whole);
  }

  @Test
  void aSweepBegunBeforeThePlatformColumnIsResumedInItsOwnShape() throws IOException {
    Path whole = sweep("whole-old", ids(), BrandColumns.BRAND_ONLY);
    List<String> daily = Files.readAllLines(ResultsFile.DAILY.in(whole));
    assertThat(daily.get(0)).startsWith("point,arm,brand,day,replicates,");
    assertThat(daily.get(1 + SweepFixtures.DAYS + 1)).startsWith("0,steady,brand@home,0,4,");

    Path folder = Files.createDirectories(dir.resolve("old"));
    SweepWriter.createFiles(folder, LAYOUT, BrandColumns.BRAND_ONLY);
    SweepWriter writer = SweepWriter.create(folder, LAYOUT, false, BrandColumns.BRAND_ONLY);
    for (long id : ids().subList(0, 11)) {
      writer.accept(onPlatforms(SweepFixtures.ok(id, false)));
    }
    writer.close();
    // this version, which would start such a sweep with a platform column, goes on without it
    resume(folder, SweepState.read(folder, LAYOUT, false, false), PLATFORMS);
    assertSameResults(folder, whole);
  }

  /** The outcome with the traces of a brand on two platforms: its total and its two pages. */
  static RunOutcome onPlatforms(RunOutcome run) {
    BrandTrace total = run.result().traces().get(0);
    List<BrandTrace> traces = new ArrayList<>();
    traces.add(total);
    double[][] home = new double[total.values().length][];
    double[][] pinta = new double[total.values().length][];
    for (int m = 0; m < home.length; m++) {
      home[m] = total.values()[m].clone();
      pinta[m] = new double[home[m].length];
      for (int d = 0; d < home[m].length; d++) {
        pinta[m][d] = d % 2 == 0 ? 0 : total.values()[m][d] / 3;
        home[m][d] -= pinta[m][d];
      }
    }
    traces.add(new BrandTrace("brand@home", home));
    traces.add(new BrandTrace("brand@pinta", pinta));
    RunResult result =
        new RunResult(
            run.arm(),
            run.replicate(),
            run.seed(),
            traces,
            traces.stream().map(RunSummary::of).toList(),
            List.of());
    return new RunOutcome(
        run.runId(),
        run.point(),
        run.pointValues(),
        run.arm(),
        run.replicate(),
        run.seed(),
        run.status(),
        null,
        result,
        run.elapsedMillis(),
        run.recovery());
  }

  private Path sweep(String name, List<Long> order, BrandColumns columns) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    SweepWriter.createFiles(folder, LAYOUT, columns);
    SweepWriter writer = SweepWriter.create(folder, LAYOUT, false, columns);
    for (long id : order) {
      writer.accept(onPlatforms(SweepFixtures.ok(id, false)));
    }
    writer.finish();
    return folder;
  }

  private static void resume(Path folder, SweepState state, BrandColumns columns) {
    SweepWriter writer = SweepWriter.resume(folder, state, false, columns);
    BitSet all = (BitSet) state.toRun().clone();
    all.or(state.toRecover());
    all.stream()
        .forEach(id -> writer.accept(onPlatforms(SweepFixtures.ok(id, state.toRecover().get(id)))));
    writer.finish();
  }

  private static void assertSameResults(Path actual, Path expected) throws IOException {
    for (ResultsFile file : List.of(ResultsFile.RUNS, ResultsFile.DAILY)) {
      assertThat(Files.readString(file.in(actual)))
          .as(file.fileName())
          .isEqualTo(Files.readString(file.in(expected)));
    }
  }

  private static List<Long> ids() {
    return new ArrayList<>(LongStream.range(0, RUNS).boxed().toList());
  }
}
