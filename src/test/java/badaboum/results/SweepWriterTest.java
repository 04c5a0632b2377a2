package badaboum.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepWriterTest {
  static final SweepLayout LAYOUT = SweepFixtures.LAYOUT;
  static final int RUNS = (int) LAYOUT.runCount();

  @TempDir Path dir;

  @Test
  void theFilesDoNotDependOnTheOrderRunsEndIn() throws IOException {
    Path inOrder = sweep("in-order", ids(), Set.of());
    List<Long> shuffled = ids();
    Collections.shuffle(shuffled, new Random(3));
    Path outOfOrder = sweep("shuffled", shuffled, Set.of());

    assertSameResults(outOfOrder, inOrder);
    List<String> daily = Files.readAllLines(inOrder.resolve(ResultsFile.DAILY.fileName()));
    assertThat(daily).hasSize(1 + LAYOUT.cellCount() * (SweepFixtures.DAYS + 1));
    assertThat(daily.get(1)).startsWith("0,steady,brand,0,4,");
    assertThat(daily.get(daily.size() - 1)).startsWith("2,boum,brand,4,4,");
    List<String> runs = Files.readAllLines(inOrder.resolve(ResultsFile.RUNS.fileName()));
    assertThat(runs).hasSize(1 + RUNS);
    for (int id = 0; id < RUNS; id++) {
      assertThat(runs.get(id + 1)).startsWith(id + ",");
    }
    assertThat(Files.readAllLines(outOfOrder.resolve(ResultsFile.TIMINGS.fileName())))
        .startsWith("run_id,elapsed_ms", "0,0", "1,1")
        .hasSize(1 + RUNS);
  }

  @Test
  void aCellIsWrittenWhenCompleteAndAfterEveryEarlierCell() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("cells"));
    SweepWriter.createFiles(folder, LAYOUT, BrandColumns.BRAND_ONLY);
    SweepWriter writer = SweepWriter.create(folder, LAYOUT, false, BrandColumns.BRAND_ONLY);
    for (long id : List.of(1L, 3L, 5L, 7L)) { // point 0, boum: cell 1
      writer.accept(SweepFixtures.ok(id, false));
    }
    assertThat(Files.readAllLines(folder.resolve(ResultsFile.DAILY.fileName()))).hasSize(1);
    assertThat(Files.readAllLines(folder.resolve(ResultsFile.RUNS.fileName()))).hasSize(5);
    for (long id : List.of(0L, 2L, 4L, 6L)) { // point 0, steady: cell 0
      writer.accept(SweepFixtures.ok(id, false));
    }
    List<String> daily = Files.readAllLines(folder.resolve(ResultsFile.DAILY.fileName()));
    assertThat(daily).hasSize(1 + 2 * (SweepFixtures.DAYS + 1));
    assertThat(daily.get(1)).startsWith("0,steady,");
    assertThat(daily.get(SweepFixtures.DAYS + 2)).startsWith("0,boum,");
    writer.close();
  }

  @Test
  void failedRunsAreRecordedAndLeftOutOfTheirCell() throws IOException {
    Path folder = sweep("failures", ids(), Set.of(2L, 9L, 10L));
    List<String> runs = Files.readAllLines(folder.resolve(ResultsFile.RUNS.fileName()));
    assertThat(runs.get(3)).startsWith("2,0,steady,1,1001,0.001,fans,failed,");
    List<String> daily = Files.readAllLines(folder.resolve(ResultsFile.DAILY.fileName()));
    assertThat(daily.get(1)).startsWith("0,steady,brand,0,3,");
    assertThat(daily.get(1 + SweepFixtures.DAYS + 1)).startsWith("0,boum,brand,0,4,");
  }

  @Test
  void resumingAfterACrashGivesTheFilesOfAnUninterruptedSweep() throws IOException {
    Path whole = sweep("whole", ids(), Set.of());
    Path folder = Files.createDirectories(dir.resolve("crashed"));
    List<Long> order = ids();
    Collections.shuffle(order, new Random(5));
    SweepWriter.createFiles(folder, LAYOUT, BrandColumns.BRAND_ONLY);
    SweepWriter writer = SweepWriter.create(folder, LAYOUT, false, BrandColumns.BRAND_ONLY);
    List<Long> done = order.subList(0, 13);
    for (long id : done) {
      writer.accept(SweepFixtures.ok(id, false));
    }
    writer.close(); // the process dies here: no finish
    String halfRow = new RunsCsv(LAYOUT).row(SweepFixtures.ok(order.get(13), false));
    append(folder.resolve(ResultsFile.RUNS.fileName()), halfRow.substring(0, halfRow.length() / 2));
    append(folder.resolve(ResultsFile.DAILY.fileName()), "2,steady,br");
    append(folder.resolve(ResultsFile.TIMINGS.fileName()), "1");

    SweepState state = SweepState.read(folder, LAYOUT, false, false);
    assertThat(state.discardedHalfLine()).isTrue();
    assertThat(state.okCount()).isEqualTo(13);
    BitSet expectedToRun = new BitSet();
    expectedToRun.set(0, RUNS);
    done.forEach(id -> expectedToRun.clear(id.intValue()));
    assertThat(state.toRun()).isEqualTo(expectedToRun);
    // the finished runs' traces are in the journal: none is run again
    assertThat(state.toRecover().isEmpty()).isTrue();
    assertThat(state.fromJournal().stream().boxed().toList())
        .isSubsetOf(done.stream().map(Long::intValue).toList())
        .isNotEmpty();

    resume(folder, state);
    assertSameResults(folder, whole);
  }

  @Test
  void retryingFailedRunsRecomputesOnlyTheirCells() throws IOException {
    Path whole = sweep("whole", ids(), Set.of());
    Path folder = sweep("retry", ids(), Set.of(2L, 9L, 10L));
    SweepState nothing = SweepState.read(folder, LAYOUT, false, true);
    assertThat(nothing.toRun().isEmpty()).isTrue();
    assertThat(nothing.dirtyCellCount()).isZero();
    assertThat(nothing.failedCount()).isEqualTo(3);

    SweepState state = SweepState.read(folder, LAYOUT, true, true);
    assertThat(state.toRun().stream().boxed().toList()).containsExactly(2, 9, 10);
    // cells 0 (point 0 steady), 2 (point 1 steady) and 3 (point 1 boum): the others are kept
    assertThat(state.dirtyCellCount()).isEqualTo(3);
    // the ok runs of those cells are read back from the journal, not run again
    assertThat(state.fromJournal().cardinality()).isEqualTo(3 * 4 - 3);
    assertThat(state.toRecover().isEmpty()).isTrue();
    resume(folder, state);
    assertSameResults(folder, whole);
  }

  @Test
  void theJournalKeepsOnlyWhatAResumeOrARetryCanNeed() throws IOException {
    Path clean = sweep("clean", ids(), Set.of());
    assertThat(clean.resolve("journal")).as("every cell written, every run ok").doesNotExist();
    // run 2 is point 0, steady: the cell of runs 0, 2, 4 and 6, recomputed by a retry
    Path failed = sweep("failed", ids(), Set.of(2L));
    assertThat(new TraceJournal(failed).runs().stream().boxed().toList()).containsExactly(0, 4, 6);
  }

  @Test
  void aDeletedDailyCsvIsRecomputedFromTheRecordedRuns() throws IOException {
    Path whole = sweep("whole", ids(), Set.of());
    Path folder = sweep("deleted", ids(), Set.of());
    Files.delete(folder.resolve(ResultsFile.DAILY.fileName()));
    SweepState state = SweepState.read(folder, LAYOUT, false, true);
    assertThat(state.toRun().isEmpty()).isTrue();
    assertThat(state.toRecover().cardinality()).isEqualTo(RUNS);
    resume(folder, state);
    assertSameResults(folder, whole);
  }

  @Test
  void dailyRowsHaveAsManyCellsAsTheHeader() throws IOException {
    Path folder = sweep("width", ids(), Set.of(3L));
    List<String> daily = Files.readAllLines(folder.resolve(ResultsFile.DAILY.fileName()));
    assertThat(Csv.fields(daily.get(0))).hasSize(new DailyCsv(BrandColumns.BRAND_ONLY).width());
    for (String row : daily) {
      assertThat(Csv.fields(row)).hasSize(new DailyCsv(BrandColumns.BRAND_ONLY).width());
    }
  }

  @Test
  void aDamagedRowBeforeTheLastIsAnErrorNotAGuess() throws IOException {
    Path folder = sweep("damaged", ids(), Set.of());
    List<String> lines = Files.readAllLines(folder.resolve(ResultsFile.RUNS.fileName()));
    lines.set(5, lines.get(5).substring(0, 20));
    Files.write(folder.resolve(ResultsFile.RUNS.fileName()), lines);
    assertThatThrownBy(() -> SweepState.read(folder, LAYOUT, false, true))
        .isInstanceOf(ResultsException.class)
        .hasMessage(
            folder.resolve(ResultsFile.RUNS.fileName())
                + ":6: not a whole row of runs.csv, and not the last line; repair or delete that"
                + " line");
  }

  @Test
  void anotherSweepsFolderIsNotResumed() throws IOException {
    Path folder = sweep("other", ids(), Set.of());
    SweepLayout other = new SweepLayout(3, List.of("steady", "boum"), 4, List.of("x", "kpi"));
    assertThatThrownBy(() -> SweepState.read(folder, other, false, true))
        .isInstanceOf(ResultsException.class)
        .hasMessageContaining("its header is not the one this sweep writes");
  }

  private Path sweep(String name, List<Long> order, Set<Long> failed) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    SweepWriter.createFiles(folder, LAYOUT, BrandColumns.BRAND_ONLY);
    SweepWriter writer = SweepWriter.create(folder, LAYOUT, false, BrandColumns.BRAND_ONLY);
    for (long id : order) {
      writer.accept(failed.contains(id) ? SweepFixtures.failed(id) : SweepFixtures.ok(id, false));
    }
    writer.finish();
    return folder;
  }

  /** What the command does after reading the state: run what it says, in id order. */
  private static void resume(Path folder, SweepState state) {
    SweepWriter writer = SweepWriter.resume(folder, state, false, BrandColumns.BRAND_ONLY);
    BitSet all = (BitSet) state.toRun().clone();
    all.or(state.toRecover());
    all.stream().forEach(id -> writer.accept(SweepFixtures.ok(id, state.toRecover().get(id))));
    writer.finish();
  }

  private static void assertSameResults(Path actual, Path expected) throws IOException {
    for (String file : List.of(ResultsFile.RUNS.fileName(), ResultsFile.DAILY.fileName())) {
      assertThat(Files.readString(actual.resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(expected.resolve(file)));
    }
    try (var files = Files.list(actual)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              ResultsFile.RUNS.fileName(),
              ResultsFile.DAILY.fileName(),
              ResultsFile.TIMINGS.fileName());
    }
  }

  private static List<Long> ids() {
    return new ArrayList<>(LongStream.range(0, RUNS).boxed().toList());
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardOpenOption.APPEND);
  }
}
