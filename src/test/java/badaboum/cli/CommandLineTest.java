package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands run in-process, as a user would type them. */
class CommandLineTest {
  static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");

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
  void validatePrintsOneLinePerGoodFile() {
    assertThat(run("validate", TINY.toString())).isZero();
    assertThat(out.toString())
        .isEqualTo(
            TINY
                + ": ok: 2 arms (steady, boum), 60 days, 800 people, 6 runs (2 × 3 replications)"
                + System.lineSeparator());
  }

  @Test
  void validateReportsEveryProblemAndExitsThree() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "days: 0\nstrategies: {a: {}}\n");
    assertThat(run("validate", TINY.toString(), bad.toString())).isEqualTo(3);
    assertThat(err.toString())
        .contains(bad + ":1:7: days: 0 is out of range; allowed: 1 to 3650, days")
        .contains("1 of 2 files invalid");
  }

  @Test
  void validateReadsTheEdgeListAndGivesLineNumbers() {
    assertThat(run("validate", "src/test/resources/scenarios/bad-network.yaml")).isEqualTo(3);
    assertThat(err.toString())
        .contains("bad-edges.csv:3: 'x,3' is not two person ids")
        .contains("bad-edges.csv:4: '4,4' links a person to itself")
        .contains("bad-edges.csv:5: person id 900 is outside the audience (ids 0 to 799)");
  }

  @Test
  void runWritesTheDailyTraceOfEveryArmAndTheEffectiveScenario() throws IOException {
    Path folder = dir.resolve("out");
    assertThat(run("run", TINY.toString(), "--out", folder.toString(), "--export-members"))
        .isZero();
    List<String> daily = Files.readAllLines(folder.resolve("traces.csv"));
    assertThat(folder.resolve("daily.csv")).doesNotExist(); // a sweep's aggregate, not a run's
    assertThat(daily.get(0))
        .startsWith(
            "arm,brand,day,fans,followers,active,dormant,ambassadors,fake_fans,engagement_rate,"
                + "contest_entries,reach,m2m_interactions,member_answers,replies,unanswered,"
                + "sentiment,new_followers,unfollows,spend,alive");
    assertThat(daily).hasSize(1 + 2 * 61);
    assertThat(daily.get(1)).startsWith("steady,brand,0,");
    assertThat(Files.readAllLines(folder.resolve("summary.csv"))).hasSize(3);
    assertThat(Files.readAllLines(folder.resolve("members.csv"))).hasSize(1 + 2 * 800);
    assertThat(Files.readString(folder.resolve("scenario.effective.yaml")))
        .contains("discovery: 0.01")
        .contains("unfollow_per_day: 0.001");
    assertThat(Files.readString(folder.resolve("scenario.yaml"))).isEqualTo(Files.readString(TINY));
    assertThat(out.toString()).contains("steady").contains("boum").contains("results: " + folder);
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
    run("run", TINY.toString(), "--out", dir.resolve("a").toString());
    run("run", TINY.toString(), "--out", dir.resolve("b").toString());
    run("run", TINY.toString(), "--seed", "8", "--out", dir.resolve("c").toString());
    byte[] a = Files.readAllBytes(dir.resolve("a/traces.csv"));
    assertThat(Files.readAllBytes(dir.resolve("b/traces.csv"))).isEqualTo(a);
    assertThat(Files.readAllBytes(dir.resolve("c/traces.csv"))).isNotEqualTo(a);
  }

  @Test
  void flagsOverrideTheScenarioAndAreChecked() throws IOException {
    Path folder = dir.resolve("short");
    assertThat(
            run(
                "run",
                TINY.toString(),
                "--days",
                "10",
                "--arm",
                "boum",
                "--out",
                folder.toString()))
        .isZero();
    assertThat(Files.readAllLines(folder.resolve("traces.csv"))).hasSize(1 + 11);
    assertThat(Files.readString(folder.resolve("scenario.effective.yaml"))).contains("days: 10");
    assertThat(run("run", TINY.toString(), "--days", "99999")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--days 99999 does not fit " + TINY)
        .contains("command line: days: 99999 is out of range");
  }

  @Test
  void anUnknownArmIsAUsageErrorWithASuggestion() {
    assertThat(run("run", TINY.toString(), "--arm", "bom")).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "--arm bom: no such strategy in "
                + TINY
                + "; did you mean boum? strategies: steady, boum");
  }

  @Test
  void anExistingResultsFolderIsNeverOverwritten() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(folder.resolve("daily.csv"), "precious");
    assertThat(run("run", TINY.toString(), "--out", folder.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("already exists and is not empty; results are never overwritten");
    assertThat(Files.readString(folder.resolve("daily.csv"))).isEqualTo("precious");
  }

  @Test
  void unknownOptionsAreUsageErrors() {
    assertThat(run("run", TINY.toString(), "--sead", "3")).isEqualTo(2);
  }

  @Test
  void scenariosListsTheBundledOnesAndPrintsOnesNotes() {
    assertThat(run("scenarios")).isZero();
    assertThat(out.toString())
        .contains("workshop:")
        .contains("h1-boum-vs-steady")
        .contains("h8-what-survives-cancellation")
        .doesNotContain("_market");
    out.getBuffer().setLength(0);
    assertThat(run("scenarios", "h5-put-cats")).isZero();
    assertThat(out.toString()).contains("Seeds:").contains("Mettez des chats").contains("Knob");
    assertThat(run("scenarios", "h5-put-cat")).isEqualTo(2);
    assertThat(err.toString()).contains("did you mean h5-put-cats?");
  }

  @Test
  void scenarioNotesShowTheirFiguresForAPersonAndTheVerdictsMechanism() {
    assertThat(run("scenarios", "h3-kpi-fans-vs-activity")).isZero();
    assertThat(out.toString())
        .contains("counting fans cancelled (management.kpi = fans): steady ")
        .contains("final active (management.kpi = active_members): steady ")
        .doesNotContain("[[")
        .contains(
            "The verdict leads with cancellations over the run (cancelled); the mechanism: what"
                + " management counts at its reviews");
    out.getBuffer().setLength(0);
    assertThat(run("scenarios", "h1-boum-vs-steady")).isZero();
    assertThat(out.toString()).contains("Active members on the last day: final active: steady ");
  }

  @Test
  void benchPrintsPersonDaysPerSecondAndHeapPerPerson() {
    assertThat(run("bench", TINY.toString(), "--arm", "steady", "--warmup", "0", "--runs", "1"))
        .isZero();
    assertThat(out.toString()).contains("person-days/s").contains("bytes per person");
  }
}
