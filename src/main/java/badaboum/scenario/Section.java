package badaboum.scenario;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one YAML mapping key by key, each from its {@link Key} declaration: default, type and
 * range. Problems are reported, never thrown, and the default stands in so that reading goes on and
 * every problem is found. Each value read is also written to the effective scenario, so {@code
 * scenario.effective.yaml} lists every default. {@link #record} fills a whole record by component
 * name.
 */
public final class Section {
  private final Binding binding;
  private final String path;
  private final YamlMap map;
  private final Map<String, Object> effective;
  private final Set<String> known = new LinkedHashSet<>();
  private final ScalarValues values;

  Section(Binding binding, String path, YamlMap map, Map<String, Object> effective) {
    this.binding = binding;
    this.path = path;
    this.map = map;
    this.effective = effective;
    this.values = new ScalarValues(binding, path, map, effective, known);
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

  /**
   * Reads a whole record, component by component, each from its key, and finishes this section
   * (unknown keys are reported). What the record refuses (a rule across its keys) is reported at
   * the key it names, and the defaults stand in.
   *
   * @param given values for components the loader gives (a strategy's name), by component name
   * @param defaults a record whose values replace the declared defaults (a brand's management
   *     starts from the market's), or null
   */
  public <R extends Record> R record(Class<R> type, Map<String, Object> given, R defaults) {
    return fill(type, given, defaults == null ? Map.of() : RecordValues.byKey(defaults));
  }

  private <R extends Record> R fill(
      Class<R> type, Map<String, Object> given, Map<String, KeyInfo> defaults) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Object[] fallback = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      if (given.containsKey(component.getName())) {
        values[i] = given.get(component.getName());
        fallback[i] = values[i];
        continue;
      }
      KeyInfo key =
          defaults.getOrDefault(component.getName(), Catalog.key(type, component.getName()));
      Object def = defaultOf(key);
      values[i] = componentValue(key, def);
      fallback[i] = fallbackFor(key, values[i]);
    }
    finish();
    try {
      return RecordValues.construct(type, values);
    } catch (SpecException refused) {
      problem(refused.key(), refused.getMessage());
      return RecordValues.construct(type, fallback);
    }
  }

  public <R extends Record> R record(Class<R> type) {
    return fill(type, Map.of(), Map.of());
  }

  /**
   * Reads a whole record whose keys with a context default take theirs from {@code defaults}, by
   * component name (the brand a crisis hits defaults to the first brand).
   */
  public <R extends Record> R recordWith(Class<R> type, Map<String, Object> defaults) {
    Map<String, KeyInfo> placed = new LinkedHashMap<>();
    defaults.forEach(
        (component, value) ->
            placed.put(
                component, Catalog.key(type, component).placed(RecordValues.written(value))));
    return fill(type, Map.of(), placed);
  }

  /** Reads one key of a record, declared on its component, with the declared default. */
  public Object read(Class<? extends Record> type, String component) {
    KeyInfo key = Catalog.key(type, component);
    return read(key, key.defaultValue());
  }

  /** Reads one key with a default of the loader's (a context default: the horizon, a name). */
  public Object read(KeyInfo key, Object def) {
    String name = key.name();
    return switch (key.kind()) {
      case INTEGER -> {
        long value = values.whole(name, ((Number) def).longValue(), key);
        yield key.valueType() == long.class ? (Object) value : (Object) (int) value;
      }
      case NUMBER ->
          def == null
              ? values.optionalNumber(name, key)
              : (Object) values.number(name, (Double) def, key);
      case BOOLEAN -> values.flag(name, (Boolean) def);
      case TEXT -> values.text(name, (String) def);
      case WORDS -> words(name, (Bilingual) def);
      case CHOICE -> values.choice(name, def, key);
      case PATH -> file(name);
      case TEXTS -> texts(name, RecordValues.castTexts(def));
      default -> throw new IllegalStateException(key.pattern() + " is not a value");
    };
  }

  private Object componentValue(KeyInfo key, Object def) {
    return switch (key.kind()) {
      case SECTION ->
          section(key.name())
              .fill(
                  key.valueType().asSubclass(Record.class),
                  Map.of(),
                  RecordValues.placedDefaults(key));
      case SECTIONS -> {
        List<Object> items = new ArrayList<>();
        for (Section item : sections(key.name())) {
          items.add(item.fill(key.valueType().asSubclass(Record.class), Map.of(), Map.of()));
        }
        yield List.copyOf(items);
      }
      case NAMED_SECTIONS, CUSTOM ->
          throw new IllegalStateException(key.pattern() + " is read by code of its own");
      default -> read(key, def);
    };
  }

  private Object defaultOf(KeyInfo key) {
    if (key.hasContextDefault() && key.declaration().contextDefault().equals(Key.HORIZON)) {
      return binding.horizon();
    }
    return key.defaultValue();
  }

  /** The value a component falls back to when its record refuses: its default, if it has one. */
  private Object fallbackFor(KeyInfo key, Object read) {
    Object def = defaultOf(key);
    return def == null || !key.kind().isValue() ? read : def;
  }

  /**
   * Words for people: a text (English), or a mapping of languages, {@code {en: ..., fr: ...}},
   * whose other keys are refused like any unknown key.
   */
  private Bilingual words(String key, Bilingual def) {
    known.add(key);
    YamlNode node = map.get(key);
    if (node instanceof YamlMap languages) {
      Section each = new Section(binding, child(key), languages, new LinkedHashMap<>());
      Bilingual value = new Bilingual(each.values.text("en", ""), each.values.text("fr", ""));
      each.finish();
      effective.put(key, value.effective());
      return value;
    }
    if (node != null && !(node instanceof YamlScalar)) {
      binding
          .problems()
          .add(
              node.position(),
              child(key),
              "expected text, or a mapping {en: text, fr: text}, got " + node.kind());
      effective.put(key, def.effective());
      return def;
    }
    return Bilingual.english(values.text(key, def.en()));
  }

  /** A list of texts; {@code def} when absent. */
  public List<String> texts(String key, List<String> def) {
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
    known.add(key);
    YamlScalar scalar = values.scalar(key, "a file path");
    if (scalar == null) {
      return null;
    }
    if (scalar.type() != YamlScalar.Type.STRING) {
      values.mismatch(key, scalar, "a file path");
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
    return new Section(binding, child(key), child, childEffective);
  }

  /** A section for a user-named key (a strategy), documented under {@code <name>}. */
  public Section named(String key, YamlMap value) {
    known.add(key);
    Map<String, Object> childEffective = new LinkedHashMap<>();
    effective.put(key, childEffective);
    return new Section(binding, child(key), value, childEffective);
  }

  /** A list of mappings (contests, crises); empty when absent. */
  public List<Section> sections(String key) {
    known.add(key);
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
        sections.add(new Section(binding, itemPath, m, itemEffective));
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
        String hint = ScalarValues.suggestion(entry.key(), known);
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

  private static boolean isNull(YamlNode node) {
    return node instanceof YamlScalar s && s.type() == YamlScalar.Type.NULL;
  }
}
