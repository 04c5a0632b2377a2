package badaboum.gui;

import badaboum.model.ProgrammeEvent;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The lines drawn across the live charts: the programme's events on every chart (cancellations and
 * crises labelled, reviews and contest starts as thin lines), sentiment's zero and the budget on
 * the spend chart.
 */
final class ChartMarkers {
  private final WorkshopStyle style;
  private final List<String> arms;
  private final List<TimeSeriesChartGenerator> charts;

  /** The events marked in this run, so that each is marked once. */
  private final Set<String> marked = new HashSet<>();

  /**
   * @param charts every chart, where events are marked (the list as it fills)
   */
  ChartMarkers(WorkshopStyle style, List<String> arms, List<TimeSeriesChartGenerator> charts) {
    this.style = style;
    this.arms = arms;
    this.charts = charts;
  }

  /** Forgets the events marked, for a new run. */
  void clear() {
    marked.clear();
  }

  /** Sentiment's zero, and a positive budget as a dashed line on the spend chart. */
  void baselines(
      TimeSeriesChartGenerator sentiment, TimeSeriesChartGenerator spend, double budget) {
    ValueMarker zero = new ValueMarker(0, ArmHeader.GREY_TEXT, new BasicStroke(1.5f));
    sentiment.getChart().getXYPlot().addRangeMarker(zero);
    if (budget > 0) {
      ValueMarker line =
          new ValueMarker(
              budget,
              NodeState.LEFT.colour(),
              new BasicStroke(
                  2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
      line.setLabel(style.text().budget());
      line.setLabelFont(style.font(Font.BOLD, WorkshopStyle.SMALL));
      line.setLabelPaint(NodeState.LEFT.colour());
      line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
      spend.getChart().getXYPlot().addRangeMarker(line);
    }
  }

  /** Marks arm {@code arm}'s event on every chart, if it is of a kind marked and not yet marked. */
  void mark(ProgrammeEvent e, int arm) {
    EventKind kind = EventKind.of(e.text());
    boolean labelled = kind == EventKind.CANCELLATION || kind == EventKind.CRISIS;
    boolean thin =
        kind == EventKind.REVIEW
            || (kind == EventKind.CONTEST && e.text().startsWith("contest starts"));
    if (!labelled && !thin) {
      return;
    }
    boolean perArmMark = arms.size() > 1 && kind == EventKind.CANCELLATION;
    // a crisis or review hits every arm on the same day: one mark
    if (!marked.add(e.day() + ":" + kind + (perArmMark || kind == EventKind.CONTEST ? arm : ""))) {
      return;
    }
    Color colour = perArmMark ? WorkshopStyle.arm(arm) : kind.colour();
    for (TimeSeriesChartGenerator g : charts) {
      ValueMarker m =
          new ValueMarker(
              e.day(),
              colour,
              labelled
                  ? new BasicStroke(3f)
                  : new BasicStroke(
                      1.2f,
                      BasicStroke.CAP_BUTT,
                      BasicStroke.JOIN_MITER,
                      10f,
                      new float[] {4f, 4f},
                      0f));
      if (labelled) {
        m.setLabel(
            perArmMark ? style.text().cancelledMarker(arms.get(arm)) : style.text().marker(kind));
        m.setLabelFont(style.font(Font.BOLD, WorkshopStyle.SMALL));
        m.setLabelPaint(colour);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      } else {
        m.setAlpha(0.6f);
      }
      g.getChart().getXYPlot().addDomainMarker(m);
    }
  }
}
