package badaboum.decide;

import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The points a search visits: a base scenario with its knobs set to given values, each point built
 * and checked by the scenario loader exactly as a sweep builds its points, so a point here and the
 * same point of a sweep run the same runs.
 *
 * <p>The shares of a content mix must sum to 1, so a knob on one share ({@code
 * strategies.steady.content.promotional}) takes its value from the shares not searched, which keep
 * their proportions: promotional from 0.15 to 0.4 scales informative, entertaining and conversation
 * by 0.6 / 0.85. A point whose searched shares exceed 1 is invalid.
 */
public final class PlanSpace {
  private static final Pattern STEP = Pattern.compile("([^.\\[]+)((\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
  private static final Pattern CONTENT =
      Pattern.compile(
          "(strategies\\.[^.]+\\.content)\\.(promotional|informative|entertaining|conversation)");

  private final Scenario base;
  private final String arm;
  private final List<Knob> knobs;
  private final ScenarioLoader loader = new ScenarioLoader();

  public PlanSpace(Scenario base, String arm, List<Knob> knobs) {
    this.base = base;
    this.arm = arm;
    this.knobs = List.copyOf(knobs);
  }

  public Scenario base() {
    return base;
  }

  public String arm() {
    return arm;
  }

  public List<Knob> knobs() {
    return knobs;
  }

  /**
   * The scenario with each knob at its value (rounded for whole-number keys).
   *
   * @throws badaboum.scenario.ScenarioException when the values make an invalid scenario
   */
  public Scenario scenario(double[] values) {
    Map<String, Object> set = new LinkedHashMap<>();
    for (int i = 0; i < knobs.size(); i++) {
      set.put(knobs.get(i).path(), knobs.get(i).scenarioValue(values[i]));
    }
    rebalanceContent(set);
    return loader.point(base, set, "the search's point");
  }

  /** Gives the shares of each content mix that has a searched share the rest of 1. */
  private void rebalanceContent(Map<String, Object> set) {
    Map<String, Double> searched = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : set.entrySet()) {
      Matcher m = CONTENT.matcher(e.getKey());
      if (m.matches()) {
        searched.merge(m.group(1), ((Number) e.getValue()).doubleValue(), Double::sum);
      }
    }
    for (Map.Entry<String, Double> mix : searched.entrySet()) {
      String prefix = mix.getKey();
      Object content = valueAt(base.effective(), prefix.replace("*", arm));
      if (!(content instanceof Map<?, ?> shares)) {
        continue;
      }
      double rest = 0;
      for (Map.Entry<?, ?> share : shares.entrySet()) {
        if (!set.containsKey(prefix + "." + share.getKey())) {
          rest += ((Number) share.getValue()).doubleValue();
        }
      }
      double left = 1 - mix.getValue();
      long free = shares.size() - countIn(set, prefix);
      for (Map.Entry<?, ?> share : shares.entrySet()) {
        String path = prefix + "." + share.getKey();
        if (!set.containsKey(path)) {
          double base = ((Number) share.getValue()).doubleValue();
          // the shares not searched keep their proportions; all zero, they split the rest evenly
          set.put(path, rest > 0 ? base * left / rest : left / free);
        }
      }
    }
  }

  private static long countIn(Map<String, Object> set, String prefix) {
    return set.keySet().stream()
        .filter(k -> CONTENT.matcher(k).matches() && k.startsWith(prefix + "."))
        .count();
  }

  /** The values at unit coordinates. */
  public double[] values(double[] unit) {
    double[] values = new double[knobs.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = knobs.get(i).fromUnit(unit[i]);
    }
    return values;
  }

  /** The base scenario's own values, in unit coordinates (clamped into each range). */
  public double[] start() {
    double[] unit = new double[knobs.size()];
    for (int i = 0; i < unit.length; i++) {
      Knob knob = knobs.get(i);
      Object value = valueAt(base.effective(), knob.path().replace("*", arm));
      double v = value instanceof Number n ? n.doubleValue() : (knob.low() + knob.high()) / 2;
      unit[i] =
          Math.min(1, Math.max(0, knob.toUnit(Math.min(knob.high(), Math.max(knob.low(), v)))));
    }
    return unit;
  }

  /** The value at a dotted path ({@code a.b[0].c}) of a plain tree, or null. */
  static Object valueAt(Map<String, Object> tree, String path) {
    Object node = tree;
    for (String part : path.split("\\.")) {
      Matcher step = STEP.matcher(part);
      if (!step.matches() || !(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(step.group(1));
      Matcher index = INDEX.matcher(step.group(2));
      while (index.find()) {
        int i = Integer.parseInt(index.group(1));
        if (!(node instanceof List<?> list) || i >= list.size()) {
          return null;
        }
        node = list.get(i);
      }
    }
    return node;
  }
}
