package badaboum.gui;

import badaboum.model.ProgrammeEvent;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridLayout;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Four live charts in one window, two by two: fans, active members, sentiment and spend, day by
 * day, with the programme's events marked (cancellations and crises labelled, reviews and contest
 * starts as thin lines). With one arm each chart shows several measures, with its own legend; with
 * arms side by side each arm has its colour, a solid line for the chart's measure and a dashed one
 * for its companion (real followers beside fans, members answering members beside active members),
 * and one key above the charts says so. Each is a MASON {@link TimeSeriesChartGenerator}:
 * double-clicking a chart opens MASON's own window for it (export to PDF, movie). The axes carry no
 * titles: the horizontal axis is always the day, and each chart's title says what it counts, which
 * leaves the plots the room. Used from Swing's thread only.
 */
final class LiveCharts {
  private static final int WEEK = 7;

  private final WorkshopStyle style;
  private final List<String> arms;
  private final List<TimeSeriesChartGenerator> generators = new ArrayList<>();
  private final List<ChartPanel> panels = new ArrayList<>();
  private final List<XYSeries> series = new ArrayList<>();
  private final TimeSeriesChartGenerator fans;
  private final TimeSeriesChartGenerator active;
  private final TimeSeriesChartGenerator sentiment;
  private final TimeSeriesChartGenerator spend;
  private final List<ArmSeries> perArm = new ArrayList<>();
  private final JPanel window = new JPanel(new BorderLayout());
  private final JPanel grid = new JPanel(new GridLayout(2, 2, 6, 6));
  private final JPanel key;
  private final ChartMarkers markers;
  private int lastDay = -1;

  /** One arm's lines, and its last week of answers. */
  private static final class ArmSeries {
    XYSeries fans;
    XYSeries followers;
    XYSeries bought;
    XYSeries active;
    XYSeries ambassadors;
    XYSeries memberAnswers;
    XYSeries replies;
    XYSeries sentiment;
    XYSeries spend;
    final ArrayDeque<int[]> lastWeek = new ArrayDeque<>();
  }

  LiveCharts(WorkshopStyle style, List<String> arms) {
    this.style = style;
    this.arms = List.copyOf(arms);
    this.markers = new ChartMarkers(style, this.arms, generators);
    boolean one = arms.size() == 1;
    ConsoleText w = style.text();
    fans = chart(w.chart("fans"), 10, one);
    active = chart(w.chart("active"), 10, one);
    sentiment = chart(w.chart("sentiment"), 0, one);
    sentiment.setYAxisRange(-1, 1);
    spend = chart(w.chart("spend"), 1000, one);
    if (one) {
      ArmSeries a = new ArmSeries();
      a.fans = series(fans, w.series("fans"), NodeState.INK, 3.5, false);
      a.followers = series(fans, w.series("followers"), NodeState.AWARE.colour(), 3, false);
      a.bought = series(fans, w.series("bought"), NodeState.BOT.colour(), 2, true);
      a.active = series(active, w.series("active"), NodeState.ACTIVE.colour(), 3.5, false);
      a.ambassadors =
          series(active, w.series("ambassadors"), NodeState.AMBASSADOR.colour(), 3, false);
      // the community at work: members answering members, beside the brand's own replies
      a.memberAnswers =
          series(active, w.series("memberAnswers"), NodeState.ACTIVE.colour(), 2, true);
      a.replies = series(active, w.series("replies"), NodeState.AWARE.colour(), 2, true);
      a.sentiment =
          series(sentiment, w.series("sentiment"), NodeState.OUTRAGED.darker(), 3.5, false);
      a.spend = series(spend, w.series("spend"), NodeState.LEFT.colour(), 3.5, false);
      perArm.add(a);
      key = null;
    } else {
      for (int i = 0; i < arms.size(); i++) {
        Color colour = WorkshopStyle.arm(i);
        String arm = arms.get(i);
        ArmSeries a = new ArmSeries();
        a.fans = series(fans, arm, colour, 3.5, false);
        a.followers = series(fans, w.armSeries(arm, w.series("followers")), colour, 2, true);
        a.active = series(active, arm, colour, 3.5, false);
        a.memberAnswers =
            series(active, w.armSeries(arm, w.series("memberAnswers")), colour, 2, true);
        a.sentiment = series(sentiment, arm, colour, 3.5, false);
        a.spend = series(spend, arm, colour, 3.5, false);
        perArm.add(a);
      }
      key = ChartLook.compareKey(style, this.arms);
      window.add(key, BorderLayout.NORTH);
    }
    for (TimeSeriesChartGenerator g : generators) {
      ChartPanel panel = ChartLook.panelFor(g);
      panels.add(panel);
      grid.add(panel);
    }
    window.add(grid, BorderLayout.CENTER);
  }

  /** The window: the four charts, to register with the console. */
  JFrame createFrame() {
    JFrame frame = new JFrame(style.text().chartsWindow());
    frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
    frame.getContentPane().add(window);
    return frame;
  }

  /** Clears the charts for a new run of {@code days} days; a positive budget is drawn as a line. */
  void reset(int days, double budget) {
    lastDay = -1;
    markers.clear();
    perArm.forEach(a -> a.lastWeek.clear());
    for (XYSeries s : series) {
      s.clear();
    }
    for (TimeSeriesChartGenerator g : generators) {
      XYPlot plot = g.getChart().getXYPlot();
      plot.clearDomainMarkers();
      plot.clearRangeMarkers();
      g.setXAxisRange(0, days);
    }
    markers.baselines(sentiment, spend, budget);
    update();
  }

  /** Adds a day, one snapshot per arm in order (once: a day already shown is ignored). */
  void add(List<DaySnapshot> days) {
    int day = days.get(0).day();
    if (day <= lastDay) {
      return;
    }
    lastDay = day;
    for (int i = 0; i < days.size(); i++) {
      DaySnapshot d = days.get(i);
      ArmSeries a = perArm.get(i);
      double x = d.day();
      a.fans.add(x, d.fans(), false);
      a.followers.add(x, d.followers(), false);
      if (a.bought != null) {
        a.bought.add(x, d.fakeFans(), false);
      }
      a.active.add(x, d.active(), false);
      if (a.ambassadors != null) {
        a.ambassadors.add(x, d.ambassadors(), false);
      }
      a.lastWeek.addLast(new int[] {d.memberAnswers(), d.replies()});
      if (a.lastWeek.size() > WEEK) {
        a.lastWeek.removeFirst();
      }
      a.memberAnswers.add(x, a.lastWeek.stream().mapToInt(w -> w[0]).sum(), false);
      if (a.replies != null) {
        a.replies.add(x, a.lastWeek.stream().mapToInt(w -> w[1]).sum(), false);
      }
      a.sentiment.add(x, d.sentiment(), false);
      a.spend.add(x, d.spend(), false);
      for (ProgrammeEvent e : d.events()) {
        if (d.ours(e)) {
          markers.mark(e, i);
        }
      }
    }
    update();
  }

  private void update() {
    for (TimeSeriesChartGenerator g : generators) {
      g.update(TimeSeriesChartGenerator.FORCE_KEY, true);
    }
  }

  /** Days shown so far (for tests). */
  int points() {
    return perArm.get(0).fans.getItemCount();
  }

  /** The charts' panels, for the console's geometry checks. */
  List<ChartPanel> panels() {
    return panels;
  }

  /** The key above the charts when arms are compared, else null. */
  JPanel key() {
    return key;
  }

  /** A chart, among those where events are marked. */
  private TimeSeriesChartGenerator chart(String title, double minimumRange, boolean legend) {
    TimeSeriesChartGenerator g = ChartLook.chart(style, title, minimumRange, legend);
    generators.add(g);
    return g;
  }

  /** A line, among those cleared for a new run. */
  private XYSeries series(
      TimeSeriesChartGenerator g, String name, Color colour, double thickness, boolean dashed) {
    XYSeries line = ChartLook.series(g, name, colour, thickness, dashed).getSeries();
    series.add(line);
    return line;
  }
}
