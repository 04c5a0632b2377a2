package badaboum.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import badaboum.engine.RunSpec;
import badaboum.engine.Simulation;
import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sim.display.Console;
import sim.display.Display2D;
import sim.util.Double2D;

/**
 * The console on a real screen (under Xvfb in CI: {@code xvfb-run -a mvn verify}); skipped where
 * there is no display. It plays some days of a small scenario, takes a snapshot of the network view
 * through MASON's own snapshot and a screenshot of the whole screen, and checks that they are not
 * blank, that each person's dot has the colour of their state, and that the numbers shown are the
 * engine's. The images are left in {@code target/screenshots/} to look at.
 */
class WorkshopConsoleScreenIT {
  static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");
  static final Path SHOTS = Path.of("target", "screenshots");
  static final int DAYS = 40;

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

  @Test
  void playsTheEnginesRunAndDrawsEachPersonInTheColourOfTheirState() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run -a");
    // founding members start active, so that every state is on screen after a few days
    ScenarioLoader loader = new ScenarioLoader();
    Scenario scenario =
        loader.point(loader.load(TINY), Map.of("community.initial_followers", 0.1), "test");
    WorkshopParameters parameters = new WorkshopParameters(scenario, "steady");
    SwingUtilities.invokeAndWait(
        () -> {
          Rectangle screen =
              GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
          gui = new WorkshopConsole(parameters, 1.3, 300, screen);
          console = new Console(gui);
          console.setBounds(WorkshopLayout.of(screen).console());
          console.setVisible(true);
          gui.start();
          for (int day = 0; day < DAYS; day++) {
            gui.step();
          }
        });
    SwingUtilities.invokeAndWait(() -> {}); // the charts and the log catch up
    Files.createDirectories(SHOTS);

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
            throw new java.io.UncheckedIOException(e);
          }
        });
    BufferedImage view = ImageIO.read(snapshot);
    assertThat(distinctColours(view)).isGreaterThan(20);
    assertNodesInStateColours(view);

    // the whole screen, as the room sees it
    Robot robot = new Robot();
    robot.waitForIdle();
    Thread.sleep(500);
    robot.waitForIdle();
    Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    BufferedImage shot = robot.createScreenCapture(screen);
    ImageIO.write(shot, "png", SHOTS.resolve("workshop-console.png").toFile());
    assertThat(distinctColours(shot)).isGreaterThan(50);

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

  /** Each person drawn has, at the centre of their dot, the colour of their state. */
  private void assertNodesInStateColours(BufferedImage image) {
    AudienceView view = gui.view();
    double pixelsPerUnit = image.getHeight() / AudienceView.HEIGHT;
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
      int x = (int) Math.round(at.x * pixelsPerUnit);
      int y = (int) Math.round(at.y * pixelsPerUnit);
      checked++;
      if (image.getRGB(x, y) == state.colour().getRGB()) {
        matching++;
        seen.add(state);
      }
    }
    // dots may overlap a little; nearly all centres must show their own colour
    assertThat(matching).isGreaterThan(checked * 8 / 10);
    assertThat(seen).contains(NodeState.UNAWARE, NodeState.AWARE, NodeState.ACTIVE);
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
