package badaboum.gui;

import badaboum.model.ProgrammeEvent;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;
import sim.display.ChartUtilities;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Four live charts in one window, two by two: fans, active members, sentiment and spend, day by
 * day, with the programme's events marked (cancellation and crises labelled, reviews and contest
 * starts as thin lines). Each is a MASON {@link TimeSeriesChartGenerator}; double-clicking a chart
 * opens MASON's own window for it (export to PDF, movie). Used from Swing's thread only.
 */
final class LiveCharts {
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  private static final int WEEK = 7;

  private final WorkshopStyle style;
  private final List<TimeSeriesChartGenerator> generators = new ArrayList<>();
  private final List<XYSeries> series = new ArrayList<>();
  private final TimeSeriesChartGenerator fans;
  private final TimeSeriesChartGenerator active;
  private final TimeSeriesChartGenerator sentiment;
  private final TimeSeriesChartGenerator spend;
  private final XYSeries fansAll;
  private final XYSeries fansReal;
  private final XYSeries fansBought;
  private final XYSeries activeMembers;
  private final XYSeries ambassadors;
  private final XYSeries memberAnswersWeek;
  private final XYSeries repliesWeek;
  private final java.util.ArrayDeque<int[]> lastWeek = new java.util.ArrayDeque<>();
  private final XYSeries sentimentSeries;
  private final XYSeries spendSeries;
  private final JPanel panel = new JPanel(new GridLayout(2, 2, 6, 6));
  private int lastDay = -1;

  LiveCharts(WorkshopStyle style) {
    this.style = style;
    fans = chart("Fans", "people", 10);
    fansAll = series(fans, "fans (with bought fans)", NodeState.INK, 3.5, false);
    fansReal = series(fans, "real followers", NodeState.AWARE.colour(), 3, false);
    fansBought = series(fans, "bought fans", NodeState.BOT.colour(), 2, true);
    active = chart("Active members", "people", 10);
    activeMembers = series(active, "active members", NodeState.ACTIVE.colour(), 3.5, false);
    ambassadors = series(active, "ambassadors", NodeState.AMBASSADOR.colour(), 3, false);
    // the community at work: members answering members, beside the brand's own replies
    memberAnswersWeek =
        series(active, "member answers (7 days)", NodeState.ACTIVE.colour(), 2, true);
    repliesWeek = series(active, "brand replies (7 days)", NodeState.AWARE.colour(), 2, true);
    sentiment = chart("Sentiment of followers", "-1 hostile to +1 delighted", 0);
    sentimentSeries = series(sentiment, "sentiment", NodeState.OUTRAGED.darker(), 3.5, false);
    sentiment.setYAxisRange(-1, 1);
    spend = chart("Spend (cumulative)", "currency", 1000);
    spendSeries = series(spend, "spend", NodeState.LEFT.colour(), 3.5, false);
    for (TimeSeriesChartGenerator g : generators) {
      panel.add(panelFor(g));
    }
  }

  /** The window: the four charts, to register with the console. */
  JFrame createFrame() {
    JFrame frame = new JFrame("Live charts (double-click a chart for MASON's chart options)");
    frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
    frame.getContentPane().add(panel);
    return frame;
  }

  /** Clears the charts for a new run of {@code days} days; a positive budget is drawn as a line. */
  void reset(int days, double budget) {
    lastDay = -1;
    lastWeek.clear();
    for (XYSeries s : series) {
      s.clear();
    }
    for (TimeSeriesChartGenerator g : generators) {
      XYPlot plot = g.getChart().getXYPlot();
      plot.clearDomainMarkers();
      plot.clearRangeMarkers();
      g.setXAxisRange(0, days);
    }
    ValueMarker zero = new ValueMarker(0, Overlay.GREY_TEXT, new BasicStroke(1.5f));
    sentiment.getChart().getXYPlot().addRangeMarker(zero);
    if (budget > 0) {
      ValueMarker line =
          new ValueMarker(
              budget,
              NodeState.LEFT.colour(),
              new BasicStroke(
                  2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
      line.setLabel("budget");
      line.setLabelFont(style.font(Font.BOLD, 13));
      line.setLabelPaint(NodeState.LEFT.colour());
      line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
      spend.getChart().getXYPlot().addRangeMarker(line);
    }
    update();
  }

  /** Adds a day (once: a day already shown is ignored). */
  void add(DaySnapshot d) {
    if (d.day() <= lastDay) {
      return;
    }
    lastDay = d.day();
    double x = d.day();
    fansAll.add(x, d.fans(), false);
    fansReal.add(x, d.followers(), false);
    fansBought.add(x, d.fakeFans(), false);
    activeMembers.add(x, d.active(), false);
    ambassadors.add(x, d.ambassadors(), false);
    lastWeek.addLast(new int[] {d.memberAnswers(), d.replies()});
    if (lastWeek.size() > WEEK) {
      lastWeek.removeFirst();
    }
    memberAnswersWeek.add(x, lastWeek.stream().mapToInt(w -> w[0]).sum(), false);
    repliesWeek.add(x, lastWeek.stream().mapToInt(w -> w[1]).sum(), false);
    sentimentSeries.add(x, d.sentiment(), false);
    spendSeries.add(x, d.spend(), false);
    for (ProgrammeEvent e : d.events()) {
      if (e.brand().equals(d.brand())) {
        mark(e);
      }
    }
    update();
  }

  private void mark(ProgrammeEvent e) {
    EventKind kind = EventKind.of(e.text());
    boolean labelled = kind == EventKind.CANCELLATION || kind == EventKind.CRISIS;
    boolean thin =
        kind == EventKind.REVIEW
            || (kind == EventKind.CONTEST && e.text().startsWith("contest starts"));
    if (!labelled && !thin) {
      return;
    }
    for (TimeSeriesChartGenerator g : generators) {
      ValueMarker m =
          new ValueMarker(
              e.day(),
              kind.colour(),
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
        m.setLabel(kind.marker());
        m.setLabelFont(style.font(Font.BOLD, 14));
        m.setLabelPaint(kind.colour());
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      } else {
        m.setAlpha(0.6f);
      }
      g.getChart().getXYPlot().addDomainMarker(m);
    }
  }

  private void update() {
    for (TimeSeriesChartGenerator g : generators) {
      g.update(TimeSeriesChartGenerator.FORCE_KEY, true);
    }
  }

  /** Days shown so far (for tests). */
  int points() {
    return fansAll.getItemCount();
  }

  /** A chart; {@code minimumRange} keeps an empty chart's axis readable (0 for a fixed axis). */
  private TimeSeriesChartGenerator chart(String title, String yLabel, double minimumRange) {
    TimeSeriesChartGenerator g = ChartUtilities.buildTimeSeriesChartGenerator(title, "day");
    g.setYAxisLabel(yLabel);
    g.addLegend();
    JFreeChart chart = g.getChart();
    chart.getTitle().setFont(style.font(Font.BOLD, 20));
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
      axis.setLabelFont(style.font(Font.PLAIN, 14));
      axis.setTickLabelFont(style.font(Font.PLAIN, 13));
    }
    if (minimumRange > 0 && plot.getRangeAxis() instanceof NumberAxis y) {
      y.setAutoRangeIncludesZero(true);
      y.setRangeType(RangeType.POSITIVE);
      y.setAutoRangeMinimumSize(minimumRange);
      y.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
    }
    if (plot.getDomainAxis() instanceof NumberAxis x) {
      x.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(style.font(Font.PLAIN, 14));
    }
    generators.add(g);
    return g;
  }

  private XYSeries series(
      TimeSeriesChartGenerator g, String name, Color colour, double thickness, boolean dashed) {
    TimeSeriesAttributes a = ChartUtilities.addSeries(g, name);
    a.setStrokeColor(colour);
    a.setThickness(thickness);
    if (dashed) {
      a.setDashPattern(TimeSeriesAttributes.PATTERN_DASH);
    }
    series.add(a.getSeries());
    return a.getSeries();
  }

  private static ChartPanel panelFor(TimeSeriesChartGenerator g) {
    ChartPanel p = new ChartPanel(g.getChart(), false);
    // draw at the panel's own size, so the fonts keep the size set above
    p.setMinimumDrawWidth(0);
    p.setMinimumDrawHeight(0);
    p.setMaximumDrawWidth(10_000);
    p.setMaximumDrawHeight(10_000);
    p.setDomainZoomable(false);
    p.setRangeZoomable(false);
    p.addMouseListener(
        new MouseAdapter() {
          private JFrame frame;

          @Override
          public void mouseClicked(MouseEvent e) {
            if (e.getClickCount() == 2) {
              if (frame == null) {
                frame = g.createFrame();
              }
              frame.setVisible(true);
            }
          }
        });
    return p;
  }
}
