package badaboum.report;

import badaboum.language.Messages;

/**
 * leaderboard.html: one self-contained page for the room (inline CSS and SVG, no script, no
 * external URL), like report.html: who wins and whether it is more than luck, the bars with their
 * 95% CIs, the table, every pair of teams, the cancellations, and how to read it, in the language
 * of its messages. Well-formed XHTML-compatible HTML5; every team name is escaped. This class
 * writes the page's frame, its header and its method; {@link LeaderboardVerdict}, {@link
 * LeaderboardBars} and {@link LeaderboardTables} write the sections between.
 */
final class LeaderboardPage {
  private final Leaderboard board;
  private final Messages m;
  private final Numbers numbers;

  /** What the sections share: the messages, the names of teams, the values shown. */
  private final LeaderboardWords words;

  private final StringBuilder out = new StringBuilder(1 << 14);

  private LeaderboardPage(Leaderboard board, Messages messages) {
    this.board = board;
    this.words = new LeaderboardWords(board, messages);
    this.m = words.messages();
    this.numbers = words.numbers();
  }

  static String render(Leaderboard board, Messages messages) {
    return new LeaderboardPage(board, messages).page();
  }

  private String text(String key, Object... args) {
    return words.text(key, args);
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
    LeaderboardVerdict.append(words, out);
    LeaderboardBars.append(words, out);
    LeaderboardTables.append(words, out);
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
}
