package badaboum.gui;

import badaboum.engine.CommunitySimulation;
import badaboum.engine.RunSpec;
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
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The workshop console: MASON's {@code GUIState} around the engine's {@link CommunitySimulation},
 * as MASON pairs {@code Students} with {@code StudentsWithUI}. It shows a sample of the audience
 * coloured by state, four live charts and the event log, and puts the strategy's key parameters in
 * the console's Model tab; a change there applies at the next start (Stop, then Play).
 *
 * <p>It never changes the run: the model is scheduled exactly as by {@code Simulation.run}, and the
 * console only reads the market after each day (a step queued after the day's schedule), so with
 * replicate 0 and no change the numbers are those of {@code badaboum run}.
 */
public final class WorkshopConsole extends GUIState {
  /** People drawn in the network view unless asked otherwise. */
  public static final int DEFAULT_SAMPLE = 400;

  private final WorkshopParameters parameters;
  private final WorkshopStyle style;
  private final int sampleSize;
  private final WorkshopLayout layout;
  private final ModelTab properties;
  private final ContinuousPortrayal2D peoplePortrayal = new ContinuousPortrayal2D();
  private final NetworkPortrayal2D friendshipPortrayal = new NetworkPortrayal2D();
  private final Overlay overlay;
  private Display2D display;
  private JFrame displayFrame;
  private LiveCharts charts;
  private JFrame chartsFrame;
  private EventLog log;
  private JFrame logFrame;
  private double fieldWidth = AudienceView.HEIGHT;
  private Graph shownGraph;
  private volatile AudienceView view;
  private volatile Overlay.Status status;
  private int[] eventsSeen = new int[0];

  /** Counts the starts, so that a late reading of a previous run is not drawn into this one. */
  private volatile int generation;

  /**
   * @param sampleSize people drawn in the network view
   * @param screen where the windows may go
   */
  public WorkshopConsole(
      WorkshopParameters parameters, double fontScale, int sampleSize, Rectangle screen) {
    super(new CommunitySimulation(parameters::runSpec));
    if (sampleSize < 1) {
      throw new IllegalArgumentException("sample: expected 1 or more people, got " + sampleSize);
    }
    this.parameters = parameters;
    this.style = new WorkshopStyle(fontScale);
    this.sampleSize = sampleSize;
    this.layout = WorkshopLayout.of(screen);
    this.overlay = new Overlay(() -> view, () -> status);
    this.properties = new ModelTab(parameters, new Changes());
  }

  /**
   * Opens the console with its windows laid out on the screen, on Swing's thread, and returns it (a
   * {@link JFrame}; MASON ends the program when it is closed).
   *
   * @param delayMillis pause between days while playing, so that a room can follow
   */
  public static JFrame open(
      WorkshopParameters parameters, double fontScale, int sampleSize, long delayMillis)
      throws InterruptedException, InvocationTargetException {
    AtomicReference<Console> opened = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          scaleSwingFonts(fontScale);
          Rectangle screen =
              GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
          WorkshopConsole gui = new WorkshopConsole(parameters, fontScale, sampleSize, screen);
          Console console = new Console(gui);
          console.setPlaySleep(delayMillis);
          console.setIncrementSeedOnStop(false);
          console.setBounds(gui.layout.console());
          int model = console.getTabPane().indexOfTab("Model");
          if (model >= 0) {
            console.getTabPane().setSelectedIndex(model);
          }
          console.setVisible(true);
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
    return "<html><body style='font-family:sans-serif'>"
        + "<h2>badaboum: from the boum to the badaboum</h2>"
        + "<p>Press <b>Play</b> to run the scenario day by day, <b>Pause</b> to discuss,"
        + " <b>Stop</b> to end the run.</p>"
        + "<p>The <b>Model</b> tab holds the strategy's parameters and a few of the market's."
        + " A change applies at the next start: Stop, then Play. Replicate 0 with no change is"
        + " exactly the run of <code>badaboum run</code>; other replicates are other random"
        + " worlds. (The console's own random seed is not used.)</p>"
        + "<p>The network view shows a neighbourhood of the audience: grey unaware, light blue"
        + " aware, green active followers, orange dormant ones, large dark blue ambassadors,"
        + " orange-red rings people who left, a purple ring the outraged. Grey squares are bots,"
        + " which the model counts without making them persons. Click on a person to inspect"
        + " them.</p>"
        + "<p>The <b>Delay</b> slider of the Console tab sets the pace.</p></body></html>";
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
    displayFrame.setTitle("Audience: " + parameters.scenario().name());
    fitDisplay(d);
    controller.registerFrame(displayFrame);
    display.attach(friendshipPortrayal, "Friendships");
    display.attach(peoplePortrayal, "People");
    display.attach(overlay, "Day, numbers and legend");
    displayFrame.setVisible(true);

    charts = new LiveCharts(style);
    chartsFrame = charts.createFrame();
    chartsFrame.setBounds(layout.charts());
    controller.registerFrame(chartsFrame);
    chartsFrame.setVisible(true);

    log = new EventLog(style);
    logFrame = log.createFrame();
    logFrame.setBounds(layout.log());
    controller.registerFrame(logFrame);
    logFrame.setVisible(true);

    preview();
  }

  /**
   * Sizes the drawing so that the window fits {@code bounds} without scroll bars, and later zooms
   * it to fit the window whenever the window is resized (maximised on the projector, say), keeping
   * the field's proportions.
   */
  private void fitDisplay(Rectangle bounds) {
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
    fieldWidth = AudienceView.HEIGHT * inside.width / inside.height;
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
  }

  /** Before the first Play: the audience of the next run, everyone still unaware. */
  private void preview() {
    RunSpec spec = parameters.runSpec();
    CommunitySimulation preview = new CommunitySimulation(spec);
    preview.start();
    show(preview.market(), spec, false);
    charts.reset(spec.scenario().days(), budget(spec.scenario()));
    log.setSeveralBrands(preview.market().brands().size() > 1);
    log.note(
        String.format(
            Locale.ROOT,
            "%s: %,d people, %d days. Arm %s. Press Play to start.",
            spec.scenario().name(),
            spec.scenario().audience().size(),
            spec.scenario().days(),
            spec.arm()));
  }

  @Override
  public void start() {
    super.start(); // the engine builds the market of the run
    CommunitySimulation sim = (CommunitySimulation) state;
    RunSpec spec = sim.spec();
    Market market = sim.market();
    generation++;
    show(market, spec, true);
    charts.reset(spec.scenario().days(), budget(spec.scenario()));
    log.setSeveralBrands(market.brands().size() > 1);
    log.note(startNote(spec));
    observe(sim);
    // after each day, once the day's metrics are recorded: read, never write
    scheduleRepeatingImmediatelyAfter(s -> observe((CommunitySimulation) s));
    display.reset(); // the display repaints after the reading above
    display.repaint();
  }

  /** Stops the run at the scenario's horizon, as {@code badaboum run} does. */
  @Override
  public boolean step() {
    CommunitySimulation sim = (CommunitySimulation) state;
    if (sim.market() != null && sim.market().day() >= sim.spec().scenario().days()) {
      return false;
    }
    return super.step();
  }

  @Override
  public void finish() {
    CommunitySimulation sim = (CommunitySimulation) state;
    Market market = sim.market();
    super.finish();
    if (market != null && log != null) {
      int day = market.day();
      boolean complete = day >= sim.spec().scenario().days();
      Runnable note =
          () ->
              log.note(
                  complete ? "Run complete (day " + day + ")." : "Run stopped on day " + day + ".");
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

  /** Points the view at a market: a new sample and layout only if the friendships changed. */
  private void show(Market market, RunSpec spec, boolean started) {
    Graph graph = market.audience().friends();
    if (view == null || !graph.equals(shownGraph)) {
      AudienceView next =
          new AudienceView(AudienceSample.of(graph, sampleSize, spec.seed()), fieldWidth);
      peoplePortrayal.setField(next.field());
      peoplePortrayal.setPortrayalForAll(new NodePortrayal(next));
      friendshipPortrayal.setField(new SpatialNetwork2D(next.field(), next.network()));
      friendshipPortrayal.setPortrayalForAll(new FriendshipPortrayal());
      view = next;
      shownGraph = graph;
    }
    view.show(market.brands().get(0));
    eventsSeen = new int[market.brands().size()];
    DaySnapshot first = DaySnapshot.of(market, started ? eventsSeen : eventsSeen.clone());
    view.showBots(first.bots());
    status = new Overlay.Status(spec.arm(), spec.scenario().days(), first, started);
    if (display != null) {
      display.repaint();
    }
  }

  /** Reads the day just ended; on the model's thread, within the schedule's lock. */
  private void observe(CommunitySimulation sim) {
    DaySnapshot day = DaySnapshot.of(sim.market(), eventsSeen);
    view.showBots(day.bots());
    status = new Overlay.Status(sim.spec().arm(), sim.spec().scenario().days(), day, true);
    int run = generation;
    SwingUtilities.invokeLater(
        () -> {
          if (run == generation) {
            charts.add(day);
            log.add(day);
          }
        });
  }

  private String startNote(RunSpec spec) {
    String changes = properties.getValue(properties.indexOf("Changed from the file")).toString();
    return String.format(
        Locale.ROOT,
        "Run started: arm %s, replicate %d; changed from the file: %s.",
        spec.arm(),
        spec.replicate(),
        changes);
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

  LiveCharts charts() {
    return charts;
  }

  EventLog log() {
    return log;
  }

  AudienceView view() {
    return view;
  }

  Overlay.Status status() {
    return status;
  }

  /** Writes the facilitator's changes and refusals to the log; a refusal also pops up. */
  private final class Changes implements ModelTab.Listener {
    @Override
    public void changed(String parameter, String value) {
      if (log != null) {
        log.note(parameter + " = " + value + " (applies at the next Play)");
      }
    }

    @Override
    public void refused(String parameter, String why) {
      if (log == null) {
        return;
      }
      log.warn(parameter + " refused: " + why.replace('\n', ' '));
      if (displayFrame != null && displayFrame.isShowing()) {
        // after the inspector has released the schedule's lock
        SwingUtilities.invokeLater(
            () -> {
              JOptionPane pane =
                  new JOptionPane(
                      parameter + " was not changed:\n" + why, JOptionPane.WARNING_MESSAGE);
              pane.setFont(style.font(Font.PLAIN, 14));
              pane.createDialog(displayFrame, "Value refused").setVisible(true);
            });
      }
    }
  }
}
