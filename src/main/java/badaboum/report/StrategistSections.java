package badaboum.report;

import badaboum.analysis.PairedComparison;
import badaboum.analysis.Summary;
import badaboum.language.Messages;
import badaboum.result.SweepLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections of report.html that answer a strategist: every plan ranked point by point on the
 * scenario's primary metric (with the winner when there is one), cost against outcome, how far to
 * trust the numbers, and, after {@code badaboum discover}, when an outcome happens. Words are the
 * language's messages ({@code strategist.*}).
 */
final class StrategistSections {
  /** Points up to which each point gets its own ranking table, with every pair of arms. */
  static final int POINTS_IN_DETAIL = 3;

  /** Points up to which the compact table lists each point. */
  static final int POINTS_RANKED = ReportPage.POINTS_LISTED;

  private final SweepLayout layout;
  private final RankedMetric metric;
  private final Messages m;
  private final Numbers n;
  private final StringBuilder out = new StringBuilder();

  private StrategistSections(SweepLayout layout, RankedMetric metric, Messages messages) {
    this.layout = layout;
    this.metric = metric;
    this.m = messages;
    this.n = new Numbers(messages);
  }

  static String html(SweepResults r, Messages messages) {
    RankedMetric metric = RankedMetric.of(r.scenario());
    List<PlanRanking.Point> points = PlanRanking.of(r.runs(), metric, r.manifest().masterSeed());
    StrategistSections s = new StrategistSections(r.layout(), metric, messages);
    s.ranking(points);
    s.costOutcome(points);
    s.out.append(TrustBox.html(r, messages));
    s.out.append(DiscoveryTable.section(r.folder(), messages));
    return s.out.toString();
  }

  private String text(String key, Object... args) {
    return Html.escape(m.format(key, args));
  }

  private String arm(int a) {
    return "<span class=\"a" + a + "\">" + Html.escape(layout.arms().get(a)) + "</span>";
  }

  private String interval(double low, double high) {
    return m.format("strategist.interval", n.statistic(low), n.statistic(high));
  }

  private void ranking(List<PlanRanking.Point> points) {
    out.append("<section id=\"ranking\">\n<h2>")
        .append(text("strategist.ranking"))
        .append("</h2>\n<p class=\"note\">")
        .append(
            text(
                "strategist.ranking.note",
                metric.column().column(),
                m.text("metric." + metric.column().column()),
                m.text(metric.higherIsBetter() ? "strategist.higher" : "strategist.lower")))
        .append("</p>\n");
    int shown = Math.min(points.size(), POINTS_RANKED);
    if (points.size() <= POINTS_IN_DETAIL) {
      points.forEach(this::point);
    } else {
      compact(points.subList(0, shown));
    }
    if (points.size() > shown) {
      out.append("<p class=\"note\">")
          .append(text("strategist.ranking.more", n.whole(points.size() - shown)))
          .append("</p>\n");
    }
    out.append("</section>\n");
  }

  private void point(PlanRanking.Point p) {
    if (layout.points() > 1) {
      out.append("<h3>").append(text("strategist.point", p.point())).append("</h3>\n");
    }
    out.append("<p><strong>").append(Html.escape(verdict(p))).append("</strong></p>\n");
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>")
        .append(text("strategist.rank"))
        .append("</th><th>")
        .append(text("strategist.arm"))
        .append("</th><th>")
        .append(Html.escape(metric.column().column()))
        .append("<small>")
        .append(text("strategist.meanCi"))
        .append("</small></th><th>")
        .append(text("strategist.vsLeader"))
        .append("<small>")
        .append(text("strategist.pairedCi"))
        .append("</small></th><th>")
        .append(text("strategist.spend"))
        .append("<small>")
        .append(text("strategist.meanCi"))
        .append("</small></th><th>")
        .append(text("strategist.costPerActive"))
        .append("<small>")
        .append(text("strategist.meanCi"))
        .append("</small></th></tr></thead>\n<tbody>\n");
    int leader = p.order()[0];
    for (int rank = 0; rank < p.order().length; rank++) {
      int a = p.order()[rank];
      PlanRanking.Arm arm = p.arms().get(a);
      out.append("<tr><td>").append(rank + 1).append("</td><td>").append(arm(a)).append("</td>");
      cell(arm.metric(), arm.runs());
      if (a == leader) {
        out.append("<td>–</td>");
      } else {
        PairedComparison c = p.pairs()[leader][a]; // this arm − the leader
        out.append("<td>")
            .append(c == null ? "–" : n.statistic(c.meanDifference()))
            .append("<small>")
            .append(
                c == null
                    ? text("strategist.noPair")
                    : Html.escape(interval(c.ci95Low(), c.ci95High())))
            .append("</small></td>");
      }
      cell(arm.spend(), arm.runs());
      cell(arm.costPerActive(), arm.runs());
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
    if (layout.arms().size() > 2) {
      pairs(p);
    }
  }

  /** One row per point: its winner, each arm's mean, its gap to the leader and its spend. */
  private void compact(List<PlanRanking.Point> points) {
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>")
        .append(text("strategist.pointColumn"))
        .append("</th><th>")
        .append(text("strategist.winner"))
        .append("</th>");
    for (int a = 0; a < layout.arms().size(); a++) {
      out.append("<th>")
          .append(arm(a))
          .append("<small>")
          .append(text("strategist.compact.cell"))
          .append("</small></th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (PlanRanking.Point p : points) {
      int leader = p.order()[0];
      out.append("<tr><td>")
          .append(p.point())
          .append("</td><td>")
          .append(p.winner() >= 0 ? arm(p.winner()) : text("strategist.noClearWinner"))
          .append("</td>");
      for (int a = 0; a < layout.arms().size(); a++) {
        PlanRanking.Arm arm = p.arms().get(a);
        out.append("<td>")
            .append(arm.metric() == null ? "–" : n.statistic(arm.metric().mean()))
            .append("<small>");
        PairedComparison c = a == leader ? null : p.pairs()[leader][a];
        out.append(
            a == leader
                ? text("strategist.leader")
                : c == null
                    ? text("strategist.noPair")
                    : text(
                        "strategist.compact.gap",
                        n.statistic(c.meanDifference()),
                        interval(c.ci95Low(), c.ci95High())));
        out.append("; ")
            .append(arm.spend() == null ? "–" : n.count(arm.spend().mean()))
            .append("</small></td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n<p class=\"note\">")
        .append(text("strategist.compact.note", POINTS_IN_DETAIL))
        .append("</p>\n");
  }

  /** "boum wins: ..." or "No clear winner: ...". */
  String verdict(PlanRanking.Point p) {
    if (layout.arms().size() == 1) {
      return m.text("strategist.oneArm");
    }
    int leader = p.order()[0];
    int second = p.order()[1];
    PairedComparison c = p.pairs()[second][leader]; // leader − second
    String lead =
        c == null
            ? ""
            : m.format(
                "strategist.lead",
                layout.arms().get(second),
                n.statistic(c.meanDifference()),
                interval(c.ci95Low(), c.ci95High()));
    String column = metric.column().column();
    return p.winner() >= 0
        ? m.format("strategist.wins", layout.arms().get(leader), column, lead)
        : m.format("strategist.noWinner", layout.arms().get(leader), column, lead);
  }

  private void pairs(PlanRanking.Point p) {
    out.append("<div class=\"scroll\"><table>\n<thead><tr><th>")
        .append(text("strategist.rowMinusColumn"))
        .append("</th>");
    for (int a = 0; a < layout.arms().size(); a++) {
      out.append("<th>").append(arm(a)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < layout.arms().size(); i++) {
      out.append("<tr><td>").append(arm(i)).append("</td>");
      for (int j = 0; j < layout.arms().size(); j++) {
        PairedComparison c = i == j ? null : p.pairs()[j][i]; // arm i − arm j
        out.append("<td>");
        if (c == null) {
          out.append("–");
        } else {
          out.append(n.statistic(c.meanDifference()))
              .append("<small>")
              .append(Html.escape(interval(c.ci95Low(), c.ci95High())))
              .append("</small>");
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
  }

  private void cell(Summary s, int runs) {
    if (s == null) {
      out.append("<td>–<small>").append(text("strategist.undefined")).append("</small></td>");
      return;
    }
    out.append("<td>")
        .append(n.statistic(s.mean()))
        .append("<small>")
        .append(Html.escape(interval(s.ci95Low(), s.ci95High())));
    if (s.n() < runs) {
      out.append("; ").append(text("strategist.ofRuns", n.whole(s.n()), n.whole(runs)));
    }
    out.append("</small></td>");
  }

  private void costOutcome(List<PlanRanking.Point> points) {
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
                new DecisionCharts(m)
                    .costOutcome(
                        m.text("strategist.costOutcome"),
                        layout.arms(),
                        marks,
                        List.of(),
                        Double.NaN,
                        m.text("strategist.meanSpend"),
                        metric.column().column()),
                "c-cost-outcome-svg",
                ChartStyle.WIDTH,
                ChartStyle.HEIGHT))
        .append("\n<figcaption>")
        .append(
            text(
                layout.points() > 1
                    ? "strategist.costOutcome.captionPoints"
                    : "strategist.costOutcome.caption",
                metric.column().column()))
        .append("</figcaption>\n</figure>\n");
  }
}
