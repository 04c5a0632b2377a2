package badaboum.cli;

import badaboum.language.Messages;
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

  /** The commands for {@code scenario}, read from {@code file}: report, console, teams. */
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
        "./badaboum sweep " + file, console, "./badaboum workshop " + file + " --plans teams/");
  }

  /** The arms, then each command after what it gives, in the messages' language. */
  static void print(PrintWriter out, Scenario scenario, Path file, Messages m) {
    out.println(m.format("runsheet.arms", String.join(", ", scenario.arms())));
    out.println(m.text("runsheet.commands"));
    List<String> commands = commands(scenario, file);
    String[] what = {"runsheet.report", "runsheet.console", "runsheet.teams"};
    for (int i = 0; i < commands.size(); i++) {
      out.println("  " + m.format(what[i], commands.get(i)));
    }
  }
}
