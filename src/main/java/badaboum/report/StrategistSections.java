package badaboum.report;

import badaboum.analysis.PairedComparison;
import badaboum.analysis.Summary;
import badaboum.result.SweepLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections of report.html that answer a strategist: every plan ranked point by point on the
 * scenario's primary metric (with the winner when there is one), cost against outcome, how far to
 * trust the numbers, and, after {@code badaboum discover}, when an outcome happens.
 */
final class StrategistSections {
  /** Points up to which each point gets its own ranking table, with every pair of arms. */
  static final int POINTS_IN_DETAIL = 3;

  /** Points up to which the compact table lists each point. */
  static final int POINTS_RANKED = ReportPage.POINTS_LISTED;

  private StrategistSections() {}

  static String html(SweepResults r) {
    RankedMetric metric = RankedMetric.of(r.scenario());
    List<PlanRanking.Point> points = PlanRanking.of(r.runs(), metric, r.manifest().masterSeed());
    StringBuilder out = new StringBuilder();
    ranking(out, r.layout(), points, metric);
    costOutcome(out, r.layout(), points, metric);
    out.append(TrustBox.html(r));
    out.append(DiscoveryTable.section(r.folder()));
    return out.toString();
  }

  private static void ranking(
      StringBuilder out, SweepLayout layout, List<PlanRanking.Point> points, RankedMetric m) {
    out.append("<section id=\"ranking\">\n<h2>Every plan ranked</h2>\n<p class=\"note\">")
        .append(
            Html.escape(
                "Each arm's mean "
                    + m.column().column()
                    + " ("
                    + m.words()
                    + (m.higherIsBetter() ? ", higher is better" : ", lower is better")
                    + ") with its 95% CI, point by point; the winner is named when its lead over"
                    + " every other arm, paired by replicate (the same seeds), has a 95% CI that"
                    + " excludes zero. Spend and cost per active member on the last day"
                    + " (total spend ÷ final active members, in runs with any) with their 95%"
                    + " CIs."))
        .append("</p>\n");
    int shown = Math.min(points.size(), POINTS_RANKED);
    if (points.size() <= POINTS_IN_DETAIL) {
      points.forEach(p -> point(out, layout, p, m));
    } else {
      compact(out, layout, points.subList(0, shown), m);
    }
    if (points.size() > shown) {
      out.append("<p class=\"note\">")
          .append(
              Html.escape(
                  (points.size() - shown)
                      + " more points are not ranked here; statistics.csv has each arm's"
                      + " statistics at every point."))
          .append("</p>\n");
    }
    out.append("</section>\n");
  }

  private static void point(
      StringBuilder out, SweepLayout layout, PlanRanking.Point p, RankedMetric m) {
    if (layout.points() > 1) {
      out.append("<h3>Point ").append(p.point()).append("</h3>\n");
    }
    out.append("<p><strong>").append(Html.escape(verdict(layout, p, m))).append("</strong></p>\n");
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>rank</th><th>arm</th><th>")
        .append(Html.escape(m.column().column()))
        .append("<small>mean, 95% CI</small></th><th>")
        .append(Html.escape("vs the leader"))
        .append("<small>paired difference, 95% CI</small></th>")
        .append("<th>total spend<small>mean, 95% CI</small></th>")
        .append(
            "<th>cost per active member<small>mean, 95% CI</small></th></tr></thead>\n<tbody>\n");
    int leader = p.order()[0];
    for (int rank = 0; rank < p.order().length; rank++) {
      int a = p.order()[rank];
      PlanRanking.Arm arm = p.arms().get(a);
      out.append("<tr><td>")
          .append(rank + 1)
          .append("</td><td><span class=\"a")
          .append(a)
          .append("\">")
          .append(Html.escape(layout.arms().get(a)))
          .append("</span></td>");
      cell(out, arm.metric(), arm.runs());
      if (a == leader) {
        out.append("<td>–</td>");
      } else {
        PairedComparison c = p.pairs()[leader][a]; // this arm − the leader
        out.append("<td>")
            .append(c == null ? "–" : Numbers.statistic(c.meanDifference()))
            .append("<small>")
            .append(
                c == null
                    ? "no pair"
                    : Numbers.statistic(c.ci95Low()) + " to " + Numbers.statistic(c.ci95High()))
            .append("</small></td>");
      }
      cell(out, arm.spend(), arm.runs());
      cell(out, arm.costPerActive(), arm.runs());
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
    if (layout.arms().size() > 2) {
      pairs(out, layout, p);
    }
  }

  /** One row per point: its values, its winner, each arm's mean and its gap to the leader. */
  private static void compact(
      StringBuilder out, SweepLayout layout, List<PlanRanking.Point> points, RankedMetric m) {
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>point</th><th>winner</th>");
    for (int a = 0; a < layout.arms().size(); a++) {
      out.append("<th><span class=\"a")
          .append(a)
          .append("\">")
          .append(Html.escape(layout.arms().get(a)))
          .append("</span><small>mean; − the leader, 95% CI; spend</small></th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (PlanRanking.Point p : points) {
      int leader = p.order()[0];
      out.append("<tr><td>")
          .append(p.point())
          .append("</td><td>")
          .append(
              p.winner() >= 0
                  ? "<span class=\"a"
                      + p.winner()
                      + "\">"
                      + Html.escape(layout.arms().get(p.winner()))
                      + "</span>"
                  : "no clear winner")
          .append("</td>");
      for (int a = 0; a < layout.arms().size(); a++) {
        PlanRanking.Arm arm = p.arms().get(a);
        out.append("<td>")
            .append(arm.metric() == null ? "–" : Numbers.statistic(arm.metric().mean()))
            .append("<small>");
        PairedComparison c = a == leader ? null : p.pairs()[leader][a];
        out.append(
            a == leader
                ? "leader"
                : c == null
                    ? "no pair"
                    : Numbers.statistic(c.meanDifference())
                        + " ("
                        + Numbers.statistic(c.ci95Low())
                        + " to "
                        + Numbers.statistic(c.ci95High())
                        + ")");
        out.append("; ")
            .append(arm.spend() == null ? "–" : Numbers.count(arm.spend().mean()))
            .append("</small></td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n<p class=\"note\">")
        .append(
            Html.escape(
                "The points' values are in the table \"Point by point\" below and in points.csv."
                    + " With more than "
                    + POINTS_IN_DETAIL
                    + " points the differences are given against each point's leader only."))
        .append("</p>\n");
  }

  /** "boum wins: ..." or "No clear winner: ...". */
  static String verdict(SweepLayout layout, PlanRanking.Point p, RankedMetric m) {
    if (layout.arms().size() == 1) {
      return "One arm: nothing to rank.";
    }
    int leader = p.order()[0];
    int second = p.order()[1];
    PairedComparison c = p.pairs()[second][leader]; // leader − second
    String lead =
        c == null
            ? ""
            : " (leads "
                + layout.arms().get(second)
                + " by "
                + Numbers.statistic(c.meanDifference())
                + ", 95% CI "
                + Numbers.statistic(c.ci95Low())
                + " to "
                + Numbers.statistic(c.ci95High())
                + ")";
    if (p.winner() >= 0) {
      return layout.arms().get(leader) + " wins on " + m.column().column() + lead + ".";
    }
    return "No clear winner on "
        + m.column().column()
        + ": "
        + layout.arms().get(leader)
        + " is ahead"
        + lead
        + ", but not beyond the runs' randomness against every other arm.";
  }

  private static void pairs(StringBuilder out, SweepLayout layout, PlanRanking.Point p) {
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>")
        .append(Html.escape("row − column"))
        .append("</th>");
    for (String arm : layout.arms()) {
      out.append("<th>").append(Html.escape(arm)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < layout.arms().size(); i++) {
      out.append("<tr><td>").append(Html.escape(layout.arms().get(i))).append("</td>");
      for (int j = 0; j < layout.arms().size(); j++) {
        PairedComparison c = i == j ? null : p.pairs()[j][i]; // arm i − arm j
        out.append("<td>");
        if (c == null) {
          out.append("–");
        } else {
          out.append(Numbers.statistic(c.meanDifference()))
              .append("<small>")
              .append(Numbers.statistic(c.ci95Low()))
              .append(" to ")
              .append(Numbers.statistic(c.ci95High()))
              .append("</small>");
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
  }

  private static void cell(StringBuilder out, Summary s, int runs) {
    if (s == null) {
      out.append("<td>–<small>undefined in every run</small></td>");
      return;
    }
    out.append("<td>")
        .append(Numbers.statistic(s.mean()))
        .append("<small>")
        .append(Numbers.statistic(s.ci95Low()))
        .append(" to ")
        .append(Numbers.statistic(s.ci95High()));
    if (s.n() < runs) {
      out.append("; ").append(s.n()).append(" of ").append(runs).append(" runs");
    }
    out.append("</small></td>");
  }

  private static void costOutcome(
      StringBuilder out, SweepLayout layout, List<PlanRanking.Point> points, RankedMetric m) {
    List<DecisionCharts.Mark> marks = new ArrayList<>();
    for (PlanRanking.Point p : points) {
      for (PlanRanking.Arm a : p.arms()) {
        if (a.metric() == null || a.spend() == null) {
          continue;
        }
        marks.add(
            new DecisionCharts.Mark(
                layout.arms().get(a.arm()),
                a.spend().mean(),
                a.spend().ci95Low(),
                a.spend().ci95High(),
                a.metric().mean(),
                a.metric().ci95Low(),
                a.metric().ci95High()));
      }
    }
    if (marks.isEmpty()) {
      return;
    }
    out.append("<figure id=\"c-cost-outcome\">\n")
        .append(
            Svg.of(
                DecisionCharts.costOutcome(
                    "Cost against outcome",
                    layout.arms(),
                    marks,
                    List.of(),
                    Double.NaN,
                    "mean total spend",
                    m.column().column()),
                "c-cost-outcome-svg",
                ChartStyle.WIDTH,
                ChartStyle.HEIGHT))
        .append("\n<figcaption>")
        .append(
            Html.escape(
                "Each arm"
                    + (layout.points() > 1 ? " at each point" : "")
                    + ": its mean total spend against its mean "
                    + m.column().column()
                    + ", with 95% CIs as whiskers. Up and to the left is more for less."))
        .append("</figcaption>\n</figure>\n");
  }
}
