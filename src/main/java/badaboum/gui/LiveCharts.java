package badaboum.gui;

import badaboum.model.ProgrammeEvent;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.text.NumberFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;
import sim.display.ChartUtilities;
import sim.util.media.chart.TimeSeriesAttributes;
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
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

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
  private final Set<String> marked = new HashSet<>();
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
      key = buildKey();
      window.add(key, BorderLayout.NORTH);
    }
    for (TimeSeriesChartGenerator g : generators) {
      ChartPanel panel = panelFor(g);
      panels.add(panel);
      grid.add(panel);
    }
    window.add(grid, BorderLayout.CENTER);
  }

  /** Above the charts when arms are compared: each arm's colour, and what solid and dashed mean. */
  private JPanel buildKey() {
    JPanel box = new JPanel();
    box.setLayout(new BoxLayout(box, BoxLayout.Y_AXIS));
    box.setBackground(Color.WHITE);
    box.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
    JPanel names = new JPanel(new FlowLayout(FlowLayout.LEFT, 14, 0));
    names.setBackground(Color.WHITE);
    for (int i = 0; i < arms.size(); i++) {
      JLabel name = new JLabel("\u25A0 " + arms.get(i));
      name.setForeground(WorkshopStyle.arm(i));
      name.setFont(style.font(Font.BOLD, WorkshopStyle.TEXT));
      names.add(name);
    }
    JTextArea lines = new JTextArea(style.text().compareKey());
    lines.setFont(style.font(Font.PLAIN, WorkshopStyle.SMALL));
    lines.setForeground(ArmHeader.GREY_TEXT);
    lines.setLineWrap(true);
    lines.setWrapStyleWord(true);
    lines.setEditable(false);
    lines.setFocusable(false);
    lines.setBorder(BorderFactory.createEmptyBorder(0, 14, 2, 4));
    names.setAlignmentX(0);
    lines.setAlignmentX(0);
    box.add(names);
    box.add(lines);
    return box;
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
    marked.clear();
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
          mark(e, i);
        }
      }
    }
    update();
  }

  private void mark(ProgrammeEvent e, int arm) {
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
    for (TimeSeriesChartGenerator g : generators) {
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

  /** A chart; {@code minimumRange} keeps an empty chart's axis readable (0 for a fixed axis). */
  private TimeSeriesChartGenerator chart(String title, double minimumRange, boolean legend) {
    TimeSeriesChartGenerator g = ChartUtilities.buildTimeSeriesChartGenerator(title, null);
    JFreeChart chart = g.getChart();
    if (legend) {
      g.addLegend();
    } else {
      chart.removeLegend(); // the arms' colours are in the key above the charts
    }
    chart.getTitle().setFont(style.font(Font.BOLD, WorkshopStyle.TITLE));
    chart.setPadding(new RectangleInsets(2, 2, 2, 6));
    XYPlot plot = chart.getXYPlot();
    plot.setInsets(new RectangleInsets(2, 2, 2, 4));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
      axis.setLabel(null);
      axis.setTickLabelFont(style.font(Font.PLAIN, WorkshopStyle.SMALL));
    }
    // the ticks in the room's language: 2,000 and 0.5, or 2 000 and 0,5
    Locale locale = style.text().language().locale();
    if (plot.getRangeAxis() instanceof NumberAxis y) {
      if (minimumRange > 0) {
        y.setAutoRangeIncludesZero(true);
        y.setRangeType(RangeType.POSITIVE);
        y.setAutoRangeMinimumSize(minimumRange);
        y.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
      } else {
        y.setNumberFormatOverride(NumberFormat.getNumberInstance(locale));
      }
    }
    if (plot.getDomainAxis() instanceof NumberAxis x) {
      x.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
    }
    LegendTitle key = chart.getLegend();
    if (key != null) {
      key.setItemFont(style.font(Font.PLAIN, WorkshopStyle.SMALL));
      key.setPosition(RectangleEdge.BOTTOM);
      key.setFrame(BlockBorder.NONE);
      key.setItemLabelPadding(new RectangleInsets(0, 2, 0, 6));
      key.setMargin(new RectangleInsets(2, 0, 0, 0));
      key.setPadding(RectangleInsets.ZERO_INSETS);
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
