package badaboum.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict loading: every problem at once, each with its position, value, range and a hint. */
class ScenarioLoaderTest {
  @TempDir Path dir;

  private final ScenarioLoader loader = new ScenarioLoader();

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private List<String> problems(Path file) {
    try {
      loader.load(file);
    } catch (ScenarioException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected problems in " + file);
  }

  @Test
  void aMinimalScenarioGetsEveryDefault() throws IOException {
    Scenario s = loader.load(write("mini.yaml", "strategies:\n  steady: {}\n"));
    assertThat(s.name()).isEqualTo("mini");
    assertThat(s.days()).isEqualTo(365);
    assertThat(s.replications()).isEqualTo(30);
    assertThat(s.audience().size()).isEqualTo(20_000);
    assertThat(s.audience().network().model()).isEqualTo(NetworkModel.WATTS_STROGATZ);
    assertThat(s.audience().affinity().mean()).isEqualTo(0.3);
    assertThat(s.arms()).containsExactly("steady");
    assertThat(s.runCount()).isEqualTo(30);
  }

  @Test
  void aPlatformOrBrandNameTheResultsCannotTellApartIsRefused() throws IOException {
    Path file =
        write(
            "names.yaml",
            "platforms:\n  home: {}\n  all: {}\n  x@y: {}\n"
                + "brands:\n  - {name: a@b, strategy: s}\nstrategies:\n  s: {}\n");
    assertThat(problems(file))
        .anySatisfy(p -> assertThat(p).contains(":3:8: platforms.all: a platform cannot be named"))
        .anySatisfy(p -> assertThat(p).contains("platforms.x@y: a platform cannot be named 'x@y'"))
        .anySatisfy(p -> assertThat(p).contains("brands: brand 'a@b': with several platforms"));
  }

  @Test
  void aMisspeltKeyIsNamedWithItsPositionAndTheKeyMeant() throws IOException {
    Path file = write("typo.yaml", "audience:\n  sise: 100\nstrategies: {a: {}}\n");
    assertThat(problems(file))
        .containsExactly(
            file
                + ":2:3: audience.sise: unknown key; did you mean 'size'? known keys here: size,"
                + " network, affinity, prize_seekers, prize_seeker_interest, activity, discovery,"
                + " word_of_mouth");
  }

  @Test
  void wrongTypesAndRangesShowTheValueSeenAndWhatIsAllowed() throws IOException {
    Path file =
        write(
            "bad.yaml",
            "days: many\n"
                + "audience:\n"
                + "  size: -5\n"
                + "  discovery: 1.5\n"
                + "  word_of_mouth: {brand_dependent: 3}\n"
                + "strategies: {a: {}}\n");
    assertThat(problems(file))
        .containsExactly(
            file + ":1:7: days: expected a whole number (1 to 3650, days), got text 'many'",
            file + ":3:9: audience.size: -5 is out of range; allowed: 2 to 50000000, people",
            file
                + ":4:14: audience.discovery: 1.5 is out of range; allowed: 0 to 1, probability"
                + " per person per day",
            file
                + ":5:36: audience.word_of_mouth.brand_dependent: expected true or false, got a"
                + " whole number 3");
  }

  @Test
  void anUnknownChoiceListsTheAllowedOnes() throws IOException {
    Path file =
        write("net.yaml", "audience:\n  network: {model: smallworld}\nstrategies: {a: {}}\n");
    assertThat(problems(file))
        .containsExactly(
            file
                + ":2:20: audience.network.model: 'smallworld' is not a known value; allowed:"
                + " complete, erdos-renyi, watts-strogatz, barabasi-albert, file");
  }

  @Test
  void aMisspeltDesignSuggestsTheNearestOne() throws IOException {
    Path file =
        write(
            "design.yaml",
            "strategies: {a: {}}\nsweep:\n  design: sobl\n  vary: {audience.discovery: [0.1]}\n");
    assertThat(problems(file))
        .containsExactly(
            file
                + ":3:11: sweep.design: 'sobl' is not a known value; did you mean 'sobol'? allowed:"
                + " grid, random, lhs, sobol, morris");
  }

  @Test
  void aMissingNetworkFileSaysWhereItLooked() throws IOException {
    Path file =
        write(
            "file.yaml",
            "audience:\n  network: {model: file, file: nowhere.csv}\nstrategies: {a: {}}\n");
    assertThat(problems(file))
        .containsExactly(
            file
                + ":2:32: audience.network.file: no such file: 'nowhere.csv' (looked for "
                + dir.resolve("nowhere.csv")
                + "); paths are relative to the scenario file");
  }

  @Test
  void unknownAndCyclicExtendsAreReported() throws IOException {
    Path file =
        write(
            "ext.yaml",
            "strategies:\n"
                + "  a: {extends: b}\n"
                + "  b: {extends: a}\n"
                + "  c: {extends: steddy}\n"
                + "  steady: {}\n");
    assertThat(problems(file))
        .containsExactly(
            file
                + ":3:16: strategies.b.extends: extends makes a cycle: a → b → a; remove one of"
                + " these extends",
            file
                + ":4:16: strategies.c.extends: unknown strategy 'steddy'; did you mean 'steady'?"
                + " strategies: a, b, c, steady");
  }

  @Test
  void extendsMergesTheParentUnderTheChild() throws IOException {
    Scenario s =
        loader.load(
            write(
                "merge.yaml",
                "strategies:\n  steady: {}\n  boum: {extends: steady}\ncompare: [boum, steady]\n"));
    assertThat(s.arms()).containsExactly("boum", "steady");
    assertThat(s.strategies()).extracting(StrategySpec::name).containsExactly("steady", "boum");
  }

  @Test
  void aScenarioMayExtendAnotherFileButNotItsName() throws IOException {
    write(
        "base.yaml",
        "name: base\ndays: 100\naudience: {size: 500, discovery: 0.01}\nstrategies: {a: {}}\n");
    Scenario s = loader.load(write("child.yaml", "extends: base.yaml\naudience: {size: 800}\n"));
    assertThat(s.name()).isEqualTo("child");
    assertThat(s.days()).isEqualTo(100);
    assertThat(s.audience().size()).isEqualTo(800);
    assertThat(s.audience().discoveryPerDay()).isEqualTo(0.01);
  }

  @Test
  void filesThatExtendEachOtherAreACycle() throws IOException {
    write("one.yaml", "extends: two.yaml\nstrategies: {a: {}}\n");
    Path two = write("two.yaml", "extends: one.yaml\n");
    assertThat(problems(two)).hasSize(1);
    assertThat(problems(two).get(0))
        .contains("extends: 'two.yaml' extends this file again (a cycle)");
  }

  @Test
  void everyProblemIsReportedAtOnceInFileOrder() throws IOException {
    Path file =
        write(
            "many.yaml",
            "dayz: 3\nseed: -1\naudience: {size: 1}\nstrategies: {a: {}}\ncompare: [b]\n");
    assertThat(problems(file))
        .extracting(
            p ->
                p.substring(
                    file.toString().length() + 1, p.indexOf(':', file.toString().length() + 1)))
        .containsExactly("1", "2", "3", "5");
  }

  @Test
  void aDuplicateKeyIsReported() throws IOException {
    Path file = write("dup.yaml", "days: 10\ndays: 20\nstrategies: {a: {}}\n");
    assertThat(problems(file))
        .containsExactly(file + ":2:1: days: key written twice (first at line 1); keep one");
  }

  @Test
  void yamlSyntaxErrorsHaveAPosition() throws IOException {
    Path file = write("syntax.yaml", "audience:\n  size: [1, 2\nstrategies: {}\n");
    assertThat(problems(file)).hasSize(1);
    assertThat(problems(file).get(0)).startsWith(file + ":3:").contains("not valid YAML");
  }

  @Test
  void emptyBinaryNonUtf8EnormousAndMissingFilesGetClearErrors() throws IOException {
    Path empty = write("empty.yaml", "  \n");
    assertThat(problems(empty))
        .containsExactly(
            empty
                + ": file is empty; a scenario needs at least strategies (see"
                + " scenarios/README.md)");
    Path binary = dir.resolve("binary.yaml");
    Files.write(binary, new byte[] {'a', ':', ' ', 0, 1, 2});
    assertThat(problems(binary))
        .containsExactly(
            binary + ":1:1: binary data (a zero byte); a scenario is a YAML text file");
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(
        latin1, "name: fromagerie\ndescription: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(problems(latin1))
        .containsExactly(
            latin1 + ":2:1: not UTF-8 text (byte 0xE9 at offset 33); save the file as UTF-8");
    Path huge = dir.resolve("huge.yaml");
    Files.writeString(huge, "# " + "x".repeat(2 << 20) + "\n");
    assertThat(problems(huge))
        .containsExactly(
            huge
                + ": file is 2048 KiB; a scenario is a small YAML file (at most 1024 KiB). Is"
                + " this the right file?");
    Path missing = dir.resolve("missing.yaml");
    assertThat(problems(missing))
        .containsExactly(missing + ": no such file; check the path (scenarios live in scenarios/)");
    assertThat(problems(dir))
        .containsExactly(dir + ": is a folder; give a scenario file (.yaml) inside it");
  }

  @Test
  void aListAtTheTopIsNotAScenario() throws IOException {
    Path file = write("list.yaml", "- a\n- b\n");
    assertThat(problems(file))
        .containsExactly(
            file
                + ":1:1: a scenario is a mapping of keys (name:, days:, audience: ...), not a list");
  }

  @Test
  void overridesAreCheckedLikeTheFile() throws IOException {
    Scenario s = loader.load(write("o.yaml", "strategies: {a: {}}\n"));
    assertThat(loader.override(s, Map.of("days", 50), "command line").days()).isEqualTo(50);
    assertThatThrownBy(() -> loader.override(s, Map.of("days", 5000), "command line"))
        .isInstanceOf(ScenarioException.class)
        .hasMessage("command line: days: 5000 is out of range; allowed: 1 to 3650, days");
    assertThatThrownBy(() -> loader.override(s, Map.of("audience.sise", 5), "sweep"))
        .hasMessageContaining("sweep: audience.sise: unknown key; did you mean 'size'?");
  }

  @Test
  void theEffectiveScenarioReloadsToTheSameScenario() throws IOException {
    Scenario s =
        loader.load(write("eff.yaml", "days: 90\naudience: {size: 300}\nstrategies: {a: {}}\n"));
    String effective = EffectiveYaml.write(s);
    assertThat(effective).contains("discovery: 0.0005").contains("size: 300");
    Scenario again = loader.load(write("eff2.yaml", effective));
    assertThat(again.audience()).isEqualTo(s.audience());
    assertThat(again.community()).isEqualTo(s.community());
    assertThat(again.days()).isEqualTo(90);
  }

  @Test
  void descriptionNotesAndMechanismMayBeGivenInBothLanguages() throws IOException {
    Scenario s =
        loader.load(
            write(
                "both.yaml",
                "description: {en: Launch against steady., fr: Lancement contre régularité.}\n"
                    + "notes: Plain text is English.\n"
                    + "verdict: {mechanism: {en: management reviews, fr: la direction juge}}\n"
                    + "strategies: {a: {}}\n"));
    assertThat(s.description())
        .isEqualTo(new Bilingual("Launch against steady.", "Lancement contre régularité."));
    assertThat(s.description().in(java.util.Locale.FRENCH))
        .isEqualTo("Lancement contre régularité.");
    assertThat(s.description().in(java.util.Locale.ENGLISH)).isEqualTo("Launch against steady.");
    assertThat(s.notes()).isEqualTo(Bilingual.english("Plain text is English."));
    // a language left out reads in the other
    assertThat(s.notes().in(java.util.Locale.FRENCH)).isEqualTo("Plain text is English.");
    assertThat(s.verdict().mechanism().fr()).isEqualTo("la direction juge");

    String effective = EffectiveYaml.write(s);
    assertThat(effective)
        .contains("notes: Plain text is English.")
        .contains("fr: Lancement contre régularité.");
    Scenario again = loader.load(write("both-again.yaml", effective));
    assertThat(again.description()).isEqualTo(s.description());
    assertThat(again.notes()).isEqualTo(s.notes());
    assertThat(again.verdict()).isEqualTo(s.verdict());
  }

  @Test
  void anUnknownLanguageOrAListIsRefusedWithItsPosition() throws IOException {
    Path file =
        write(
            "lang.yaml",
            "description: {en: x, de: y}\n"
                + "notes: [a, b]\n"
                + "verdict: {mechanism: {fr: [z]}}\n"
                + "strategies: {a: {}}\n");
    assertThat(problems(file))
        .containsExactly(
            file
                + ":1:22: description.de: unknown key; did you mean 'en'? known keys here: en,"
                + " fr",
            file + ":2:8: notes: expected text, or a mapping {en: text, fr: text}, got a list",
            file + ":3:27: verdict.mechanism.fr: expected text, got a list");
  }
}
