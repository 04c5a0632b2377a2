package badaboum.results;

import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.result.MemberTable;
import badaboum.result.RunResult;
import badaboum.result.RunSummary;
import badaboum.result.SummaryMetric;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV tables of single runs. Headers and rows are both built from the metric enums and the
 * {@link BrandColumns}, in the same order, so they cannot disagree.
 */
public final class RunTables {
  private final BrandColumns columns;

  public RunTables(BrandColumns columns) {
    this.columns = columns;
  }

  public String dailyHeader() {
    List<String> cells = new ArrayList<>(List.of("arm"));
    cells.addAll(columns.names());
    cells.add("day");
    for (DailyMetric metric : DailyMetric.values()) {
      cells.add(metric.column());
    }
    return Csv.row(cells);
  }

  /** One row per brand and day of the run. */
  public String dailyRows(RunResult run) {
    StringBuilder out = new StringBuilder();
    for (BrandTrace trace : run.traces()) {
      for (int day = 0; day <= trace.days(); day++) {
        List<String> cells = new ArrayList<>();
        cells.add(Csv.text(run.arm()));
        cells.addAll(columns.cells(trace.brand()));
        cells.add(Integer.toString(day));
        for (DailyMetric metric : DailyMetric.values()) {
          cells.add(Csv.number(trace.get(metric, day)));
        }
        out.append(Csv.row(cells));
      }
    }
    return out.toString();
  }

  public String summaryHeader() {
    List<String> cells = new ArrayList<>(List.of("arm"));
    cells.addAll(columns.names());
    cells.addAll(List.of("replicate", "seed"));
    for (SummaryMetric metric : SummaryMetric.values()) {
      cells.add(metric.column());
    }
    return Csv.row(cells);
  }

  public String summaryRows(RunResult run) {
    StringBuilder out = new StringBuilder();
    for (RunSummary summary : run.summaries()) {
      List<String> cells = new ArrayList<>();
      cells.add(Csv.text(run.arm()));
      cells.addAll(columns.cells(summary.brand()));
      cells.add(Integer.toString(run.replicate()));
      cells.add(Long.toString(run.seed()));
      for (SummaryMetric metric : SummaryMetric.values()) {
        cells.add(Csv.number(summary.get(metric)));
      }
      out.append(Csv.row(cells));
    }
    return out.toString();
  }

  public String membersHeader() {
    List<String> cells = new ArrayList<>(List.of("arm"));
    cells.addAll(columns.names());
    cells.addAll(
        List.of(
            "person",
            "state",
            "active",
            "ambassador",
            "affinity",
            "satisfaction",
            "joined_via",
            "joined_day",
            "comments",
            "reactions",
            "last_engaged_day",
            "last_reacted_day",
            "ties"));
    return Csv.row(cells);
  }

  public String memberRows(String arm, MemberTable table) {
    StringBuilder out = new StringBuilder();
    String whose = String.join(",", columns.cells(table.brand()));
    for (int p = 0; p < table.size(); p++) {
      out.append(Csv.text(arm))
          .append(',')
          .append(whose)
          .append(',')
          .append(p)
          .append(',')
          .append(table.state()[p])
          .append(',')
          .append(table.active()[p] ? 1 : 0)
          .append(',')
          .append(table.ambassador()[p] ? 1 : 0)
          .append(',')
          .append(Csv.number(table.affinity()[p]))
          .append(',')
          .append(Csv.number(table.satisfaction()[p]))
          .append(',')
          .append(table.joinedVia()[p])
          .append(',')
          .append(table.joinedDay()[p] < 0 ? "" : Integer.toString(table.joinedDay()[p]))
          .append(',')
          .append(table.comments()[p])
          .append(',')
          .append(table.reactions()[p])
          .append(',')
          .append(table.lastEngagedDay()[p] < 0 ? "" : Integer.toString(table.lastEngagedDay()[p]))
          .append(',')
          .append(table.lastReactedDay()[p] < 0 ? "" : Integer.toString(table.lastReactedDay()[p]))
          .append(',')
          .append(table.ties()[p])
          .append('\n');
    }
    return out.toString();
  }
}
