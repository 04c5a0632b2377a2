package badaboum.report;

import badaboum.report.Leaderboard.Pair;
import badaboum.report.Leaderboard.Team;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The leaderboard page's verdict, in sentences: who leads and by how much, who shares the top, each
 * team against the next, and whose programme management cancelled.
 */
final class LeaderboardVerdict {
  private final Leaderboard board;
  private final LeaderboardWords w;
  private final StringBuilder out;

  private LeaderboardVerdict(LeaderboardWords words, StringBuilder out) {
    this.board = words.board();
    this.w = words;
    this.out = out;
  }

  /** Appends the verdict's section to {@code out}. */
  static void append(LeaderboardWords words, StringBuilder out) {
    new LeaderboardVerdict(words, out).section();
  }

  private void section() {
    out.append("<section id=\"verdict\">\n<h2>")
        .append(Html.escape(w.text("verdict.title")))
        .append("</h2>\n<ul>\n");
    List<Team> ranking = board.ranking();
    Team leader = ranking.get(0);
    if (leader.metric() == null) {
      item(w.text("verdict.none", Html.escape(board.metric().words())));
    } else {
      item(
          w.text(
              "verdict.leads",
              LeaderboardWords.team(leader),
              Html.escape(board.metric().words()),
              w.value(leader.metric().mean()),
              w.value(leader.metric().ci95Low()),
              w.value(leader.metric().ci95High())));
      List<Team> top = board.top();
      if (ranking.size() > 1) {
        if (top.size() == 1) {
          item(w.text("verdict.aheadOfAll", LeaderboardWords.team(leader)));
        } else {
          item(w.text("verdict.shareTop", w.names(top)));
        }
      }
      for (int i = 0; i + 1 < ranking.size(); i++) {
        Team a = ranking.get(i);
        Team b = ranking.get(i + 1);
        if (b.metric() == null) {
          break;
        }
        Pair p = board.pair(a.arm(), b.arm());
        item(nextSentence(a, b, p));
      }
    }
    item(cancellations());
    out.append("</ul>\n</section>\n");
  }

  private String nextSentence(Team a, Team b, Pair p) {
    String ta = LeaderboardWords.team(a);
    String tb = LeaderboardWords.team(b);
    if (p.comparison() == null) {
      return w.text("next.notCompared", ta, tb);
    }
    if (p.comparison().meanDifference() == 0 && p.comparison().sdDifference() == 0) {
      return w.text("next.tie", ta, tb);
    }
    String key =
        switch (p.verdict()) {
          case REAL -> "next.real";
          case LIKELY -> "next.likely";
          case LUCK -> "next.luck";
        };
    return w.text(key, ta, tb, gap(p));
  }

  /** How far ahead, with its 95% CI: "+12 (95% CI +3 to +21)". */
  private String gap(Pair p) {
    double[] a = board.advantage(p);
    return w.text("gap", w.signed(a[0]), w.signed(a[1]), w.signed(a[2]));
  }

  private String cancellations() {
    List<Team> cancelled = board.ranking().stream().filter(t -> t.cancelled() > 0).toList();
    List<Team> never =
        board.ranking().stream().filter(t -> t.cancelled() == 0 && t.runs() > 0).toList();
    if (cancelled.isEmpty()) {
      return w.text("cancel.none");
    }
    String each =
        cancelled.stream()
            .map(
                t ->
                    w.text(
                        "cancel.team",
                        LeaderboardWords.team(t),
                        t.cancelled(),
                        t.runs(),
                        w.numbers().count(t.cancelDay().p50())))
            .collect(Collectors.joining(", "));
    return never.isEmpty()
        ? w.text("cancel.list", each)
        : w.text("cancel.listNever", each, w.names(never));
  }

  private void item(String html) {
    out.append("<li>").append(html).append("</li>\n");
  }
}
