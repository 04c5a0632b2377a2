package badaboum.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets a value at a dotted path such as {@code strategies.boum.contests[0].prize} in a YAML tree,
 * returning a new tree. Missing mappings on the way are created; list elements must exist.
 */
public final class YamlPaths {
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)((\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private YamlPaths() {}

  /** One step of a path: a key, then zero or more list indices. */
  record Step(String key, List<Integer> indices) {}

  /** Parses a path, or returns null when it is not of the form a.b[0].c. */
  static List<Step> parse(String path) {
    List<Step> steps = new ArrayList<>();
    for (String part : path.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        return null;
      }
      List<Integer> indices = new ArrayList<>();
      Matcher i = INDEX.matcher(m.group(2));
      while (i.find()) {
        indices.add(Integer.parseInt(i.group(1)));
      }
      steps.add(new Step(m.group(1), indices));
    }
    return steps;
  }

  /**
   * The concrete paths a path with {@code *} segments stands for: {@code strategies.*.x} is x in
   * every strategy. A path without {@code *} stands for itself.
   */
  public static List<String> expand(YamlMap root, String path) {
    List<String> done = new ArrayList<>();
    expandFrom(root, "", path.split("\\.", -1), 0, done);
    return done;
  }

  private static void expandFrom(
      YamlNode node, String prefix, String[] parts, int at, List<String> done) {
    if (at == parts.length) {
      done.add(prefix);
      return;
    }
    String part = parts[at];
    String joined = prefix.isEmpty() ? "" : prefix + ".";
    if (!part.equals("*")) {
      YamlNode child = node instanceof YamlMap map ? map.get(part.replaceAll("\\[.*$", "")) : null;
      expandFrom(child, joined + part, parts, at + 1, done);
      return;
    }
    if (node instanceof YamlMap map) {
      for (String key : map.entries().keySet()) {
        expandFrom(map.get(key), joined + key, parts, at + 1, done);
      }
    }
  }

  /**
   * The tree with {@code value} at {@code path}.
   *
   * @throws IllegalArgumentException with a message saying which part of the path is wrong
   */
  public static YamlMap set(YamlMap root, String path, YamlNode value) {
    List<Step> steps = parse(path);
    if (steps == null) {
      throw new IllegalArgumentException(
          "'" + path + "' is not a key path; write it like audience.size or contests[0].prize");
    }
    return (YamlMap) setIn(root, steps, 0, value, "");
  }

  private static YamlNode setIn(
      YamlNode node, List<Step> steps, int at, YamlNode value, String so) {
    Step step = steps.get(at);
    String here = so.isEmpty() ? step.key() : so + "." + step.key();
    if (!(node instanceof YamlMap map)) {
      throw new IllegalArgumentException(so + " is " + node.kind() + ", not a mapping");
    }
    YamlNode child = map.get(step.key());
    YamlNode replaced;
    if (step.indices().isEmpty()) {
      replaced =
          at == steps.size() - 1 ? value : setIn(orEmpty(child, map), steps, at + 1, value, here);
    } else {
      replaced = setInList(child, step.indices(), 0, steps, at, value, here);
    }
    YamlMap.Entry old = map.entries().get(step.key());
    return map.with(
        new YamlMap.Entry(
            step.key(), old != null ? old.keyPosition() : value.position(), replaced));
  }

  private static YamlNode setInList(
      YamlNode node,
      List<Integer> indices,
      int depth,
      List<Step> steps,
      int at,
      YamlNode value,
      String here) {
    int index = indices.get(depth);
    if (!(node instanceof YamlList list) || index >= list.items().size()) {
      throw new IllegalArgumentException(
          here + " has no element [" + index + "]; the scenario must define it first");
    }
    String element = here + "[" + index + "]";
    YamlNode item = list.items().get(index);
    YamlNode replaced;
    if (depth < indices.size() - 1) {
      replaced = setInList(item, indices, depth + 1, steps, at, value, element);
    } else if (at == steps.size() - 1) {
      replaced = value;
    } else {
      replaced = setIn(item, steps, at + 1, value, element);
    }
    List<YamlNode> items = new ArrayList<>(list.items());
    items.set(index, replaced);
    return new YamlList(items, list.position());
  }

  private static YamlNode orEmpty(YamlNode child, YamlMap parent) {
    return child instanceof YamlMap ? child : YamlMap.empty(parent.position());
  }
}
