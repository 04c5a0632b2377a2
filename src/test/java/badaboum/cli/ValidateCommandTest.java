package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.engine.MemoryEstimate;
import badaboum.language.Language;
import badaboum.language.Messages;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code validate} checks each point of a sweep as a whole scenario, and a flag that makes a valid
 * file invalid is named as the cause; a valid file too big for the heap says what to give.
 */
class ValidateCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void factorsValidAloneButNotTogetherAreRefusedWithThePoint() throws IOException {
    Path flagship = Path.of("scenarios/boum-vs-steady.yaml").toAbsolutePath();
    Path cross =
        Files.writeString(
            dir.resolve("cross.yaml"),
            "extends: "
                + flagship
                + "\nreplications: 2\nsweep:\n  design: grid\n  vary:\n"
                + "    days: [60, 120]\n    strategies.boum.launch.day: [1, 100]\n");

    assertThat(run("validate", cross.toString())).isEqualTo(3);
    assertThat(err.toString())
        .contains(
            cross
                + ":4:3: sweep: point 1 (days = 60, strategies.boum.launch.day = 100):"
                + " strategies.boum.launch.day: 100 is out of range; allowed: 1 to 60, day")
        .doesNotContain("point 0 ")
        .doesNotContain("point 3 ");
    assertThat(run("sweep", cross.toString(), "--dry-run")).isEqualTo(3);
  }

  @Test
  void aFlagThatBreaksAValidFileIsNamed() {
    assertThat(run("run", "scenarios/boum-vs-steady.yaml", "--days", "20")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--days 20 does not fit scenarios/boum-vs-steady.yaml:")
        .contains("strategies.boum.contests[0].every: 30 is out of range; allowed: 0 to 20")
        .contains("change the flag, or the file");
  }

  @Test
  void aValidScenarioTooBigForTheHeapSaysHowMuchToGive() {
    Scenario flagship = new ScenarioLoader().load(Path.of("scenarios/boum-vs-steady.yaml"));
    Messages en = Messages.of(Language.EN);
    long peak = MemoryEstimate.of(flagship).peakBytes();
    assertThat(ValidateCommand.memoryAdvice(flagship, peak, en)).isEmpty();
    assertThat(ValidateCommand.memoryAdvice(flagship, peak - 1, en))
        .hasValueSatisfying(
            line ->
                assertThat(line)
                    .contains("a run needs about " + MemoryEstimate.format(peak))
                    .contains("BADABOUM_JAVA_OPTS=" + MemoryEstimate.of(flagship).heapFor(1)));
  }

  @Test
  void aTeamsPlanIsCheckedAsAPlanWithItsProblemsPlaced() throws IOException {
    assertThat(run("validate", "scenarios/workshop/plan-template.yaml")).isZero();
    assertThat(out.toString())
        .contains("scenarios/workshop/plan-template.yaml: ok: a team's plan (My team)");
    Path plan =
        Files.writeString(
            dir.resolve("team.yaml"), "team: Les Chats\nposts_per_week: 500\nreplies: {rat: 1}\n");
    assertThat(run("validate", plan.toString())).isEqualTo(3);
    assertThat(err.toString())
        .contains(plan + ":2:17: posts_per_week: 500 is out of range")
        .contains(plan + ":3:11: replies.rat: unknown key; did you mean 'rate'?");
  }
}
