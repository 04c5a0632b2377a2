package badaboum.report;

import badaboum.result.SweepLayout;
import badaboum.results.DailyCsv;
import badaboum.results.ResultsFile;
import badaboum.results.RunTable;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether daily.csv holds every (point, arm) cell it should: a cell whose replicates are all
 * recorded and one at least ok has, for every brand, a row per day from 0 to its point's horizon,
 * over as many replicates as are ok. A cell still awaiting runs (an interrupted sweep) is not
 * expected.
 */
final class DailyCheck {
  private DailyCheck() {}

  /** What is wrong, in one sentence with the command that repairs it; null when whole. */
  static String problem(Path folder, SweepLayout layout, RunTable runs, Horizons horizons) {
    int cells = layout.cellCount();
    int[] replicates = new int[cells];
    int[] rows = new int[cells];
    int[] lastDays = new int[cells];
    DailyCsv.Reading reading =
        DailyCsv.read(
            folder,
            row -> {
              if (row.cells() == null) {
                return;
              }
              int arm = layout.arms().indexOf(row.arm());
              if (arm < 0 || row.point() < 0 || row.point() >= layout.points()) {
                return;
              }
              int cell = layout.cell(row.point(), arm);
              replicates[cell] = row.replicates();
              rows[cell]++;
              if (row.day() == horizons.of(row.point())) {
                lastDays[cell]++;
              }
            });
    int brands = 0;
    for (int cell = 0; cell < cells; cell++) {
      brands = Math.max(brands, lastDays[cell]);
    }
    int expected = 0;
    int lacking = 0;
    for (int cell = 0; cell < cells; cell++) {
      int ok = 0;
      boolean recorded = true;
      for (int r = 0; r < layout.replications(); r++) {
        long id = layout.runIdInCell(cell, r);
        ok += runs.ok(id) ? 1 : 0;
        recorded &= runs.recorded(id);
      }
      if (!recorded || ok == 0) {
        continue;
      }
      expected++;
      boolean whole =
          replicates[cell] == ok
              && lastDays[cell] == brands
              && rows[cell] == brands * (horizons.of(layout.cellPoint(cell)) + 1);
      lacking += whole ? 0 : 1;
    }
    Path file = ResultsFile.DAILY.in(folder);
    String repair = ". Rebuild it with: badaboum sweep --resume " + folder;
    return switch (reading) {
      case MISSING ->
          expected == 0 ? null : file + " is missing: the report has no daily curves" + repair;
      case NOT_THIS_SWEEP ->
          file
              + " is not this sweep's (its header differs): the report has no daily curves"
              + repair;
      case READ ->
          lacking == 0
              ? null
              : String.format(
                  Locale.ROOT,
                  "%s lacks the rows of %,d of the %,d (point, arm) cells whose runs are all"
                      + " recorded (was it cut or edited?): the report's curves leave them out%s",
                  file,
                  lacking,
                  expected,
                  repair);
    };
  }
}
