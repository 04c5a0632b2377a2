package badaboum.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code sweep:} section: the design, its sizes and the varied parameters. */
final class SweepReader {
  private final Problems problems;

  SweepReader(Problems problems) {
    this.problems = problems;
  }

  SweepSpec read(Section root) {
    if (!root.has("sweep")) {
      return SweepSpec.none(root.position());
    }
    Section s = root.section("sweep");
    DesignKind design = (DesignKind) s.read(SweepSpec.class, "design");
    // a design's sizes that it does not use keep their declared defaults
    int samples = (Integer) Catalog.key(SweepSpec.class, "samples").defaultValue();
    int trajectories = (Integer) Catalog.key(SweepSpec.class, "trajectories").defaultValue();
    int levels = (Integer) Catalog.key(SweepSpec.class, "levels").defaultValue();
    switch (design) {
      case RANDOM, LHS, SOBOL -> samples = (Integer) s.read(SweepSpec.class, "samples");
      default -> s.notApplicable("samples", "design " + design.label() + " sets its own points");
    }
    if (design == DesignKind.MORRIS) {
      trajectories = (Integer) s.read(SweepSpec.class, "trajectories");
      levels = (Integer) s.read(SweepSpec.class, "levels");
      if (levels % 2 != 0) {
        s.problem("levels", levels + " is odd; morris needs an even number of levels (e.g. 4)");
      }
    } else {
      s.notApplicable("trajectories", "only morris has trajectories");
      s.notApplicable("levels", "only morris has levels");
    }
    List<SweepSpec.Factor> factors = factors(s);
    s.finish();
    return new SweepSpec(design, samples, trajectories, levels, factors, s.position());
  }

  private List<SweepSpec.Factor> factors(Section s) {
    YamlNode vary = s.raw("vary");
    List<SweepSpec.Factor> factors = new ArrayList<>();
    Map<String, Object> effective = new LinkedHashMap<>();
    if (!(vary instanceof YamlMap map) || map.entries().isEmpty()) {
      problems.add(
          vary == null ? s.position() : vary.position(),
          s.path() + ".vary",
          "a sweep needs vary: parameters to vary, e.g. vary: {audience.prize_seekers: [0.05,"
              + " 0.25]}");
      return factors;
    }
    for (YamlMap.Entry entry : map.entries().values()) {
      SweepSpec.Factor factor = factor(entry, s.path() + ".vary." + entry.key());
      if (factor != null) {
        factors.add(factor);
        effective.put(entry.key(), YamlTrees.toPlain(entry.value()));
      }
    }
    s.putEffective("vary", effective);
    return factors;
  }

  private SweepSpec.Factor factor(YamlMap.Entry entry, String path) {
    YamlNode node = entry.value();
    if (node instanceof YamlList list) {
      List<Object> levels = new ArrayList<>();
      for (YamlNode item : list.items()) {
        if (item instanceof YamlScalar scalar && scalar.type() != YamlScalar.Type.NULL) {
          levels.add(YamlTrees.toPlain(scalar));
        } else {
          problems.add(item.position(), path, "levels must be single values, got " + item.kind());
        }
      }
      if (levels.isEmpty()) {
        problems.add(node.position(), path, "give at least one level, e.g. [0.1, 0.2]");
        return null;
      }
      return new SweepSpec.Factor(
          entry.key(), entry.keyPosition(), SweepSpec.Kind.LEVELS, levels, 0, 0, 0, 0, 0, false);
    }
    if (node instanceof YamlMap map && map.has("step")) {
      Double from = number(map, "from", path);
      Double to = number(map, "to", path);
      Double step = number(map, "step", path);
      unknownKeys(map, path, List.of("from", "to", "step"));
      if (from == null || to == null || step == null) {
        return null;
      }
      return new SweepSpec.Factor(
          entry.key(),
          entry.keyPosition(),
          SweepSpec.Kind.STEPS,
          List.of(),
          from,
          to,
          step,
          0,
          0,
          false);
    }
    if (node instanceof YamlMap map && (map.has("min") || map.has("max"))) {
      Double min = number(map, "min", path);
      Double max = number(map, "max", path);
      boolean integer =
          map.get("integer") instanceof YamlScalar s
              && s.type() == YamlScalar.Type.BOOLEAN
              && Boolean.parseBoolean(s.text());
      unknownKeys(map, path, List.of("min", "max", "integer"));
      if (min == null || max == null) {
        return null;
      }
      if (min > max) {
        problems.add(node.position(), path, "min " + min + " is above max " + max + "; swap them");
        return null;
      }
      return new SweepSpec.Factor(
          entry.key(),
          entry.keyPosition(),
          SweepSpec.Kind.RANGE,
          List.of(),
          0,
          0,
          0,
          min,
          max,
          integer);
    }
    problems.add(
        node.position(),
        path,
        "expected a list of levels [a, b], steps {from, to, step} or a range {min, max}, got "
            + node.kind());
    return null;
  }

  private Double number(YamlMap map, String key, String path) {
    YamlNode node = map.get(key);
    if (node instanceof YamlScalar s
        && (s.type() == YamlScalar.Type.INTEGER || s.type() == YamlScalar.Type.DECIMAL)) {
      return Double.parseDouble(s.text().replace("_", ""));
    }
    problems.add(
        node == null ? map.position() : node.position(),
        path + "." + key,
        node == null ? "missing; give a number" : "expected a number, got " + node.kind());
    return null;
  }

  private void unknownKeys(YamlMap map, String path, List<String> known) {
    for (YamlMap.Entry e : map.entries().values()) {
      if (!known.contains(e.key())) {
        String hint = DidYouMean.suggest(e.key(), known);
        problems.add(
            e.keyPosition(),
            path + "." + e.key(),
            "unknown key; "
                + (hint == null ? "" : "did you mean '" + hint + "'? ")
                + "known keys here: "
                + String.join(", ", known));
      }
    }
  }
}
