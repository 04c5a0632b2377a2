package badaboum.report;

import badaboum.report.Leaderboard.Pair;
import badaboum.report.Leaderboard.Team;
import java.util.List;
import java.util.Locale;

/**
 * The leaderboard page's tables: the standings (each team's metric with its 95% CI, its
 * cancellations, its spend and its lead on the next), and every pair of teams when there are three
 * or more.
 */
final class LeaderboardTables {
  private final Leaderboard board;
  private final LeaderboardWords w;
  private final StringBuilder out;

  private LeaderboardTables(LeaderboardWords words, StringBuilder out) {
    this.board = words.board();
    this.w = words;
    this.out = out;
  }

  /** Appends the standings' table, closing their section, and the pairs' section to {@code out}. */
  static void append(LeaderboardWords words, StringBuilder out) {
    LeaderboardTables tables = new LeaderboardTables(words, out);
    tables.standings();
    tables.pairs();
  }

  private void standings() {
    if (board.ranking().stream().allMatch(t -> t.metric() == null)) {
      out.append("<section id=\"board\">\n<h2>")
          .append(Html.escape(w.text("board.title")))
          .append("</h2>\n");
    }
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>")
        .append(Html.escape(w.text("th.rank")))
        .append("</th><th class=\"team\">")
        .append(Html.escape(w.text("th.team")))
        .append("</th>")
        .append(header(board.metric().words(), w.text("th.mean")))
        .append(header(w.text("th.cancelled"), w.text("th.cancelled.detail")))
        .append(header(w.text("th.spend"), w.text("th.spend.detail")))
        .append(header(w.text("th.next"), w.text("th.next.detail")))
        .append("</tr></thead>\n<tbody>\n");
    List<Team> ranking = board.ranking();
    Numbers numbers = w.numbers();
    for (int i = 0; i < ranking.size(); i++) {
      Team t = ranking.get(i);
      out.append("<tr><td>").append(i + 1).append("</td><td class=\"team\">");
      out.append(LeaderboardWords.team(t)).append("</td><td>");
      Leaderboard.Estimate s = t.metric();
      out.append(
          s == null
              ? "–"
              : w.value(s.mean())
                  + "<small>"
                  + w.range(w.value(s.ci95Low()), w.value(s.ci95High()))
                  + "</small>");
      out.append("</td><td>")
          .append(w.text("of", t.cancelled(), t.runs()))
          .append(
              t.cancelDay() == null
                  ? ""
                  : "<small>" + w.text("day", numbers.count(t.cancelDay().p50())) + "</small>")
          .append("</td><td>")
          .append(t.spend() == null ? "–" : numbers.count(t.spend().mean()))
          .append("</td><td>");
      if (i + 1 < ranking.size() && s != null) {
        Pair p = board.pair(t.arm(), ranking.get(i + 1).arm());
        if (p.comparison() == null) {
          out.append("–");
        } else {
          double[] a = board.advantage(p);
          out.append(w.signed(a[0]))
              .append("<small>")
              .append(w.range(w.signed(a[1]), w.signed(a[2])))
              .append(w.word(p))
              .append("</small>");
        }
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  /** Every pair: the difference of the row's team minus the column's, and whether it is real. */
  private void pairs() {
    List<Team> ranking = board.ranking();
    if (ranking.size() < 3) {
      return;
    }
    out.append("<section id=\"pairs\">\n<h2>")
        .append(Html.escape(w.text("pairs.title")))
        .append("</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>")
        .append(Html.escape(w.text("pairs.corner")))
        .append("</th>");
    for (Team t : ranking.subList(1, ranking.size())) {
      out.append("<th>").append(LeaderboardWords.team(t)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i + 1 < ranking.size(); i++) {
      Team row = ranking.get(i);
      out.append("<tr><td class=\"team\">").append(LeaderboardWords.team(row)).append("</td>");
      for (int j = 1; j < ranking.size(); j++) {
        out.append("<td>");
        if (j > i) {
          Pair p = board.pair(row.arm(), ranking.get(j).arm());
          if (p.comparison() != null) {
            double[] a = board.advantage(p);
            out.append("<span class=\"")
                .append(p.verdict().name().toLowerCase(Locale.ROOT))
                .append("\">")
                .append(w.signed(a[0]))
                .append("</span><small>")
                .append(w.range(w.signed(a[1]), w.signed(a[2])))
                .append(w.word(p))
                .append("</small>");
          }
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table></div>\n<p class=\"note\">")
        .append(Html.escape(w.text("pairs.note")))
        .append("</p>\n</section>\n");
  }

  /** A column's heading, with its detail in small type under it. */
  private static String header(String title, String detail) {
    return "<th>" + Html.escape(title) + "<small>" + Html.escape(detail) + "</small></th>";
  }
}
