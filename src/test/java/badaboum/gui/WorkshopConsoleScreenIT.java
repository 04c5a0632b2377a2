package badaboum.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.language.Language;
import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sim.display.Console;
import sim.display.Display2D;
import sim.util.Double2D;

/**
 * The console on a real screen (under Xvfb in CI: {@code xvfb-run -a mvn verify}); skipped where
 * there is no display. It plays days of a small scenario and checks that the numbers shown are the
 * engine's and that each person's dot has the colour of their state; then, laid out for a 1024 ×
 * 768 and a 1920 × 1080 projector, with one arm and with three side by side, it checks from the
 * components' own geometry that every label fits: the chart plots keep at least half of their
 * panels, titles and legends lie inside them, the network view's texts lie inside their cells
 * without overlapping, the key numbers are the largest text on screen, and the log's lines wrap
 * inside its window. The pictures are left in {@code target/screenshots/} to look at: each is
 * composed from the windows' own painting at their places on the projector's screen.
 */
class WorkshopConsoleScreenIT {
  static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");
  static final Path THREE = Path.of("src/test/resources/scenarios/tiny-three.yaml");
  static final Path H9 = Path.of("scenarios/workshop/h9-pintagram.yaml");
  static final Path PLATFORMS = Path.of("src/test/resources/scenarios/tiny-platforms.yaml");
  static final Path SHOTS = Path.of("target", "screenshots");
  static final int DAYS = 40;

  /** A projector screen, as the console would find it. */
  static final Rectangle SMALL = new Rectangle(0, 0, 1024, 768);

  static final Rectangle LARGE = new Rectangle(0, 0, 1920, 1080);

  WorkshopConsole gui;
  Console console;

  @AfterEach
  void close() throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          if (gui != null) {
            gui.finish();
            gui.quit();
          }
          if (console != null) {
            console.dispose(); // not doClose(): MASON would end the test's JVM
          }
        });
  }

  /** Opens the console for {@code screen}, starts it and plays {@code days} days. */
  void open(WorkshopParameters parameters, Rectangle screen, int sample, int days)
      throws Exception {
    open(parameters, screen, sample, days, Language.EN);
  }

  void open(
      WorkshopParameters parameters, Rectangle screen, int sample, int days, Language language)
      throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          gui = new WorkshopConsole(parameters, 1.3, sample, screen, language);
          console = new Console(gui);
          console.setBounds(gui.layout().console());
          console.setVisible(true);
          gui.start();
          for (int day = 0; day < days; day++) {
            gui.step();
          }
        });
    SwingUtilities.invokeAndWait(() -> {}); // the charts and the log catch up
    Files.createDirectories(SHOTS);
  }

  @Test
  void playsTheEnginesRunAndDrawsEachPersonInTheColourOfTheirState() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run -a");
    // founding members start active, so that every state is on screen after a few days
    ScenarioLoader loader = new ScenarioLoader();
    Scenario scenario =
        loader.point(loader.load(TINY), Map.of("community.initial_followers", 0.1), "test");
    WorkshopParameters parameters = new WorkshopParameters(scenario, "steady");
    Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    open(parameters, screen, 300, DAYS);

    // the numbers shown are the engine's
    BrandTrace trace = Simulation.run(RunSpec.of(scenario, "steady", 0)).traces().get(0);
    DaySnapshot shown = gui.status().day();
    assertThat(shown.day()).isEqualTo(DAYS);
    assertThat(shown.fans()).isEqualTo((int) trace.get(DailyMetric.FANS, DAYS));
    assertThat(shown.active()).isEqualTo((int) trace.get(DailyMetric.ACTIVE, DAYS));
    assertThat(shown.sentiment()).isEqualTo(trace.get(DailyMetric.SENTIMENT, DAYS));
    assertThat(gui.charts().points()).isEqualTo(DAYS + 1);
    assertThat(gui.log().size()).isGreaterThan(1);

    // MASON's snapshot of the network view
    File snapshot = SHOTS.resolve("network-view.png").toFile();
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            gui.display().takeSnapshot(snapshot, Display2D.TYPE_PNG);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    BufferedImage view = ImageIO.read(snapshot);
    assertThat(distinctColours(view)).isGreaterThan(20);
    assertNodesInStateColours(view);

    // the run stops at the horizon; Stop, a change in the Model tab, Play: the changed run
    SwingUtilities.invokeAndWait(
        () -> {
          while (gui.step()) {
            // until the horizon
          }
          assertThat(gui.status().day().day()).isEqualTo(scenario.days());
          ModelTab model = gui.properties();
          assertThat(model.setValue(model.indexOf("Posts per week"), "8")).isEqualTo(8.0);
          gui.finish();
          gui.start();
          for (int day = 0; day < 10; day++) {
            gui.step();
          }
        });
    SwingUtilities.invokeAndWait(() -> {});
    RunSpec changed = parameters.runSpec();
    assertThat(changed.scenario().strategy("steady").postsPerWeek()).isEqualTo(8.0);
    BrandTrace again = Simulation.run(changed).traces().get(0);
    assertThat(gui.status().day().fans()).isEqualTo((int) again.get(DailyMetric.FANS, 10));
    assertThat(gui.charts().points()).isEqualTo(11);
    assertThat(gui.log().line(gui.log().size() - 1).text())
        .contains("Run started: arm steady")
        .contains("strategies.steady.posts_per_week = 8");
  }

  @Test
  void threeArmsSideBySideRunInLockstepAndFitA1024By768Projector() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run -a");
    Scenario scenario = new ScenarioLoader().load(THREE);
    WorkshopParameters parameters =
        new WorkshopParameters(scenario, List.of("steady", "boum", "chatty"));
    open(parameters, SMALL, 250, DAYS);
    for (int arm = 0; arm < 3; arm++) {
      String name = parameters.arms().get(arm);
      BrandTrace trace = Simulation.run(RunSpec.of(scenario, name, 0)).traces().get(0);
      DaySnapshot shown = gui.panes().get(arm).status().day();
      assertThat(shown.day()).isEqualTo(DAYS);
      assertThat(shown.fans()).as(name).isEqualTo((int) trace.get(DailyMetric.FANS, DAYS));
      assertThat(shown.active()).as(name).isEqualTo((int) trace.get(DailyMetric.ACTIVE, DAYS));
    }
    assertThat(gui.log().line(0).text()).contains("Arms side by side, on the same seed");
    fits("1024x768-three-arms");
  }

  @Test
  void twoArmsInFrenchFitA1024By768Projector() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run -a");
    WorkshopParameters parameters =
        new WorkshopParameters(new ScenarioLoader().load(TINY), List.of("steady", "boum"));
    open(parameters, SMALL, 300, DAYS, Language.FR);
    assertThat(gui.log().line(0).text()).contains("Stratégies côte à côte, sur la même graine");
    assertThat(gui.chartsFrame().getTitle()).startsWith("Courbes en direct");
    fits("1024x768-two-arms-fr");
  }

  @Test
  void oneArmFitsA1024By768Projector() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run -a");
    open(new WorkshopParameters(new ScenarioLoader().load(TINY), "steady"), SMALL, 400, DAYS);
    fits("1024x768-one-arm");
  }

  @Test
  void twoArmsFitA1920By1080Projector() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run -a");
    WorkshopParameters parameters =
        new WorkshopParameters(new ScenarioLoader().load(TINY), List.of("steady", "boum"));
    open(parameters, LARGE, 400, DAYS);
    fits("1920x1080-two-arms");
  }

  @Test
  void threeArmsFitA1920By1080Projector() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run -a");
    WorkshopParameters parameters =
        new WorkshopParameters(
            new ScenarioLoader().load(THREE), List.of("steady", "boum", "chatty"));
    open(parameters, LARGE, 400, DAYS);
    fits("1920x1080-three-arms");
  }

  /**
   * H9's market of three platforms, the two arms side by side past the day Pintagram+ opens: each
   * arm's key numbers are the brand's totals of {@code daily.csv}, and under them a line per
   * platform gives its followers and active members there, or says the arm has no account there.
   */
  @Test
  void platformsApartFitA1024By768Projector() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run -a");
    Scenario scenario = new ScenarioLoader().load(H9);
    List<String> arms = List.of("where-the-community-is", "everywhere");
    int days = 100; // Pintagram+ opens on day 90
    open(new WorkshopParameters(scenario, arms), SMALL, 400, days);
    for (int arm = 0; arm < arms.size(); arm++) {
      List<BrandTrace> traces = Simulation.run(RunSpec.of(scenario, arms.get(arm), 0)).traces();
      BrandTrace total = traces.get(0);
      ArmPane pane = gui.panes().get(arm);
      DaySnapshot shown = pane.status().day();
      assertThat(shown.fans()).isEqualTo((int) total.get(DailyMetric.FANS, days));
      assertThat(shown.active()).isEqualTo((int) total.get(DailyMetric.ACTIVE, days));
      List<DrawnText> texts = pane.header().drawn();
      assertThat(texts).extracting(DrawnText::text).contains("platform");
      for (String platform : List.of("home", "elsewhere", "pintagram")) {
        BrandTrace page =
            traces.stream()
                .filter(t -> t.brand().equals(total.brand() + "@" + platform))
                .findFirst()
                .orElseThrow();
        List<String> row =
            arm == 0 && !platform.equals("home")
                ? List.of("no account")
                : List.of(
                    String.format(
                        java.util.Locale.ROOT, "%,d", (int) page.get(DailyMetric.FOLLOWERS, days)),
                    String.format(
                        java.util.Locale.ROOT, "%,d", (int) page.get(DailyMetric.ACTIVE, days)));
        assertThat(rowOf(texts, platform)).as("%s on %s", arms.get(arm), platform).isEqualTo(row);
      }
    }
    fits("1024x768-h9-platforms");
  }

  /** H9 in French on a large projector, before Pintagram+ opens: the account that is to come. */
  @Test
  void platformsApartInFrenchFitA1920By1080Projector() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run -a");
    WorkshopParameters parameters =
        new WorkshopParameters(
            new ScenarioLoader().load(H9), List.of("where-the-community-is", "everywhere"));
    open(parameters, LARGE, 400, DAYS, Language.FR);
    assertThat(rowOf(gui.panes().get(1).header().drawn(), "pintagram"))
        .containsExactly("dès le jour 90");
    assertThat(rowOf(gui.panes().get(0).header().drawn(), "elsewhere"))
        .containsExactly("pas de compte");
    assertThat(gui.legend().drawn())
        .extracting(DrawnText::text)
        .anyMatch(t -> t.startsWith("en gras"));
    fits("1920x1080-h9-platforms-fr");
  }

  /** H9 with one arm, its numbers in the column beside the legend. */
  @Test
  void platformsApartWithOneArmFitA1024By768Projector() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run -a");
    open(new WorkshopParameters(new ScenarioLoader().load(H9), "everywhere"), SMALL, 400, DAYS);
    assertThat(gui.status().day().platforms()).hasSize(3);
    assertThat(rowOf(gui.panes().get(0).header().drawn(), "pintagram"))
        .containsExactly("from day 90");
    fits("1024x768-h9-one-arm");
  }

  /** Three arms on one, two and three platforms: the narrowest cells, a platform per line. */
  @Test
  void platformsApartWithThreeArmsFitA1024By768Projector() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run -a");
    WorkshopParameters parameters =
        new WorkshopParameters(
            new ScenarioLoader().load(PLATFORMS), List.of("steady", "boum", "chatty"));
    open(parameters, SMALL, 250, DAYS);
    List<Boolean> present =
        gui.panes().stream().map(p -> p.status().day().platforms().get(2).present()).toList();
    assertThat(present).containsExactly(false, false, true);
    assertThat(gui.panes().get(2).status().day().platforms().get(2).followers()).isPositive();
    fits("1024x768-three-arms-platforms");
  }

  /** The texts drawn on the platform's row of a header's table, after its name, left to right. */
  private static List<String> rowOf(List<DrawnText> texts, String platform) {
    DrawnText name =
        texts.stream().filter(t -> t.text().equals(platform)).findFirst().orElseThrow();
    return texts.stream()
        .filter(t -> t != name && Math.abs(t.bounds().getMaxY() - name.bounds().getMaxY()) < 1)
        .sorted(java.util.Comparator.comparingDouble(t -> t.bounds().getX()))
        .map(DrawnText::text)
        .toList();
  }

  /** Every check of the projector layout, and the picture. */
  private void fits(String name) throws Exception {
    AtomicReference<Throwable> failed = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            BufferedImage screen = compose();
            ImageIO.write(screen, "png", SHOTS.resolve("console-" + name + ".png").toFile());
            windowsTileTheScreen();
            float numbers = networkViewFits();
            chartsFit(numbers);
            logFits(numbers);
            assertThat(numbers)
                .as("the key numbers are the largest text: the Swing widgets' type")
                .isGreaterThanOrEqualTo(largestSwingFont());
          } catch (Throwable e) {
            failed.set(e);
          }
        });
    if (failed.get() != null) {
      if (failed.get() instanceof Error error) {
        throw error;
      }
      throw new AssertionError(failed.get());
    }
  }

  private void windowsTileTheScreen() {
    WorkshopLayout l = gui.layout();
    List<Rectangle> windows = List.of(l.display(), l.log(), l.charts(), l.console());
    for (int i = 0; i < windows.size(); i++) {
      for (int j = i + 1; j < windows.size(); j++) {
        assertThat(windows.get(i).intersects(windows.get(j))).isFalse();
      }
    }
    assertThat(gui.displayFrame().getBounds()).isEqualTo(l.display());
    assertThat(gui.chartsFrame().getBounds()).isEqualTo(l.charts());
    assertThat(gui.logFrame().getBounds()).isEqualTo(l.log());
  }

  /**
   * The network view: each text inside its cell and the visible drawing, none over another, dots
   * inside their discs; returns the smallest size of the key numbers, which must be the largest of
   * the view's text.
   */
  private float networkViewFits() {
    Display2D display = gui.display();
    double scale = display.getScale();
    Rectangle visible = display.insideDisplay.getVisibleRect();
    float smallestKey = Float.MAX_VALUE;
    float largestOther = 0;
    List<DrawnText> all = new ArrayList<>();
    for (ArmPane pane : gui.panes()) {
      Rectangle2D cell = scaled(pane.cell(), scale);
      List<DrawnText> texts = pane.header().drawn();
      assertThat(texts).as("the header of %s was drawn", pane.arm).isNotEmpty();
      for (DrawnText t : texts) {
        assertThat(cell.contains(t.bounds()))
            .as("'%s' (%s) inside %s's cell %s", t.text(), t.bounds(), pane.arm, cell)
            .isTrue();
        if (t.key()) {
          smallestKey = Math.min(smallestKey, t.size());
        } else {
          largestOther = Math.max(largestOther, t.size());
        }
      }
      all.addAll(texts);
      // the people: every dot inside the disc under the numbers
      AudienceView view = pane.view();
      double unit = pane.cell().height / AudienceView.HEIGHT;
      assertThat(view.discY() - view.discRadius())
          .as("the disc starts under the numbers")
          .isGreaterThanOrEqualTo(view.top());
      assertThat(2 * view.discRadius() * unit)
          .as("the disc of %s keeps a third of its cell's height", pane.arm)
          .isGreaterThanOrEqualTo(pane.cell().height / 3);
      for (int i = 0; i < view.personCount(); i++) {
        Double2D at = view.field().getObjectLocation(view.person(i));
        assertThat(Math.hypot(at.x - view.discX(), at.y - view.discY()))
            .isLessThanOrEqualTo(view.discRadius() + 1e-9);
      }
    }
    for (DrawnText t : gui.legend().drawn()) {
      largestOther = Math.max(largestOther, t.size());
      all.add(t);
    }
    for (DrawnText t : all) {
      assertThat(visible.contains(t.bounds()))
          .as("'%s' %s is visible in %s", t.text(), t.bounds(), visible)
          .isTrue();
    }
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Rectangle2D a = shrunk(all.get(i).bounds());
        Rectangle2D b = shrunk(all.get(j).bounds());
        assertThat(a.intersects(b))
            .as("'%s' and '%s' overlap", all.get(i).text(), all.get(j).text())
            .isFalse();
      }
    }
    assertThat(smallestKey).isGreaterThanOrEqualTo(largestOther);
    return smallestKey;
  }

  /** Each chart: its plot at least half its panel, its title and legend inside it. */
  private void chartsFit(float numbers) {
    for (ChartPanel panel : gui.charts().panels()) {
      JFreeChart chart = panel.getChart();
      int w = panel.getWidth();
      int h = panel.getHeight();
      assertThat(w * h).as("chart panel laid out").isPositive();
      ChartRenderingInfo info = new ChartRenderingInfo();
      BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      chart.draw(g, new Rectangle2D.Double(0, 0, w, h), info);
      g.dispose();
      Rectangle2D panelArea = new Rectangle2D.Double(0, 0, w, h);
      Rectangle2D data = info.getPlotInfo().getDataArea();
      String title = chart.getTitle().getText();
      assertThat(data.getWidth() * data.getHeight())
          .as("the plot of '%s' (%s) keeps half its %dx%d panel", title, data, w, h)
          .isGreaterThanOrEqualTo(0.5 * w * h);
      int titles = 0;
      for (Object o : info.getEntityCollection().getEntities()) {
        if (o instanceof org.jfree.chart.entity.TitleEntity t && t.getTitle() == chart.getTitle()) {
          titles++;
          Rectangle2D at = t.getArea().getBounds2D();
          assertThat(panelArea.contains(at))
              .as("title '%s' %s inside its %dx%d panel", title, at, w, h)
              .isTrue();
          assertThat(at.getHeight())
              .as("title '%s' on one line", title)
              .isLessThan(2 * chart.getTitle().getFont().getSize2D());
        }
      }
      assertThat(titles).as("title '%s' drawn", title).isEqualTo(1);
      assertThat(chart.getTitle().getFont().getSize2D()).isLessThanOrEqualTo(numbers);
      LegendTitle legend = chart.getLegend();
      if (legend != null) {
        assertThat(legend.getItemFont().getSize2D()).isLessThanOrEqualTo(numbers);
        int items = 0;
        for (Object o : info.getEntityCollection().getEntities()) {
          ChartEntity e = (ChartEntity) o;
          if (e instanceof LegendItemEntity) {
            items++;
            assertThat(panelArea.contains(e.getArea().getBounds2D()))
                .as("legend item of '%s' inside its panel", title)
                .isTrue();
          }
        }
        assertThat(items).isEqualTo(chart.getXYPlot().getSeriesCount());
      }
      XYPlot plot = chart.getXYPlot();
      java.util.Collection<?> markers = plot.getDomainMarkers(org.jfree.ui.Layer.FOREGROUND);
      for (Object marker : markers == null ? List.of() : markers) {
        if (marker instanceof ValueMarker m && m.getLabel() != null) {
          assertThat(m.getLabelFont().getSize2D()).isLessThanOrEqualTo(numbers);
        }
      }
      assertThat(plot.getRangeAxis().getTickLabelFont().getSize2D()).isLessThanOrEqualTo(numbers);
    }
    if (gui.charts().key() != null) {
      for (Component c : components(gui.charts().key())) {
        if (c instanceof JLabel label) {
          assertThat(label.getWidth())
              .as("'%s' is not cut", label.getText())
              .isGreaterThanOrEqualTo(label.getPreferredSize().width);
          assertThat(label.getFont().getSize2D()).isLessThanOrEqualTo(numbers);
        }
      }
    }
  }

  /** The log: its lines wrap inside the window; no line runs off it. */
  private void logFits(float numbers) throws Exception {
    EventLog log = gui.log();
    int width = log.scroll().getViewport().getExtentSize().width;
    assertThat(log.pane().getWidth()).isLessThanOrEqualTo(width);
    String text = log.pane().getDocument().getText(0, log.pane().getDocument().getLength());
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        Rectangle2D end = log.pane().modelToView2D(i);
        assertThat(end.getMaxX())
            .as("line ending at %d inside the log", i)
            .isLessThanOrEqualTo(width);
      }
    }
    assertThat(log.font().getSize2D()).isLessThanOrEqualTo(numbers);
  }

  private static float largestSwingFont() {
    float largest = 0;
    for (Object key : UIManager.getLookAndFeelDefaults().keySet()) {
      if (UIManager.get(key) instanceof FontUIResource font) {
        largest = Math.max(largest, font.getSize2D());
      }
    }
    return largest;
  }

  /** The windows painted at their places on the projector's screen. */
  private BufferedImage compose() {
    Rectangle screen = new Rectangle();
    List<JFrame> frames =
        List.of(gui.displayFrame(), gui.chartsFrame(), gui.logFrame(), (JFrame) console);
    for (JFrame f : frames) {
      screen = screen.union(f.getBounds());
    }
    BufferedImage image =
        new BufferedImage(screen.width, screen.height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    for (JFrame f : frames) {
      Container content = f.getRootPane();
      Point at = SwingUtilities.convertPoint(content, 0, 0, f);
      Graphics2D part =
          (Graphics2D)
              g.create(f.getX() + at.x, f.getY() + at.y, content.getWidth(), content.getHeight());
      content.printAll(part);
      part.dispose();
    }
    g.dispose();
    return image;
  }

  private static List<Component> components(Container root) {
    List<Component> all = new ArrayList<>();
    for (Component c : root.getComponents()) {
      all.add(c);
      if (c instanceof Container inner) {
        all.addAll(components(inner));
      }
    }
    return all;
  }

  private static Rectangle2D scaled(Rectangle2D r, double scale) {
    return new Rectangle2D.Double(
        r.getX() * scale - 0.5,
        r.getY() * scale - 0.5,
        r.getWidth() * scale + 1,
        r.getHeight() * scale + 1);
  }

  /** A text's box less the air above and below its glyphs that a line height includes. */
  private static Rectangle2D shrunk(Rectangle2D r) {
    return new Rectangle2D.Double(
        r.getX() + 0.5,
        r.getY() + 1,
        Math.max(0, r.getWidth() - 1),
        Math.max(0, r.getHeight() - 2));
  }

  /**
   * Each person drawn whose dot no other dot covers has, at its centre, the colour of their state.
   */
  private void assertNodesInStateColours(BufferedImage image) {
    ArmPane pane = gui.panes().get(0);
    AudienceView view = pane.view();
    double scale = gui.display().getScale();
    double unit = pane.cell().height / AudienceView.HEIGHT;
    Set<NodeState> seen = new HashSet<>();
    int checked = 0;
    int matching = 0;
    for (int i = 0; i < view.personCount(); i++) {
      PersonNode person = view.person(i);
      NodeState state = person.nodeState();
      if (state == NodeState.LEFT) {
        continue; // a ring: its centre is white
      }
      Double2D at = view.field().getObjectLocation(person);
      if (covered(view, i, at)) {
        continue;
      }
      int x = (int) Math.round((pane.cell().x + at.x * unit) * scale);
      int y = (int) Math.round((pane.cell().y + at.y * unit) * scale);
      checked++;
      if (image.getRGB(x, y) == state.colour().getRGB()) {
        matching++;
        seen.add(state);
      }
    }
    assertThat(checked).isGreaterThan(view.personCount() / 3);
    assertThat(matching).isEqualTo(checked);
    assertThat(seen).contains(NodeState.UNAWARE, NodeState.AWARE, NodeState.ACTIVE);
  }

  /** Whether another dot (or its ring) reaches the centre of dot {@code i}. */
  private static boolean covered(AudienceView view, int i, Double2D at) {
    for (int j = 0; j < view.personCount(); j++) {
      if (j != i) {
        Double2D other = view.field().getObjectLocation(view.person(j));
        NodeState state = view.person(j).nodeState();
        double reach = state.diameter() / 2 + (view.person(j).outraged() ? 1.2 : 0.3);
        if (Math.hypot(at.x - other.x, at.y - other.y) < reach) {
          return true;
        }
      }
    }
    return false;
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
