package badaboum.report;

import badaboum.language.Messages;
import badaboum.report.Leaderboard.Pair;
import badaboum.report.Leaderboard.Team;
import java.util.List;

/**
 * How leaderboard.html says things, shared by its sections: its messages, a team's name in its
 * colour, a list of teams, the metric's values as the room reads them, and the word for a
 * difference. Every text that goes into HTML comes out escaped.
 */
final class LeaderboardWords {
  private final Leaderboard board;
  private final Messages m;
  private final Numbers numbers;

  LeaderboardWords(Leaderboard board, Messages messages) {
    this.board = board;
    this.m = messages;
    this.numbers = new Numbers(messages);
  }

  Leaderboard board() {
    return board;
  }

  Messages messages() {
    return m;
  }

  Numbers numbers() {
    return numbers;
  }

  /** The message {@code key} of the leaderboard, with its placeholders filled. */
  String text(String key, Object... args) {
    return m.format("leaderboard." + key, args);
  }

  /** A team's name in bold, in its arm's colour. */
  static String team(Team t) {
    return "<b class=\"a" + t.arm() + "\">" + Html.escape(t.name()) + "</b>";
  }

  /** Teams' names joined as a sentence says them: "A, B and C". */
  String names(List<Team> teams) {
    List<String> names = teams.stream().map(LeaderboardWords::team).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return text(
        "and", String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
  }

  /** A range of two values already formatted: "3 to 21". */
  String range(String low, String high) {
    return text("range", low, high);
  }

  /** Whether a difference is real, likely or luck, in words. */
  String word(Pair p) {
    return switch (p.verdict()) {
      case REAL -> text("word.real");
      case LIKELY -> text("word.likely");
      case LUCK -> text("word.luck");
    };
  }

  /** A value of the metric, not escaped. */
  String plainValue(double v) {
    return board.shown(v, m);
  }

  /** A value of the metric. */
  String value(double v) {
    return Html.escape(plainValue(v));
  }

  /** A difference of the metric with its sign: "+12", "−3". */
  String signed(double v) {
    String s = plainValue(Math.abs(v));
    String sign = v > 0 ? "+" : v < 0 ? "−" : "";
    return Html.escape(sign + s);
  }
}
