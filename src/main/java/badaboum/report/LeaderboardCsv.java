package badaboum.report;

import badaboum.analysis.PairedComparison;
import badaboum.report.Leaderboard.Estimate;
import badaboum.report.Leaderboard.Pair;
import badaboum.report.Leaderboard.Team;
import badaboum.results.Csv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** leaderboard.csv: one row per team, best first, with its difference to the next. */
final class LeaderboardCsv {
  static final CsvTable COLUMNS =
      new CsvTable(
          "rank",
          "team",
          "metric",
          "runs",
          "undefined_runs",
          "mean",
          "ci95_low",
          "ci95_high",
          "cancelled_runs",
          "median_cancel_day",
          "mean_spend",
          "next_team",
          "difference_to_next",
          "difference_ci95_low",
          "difference_ci95_high",
          "holm_p",
          "difference_is");

  private LeaderboardCsv() {}

  static String render(Leaderboard board) {
    List<Team> ranking = board.ranking();
    StringBuilder out = new StringBuilder(COLUMNS.header());
    for (int i = 0; i < ranking.size(); i++) {
      Team t = ranking.get(i);
      List<String> cells = new ArrayList<>();
      cells.add(Integer.toString(i + 1));
      cells.add(Csv.text(t.name()));
      cells.add(board.metric().column());
      cells.add(Integer.toString(t.runs()));
      cells.add(Integer.toString(t.undefined()));
      Estimate s = t.metric();
      cells.add(s == null ? "" : Csv.number(s.mean()));
      cells.add(s == null ? "" : Csv.number(s.ci95Low()));
      cells.add(s == null ? "" : Csv.number(s.ci95High()));
      cells.add(Integer.toString(t.cancelled()));
      cells.add(t.cancelDay() == null ? "" : Csv.number(t.cancelDay().p50()));
      cells.add(t.spend() == null ? "" : Csv.number(t.spend().mean()));
      if (i + 1 < ranking.size()) {
        Team next = ranking.get(i + 1);
        Pair p = board.pair(t.arm(), next.arm());
        PairedComparison c = p.comparison();
        cells.add(Csv.text(next.name()));
        cells.add(c == null ? "" : Csv.number(c.meanDifference()));
        cells.add(c == null ? "" : Csv.number(c.ci95Low()));
        cells.add(c == null ? "" : Csv.number(c.ci95High()));
        cells.add(c == null ? "" : Csv.number(p.holmP()));
        cells.add(c == null ? "" : p.verdict().name().toLowerCase(Locale.ROOT));
      } else {
        cells.addAll(List.of("", "", "", "", "", ""));
      }
      out.append(COLUMNS.row(cells));
    }
    return out.toString();
  }
}
