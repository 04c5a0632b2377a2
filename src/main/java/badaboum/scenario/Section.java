package badaboum.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one YAML mapping key by key, each with its default, type and range. Problems are reported,
 * never thrown, and the default stands in so that reading goes on and every problem is found. Each
 * value read is also written to the effective scenario, so {@code scenario.effective.yaml} lists
 * every default; and each key is recorded in the {@link KeyCatalog}.
 */
public final class Section {
  private final Binding binding;
  private final String path;
  private final String pattern;
  private final YamlMap map;
  private final Map<String, Object> effective;
  private final Set<String> known = new LinkedHashSet<>();

  Section(
      Binding binding, String path, String pattern, YamlMap map, Map<String, Object> effective) {
    this.binding = binding;
    this.path = path;
    this.pattern = pattern;
    this.map = map;
    this.effective = effective;
  }

  /** The dotted path of this mapping, e.g. {@code audience.network}. */
  public String path() {
    return path;
  }

  public boolean has(String key) {
    known.add(key);
    return map.has(key);
  }

  /** The user-chosen keys of this mapping (strategy names), in file order. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(map.entries().keySet());
    known.addAll(keys);
    return keys;
  }

  /** Where the key's value is written, or where this mapping is when it is absent. */
  public Position position(String key) {
    YamlNode node = map.get(key);
    return node != null ? node.position() : map.position();
  }

  public Position position() {
    return map.position();
  }

  /** Reports a problem with a key that passed its own checks but not a rule across keys. */
  public void problem(String key, String message) {
    binding.problems().add(position(key), key.isEmpty() ? path : child(key), message);
  }

  public int integer(String key, int def, int min, int max, String unit) {
    return (int) whole(key, def, min, max, unit);
  }

  public long whole(String key, long def, long min, long max, String unit) {
    document(key, "integer", String.valueOf(def), range(min, max, unit));
    YamlScalar scalar = scalar(key, "a whole number" + describe(range(min, max, unit)));
    long value = def;
    if (scalar != null) {
      Long parsed = scalar.type() == YamlScalar.Type.INTEGER ? parseLong(scalar.text()) : null;
      if (parsed == null) {
        mismatch(key, scalar, "a whole number" + describe(range(min, max, unit)));
      } else if (parsed < min || parsed > max) {
        outOfRange(key, scalar, range(min, max, unit));
      } else {
        value = parsed;
      }
    }
    effective.put(key, value);
    return value;
  }

  public double number(String key, double def, double min, double max, String unit) {
    document(key, "number", format(def), range(min, max, unit));
    YamlScalar scalar = scalar(key, "a number" + describe(range(min, max, unit)));
    double value = def;
    if (scalar != null) {
      Double parsed = parseNumber(scalar);
      if (parsed == null) {
        mismatch(key, scalar, "a number" + describe(range(min, max, unit)));
      } else if (!(parsed >= min && parsed <= max)) {
        outOfRange(key, scalar, range(min, max, unit));
      } else {
        value = parsed;
      }
    }
    effective.put(key, value);
    return value;
  }

  public boolean flag(String key, boolean def) {
    document(key, "boolean", String.valueOf(def), "true or false");
    YamlScalar scalar = scalar(key, "true or false");
    boolean value = def;
    if (scalar != null) {
      if (scalar.type() == YamlScalar.Type.BOOLEAN) {
        value = Boolean.parseBoolean(scalar.text());
      } else {
        mismatch(key, scalar, "true or false");
      }
    }
    effective.put(key, value);
    return value;
  }

  public String text(String key, String def) {
    document(key, "text", def.isEmpty() ? "(empty)" : def, "any text");
    YamlScalar scalar = scalar(key, "text");
    String value = def;
    if (scalar != null) {
      if (scalar.type() == YamlScalar.Type.NULL) {
        mismatch(key, scalar, "text");
      } else {
        value = scalar.text();
      }
    }
    effective.put(key, value);
    return value;
  }

  /** One of an enum's labels. */
  public <E extends Enum<E> & Labelled> E choice(String key, E def, Class<E> type) {
    List<String> labels =
        Arrays.stream(type.getEnumConstants()).map(Labelled::label).collect(Collectors.toList());
    document(key, "choice", def.label(), String.join(" | ", labels));
    YamlScalar scalar = scalar(key, "one of " + String.join(", ", labels));
    E value = def;
    if (scalar != null) {
      E found = null;
      for (E constant : type.getEnumConstants()) {
        if (constant.label().equals(scalar.text())) {
          found = constant;
        }
      }
      if (found == null || scalar.type() != YamlScalar.Type.STRING) {
        String hint = suggestion(scalar.text(), labels);
        binding
            .problems()
            .add(
                scalar.position(),
                child(key),
                scalar.shown()
                    + " is not a known value; "
                    + hint
                    + "allowed: "
                    + String.join(", ", labels));
      } else {
        value = found;
      }
    }
    effective.put(key, value.label());
    return value;
  }

  /** A list of texts; {@code def} when absent. */
  public List<String> texts(String key, List<String> def) {
    document(key, "list of text", def.isEmpty() ? "[]" : def.toString(), "texts");
    known.add(key);
    YamlNode node = map.get(key);
    List<String> values = new ArrayList<>(def);
    if (node instanceof YamlList list) {
      values.clear();
      for (YamlNode item : list.items()) {
        if (item instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL) {
          values.add(s.text());
        } else {
          binding
              .problems()
              .add(item.position(), child(key), "expected text in the list, got " + item.kind());
        }
      }
    } else if (node != null) {
      binding
          .problems()
          .add(node.position(), child(key), "expected a list such as [a, b], got " + node.kind());
    }
    effective.put(key, List.copyOf(values));
    return List.copyOf(values);
  }

  /** A file named relative to the scenario; reports a missing file. Null when the key is absent. */
  public Path file(String key) {
    document(key, "path", "(none)", "a file, relative to the scenario");
    YamlScalar scalar = scalar(key, "a file path");
    if (scalar == null) {
      return null;
    }
    if (scalar.type() != YamlScalar.Type.STRING) {
      mismatch(key, scalar, "a file path");
      return null;
    }
    Path resolved = binding.resolve(scalar.position(), scalar.text());
    if (!Files.isRegularFile(resolved)) {
      binding
          .problems()
          .add(
              scalar.position(),
              child(key),
              "no such file: "
                  + scalar.shown()
                  + " (looked for "
                  + resolved
                  + "); paths are relative to the scenario file");
      return null;
    }
    effective.put(key, resolved.toAbsolutePath().toString()); // the effective file stands alone
    return resolved;
  }

  /** A nested mapping; an empty one when absent, so that its defaults still apply. */
  public Section section(String key) {
    known.add(key);
    YamlNode node = map.get(key);
    YamlMap child;
    if (node instanceof YamlMap m) {
      child = m;
    } else {
      if (node != null && !isNull(node)) {
        binding
            .problems()
            .add(
                node.position(),
                child(key),
                "expected a mapping of keys (key: value), got " + node.kind());
      }
      child = YamlMap.empty(node != null ? node.position() : map.position());
    }
    Map<String, Object> childEffective = new LinkedHashMap<>();
    effective.put(key, childEffective);
    return new Section(binding, child(key), childPattern(key), child, childEffective);
  }

  /** A section for a user-named key (a strategy), documented under {@code <name>}. */
  public Section named(String key, YamlMap value) {
    known.add(key);
    Map<String, Object> childEffective = new LinkedHashMap<>();
    effective.put(key, childEffective);
    return new Section(binding, child(key), pattern + ".<name>", value, childEffective);
  }

  /** A list of mappings (contests, crises); empty when absent. */
  public List<Section> sections(String key) {
    known.add(key);
    document(key, "list", "[]", "a list of mappings");
    YamlNode node = map.get(key);
    List<Object> effectiveItems = new ArrayList<>();
    effective.put(key, effectiveItems);
    if (node == null || isNull(node)) {
      return List.of();
    }
    if (!(node instanceof YamlList list)) {
      binding
          .problems()
          .add(node.position(), child(key), "expected a list (- item), got " + node.kind());
      return List.of();
    }
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      YamlNode item = list.items().get(i);
      String itemPath = child(key) + "[" + i + "]";
      if (item instanceof YamlMap m) {
        Map<String, Object> itemEffective = new LinkedHashMap<>();
        effectiveItems.add(itemEffective);
        sections.add(new Section(binding, itemPath, childPattern(key) + "[]", m, itemEffective));
      } else {
        binding
            .problems()
            .add(item.position(), itemPath, "expected a mapping (key: value), got " + item.kind());
      }
    }
    return sections;
  }

  /** The raw node, for keys that take several shapes; null when absent. */
  public YamlNode raw(String key) {
    known.add(key);
    return map.get(key);
  }

  /** Writes a value to the effective scenario as it is, for keys read through {@link #raw}. */
  public void putEffective(String key, Object value) {
    effective.put(key, value);
  }

  /** Reports a key that makes no sense in this context (e.g. rewire for erdos-renyi). */
  public void notApplicable(String key, String reason) {
    known.add(key);
    YamlNode node = map.get(key);
    if (node != null) {
      binding.problems().add(node.position(), child(key), "not used here: " + reason);
    }
  }

  /** Reports the keys that nobody read: unknown keys, with the closest known one. */
  public void finish() {
    for (YamlMap.Entry entry : map.entries().values()) {
      if (!known.contains(entry.key())) {
        String hint = suggestion(entry.key(), known);
        binding
            .problems()
            .add(
                entry.keyPosition(),
                child(entry.key()),
                "unknown key; "
                    + hint
                    + (known.isEmpty()
                        ? "this mapping takes no keys"
                        : "known keys here: " + String.join(", ", known)));
      }
    }
  }

  Map<String, Object> effective() {
    return Collections.unmodifiableMap(effective);
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private String childPattern(String key) {
    return pattern.isEmpty() ? key : pattern + "." + key;
  }

  private void document(String key, String type, String def, String allowed) {
    known.add(key);
    binding.catalog().record(new KeyCatalog.Key(childPattern(key), type, def, allowed));
  }

  private YamlScalar scalar(String key, String expected) {
    YamlNode node = map.get(key);
    if (node == null) {
      return null;
    }
    if (node instanceof YamlScalar s) {
      return s;
    }
    binding
        .problems()
        .add(node.position(), child(key), "expected " + expected + ", got " + node.kind());
    return null;
  }

  private void mismatch(String key, YamlScalar scalar, String expected) {
    binding
        .problems()
        .add(
            scalar.position(),
            child(key),
            "expected " + expected + ", got " + scalar.kind() + " " + scalar.shown());
  }

  private void outOfRange(String key, YamlScalar scalar, String range) {
    binding
        .problems()
        .add(scalar.position(), child(key), scalar.text() + " is out of range; allowed: " + range);
  }

  private static String suggestion(String given, Set<String> options) {
    return suggestion(given, List.copyOf(options));
  }

  private static String suggestion(String given, List<String> options) {
    String best = DidYouMean.suggest(given, options);
    return best == null ? "" : "did you mean '" + best + "'? ";
  }

  private static boolean isNull(YamlNode node) {
    return node instanceof YamlScalar s && s.type() == YamlScalar.Type.NULL;
  }

  private static String describe(String range) {
    return " (" + range + ")";
  }

  private static String range(double min, double max, String unit) {
    String bounds;
    if (max == Double.MAX_VALUE || max == Long.MAX_VALUE || max == Integer.MAX_VALUE) {
      bounds = "at least " + format(min);
    } else {
      bounds = format(min) + " to " + format(max);
    }
    return unit.isEmpty() ? bounds : bounds + ", " + unit;
  }

  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) value);
    }
    return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  private static Long parseLong(String text) {
    try {
      return Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Double parseNumber(YamlScalar scalar) {
    if (scalar.type() != YamlScalar.Type.INTEGER && scalar.type() != YamlScalar.Type.DECIMAL) {
      return null;
    }
    try {
      double value = Double.parseDouble(scalar.text().replace("_", ""));
      return Double.isFinite(value) ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
