package badaboum.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads scenario files strictly: every problem in the file is collected and thrown at once as a
 * {@link ScenarioException}, each with its position, the value seen, what is allowed and, for a
 * misspelt key, the key that was probably meant.
 */
public final class ScenarioLoader {
  private static final String COMMAND_LINE = "command line";

  public Scenario load(Path file) {
    return load(ScenarioSource.read(file));
  }

  /** Loads scenario text, from a file or not; each file it extends is read once. */
  public Scenario load(ScenarioSource source) {
    Problems problems = new Problems();
    Binding binding = new Binding(problems);
    YamlMap tree = tree(source, binding, new ArrayList<>());
    problems.throwIfAny();
    Scenario scenario = bind(source, tree, binding);
    checkSweepPaths(scenario, problems);
    problems.throwIfAny();
    return scenario;
  }

  /**
   * One point of a sweep: the effective scenario (every strategy resolved, no sweep) with values
   * set at dotted paths; {@code strategies.*.key} sets the key in every strategy. Checked like a
   * file; problems are placed at {@code origin}.
   */
  public Scenario point(Scenario base, Map<String, Object> values, String origin) {
    return point(base, values, Position.nowhere(origin));
  }

  private Scenario point(Scenario base, Map<String, Object> values, Position where) {
    Problems problems = new Problems();
    Map<String, Object> effective = new java.util.LinkedHashMap<>(base.effective());
    effective.remove("sweep");
    YamlMap tree = (YamlMap) YamlTrees.fromPlain(effective, where);
    for (Map.Entry<String, Object> e : values.entrySet()) {
      List<String> paths = YamlPaths.expand(tree, e.getKey());
      if (paths.isEmpty()) {
        problems.add(where, e.getKey(), "matches nothing in the scenario");
      }
      for (String path : paths) {
        try {
          tree = YamlPaths.set(tree, path, YamlTrees.fromPlain(e.getValue(), where));
        } catch (IllegalArgumentException ex) {
          problems.add(where, e.getKey(), ex.getMessage());
        }
      }
    }
    problems.throwIfAny();
    return bind(base.source(), tree, new Binding(problems));
  }

  /** Each varied path must name a real key, and its levels or ends must be valid values. */
  private void checkSweepPaths(Scenario scenario, Problems problems) {
    for (SweepSpec.Factor factor : scenario.sweep().factors()) {
      for (Object probe : factor.probes()) {
        try {
          point(scenario, Map.of(factor.path(), probe), factor.position());
        } catch (ScenarioException e) {
          for (Problem p : e.problems()) {
            problems.add(factor.position(), "sweep.vary." + factor.path(), p.message());
          }
        }
      }
    }
  }

  /**
   * The scenario with values replaced at dotted paths (command-line flags, sweep points), checked
   * like the file itself. Values are Integer, Long, Double, Boolean or String.
   */
  public Scenario override(Scenario scenario, Map<String, Object> values, String origin) {
    Problems problems = new Problems();
    YamlMap tree = scenario.tree();
    Position where = Position.nowhere(origin == null ? COMMAND_LINE : origin);
    for (Map.Entry<String, Object> e : values.entrySet()) {
      try {
        tree = YamlPaths.set(tree, e.getKey(), scalar(e.getValue(), where));
      } catch (IllegalArgumentException ex) {
        problems.add(where, e.getKey(), ex.getMessage());
      }
    }
    problems.throwIfAny();
    return bind(scenario.source(), tree, new Binding(problems));
  }

  private static Scenario bind(ScenarioSource source, YamlMap tree, Binding binding) {
    binding.directory(source.label(), source.directory());
    Scenario scenario = new ScenarioBinder(binding).bind(source, tree, defaultName(source));
    binding.problems().throwIfAny();
    return scenario;
  }

  private static String defaultName(ScenarioSource source) {
    String file = Path.of(source.label()).getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /** The source's tree, with the files it extends merged under it. */
  private static YamlMap tree(ScenarioSource source, Binding binding, List<Path> chain) {
    Problems problems = binding.problems();
    String label = source.label();
    binding.directory(label, source.directory());
    YamlNode root = new YamlParser(label, problems).parse(source.text());
    if (root == null) {
      return null;
    }
    if (!(root instanceof YamlMap map)) {
      problems.add(
          root.position(),
          "",
          "a scenario is a mapping of keys (name:, days:, audience: ...), not " + root.kind());
      return null;
    }
    YamlNode extendsNode = map.get("extends");
    if (extendsNode == null) {
      return map;
    }
    YamlMap own = map.without("extends");
    if (!(extendsNode instanceof YamlScalar s) || s.type() != YamlScalar.Type.STRING) {
      problems.add(extendsNode.position(), "extends", "expected the path of a base scenario file");
      return own;
    }
    Path base = source.directory().resolve(s.text()).normalize();
    chain.add(source.directory().resolve(Path.of(label).getFileName()).normalize());
    if (chain.contains(base)) {
      problems.add(
          s.position(),
          "extends",
          "'" + s.text() + "' extends this file again (a cycle); remove one extends");
      return own;
    }
    if (!Files.isRegularFile(base)) {
      problems.add(
          s.position(),
          "extends",
          "no such file: "
              + s.shown()
              + " (looked for "
              + base
              + "); paths are relative to this file");
      return own;
    }
    ScenarioSource baseSource;
    try {
      String baseLabel = labelOf(base);
      baseSource =
          new ScenarioSource(baseLabel, ScenarioFiles.read(base, baseLabel), base.getParent());
    } catch (ScenarioException e) {
      e.problems().forEach(p -> problems.add(p.position(), p.path(), p.message()));
      return own;
    }
    YamlMap baseTree = tree(baseSource, binding, chain);
    if (baseTree == null) {
      return own;
    }
    // name, description and notes describe one file: they are not inherited
    YamlMap inherited = baseTree.without("name").without("description").without("notes");
    return YamlMerge.deep(inherited, own);
  }

  private static String labelOf(Path absolute) {
    Path here = Path.of("").toAbsolutePath();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
  }

  private static YamlScalar scalar(Object value, Position where) {
    if (value instanceof Integer || value instanceof Long) {
      return new YamlScalar(value.toString(), YamlScalar.Type.INTEGER, where);
    }
    if (value instanceof Double d) {
      return new YamlScalar(Double.toString(d), YamlScalar.Type.DECIMAL, where);
    }
    if (value instanceof Boolean b) {
      return new YamlScalar(b.toString(), YamlScalar.Type.BOOLEAN, where);
    }
    return new YamlScalar(String.valueOf(value), YamlScalar.Type.STRING, where);
  }
}
