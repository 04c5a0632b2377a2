package badaboum.gui;

import badaboum.engine.CommunitySimulation;
import badaboum.engine.RunSpec;
import badaboum.language.Language;
import badaboum.model.Market;
import badaboum.model.network.Graph;
import badaboum.scenario.ManagementSpec;
import badaboum.scenario.Scenario;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.geom.Rectangle2D;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Properties;

/**
 * The workshop console: MASON's {@code GUIState} around the engine, as MASON pairs {@code Students}
 * with {@code StudentsWithUI}. It runs one arm, or two or three side by side on the same seed in
 * lockstep ({@link Lockstep}): one network view and one set of key numbers per arm, four live
 * charts with a line per arm, one event log, and the strategies' key parameters in the console's
 * Model tab (a change applies at the next start: Stop, then Play). Play, Pause, Step and Stop act
 * on every arm together. On a market of several platforms each arm's numbers are its brand's totals
 * over its pages, with the brand on each platform under them ({@link PlatformTally}).
 *
 * <p>It never changes a run: each arm is scheduled exactly as by {@code Simulation.run}, and the
 * console only reads the markets after each day (a step queued after the day's schedule), so with
 * replicate 0 and no change each arm's numbers are those of {@code badaboum run}.
 */
public final class WorkshopConsole extends GUIState {
  /** People drawn in each network view unless asked otherwise. */
  public static final int DEFAULT_SAMPLE = 400;

  /** Share of the network view's width the legend column takes beside one arm. */
  static final double LEGEND_COLUMN = 0.3;

  private final WorkshopParameters parameters;
  private final ConsoleText words;
  private final WorkshopStyle style;
  private final int sampleSize;
  private final WorkshopLayout layout;
  private final ModelTab properties;
  private final List<ArmPane> panes = new ArrayList<>();
  private Display2D display;
  private JFrame displayFrame;
  private Legend legend;
  private LiveCharts charts;
  private JFrame chartsFrame;
  private EventLog log;
  private JFrame logFrame;
  private Graph shownGraph;
  private volatile int shownDay;

  /** Counts the starts, so that a late reading of a previous run is not drawn into this one. */
  private volatile int generation;

  /** One arm's part of the network view. */
  static final class ArmPane {
    final String arm;
    final Rectangle2D.Double cell;
    final ArmHeader header;
    final ContinuousPortrayal2D people = new ContinuousPortrayal2D();
    final NetworkPortrayal2D links = new NetworkPortrayal2D();
    volatile AudienceView view;
    volatile ArmHeader.Status status;
    int[] eventsSeen = new int[0];

    /** The brand's recorders on a market of several platforms, else null. */
    PlatformTally tally;

    ArmPane(String arm, Rectangle2D.Double cell, ArmHeader header) {
      this.arm = arm;
      this.cell = cell;
      this.header = header;
    }

    AudienceView view() {
      return view;
    }

    ArmHeader.Status status() {
      return status;
    }

    ArmHeader header() {
      return header;
    }

    Rectangle2D.Double cell() {
      return cell;
    }
  }

  /**
   * The language of the About tab, which MASON asks the class for, not the console: the language of
   * the console opened last.
   */
  private static volatile Language aboutLanguage = Language.EN;

  /** The console in English. */
  public WorkshopConsole(
      WorkshopParameters parameters, double fontScale, int sampleSize, Rectangle screen) {
    this(parameters, fontScale, sampleSize, screen, Language.EN);
  }

  /**
   * @param sampleSize people drawn in each network view
   * @param screen where the windows may go
   * @param language the language of the console's words
   */
  public WorkshopConsole(
      WorkshopParameters parameters,
      double fontScale,
      int sampleSize,
      Rectangle screen,
      Language language) {
    super(new Lockstep(parameters));
    if (sampleSize < 1) {
      throw new IllegalArgumentException("sample: expected 1 or more people, got " + sampleSize);
    }
    this.parameters = parameters;
    this.words = new ConsoleText(language);
    this.style = new WorkshopStyle(fontScale, screen.height, words);
    this.sampleSize = sampleSize;
    this.layout = WorkshopLayout.of(screen, parameters.comparing());
    this.properties = new ModelTab(parameters, new Changes(), words);
    aboutLanguage = language;
  }

  /**
   * Opens the console with its windows laid out on the screen, on Swing's thread, and returns it (a
   * {@link JFrame}; MASON ends the program when it is closed).
   *
   * @param delayMillis pause between days while playing, so that a room can follow
   * @param play whether to start the run at once, as if Play were pressed
   */
  public static JFrame open(
      WorkshopParameters parameters,
      double fontScale,
      int sampleSize,
      long delayMillis,
      boolean play,
      Language language)
      throws InterruptedException, InvocationTargetException {
    AtomicReference<Console> opened = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          Rectangle screen =
              GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
          scaleSwingFonts(new WorkshopStyle(fontScale, screen.height).factor());
          WorkshopConsole gui =
              new WorkshopConsole(parameters, fontScale, sampleSize, screen, language);
          Console console = new Console(gui);
          console.setPlaySleep(delayMillis);
          console.setIncrementSeedOnStop(false);
          console.setBounds(gui.layout.console());
          int model = console.getTabPane().indexOfTab("Model"); // MASON's name for the tab
          if (model >= 0) {
            console.getTabPane().setSelectedIndex(model);
          }
          console.setVisible(true);
          if (play) {
            console.pressPlay();
          }
          opened.set(console);
        });
    return opened.get();
  }

  /** Scales every font of Swing's look and feel, for the console's own widgets. */
  static void scaleSwingFonts(double scale) {
    List<Object> keys = new ArrayList<>(UIManager.getLookAndFeelDefaults().keySet());
    for (Object key : keys) {
      if (UIManager.get(key) instanceof FontUIResource font) {
        UIManager.put(key, new FontUIResource(font.deriveFont((float) (font.getSize2D() * scale))));
      }
    }
  }

  public static String getName() {
    return "badaboum workshop console";
  }

  /** The About tab. */
  public static Object getInfo() {
    return new ConsoleText(aboutLanguage).about();
  }

  @Override
  public Properties getSimulationProperties() {
    return properties;
  }

  @Override
  public Object getSimulationInspectedObject() {
    return null;
  }

  /** Checkpoints are not supported: a run is replayed from its scenario and seed instead. */
  @Override
  public boolean validSimState(SimState state) {
    return false;
  }

  @Override
  public void init(Controller controller) {
    super.init(controller);
    Rectangle d = layout.display();
    display = new Display2D(Math.max(400, d.width - 40), Math.max(300, d.height - 100), this);
    display.setBackdrop(Color.WHITE);
    displayFrame = display.createFrame();
    displayFrame.setTitle(words.audienceWindow(parameters.scenario().name()));
    Dimension drawing = fitDisplay(d);
    cells(drawing.width, drawing.height);
    controller.registerFrame(displayFrame);

    charts = new LiveCharts(style, parameters.arms());
    chartsFrame = charts.createFrame();
    chartsFrame.setBounds(layout.charts());
    controller.registerFrame(chartsFrame);

    log = new EventLog(style);
    logFrame = log.createFrame();
    logFrame.setBounds(layout.log());
    controller.registerFrame(logFrame);

    preview();
    // shown once they have something to show: the first frame is the room's first picture
    displayFrame.setVisible(true);
    chartsFrame.setVisible(true);
    logFrame.setVisible(true);
  }

  /**
   * Divides the drawing ({@code width} × {@code height} pixels at scale 1) into a cell per arm and
   * the legend: a column beside one arm, a band under several; attaches each arm's layers and the
   * legend to the display.
   */
  private void cells(double width, double height) {
    List<String> arms = parameters.arms();
    int n = arms.size();
    int population = parameters.scenario().audience().size();
    int drawn = Math.min(sampleSize, population);
    Rectangle2D.Double legendCell;
    List<Rectangle2D.Double> cells = new ArrayList<>();
    if (n == 1) {
      double column = Math.round(width * LEGEND_COLUMN);
      cells.add(new Rectangle2D.Double(0, 0, width - column, height));
      legendCell = new Rectangle2D.Double(width - column, 0, column, height);
      legend =
          new Legend(
              style,
              column,
              height / AudienceView.HEIGHT,
              () -> shownDay,
              days(),
              drawn,
              population,
              !platformNames().isEmpty());
    } else {
      double guess = height * 0.8;
      Legend band =
          new Legend(
              style,
              width,
              guess / AudienceView.HEIGHT,
              () -> shownDay,
              days(),
              drawn,
              population,
              !platformNames().isEmpty());
      double cellHeight = height - band.height();
      legend =
          new Legend(
              style,
              width,
              cellHeight / AudienceView.HEIGHT,
              () -> shownDay,
              days(),
              drawn,
              population,
              !platformNames().isEmpty());
      cellHeight = height - legend.height();
      for (int i = 0; i < n; i++) {
        cells.add(new Rectangle2D.Double(i * width / n, 0, width / n, cellHeight));
      }
      legendCell = new Rectangle2D.Double(0, cellHeight, width, legend.height());
    }
    for (int i = 0; i < n; i++) {
      ArmPane[] pane = new ArmPane[1];
      Color colour = WorkshopStyle.arm(i);
      pane[0] =
          new ArmPane(
              arms.get(i),
              cells.get(i),
              new ArmHeader(
                  arms.get(i),
                  colour,
                  style,
                  cells.get(i).width,
                  platformNames(),
                  () -> pane[0].status));
      panes.add(pane[0]);
      display.attach(pane[0].links, words.linksLayer(arms.get(i), n), cells.get(i));
      display.attach(pane[0].people, words.peopleLayer(arms.get(i), n), cells.get(i));
      display.attach(pane[0].header, words.numbersLayer(arms.get(i), n), cells.get(i));
    }
    display.attach(legend, words.legendLayer(), legendCell);
  }

  /** The market's platforms when it has several, else none. */
  private List<String> platformNames() {
    return parameters.scenario().platforms().stream().map(p -> p.name()).toList();
  }

  private int days() {
    return parameters.scenario().days();
  }

  /**
   * Sizes the drawing so that the window fits {@code bounds} without scroll bars, and later zooms
   * it to fit the window whenever the window is resized (maximised on the projector, say), keeping
   * the drawing's proportions. Returns the drawing's size at scale 1.
   */
  private Dimension fitDisplay(Rectangle bounds) {
    Display2D.InnerDisplay2D inside = display.insideDisplay;
    // scroll bars only when zoomed in; the drawing first small, then exactly the viewport's size
    display.display.setHorizontalScrollBarPolicy(
        ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
    display.display.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
    inside.width = 100;
    inside.height = 100;
    displayFrame.setBounds(bounds);
    displayFrame.validate();
    Dimension viewport = display.display.getViewport().getExtentSize();
    inside.width = Math.max(200, viewport.width);
    inside.height = Math.max(150, viewport.height);
    inside.revalidate();
    double width = inside.width;
    double height = inside.height;
    display
        .display
        .getViewport()
        .addComponentListener(
            new ComponentAdapter() {
              @Override
              public void componentResized(ComponentEvent e) {
                Dimension view = e.getComponent().getSize();
                double fit = Math.min(view.width / width, view.height / height);
                if (fit > 0.1 && Math.abs(fit - display.getScale()) > 0.01) {
                  display.setScale(fit);
                }
              }
            });
    return new Dimension((int) width, (int) height);
  }

  /** Before the first Play: each arm's market on its first day, everyone still unaware. */
  private void preview() {
    List<Market> markets = new ArrayList<>();
    List<RunSpec> specs = new ArrayList<>();
    for (int i = 0; i < panes.size(); i++) {
      CommunitySimulation preview = new CommunitySimulation(parameters.runSpec(i));
      preview.start();
      markets.add(preview.market());
      specs.add(preview.spec());
    }
    show(markets, specs, false);
    RunSpec spec = parameters.runSpec(0);
    charts.reset(spec.scenario().days(), budget(spec.scenario()));
    log.setSeveralBrands(severalBrands(markets));
    log.note(
        words.opened(
            spec.scenario().name(),
            spec.scenario().audience().size(),
            spec.scenario().days(),
            parameters.arms()));
  }

  @Override
  public void start() {
    super.start(); // the engine builds each arm's market
    Lockstep lockstep = (Lockstep) state;
    generation++;
    List<Market> markets = lockstep.arms().stream().map(CommunitySimulation::market).toList();
    show(markets, lockstep.arms().stream().map(CommunitySimulation::spec).toList(), true);
    RunSpec spec = lockstep.arms().get(0).spec();
    charts.reset(spec.scenario().days(), budget(spec.scenario()));
    log.setSeveralBrands(severalBrands(markets));
    log.note(startNote(spec));
    observe(lockstep);
    // after each day, once the day's metrics are recorded: read, never write
    scheduleRepeatingImmediatelyAfter(s -> observe((Lockstep) s));
    display.reset(); // the display repaints after the reading above
    display.repaint();
  }

  /** Stops the runs at the scenario's horizon, as {@code badaboum run} does. */
  @Override
  public boolean step() {
    CommunitySimulation first = ((Lockstep) state).arms().get(0);
    if (first.market() != null && first.market().day() >= first.spec().scenario().days()) {
      return false;
    }
    return super.step();
  }

  @Override
  public void finish() {
    CommunitySimulation first = ((Lockstep) state).arms().get(0);
    Market market = first.market();
    super.finish();
    if (market != null && log != null) {
      int day = market.day();
      boolean complete = day >= first.spec().scenario().days();
      Runnable note = () -> log.note(complete ? words.complete(day) : words.stopped(day));
      if (SwingUtilities.isEventDispatchThread()) {
        note.run(); // before a new run's first note
      } else {
        SwingUtilities.invokeLater(note);
      }
    }
  }

  @Override
  public void quit() {
    super.quit();
    for (JFrame frame : new JFrame[] {displayFrame, chartsFrame, logFrame}) {
      if (frame != null) {
        frame.dispose();
      }
    }
    displayFrame = null;
    chartsFrame = null;
    logFrame = null;
    display = null;
  }

  /**
   * Points each arm's view at its market: a new sample and layout if the friendships changed (a new
   * replicate), else the same people, shown as they are now.
   */
  private void show(List<Market> markets, List<RunSpec> specs, boolean started) {
    Graph graph = markets.get(0).audience().friends();
    boolean fresh = shownGraph == null || !graph.equals(shownGraph);
    long seed = parameters.runSpec(0).seed();
    for (int i = 0; i < panes.size(); i++) {
      ArmPane pane = panes.get(i);
      Market market = markets.get(i);
      if (fresh || pane.view == null) {
        CommunityFocus focus =
            new CommunityFocus(AudienceSample.of(graph, sampleSize, seed), graph, seed);
        double units = AudienceView.HEIGHT / pane.cell.height;
        AudienceView next =
            new AudienceView(
                focus, graph.size(), pane.cell.width * units, pane.header.height() * units);
        pane.people.setField(next.field());
        pane.people.setPortrayalForAll(new NodePortrayal(next));
        pane.links.setField(new SpatialNetwork2D(next.field(), next.network()));
        pane.links.setPortrayalForAll(new LinkPortrayal());
        pane.view = next;
      }
      pane.view.show(market.brands().get(0));
      pane.eventsSeen = new int[market.brands().size()];
      pane.tally = PlatformTally.of(market, specs.get(i));
      DaySnapshot first =
          DaySnapshot.of(market, started ? pane.eventsSeen : pane.eventsSeen.clone(), pane.tally);
      pane.view.showBots(first.bots());
      pane.status = new ArmHeader.Status(days(), first, started);
      shownDay = first.day();
    }
    shownGraph = graph;
    if (display != null) {
      display.repaint();
    }
  }

  /** Reads the day just ended in every arm; on the model's thread, within the schedule's lock. */
  private void observe(Lockstep lockstep) {
    List<DaySnapshot> days = new ArrayList<>();
    for (int i = 0; i < panes.size(); i++) {
      ArmPane pane = panes.get(i);
      CommunitySimulation sim = lockstep.arms().get(i);
      DaySnapshot day = DaySnapshot.of(sim.market(), pane.eventsSeen, pane.tally);
      pane.view.update(sim.market().brands().get(0));
      pane.view.showBots(day.bots());
      pane.status = new ArmHeader.Status(sim.spec().scenario().days(), day, true);
      days.add(day);
    }
    shownDay = days.get(0).day();
    int run = generation;
    boolean named = panes.size() > 1;
    SwingUtilities.invokeLater(
        () -> {
          if (run == generation) {
            charts.add(days);
            for (int i = 0; i < days.size(); i++) {
              log.add(days.get(i), named ? panes.get(i).arm : null);
            }
          }
        });
  }

  /** Whether the log names each event's brand: several brands, or a brand's several pages. */
  private static boolean severalBrands(List<Market> markets) {
    return markets.stream().anyMatch(m -> m.brands().size() > 1 || m.platforms() != null);
  }

  private String startNote(RunSpec spec) {
    String changes = properties.getValue(properties.indexOf(words.row("changes"))).toString();
    return words.started(parameters.arms(), spec.replicate(), changes);
  }

  private static double budget(Scenario scenario) {
    ManagementSpec m =
        scenario.brands().isEmpty() ? scenario.management() : scenario.brands().get(0).management();
    return m.budget();
  }

  // for tests

  ModelTab properties() {
    return properties;
  }

  Display2D display() {
    return display;
  }

  JFrame displayFrame() {
    return displayFrame;
  }

  JFrame chartsFrame() {
    return chartsFrame;
  }

  JFrame logFrame() {
    return logFrame;
  }

  WorkshopLayout layout() {
    return layout;
  }

  WorkshopStyle style() {
    return style;
  }

  LiveCharts charts() {
    return charts;
  }

  EventLog log() {
    return log;
  }

  Legend legend() {
    return legend;
  }

  List<ArmPane> panes() {
    return panes;
  }

  /** The first arm's view. */
  AudienceView view() {
    return panes.get(0).view;
  }

  /** The first arm's status. */
  ArmHeader.Status status() {
    return panes.get(0).status;
  }

  /** Writes the facilitator's changes and refusals to the log; a refusal also pops up. */
  private final class Changes implements ModelTab.Listener {
    @Override
    public void changed(String parameter, String value) {
      if (log != null) {
        log.note(words.changed(parameter, value));
      }
    }

    @Override
    public void refused(String parameter, String why) {
      if (log == null) {
        return;
      }
      log.warn(words.refusedNote(parameter, why));
      if (displayFrame != null && displayFrame.isShowing()) {
        // after the inspector has released the schedule's lock
        SwingUtilities.invokeLater(
            () -> {
              JOptionPane pane =
                  new JOptionPane(words.refusedDialog(parameter, why), JOptionPane.WARNING_MESSAGE);
              pane.setFont(style.font(Font.PLAIN, WorkshopStyle.TEXT));
              pane.createDialog(displayFrame, words.refusedTitle()).setVisible(true);
            });
      }
    }
  }
}
