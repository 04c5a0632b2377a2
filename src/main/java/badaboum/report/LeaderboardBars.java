package badaboum.report;

import badaboum.report.Leaderboard.Team;
import java.util.List;
import java.util.Locale;

/**
 * The leaderboard page's chart: one bar per team with a metric, best first, its 95% CI drawn as
 * whiskers and its value beside it, in inline SVG.
 */
final class LeaderboardBars {
  private static final int BAR_WIDTH = 1000;
  private static final int ROW = 46;
  private static final int LABELS = 250;
  private static final int RIGHT = 150;

  private LeaderboardBars() {}

  /**
   * Appends the standings' section heading and the chart to {@code out}; nothing when no team has a
   * metric (the table then opens the section).
   */
  static void append(LeaderboardWords w, StringBuilder out) {
    Leaderboard board = w.board();
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
        .append(Html.escape(w.text("board.title")))
        .append("</h2>\n<figure>\n")
        .append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                    + " aria-label=\"%s\">\n",
                BAR_WIDTH,
                height,
                Html.escape(w.text("bars.label", board.metric().words()))))
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
              Html.escape(w.plainValue(s.mean()))));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "<path d=\"M%.1f 4V%d\" stroke=\"#888\" stroke-width=\"1.5\" />\n",
            zero,
            height - 40));
    out.append("</svg>\n<figcaption>")
        .append(Html.escape(w.text("bars.caption", board.metric().words())))
        .append("</figcaption>\n</figure>\n");
  }

  /** A team name short enough for the chart's label column. */
  private static String shortName(String name) {
    return name.length() <= 18 ? name : name.substring(0, 17) + "…";
  }
}
