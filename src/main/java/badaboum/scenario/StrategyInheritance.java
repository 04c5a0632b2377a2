package badaboum.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code extends} between strategies: a strategy is its parent's mapping with its own keys
 * merged over it. Unknown parents and cycles are reported at the {@code extends} value.
 */
final class StrategyInheritance {
  private final Problems problems;
  private final YamlMap strategies;
  private final Map<String, YamlMap> resolved = new LinkedHashMap<>();

  StrategyInheritance(Problems problems, YamlMap strategies) {
    this.problems = problems;
    this.strategies = strategies;
  }

  /** Every strategy, in file order, with its inheritance merged in. */
  Map<String, YamlMap> resolve() {
    for (YamlMap.Entry entry : strategies.entries().values()) {
      if (entry.value() instanceof YamlMap) {
        resolve(entry.key(), new ArrayList<>());
      } else {
        problems.add(
            entry.value().position(),
            "strategies." + entry.key(),
            "expected a mapping of strategy settings, got " + entry.value().kind());
      }
    }
    Map<String, YamlMap> inFileOrder = new LinkedHashMap<>();
    for (String name : strategies.entries().keySet()) {
      if (resolved.containsKey(name)) {
        inFileOrder.put(name, resolved.get(name));
      }
    }
    return inFileOrder;
  }

  private YamlMap resolve(String name, List<String> chain) {
    if (resolved.containsKey(name)) {
      return resolved.get(name);
    }
    YamlMap own = (YamlMap) strategies.get(name);
    YamlNode parentNode = own.get("extends");
    YamlMap result = own;
    if (parentNode != null) {
      String path = "strategies." + name + ".extends";
      String parent = parentNode instanceof YamlScalar s ? s.text() : null;
      chain.add(name);
      if (parent == null) {
        problems.add(parentNode.position(), path, "expected a strategy name, got a structure");
      } else if (chain.contains(parent)) {
        problems.add(
            parentNode.position(),
            path,
            "extends makes a cycle: "
                + String.join(" → ", chain)
                + " → "
                + parent
                + "; remove one of these extends");
      } else if (!(strategies.get(parent) instanceof YamlMap)) {
        String hint = DidYouMean.suggest(parent, strategies.entries().keySet());
        problems.add(
            parentNode.position(),
            path,
            "unknown strategy '"
                + parent
                + "'; "
                + (hint == null ? "" : "did you mean '" + hint + "'? ")
                + "strategies: "
                + String.join(", ", strategies.entries().keySet()));
      } else {
        result = YamlMerge.deep(resolve(parent, chain), own);
      }
      chain.remove(name);
    }
    resolved.put(name, result);
    return result;
  }
}
