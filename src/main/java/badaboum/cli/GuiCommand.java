package badaboum.cli;

import badaboum.gui.WorkshopConsole;
import badaboum.gui.WorkshopParameters;
import badaboum.scenario.Scenario;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import javax.swing.JFrame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badaboum gui}: MASON's console for live workshop demonstrations. */
@Command(
    name = "gui",
    mixinStandardHelpOptions = true,
    description = {
      "Opens MASON's console on a scenario for a workshop: a network view of a sample of the"
          + " audience coloured by state, live charts of fans, active members, sentiment and"
          + " spend, an event log, and the strategy's parameters in the Model tab (a change"
          + " applies at the next Play).",
      "Needs a display; on a machine without one, run it under xvfb-run."
    })
final class GuiCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SCENARIO",
      description = "a scenario file, e.g. scenarios/boum-vs-steady.yaml")
  Path scenarioFile;

  @Option(
      names = "--arm",
      paramLabel = "NAME",
      description = "the strategy to start with (default: the first arm); the Model tab switches")
  String arm;

  @Option(
      names = "--delay",
      paramLabel = "MS",
      defaultValue = "60",
      description = "pause between days while playing, in milliseconds (default: ${DEFAULT-VALUE})")
  long delayMillis;

  @Option(
      names = "--sample",
      paramLabel = "N",
      defaultValue = "" + WorkshopConsole.DEFAULT_SAMPLE,
      description = "people drawn in the network view (default: ${DEFAULT-VALUE})")
  int sample;

  @Option(
      names = "--font-scale",
      paramLabel = "X",
      defaultValue = "1.3",
      description = "text size for a projector, 0.5 to 4 (default: ${DEFAULT-VALUE})")
  double fontScale;

  /** Whether a screen can be opened; replaced in tests. */
  BooleanSupplier displayAvailable = () -> !GraphicsEnvironment.isHeadless();

  @Override
  public Integer call() throws Exception {
    Scenario scenario = new ScenarioInput().load(scenarioFile);
    String first = ScenarioInput.arms(scenario, arm).get(0);
    if (delayMillis < 0) {
      throw new UsageProblem("--delay " + delayMillis + ": expected 0 or more milliseconds");
    }
    if (sample < 1) {
      throw new UsageProblem("--sample " + sample + ": expected 1 or more people");
    }
    if (!(fontScale >= 0.5 && fontScale <= 4)) {
      throw new UsageProblem("--font-scale " + fontScale + ": expected 0.5 to 4");
    }
    if (!displayAvailable.getAsBoolean()) {
      spec.commandLine()
          .getErr()
          .println(
              "badaboum: gui needs a display, and there is none here (DISPLAY is not set, or Java"
                  + " runs headless); on a server run: xvfb-run -a ./badaboum gui "
                  + scenarioFile);
      return ExitCodes.FAILURE;
    }
    JFrame console =
        WorkshopConsole.open(
            new WorkshopParameters(scenario, first), fontScale, sample, delayMillis);
    CountDownLatch closed = new CountDownLatch(1);
    console.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosed(WindowEvent e) {
            closed.countDown();
          }
        });
    closed.await(); // MASON usually ends the program itself when its console closes
    return ExitCodes.OK;
  }
}
