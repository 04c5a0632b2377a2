package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.language.Language;
import badaboum.language.Messages;
import badaboum.results.Csv;
import badaboum.sweep.RunFunction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import picocli.CommandLine;

/**
 * {@code badaboum workshop}: the teams' plans run as arms on the same seeds, and the leaderboard
 * ranks them. Two teams that hand in the same plan live the same worlds, so they tie exactly: the
 * check that the runs are paired.
 */
class WorkshopCommandTest {
  static final String CHATTY =
      "posts_per_week: 10\n"
          + "content: {promotional: 0.05, informative: 0.25, entertaining: 0.3, conversation: 0.4}\n"
          + "replies: {rate: 1.0, delay_hours: 1, personal: 0.9}\n"
          + "community_manager: {hours_per_week: 40}\n";

  @TempDir Path dir;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(RunFunction function, String... args) {
    CommandLine cl = new CommandLine(new WorkshopCommand(function));
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.registerConverter(Path.class, new PathConverter());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  int run(String... args) {
    return run(RunFunction.SIMULATION, args);
  }

  Path teams() throws IOException {
    Path teams = Files.createDirectories(dir.resolve("teams"));
    Files.writeString(teams.resolve("a-chatty.yaml"), "team: Chatty\n" + CHATTY);
    Files.writeString(teams.resolve("b-twin.yaml"), "team: Twin\n" + CHATTY);
    Files.writeString(
        teams.resolve("c-silent.yaml"),
        "team: Silent\nposts_per_week: 0\nreplies: {rate: 0}\ncommunity_manager: {hours_per_week: 0}\n");
    Files.writeString(teams.resolve("_notes.yaml"), "not a plan: skipped\n");
    Files.writeString(teams.resolve("README.txt"), "not a plan either\n");
    return teams;
  }

  @Test
  void ranksTheTeamsOnTheScenariosMetricAndTellsATieFromARealLead() throws Exception {
    Path round = dir.resolve("round");
    assertThat(
            run(
                CommandLineTest.TINY.toString(),
                "--plans",
                teams().toString(),
                "--replications",
                "8",
                "--quiet",
                "--out",
                round.toString()))
        .as(err.toString())
        .isZero();
    assertThat(round.resolve("report.html")).exists();
    assertThat(round.resolve("plans/a-chatty.yaml")).hasContent("team: Chatty\n" + CHATTY);
    assertThat(round.resolve("plans/_notes.yaml")).doesNotExist();

    // the leaderboard's means are runs.csv's, team by team
    Map<String, List<Double>> active = column(round.resolve("runs.csv"), "final_active");
    List<Map<String, String>> board = rows(round.resolve("leaderboard.csv"));
    assertThat(board).extracting(r -> r.get("team")).containsExactly("Chatty", "Twin", "Silent");
    for (Map<String, String> row : board) {
      List<Double> values = active.get(row.get("team"));
      assertThat(values).hasSize(8);
      double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      assertThat(Double.parseDouble(row.get("mean")))
          .isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-6));
      assertThat(row.get("metric")).isEqualTo("final_active");
    }
    // the same plan in the same worlds: the same numbers, a difference of exactly zero
    assertThat(active.get("Twin")).isEqualTo(active.get("Chatty"));
    assertThat(board.get(0).get("difference_to_next")).isEqualTo("0");
    assertThat(board.get(0).get("difference_is")).isEqualTo("luck");
    // a page that posts and answers against one that says nothing: a real lead
    assertThat(board.get(1).get("next_team")).isEqualTo("Silent");
    assertThat(board.get(1).get("difference_is")).isEqualTo("real");
    assertThat(board.get(2).get("next_team")).isEmpty();

    String page = Files.readString(round.resolve("leaderboard.html"));
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    xml.newDocumentBuilder().parse(new InputSource(new StringReader(page)));
    assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .contains("3 teams&#39; plans, each run in the same 8 worlds")
        .contains("active members on the last day")
        .contains("share the top")
        .contains(
            "<b class=\"a0\">Chatty</b> and <b class=\"a1\">Twin</b> <span class=\"luck\">tie</span>:"
                + " the same numbers in every world.")
        .contains("is ahead of <b class=\"a2\">Silent</b> <span class=\"real\">for real</span>")
        .doesNotContain("<script")
        .doesNotContain("http://")
        .doesNotContain("https://");
    assertThat(out.toString())
        .contains("1     Chatty")
        .contains("ahead for real")
        .contains("leaderboard: " + round.resolve("leaderboard.html"));

    // resumed, a whole round runs nothing and writes the same leaderboard
    String csv = Files.readString(round.resolve("leaderboard.csv"));
    out.getBuffer().setLength(0);
    assertThat(run("--resume", round.toString(), "--quiet")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("this session ran 0 in");
    assertThat(Files.readString(round.resolve("leaderboard.csv"))).isEqualTo(csv);
    assertThat(Files.readString(round.resolve("leaderboard.html"))).isEqualTo(page);
  }

  @Test
  void aFailedRunLeavesTheOthersAndTheLeaderboardSaysSo() throws Exception {
    Path round = dir.resolve("round");
    RunFunction failing =
        (task, spec) -> {
          if (task.arm().equals("Silent") && task.replicate() == 1) {
            throw new IllegalStateException("injected failure");
          }
          return RunFunction.SIMULATION.run(task, spec);
        };
    assertThat(
            run(
                failing,
                CommandLineTest.TINY.toString(),
                "--plans",
                teams().toString(),
                "--replications",
                "3",
                "--quiet",
                "--out",
                round.toString()))
        .isEqualTo(1);
    List<Map<String, String>> board = rows(round.resolve("leaderboard.csv"));
    assertThat(board.get(2).get("team")).isEqualTo("Silent");
    assertThat(board.get(2).get("runs")).isEqualTo("2");
    assertThat(Files.readString(round.resolve("leaderboard.html")))
        .contains("1 of 9 runs failed and are left out");
  }

  @Test
  void aBadPlanIsReportedWhereItIsWrittenAndNothingRuns() throws IOException {
    Path teams = teams();
    Files.writeString(teams.resolve("d-bad.yaml"), "team: Bad\nposts_per_week: -1\n");
    Path round = dir.resolve("round");
    assertThat(
            run(
                CommandLineTest.TINY.toString(),
                "--plans",
                teams.toString(),
                "--out",
                round.toString()))
        .isEqualTo(3);
    assertThat(err.toString())
        .contains(
            teams.resolve("d-bad.yaml")
                + ":2:17: posts_per_week: -1 is out of range; allowed: 0 to 100, posts per week")
        .doesNotContain("\tat ");
    assertThat(round).doesNotExist();
  }

  @Test
  void inFrenchThePageHasNoEnglishSentenceLeftAndTheFilesAreTheSame() throws Exception {
    Path teams = teams();
    Path english = dir.resolve("en");
    Path french = dir.resolve("fr");
    for (Path round : List.of(english, french)) {
      assertThat(
              run(
                  CommandLineTest.TINY.toString(),
                  "--plans",
                  teams.toString(),
                  "--replications",
                  "4",
                  "--quiet",
                  "--lang",
                  round == french ? "fr" : "en",
                  "--out",
                  round.toString()))
          .as(err.toString())
          .isZero();
    }
    assertThat(french.resolve("leaderboard.csv"))
        .hasSameBinaryContentAs(english.resolve("leaderboard.csv"));
    String page = Files.readString(french.resolve("leaderboard.html"));
    assertThat(page).contains("<html lang=\"fr\">").contains("Qui gagne");
    String text = page.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    Messages en = Messages.of(Language.EN);
    Messages fr = Messages.of(Language.FR);
    int checked = 0;
    for (String key : en.keys()) {
      if (!key.startsWith("leaderboard.") || en.text(key).equals(fr.text(key))) {
        continue;
      }
      // each run of English words between the placeholders
      for (String words : en.text(key).split("\\{\\d+\\}|<[^>]+>")) {
        if (words.strip().split("\\s+").length >= 3) {
          assertThat(text).as(key).doesNotContain(words.strip());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(30);
    assertThat(out.toString()).contains("face au suivant").contains("classement\u00a0: ");
  }

  @Test
  void withoutPlansItSaysWhereTheTemplateIs() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(run(CommandLineTest.TINY.toString(), "--plans", empty.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("no plan file (.yaml) in " + empty)
        .contains("scenarios/workshop/plan-template.yaml");
    assertThat(run(CommandLineTest.TINY.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("give a SCENARIO and --plans DIR");
  }

  private static List<Map<String, String>> rows(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    List<String> header = Csv.fields(lines.get(0));
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = Csv.fields(line);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), cells.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** A runs.csv column by arm, in replicate order. */
  private static Map<String, List<Double>> column(Path runs, String name) throws IOException {
    Map<String, List<Double>> byArm = new HashMap<>();
    for (Map<String, String> row : rows(runs)) {
      byArm
          .computeIfAbsent(row.get("arm"), a -> new ArrayList<>())
          .add(Double.parseDouble(row.get(name)));
    }
    return byArm;
  }
}
