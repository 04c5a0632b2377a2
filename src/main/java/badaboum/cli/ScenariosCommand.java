package badaboum.cli;

import badaboum.language.Messages;
import badaboum.report.FacilitatorNotes;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioException;
import badaboum.scenario.ScenarioLoader;
import badaboum.scenario.VerdictSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badaboum scenarios [NAME]}: the bundled scenarios, or one scenario's notes. */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the bundled scenarios with a line each, or prints one scenario's description and",
      "facilitator notes (what to ask the room, what it usually shows, which knob to turn next)."
    })
final class ScenariosCommand implements Callable<Integer> {
  private static final int LINE = 90;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "NAME",
      arity = "0..1",
      description = "a scenario's name (e.g. h1-boum-vs-steady) or file")
  String name;

  @Mixin LanguageOption lang;

  @Override
  public Integer call() {
    Messages m = lang.messages();
    PrintWriter out = spec.commandLine().getOut();
    Path folder = BundledScenarios.folder();
    List<Path> files = BundledScenarios.all(folder);
    ScenarioLoader loader = new ScenarioLoader();
    if (name == null) {
      list(out, folder, files, loader, m);
      return ExitCodes.OK;
    }
    Path file = find(files, folder);
    Scenario s = loader.load(file);
    out.println(s.name() + " (" + file + ")");
    out.println();
    out.println(s.description().in(m.locale()).strip());
    out.println();
    String notes = s.notes().in(m.locale());
    out.println(
        notes.isBlank()
            ? m.text("scenarios.noNotes")
            : new FacilitatorNotes(m).forPeople(notes).strip());
    out.println();
    out.println(verdict(s, m));
    out.println(m.format("scenarios.arms", String.join(", ", s.arms()), file));
    return ExitCodes.OK;
  }

  /** What the report's verdict leads with, and the mechanism the scenario names. */
  private static String verdict(Scenario s, Messages m) {
    String lead =
        m.format(
            s.verdict().over() == VerdictSpec.Over.FINAL
                ? "scenarios.verdict.final"
                : "scenarios.verdict.wholeRun",
            m.text("verdict.metric." + s.verdict().metric().label()),
            s.verdict().column(),
            m.text("verdict.metric." + s.verdict().metric().label() + ".the"));
    String mechanism = s.verdict().mechanism().in(m.locale());
    return mechanism.isEmpty()
        ? lead + "."
        : m.format("scenarios.verdict.mechanism", lead, mechanism);
  }

  private Path find(List<Path> files, Path folder) {
    for (Path file : files) {
      if (stem(file).equals(name)
          || file.toString().equals(name)
          || folder.relativize(file).toString().equals(name)) {
        return file;
      }
    }
    List<String> names = files.stream().map(ScenariosCommand::stem).toList();
    String best = badaboum.scenario.DidYouMean.suggest(name, names);
    throw new UsageProblem(
        "no bundled scenario named "
            + name
            + "; "
            + (best == null ? "" : "did you mean " + best + "? ")
            + "list them with: badaboum scenarios");
  }

  /** One line per scenario, grouped by folder: flagship, workshop, textbook. */
  private static void list(
      PrintWriter out, Path folder, List<Path> files, ScenarioLoader loader, Messages m) {
    int width = files.stream().mapToInt(f -> stem(f).length()).max().orElse(10);
    String group = null;
    for (Path file : files) {
      Path relative = folder.relativize(file);
      String here = relative.getNameCount() == 1 ? "flagship" : relative.getName(0).toString();
      if (!here.equals(group)) {
        group = here;
        out.println(
            (file.equals(files.get(0)) ? "" : "\n")
                + m.format("scenarios.group", groupName(here, m)));
      }
      out.printf("  %-" + width + "s  %s%n", stem(file), line(loader, file, m));
    }
    out.println();
    out.println(m.format("scenarios.where", folder));
  }

  /** A folder of scenarios as the language names it; one it does not know, by its name. */
  private static String groupName(String folder, Messages m) {
    String key = "scenarios.group." + folder;
    return m.has(key) ? m.text(key) : folder;
  }

  private static String stem(Path file) {
    return file.getFileName().toString().replaceFirst("\\.yaml$", "");
  }

  /** The description on one line, cut at a word before {@link #LINE} characters. */
  private static String line(ScenarioLoader loader, Path file, Messages m) {
    try {
      Scenario s = loader.load(file);
      String text = s.description().in(m.locale()).strip().replaceAll("\\s+", " ");
      if (text.length() <= LINE) {
        return text;
      }
      int cut = text.lastIndexOf(' ', LINE - 1);
      return text.substring(0, cut > 0 ? cut : LINE - 1) + " …";
    } catch (ScenarioException e) {
      return m.format("scenarios.invalid", e.problems().get(0));
    }
  }
}
