package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The facilitator's run sheet: a scenario found by the start of its name, and its commands. */
class ScenariosCommandTest {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void aUniqueStartOfANameFindsTheScenarioAndPrintsItsCommands() {
    assertThat(run("scenarios", "h5")).isZero();
    Path file = Path.of("scenarios", "workshop", "h5-put-cats.yaml");
    assertThat(out.toString())
        .startsWith("h5-put-cats (" + file + ")")
        .contains("Mettez des chats")
        .contains("Arms: promotional, decentred.")
        .contains("the report:  ./badaboum sweep " + file + System.lineSeparator())
        .contains(
            "the console: ./badaboum gui "
                + file
                + " --compare promotional,decentred --play"
                + System.lineSeparator())
        .contains(
            "the teams:   ./badaboum workshop "
                + file
                + " --plans teams/"
                + System.lineSeparator());
  }

  @Test
  void aWholeFirstWordWinsOverALongerNameItStarts() {
    assertThat(run("scenarios", "h1")).isZero();
    assertThat(out.toString()).startsWith("h1-boum-vs-steady (");
  }

  @Test
  void theRunSheetSpeaksFrench() {
    assertThat(run("scenarios", "h5", "--lang", "fr")).isZero();
    assertThat(out.toString())
        .contains("Stratégies\u00a0: promotional, decentred.")
        .contains("la console\u00a0:      ./badaboum gui ");
  }

  @Test
  void theFullNameWinsOverALongerOneItStarts() {
    assertThat(run("scenarios", "boum-vs-steady")).isZero();
    assertThat(out.toString()).startsWith("boum-vs-steady (");
  }

  @Test
  void aStartSharedByTwoNamesListsThemAndAsksForMore() {
    assertThat(run("scenarios", "h")).isEqualTo(2);
    assertThat(err.toString())
        .contains("h starts the names of ")
        .contains(" scenarios: h1-boum-vs-steady, h2-bought-fans, h3-kpi-fans-vs-activity,")
        .contains("type more of the name")
        .doesNotContain("\tat ");
  }

  @Test
  void eachCommandItPrintsParses() {
    for (String command :
        RunSheet.commands(
            new badaboum.scenario.ScenarioLoader()
                .load(Path.of("scenarios/workshop/h1-boum-vs-steady.yaml")),
            Path.of("scenarios/workshop/h1-boum-vs-steady.yaml"))) {
      String typed = command.substring(command.indexOf("./badaboum ") + "./badaboum ".length());
      CommandLine cl = Main.commandLine();
      CommandLine.ParseResult parsed = cl.parseArgs(typed.split(" "));
      assertThat(parsed.hasSubcommand()).as(command).isTrue();
    }
  }
}
