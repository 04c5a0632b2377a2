package badaboum.gui;

import badaboum.engine.CommunitySimulation;
import badaboum.engine.RunSpec;
import badaboum.language.Language;
import badaboum.model.Market;
import badaboum.scenario.ManagementSpec;
import badaboum.scenario.Scenario;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
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
 *
 * <p>{@link ConsoleLauncher} opens it on a screen; {@link ArmColumns} holds the network view's
 * column per arm, and {@link ChangeNotes} logs the Model tab's changes.
 */
public final class WorkshopConsole extends GUIState {
  /** People drawn in each network view unless asked otherwise. */
  public static final int DEFAULT_SAMPLE = 400;

  private final WorkshopParameters parameters;
  private final ConsoleText words;
  private final WorkshopStyle style;
  private final WorkshopLayout layout;
  private final ModelTab properties;
  private final ArmColumns columns;
  private Display2D display;
  private JFrame displayFrame;
  private LiveCharts charts;
  private JFrame chartsFrame;
  private EventLog log;
  private JFrame logFrame;

  /** Counts the starts, so that a late reading of a previous run is not drawn into this one. */
  private volatile int generation;

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
    this.layout = WorkshopLayout.of(screen, parameters.comparing());
    this.properties =
        new ModelTab(parameters, new ChangeNotes(style, () -> log, () -> displayFrame), words);
    this.columns = new ArmColumns(parameters, style, sampleSize);
    aboutLanguage = language;
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
    Dimension drawing = DisplayFit.fit(display, displayFrame, d);
    columns.attach(display, drawing.width, drawing.height);
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

  /** Before the first Play: each arm's market on its first day, everyone still unaware. */
  private void preview() {
    List<Market> markets = new ArrayList<>();
    List<RunSpec> specs = new ArrayList<>();
    for (int i = 0; i < columns.panes().size(); i++) {
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

  /** Reads the day just ended in every arm; on the model's thread, within the schedule's lock. */
  private void observe(Lockstep lockstep) {
    List<DaySnapshot> days = columns.read(lockstep);
    int run = generation;
    List<ArmPane> panes = columns.panes();
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

  /** Points each arm's view at its market, and redraws them. */
  private void show(List<Market> markets, List<RunSpec> specs, boolean started) {
    columns.show(markets, specs, started);
    if (display != null) {
      display.repaint();
    }
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
    return columns.legend();
  }

  List<ArmPane> panes() {
    return columns.panes();
  }

  /** The first arm's view. */
  AudienceView view() {
    return columns.panes().get(0).view;
  }

  /** The first arm's status. */
  ArmHeader.Status status() {
    return columns.panes().get(0).status;
  }
}
