package badaboum.report;

import badaboum.language.Messages;
import badaboum.report.Leaderboard.Pair;
import badaboum.report.Leaderboard.Team;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * leaderboard.html: one self-contained page for the room (inline CSS and SVG, no script, no
 * external URL), like report.html: who wins and whether it is more than luck, the bars with their
 * 95% CIs, the table, every pair of teams, the cancellations, and how to read it, in the language
 * of its messages. Well-formed XHTML-compatible HTML5; every team name is escaped.
 */
final class LeaderboardPage {
  private static final int BAR_WIDTH = 1000;
  private static final int ROW = 46;
  private static final int LABELS = 250;
  private static final int RIGHT = 150;

  private final Leaderboard board;
  private final Messages m;
  private final Numbers numbers;
  private final StringBuilder out = new StringBuilder(1 << 14);

  private LeaderboardPage(Leaderboard board, Messages messages) {
    this.board = board;
    this.m = messages;
    this.numbers = new Numbers(messages);
  }

  static String render(Leaderboard board, Messages messages) {
    return new LeaderboardPage(board, messages).page();
  }

  /** The message {@code key} of the leaderboard, with its placeholders filled. */
  private String text(String key, Object... args) {
    return m.format("leaderboard." + key, args);
  }

  private String page() {
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(m.language().tag())
        .append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>")
        .append(Html.escape(text("title", board.scenario())))
        .append("</title>\n<style>\n")
        .append(css())
        .append("</style>\n</head>\n<body>\n<main>\n");
    header();
    verdict();
    bars();
    table();
    pairs();
    method();
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private String css() {
    StringBuilder css =
        new StringBuilder(
            """
            *{box-sizing:border-box}
            html{font-size:20px}
            body{margin:0;color:#222;background:#fff;line-height:1.45;\
            font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif}
            main{max-width:1100px;margin:0 auto;padding:1.2rem 1.5rem 3rem}
            h1{font-size:2.3rem;line-height:1.2;margin:.3em 0 .2em}
            h2{font-size:1.6rem;border-bottom:3px solid #222;padding-bottom:.15em;margin-top:2.2rem}
            .kicker{text-transform:uppercase;letter-spacing:.08em;color:#555;font-size:.85rem;margin:0}
            .lede{font-size:1.2rem;color:#444;margin:.3em 0 1em}
            .status{padding:.7em 1em;border-left:8px solid #0072B2;background:#EEF5FB}
            .status.warn{border-left-color:#D55E00;background:#FDF0E6}
            #verdict ul{font-size:1.45rem;line-height:1.4;padding-left:1.1em}
            #verdict li{margin:.5em 0}
            .real{color:#00734F;font-weight:700}
            .luck{color:#666}
            .likely{color:#8A5A00}
            figure{margin:1.2rem 0}
            figure svg{width:100%;height:auto;display:block}
            figcaption{color:#444;font-size:.95rem}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
            th,td{padding:.4em .6em;border-bottom:1px solid #ddd;text-align:right;vertical-align:top}
            th{border-bottom:2px solid #222}
            th:first-child,td:first-child,td.team,th.team{text-align:left}
            td small,th small{display:block;color:#666;font-size:.8rem;font-weight:normal}
            td.team{white-space:nowrap}
            .note{color:#555;font-size:.95rem}
            @media print{html{font-size:11pt}main{max-width:none;padding:0}}
            """);
    for (int a = 0; a < board.layout().arms().size(); a++) {
      css.append(".a").append(a).append("{color:").append(ChartStyle.css(a)).append("}\n");
    }
    return css.toString();
  }

  private void header() {
    int teams = board.ranking().size();
    int worlds = board.layout().replications();
    out.append("<header>\n<p class=\"kicker\">")
        .append(Html.escape(text("kicker")))
        .append("</p>\n<h1>")
        .append(Html.escape(board.scenario()))
        .append("</h1>\n<p class=\"lede\">")
        .append(
            Html.escape(
                text(
                    board.metric().higherIsBetter() ? "lede.more" : "lede.less",
                    teams,
                    worlds,
                    board.metric().words())))
        .append("</p>\n");
    boolean whole = board.missingRuns() == 0 && board.failedRuns() == 0;
    out.append("<p class=\"")
        .append(whole ? "status" : "status warn")
        .append("\">")
        .append(Html.escape(status()))
        .append("</p>\n</header>\n");
  }

  private String status() {
    long planned = board.layout().runCount();
    if (board.missingRuns() > 0) {
      return text("status.interrupted", numbers.whole(board.missingRuns()), numbers.whole(planned));
    }
    if (board.failedRuns() > 0) {
      return text("status.failed", numbers.whole(board.failedRuns()), numbers.whole(planned));
    }
    return text("status.complete", numbers.whole(planned));
  }

  private void verdict() {
    out.append("<section id=\"verdict\">\n<h2>")
        .append(Html.escape(text("verdict.title")))
        .append("</h2>\n<ul>\n");
    List<Team> ranking = board.ranking();
    Team leader = ranking.get(0);
    if (leader.metric() == null) {
      item(text("verdict.none", Html.escape(board.metric().words())));
    } else {
      item(
          text(
              "verdict.leads",
              team(leader),
              Html.escape(board.metric().words()),
              value(leader.metric().mean()),
              value(leader.metric().ci95Low()),
              value(leader.metric().ci95High())));
      List<Team> top = board.top();
      if (ranking.size() > 1) {
        if (top.size() == 1) {
          item(text("verdict.aheadOfAll", team(leader)));
        } else {
          item(text("verdict.shareTop", names(top)));
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
    if (p.comparison() == null) {
      return text("next.notCompared", team(a), team(b));
    }
    if (p.comparison().meanDifference() == 0 && p.comparison().sdDifference() == 0) {
      return text("next.tie", team(a), team(b));
    }
    String key =
        switch (p.verdict()) {
          case REAL -> "next.real";
          case LIKELY -> "next.likely";
          case LUCK -> "next.luck";
        };
    return text(key, team(a), team(b), gap(p));
  }

  /** How far ahead, with its 95% CI: "+12 (95% CI +3 to +21)". */
  private String gap(Pair p) {
    double[] a = board.advantage(p);
    return text("gap", signed(a[0]), signed(a[1]), signed(a[2]));
  }

  /** A range of two values already formatted: "3 to 21". */
  private String range(String low, String high) {
    return text("range", low, high);
  }

  private String word(Pair p) {
    return switch (p.verdict()) {
      case REAL -> text("word.real");
      case LIKELY -> text("word.likely");
      case LUCK -> text("word.luck");
    };
  }

  private String cancellations() {
    List<Team> cancelled = board.ranking().stream().filter(t -> t.cancelled() > 0).toList();
    List<Team> never =
        board.ranking().stream().filter(t -> t.cancelled() == 0 && t.runs() > 0).toList();
    if (cancelled.isEmpty()) {
      return text("cancel.none");
    }
    String each =
        cancelled.stream()
            .map(
                t ->
                    text(
                        "cancel.team",
                        team(t),
                        t.cancelled(),
                        t.runs(),
                        numbers.count(t.cancelDay().p50())))
            .collect(Collectors.joining(", "));
    return never.isEmpty()
        ? text("cancel.list", each)
        : text("cancel.listNever", each, names(never));
  }

  private void bars() {
    List<Team> ranking = board.ranking().stream().filter(t -> t.metric() != null).toList();
    if (ranking.isEmpty()) {
      return;
    }
    double low = 0;
    double high = 0;
    for (Team t : ranking) {
      low = Math.min(low, t.metric().ci95Low());
      high = Math.max(high, t.metric().ci95High());
    }
    if (high == low) {
      high = low + 1;
    }
    int height = ROW * ranking.size() + 50;
    double plot = BAR_WIDTH - LABELS - RIGHT;
    double scale = plot / (high - low);
    double zero = LABELS + (0 - low) * scale;
    out.append("<section id=\"board\">\n<h2>")
        .append(Html.escape(text("board.title")))
        .append("</h2>\n<figure>\n")
        .append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                    + " aria-label=\"%s\">\n",
                BAR_WIDTH,
                height,
                Html.escape(text("bars.label", board.metric().words()))))
        .append("<style>text{font-family:sans-serif;font-size:22px;fill:#222}</style>\n");
    for (int i = 0; i < ranking.size(); i++) {
      Team t = ranking.get(i);
      Leaderboard.Estimate s = t.metric();
      double y = 10 + i * ROW;
      double x0 = Math.min(zero, LABELS + (s.mean() - low) * scale);
      double x1 = Math.max(zero, LABELS + (s.mean() - low) * scale);
      String colour = ChartStyle.css(t.arm());
      out.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d. %s</text>\n",
              LABELS - 12,
              y + ROW * 0.6,
              i + 1,
              Html.escape(shortName(t.name()))));
      out.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\""
                  + " fill-opacity=\"0.85\" />\n",
              x0,
              y + 6,
              Math.max(1, x1 - x0),
              ROW - 16.0,
              colour));
      double lo = LABELS + (s.ci95Low() - low) * scale;
      double hi = LABELS + (s.ci95High() - low) * scale;
      double mid = y + ROW / 2.0 - 2;
      out.append(
          String.format(
              Locale.ROOT,
              "<path d=\"M%.1f %.1fH%.1fM%.1f %.1fV%.1fM%.1f %.1fV%.1f\" stroke=\"#222\""
                  + " stroke-width=\"2.5\" fill=\"none\" />\n",
              lo,
              mid,
              hi,
              lo,
              mid - 9,
              mid + 9,
              hi,
              mid - 9,
              mid + 9));
      out.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\">%s</text>\n",
              Math.max(hi, x1) + 10,
              y + ROW * 0.6,
              Html.escape(plainValue(s.mean()))));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "<path d=\"M%.1f 4V%d\" stroke=\"#888\" stroke-width=\"1.5\" />\n",
            zero,
            height - 40));
    out.append("</svg>\n<figcaption>")
        .append(Html.escape(text("bars.caption", board.metric().words())))
        .append("</figcaption>\n</figure>\n");
  }

  private void table() {
    if (board.ranking().stream().allMatch(t -> t.metric() == null)) {
      out.append("<section id=\"board\">\n<h2>")
          .append(Html.escape(text("board.title")))
          .append("</h2>\n");
    }
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>")
        .append(Html.escape(text("th.rank")))
        .append("</th><th class=\"team\">")
        .append(Html.escape(text("th.team")))
        .append("</th>")
        .append(header(board.metric().words(), text("th.mean")))
        .append(header(text("th.cancelled"), text("th.cancelled.detail")))
        .append(header(text("th.spend"), text("th.spend.detail")))
        .append(header(text("th.next"), text("th.next.detail")))
        .append("</tr></thead>\n<tbody>\n");
    List<Team> ranking = board.ranking();
    for (int i = 0; i < ranking.size(); i++) {
      Team t = ranking.get(i);
      out.append("<tr><td>").append(i + 1).append("</td><td class=\"team\">");
      out.append(team(t)).append("</td><td>");
      Leaderboard.Estimate s = t.metric();
      out.append(
          s == null
              ? "–"
              : value(s.mean())
                  + "<small>"
                  + range(value(s.ci95Low()), value(s.ci95High()))
                  + "</small>");
      out.append("</td><td>")
          .append(text("of", t.cancelled(), t.runs()))
          .append(
              t.cancelDay() == null
                  ? ""
                  : "<small>" + text("day", numbers.count(t.cancelDay().p50())) + "</small>")
          .append("</td><td>")
          .append(t.spend() == null ? "–" : numbers.count(t.spend().mean()))
          .append("</td><td>");
      if (i + 1 < ranking.size() && s != null) {
        Pair p = board.pair(t.arm(), ranking.get(i + 1).arm());
        if (p.comparison() == null) {
          out.append("–");
        } else {
          double[] a = board.advantage(p);
          out.append(signed(a[0]))
              .append("<small>")
              .append(range(signed(a[1]), signed(a[2])))
              .append(word(p))
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
        .append(Html.escape(text("pairs.title")))
        .append("</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>")
        .append(Html.escape(text("pairs.corner")))
        .append("</th>");
    for (Team t : ranking.subList(1, ranking.size())) {
      out.append("<th>").append(team(t)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i + 1 < ranking.size(); i++) {
      Team row = ranking.get(i);
      out.append("<tr><td class=\"team\">").append(team(row)).append("</td>");
      for (int j = 1; j < ranking.size(); j++) {
        out.append("<td>");
        if (j > i) {
          Pair p = board.pair(row.arm(), ranking.get(j).arm());
          if (p.comparison() != null) {
            double[] a = board.advantage(p);
            out.append("<span class=\"")
                .append(p.verdict().name().toLowerCase(Locale.ROOT))
                .append("\">")
                .append(signed(a[0]))
                .append("</span><small>")
                .append(range(signed(a[1]), signed(a[2])))
                .append(word(p))
                .append("</small>");
          }
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table></div>\n<p class=\"note\">")
        .append(Html.escape(text("pairs.note")))
        .append("</p>\n</section>\n");
  }

  private void method() {
    int pairs = board.pairs().size();
    out.append("<section id=\"method\">\n<h2>")
        .append(Html.escape(text("method.title")))
        .append("</h2>\n<p>")
        .append(
            Html.escape(
                text(
                    "method.text",
                    numbers.whole(board.layout().replications()),
                    numbers.whole(pairs))))
        .append("</p>\n<p class=\"note\">")
        .append(Html.escape(text("method.files")))
        .append("</p>\n</section>\n");
  }

  private void item(String html) {
    out.append("<li>").append(html).append("</li>\n");
  }

  /** A column's heading, with its detail in small type under it. */
  private static String header(String title, String detail) {
    return "<th>" + Html.escape(title) + "<small>" + Html.escape(detail) + "</small></th>";
  }

  private static String team(Team t) {
    return "<b class=\"a" + t.arm() + "\">" + Html.escape(t.name()) + "</b>";
  }

  private String names(List<Team> teams) {
    List<String> names = teams.stream().map(LeaderboardPage::team).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return text(
        "and", String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
  }

  /** A team name short enough for the chart's label column. */
  private static String shortName(String name) {
    return name.length() <= 18 ? name : name.substring(0, 17) + "…";
  }

  private String plainValue(double v) {
    return board.shown(v, m);
  }

  private String value(double v) {
    return Html.escape(plainValue(v));
  }

  private String signed(double v) {
    String s = plainValue(Math.abs(v));
    String sign = v > 0 ? "+" : v < 0 ? "−" : "";
    return Html.escape(sign + s);
  }
}
