package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code badaboum gui} up to the point where it opens windows (the screen itself is tested in
 * {@code badaboum.gui.WorkshopConsoleScreenIT}): a bad scenario is reported as by validate.
 */
class GuiCommandTest {
  @TempDir Path dir;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  boolean display = false;

  int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    GuiCommand gui = cl.getSubcommands().get("gui").getCommand();
    gui.displayAvailable = () -> display;
    return cl.execute(args);
  }

  @Test
  void aBadScenarioPrintsTheSamePositionedProblemsAsValidateAndExitsThree() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "days: 0\nstrategies: {a: {posts_per_wek: 3}}\n");
    display = true; // never reached: the scenario is checked first
    assertThat(run("gui", bad.toString())).isEqualTo(3);
    String problems = err.toString();
    assertThat(problems)
        .contains(bad + ":1:7: days: 0 is out of range; allowed: 1 to 3650, days")
        .contains(bad + ":2:18: strategies.a.posts_per_wek")
        .contains("did you mean 'posts_per_week'?")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");

    StringWriter validateErr = new StringWriter();
    CommandLine validate = Main.commandLine();
    validate.setErr(new PrintWriter(validateErr, true));
    validate.setOut(new PrintWriter(new StringWriter(), true));
    assertThat(validate.execute("validate", bad.toString())).isEqualTo(3);
    for (String line : validateErr.toString().split("\\R")) {
      if (line.startsWith(bad.toString())) {
        assertThat(problems).contains(line);
      }
    }
  }

  @Test
  void anUnknownArmOrOptionIsAUsageError() {
    assertThat(run("gui", "scenarios/boum-vs-steady.yaml", "--arm", "boom")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--arm boom: no such strategy")
        .contains("did you mean boum");
    assertThat(run("gui", "scenarios/boum-vs-steady.yaml", "--sample", "0")).isEqualTo(2);
    assertThat(run("gui", "scenarios/boum-vs-steady.yaml", "--font-scale", "9")).isEqualTo(2);
    assertThat(run("gui", "scenarios/boum-vs-steady.yaml", "--delay", "-1")).isEqualTo(2);
  }

  @Test
  void withoutADisplayItSaysHowToRunItUnderXvfb() {
    assertThat(run("gui", "scenarios/boum-vs-steady.yaml")).isEqualTo(1);
    assertThat(err.toString())
        .contains("gui needs a display")
        .contains("xvfb-run -a ./badaboum gui scenarios/boum-vs-steady.yaml")
        .doesNotContain("\tat ");
  }

  @Test
  void isListedWithTheOtherCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("gui");
  }
}
