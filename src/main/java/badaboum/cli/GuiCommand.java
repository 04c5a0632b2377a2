package badaboum.cli;

import badaboum.gui.ConsoleLauncher;
import badaboum.gui.WorkshopConsole;
import badaboum.gui.WorkshopParameters;
import badaboum.scenario.Scenario;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import javax.swing.JFrame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badaboum gui}: MASON's console for live workshop demonstrations. */
@Command(
    name = "gui",
    mixinStandardHelpOptions = true,
    description = {
      "Opens MASON's console on a scenario for a workshop: a network view of the brand's"
          + " community among its audience, coloured by state, with the key numbers in large"
          + " type; live charts of fans, active members, sentiment and spend; an event log; and"
          + " the strategy's parameters in the Model tab (a change applies at the next Play).",
      "With --compare, two or three arms run side by side on the same seed, day by day"
          + " together: a network view each, one line each in the charts, one log; Play, Pause,"
          + " Step and Stop act on all of them.",
      "Needs a display; on a machine without one, run it under xvfb-run."
    })
final class GuiCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SCENARIO",
      description = "a scenario file, e.g. scenarios/boum-vs-steady.yaml")
  Path scenarioFile;

  /** Pause between days while playing, unless --delay or --speed says otherwise. */
  static final long DEFAULT_DELAY_MILLIS = 60;

  /** Fastest pace --speed accepts: beyond, a day takes longer to compute than to show. */
  static final double MAX_SPEED = 1000;

  @Option(
      names = "--arm",
      paramLabel = "NAME",
      description = "the strategy to start with (default: the first arm); the Model tab switches")
  String arm;

  @Option(
      names = "--compare",
      paramLabel = "ARM,ARM[,ARM]",
      split = ",",
      hideParamSyntax = true,
      description =
          "two or three arms side by side on the same seed, in lockstep, e.g. --compare"
              + " steady,boum")
  List<String> compare;

  @Option(names = "--play", description = "start the run at once, as if Play were pressed")
  boolean play;

  @Option(
      names = "--delay",
      paramLabel = "MS",
      description =
          "pause between days while playing, in milliseconds (default: "
              + DEFAULT_DELAY_MILLIS
              + "); the Console tab's Delay slider changes it live")
  Long delayMillis;

  @Option(
      names = "--speed",
      paramLabel = "DAYS",
      description =
          "at most DAYS days a second while playing, instead of --delay: --speed 10 is --delay"
              + " 100")
  Double speed;

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
      description =
          "text size for a projector, 0.5 to 4 (default: ${DEFAULT-VALUE}); sizes follow the"
              + " screen's height, so 1024 x 768 and 1920 x 1080 show the same picture")
  double fontScale;

  @Mixin LanguageOption lang;

  /** Whether a screen can be opened; replaced in tests. */
  BooleanSupplier displayAvailable = () -> !GraphicsEnvironment.isHeadless();

  @Override
  public Integer call() throws Exception {
    Scenario scenario = new ScenarioInput().load(scenarioFile);
    List<String> arms = arms(scenario);
    long delay = delay();
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
        ConsoleLauncher.open(
            new WorkshopParameters(scenario, arms),
            fontScale,
            sample,
            delay,
            play,
            lang.language());
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

  /** The arm, or the arms compared: two or three distinct strategies of the scenario. */
  private List<String> arms(Scenario scenario) {
    if (compare == null) {
      return List.of(ScenarioInput.arms(scenario, arm).get(0));
    }
    if (arm != null) {
      throw new UsageProblem(
          "--arm and --compare both choose what runs; give --compare "
              + arm
              + ",OTHER to compare "
              + arm
              + " with another arm");
    }
    if (compare.size() < 2 || compare.size() > WorkshopParameters.MAX_ARMS) {
      throw new UsageProblem(
          "--compare "
              + String.join(",", compare)
              + ": expected two or three arms, e.g. --compare "
              + String.join(",", scenario.arms().subList(0, Math.min(2, scenario.arms().size()))));
    }
    List<String> names = scenario.strategies().stream().map(s -> s.name()).toList();
    for (String name : compare) {
      if (!names.contains(name)) {
        String best = badaboum.scenario.DidYouMean.suggest(name, names);
        throw new UsageProblem(
            "--compare "
                + name
                + ": no such strategy in "
                + scenario.source().label()
                + "; "
                + (best == null ? "" : "did you mean " + best + "? ")
                + "strategies: "
                + String.join(", ", names));
      }
    }
    if (compare.stream().distinct().count() < compare.size()) {
      throw new UsageProblem(
          "--compare " + String.join(",", compare) + ": an arm is listed twice; list each once");
    }
    return List.copyOf(compare);
  }

  /** The pause between days, from --delay or --speed. */
  private long delay() {
    if (delayMillis != null && speed != null) {
      throw new UsageProblem("--delay and --speed both set the pace; give one of them");
    }
    if (speed != null) {
      if (!(speed > 0 && speed <= MAX_SPEED)) {
        throw new UsageProblem(
            "--speed "
                + speed
                + ": expected more than 0 and at most "
                + (int) MAX_SPEED
                + " days a second");
      }
      return Math.round(1000 / speed);
    }
    if (delayMillis == null) {
      return DEFAULT_DELAY_MILLIS;
    }
    if (delayMillis < 0) {
      throw new UsageProblem("--delay " + delayMillis + ": expected 0 or more milliseconds");
    }
    return delayMillis;
  }
}
