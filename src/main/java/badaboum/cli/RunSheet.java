package badaboum.cli;

import badaboum.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The facilitator's run sheet under a scenario's notes: the exact commands for the report, the
 * console comparing the arms side by side, and the teams' round, ready to paste.
 */
final class RunSheet {
  /** Arms the console shows side by side at most. */
  static final int CONSOLE_ARMS = 3;

  private RunSheet() {}

  /** The commands for {@code scenario}, read from {@code file}. */
  static List<String> commands(Scenario scenario, Path file) {
    List<String> arms = scenario.arms();
    String console =
        arms.size() > 1
            ? "./badaboum gui "
                + file
                + " --compare "
                + String.join(",", arms.subList(0, Math.min(CONSOLE_ARMS, arms.size())))
                + " --play"
            : "./badaboum gui " + file + " --play";
    return List.of(
        "the report:  ./badaboum sweep " + file,
        "the console: " + console,
        "the teams:   ./badaboum workshop " + file + " --plans teams/");
  }

  static void print(PrintWriter out, Scenario scenario, Path file) {
    out.println("Arms: " + String.join(", ", scenario.arms()) + ".");
    out.println("Commands:");
    for (String command : commands(scenario, file)) {
      out.println("  " + command);
    }
  }
}
