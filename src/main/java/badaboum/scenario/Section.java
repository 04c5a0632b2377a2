package badaboum.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

  Section(Binding binding, String path, YamlMap map, Map<String, Object> effective) {
    this.binding = binding;
    this.path = path;
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
    return fill(type, given, defaults == null ? Map.of() : byKey(defaults));
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
      return construct(type, values);
    } catch (SpecException refused) {
      problem(refused.key(), refused.getMessage());
      return construct(type, fallback);
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
            placed.put(component, Catalog.key(type, component).placed(written(value))));
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
        long value = whole(name, ((Number) def).longValue(), key);
        yield key.valueType() == long.class ? (Object) value : (Object) (int) value;
      }
      case NUMBER ->
          def == null ? optionalNumber(name, key) : (Object) number(name, (Double) def, key);
      case BOOLEAN -> flag(name, (Boolean) def);
      case TEXT -> text(name, (String) def);
      case WORDS -> words(name, (Bilingual) def);
      case CHOICE -> choice(name, def, key);
      case PATH -> file(name);
      case TEXTS -> texts(name, castTexts(def));
      default -> throw new IllegalStateException(key.pattern() + " is not a value");
    };
  }

  /** A record's values as the defaults of its keys, by component name (a brand's management). */
  private static Map<String, KeyInfo> byKey(Record defaults) {
    Map<String, KeyInfo> keys = new LinkedHashMap<>();
    Map<String, Object> values = Catalog.asMap(defaults);
    for (KeyInfo key : Catalog.of(defaults.getClass())) {
      Object value = values.get(key.name());
      if (value != null) {
        keys.put(key.component().getName(), key.placed(written(value)));
      }
    }
    return keys;
  }

  /** A value as a scenario writes it, for {@link KeyInfo#placed}. */
  private static String written(Object value) {
    return value instanceof Double d ? Double.toString(d) : String.valueOf(value);
  }

  /** The keys of a section's record with the defaults its declaration gives them there. */
  private static Map<String, KeyInfo> placedDefaults(KeyInfo section) {
    Map<String, KeyInfo> keys = new LinkedHashMap<>();
    Map<String, String> defaults = section.sectionDefaults();
    for (KeyInfo key : Catalog.of(section.valueType().asSubclass(Record.class))) {
      String value = defaults.get(key.name());
      if (value != null) {
        keys.put(key.component().getName(), key.placed(value));
      }
    }
    return keys;
  }

  private Object componentValue(KeyInfo key, Object def) {
    return switch (key.kind()) {
      case SECTION ->
          section(key.name())
              .fill(key.valueType().asSubclass(Record.class), Map.of(), placedDefaults(key));
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

  /** A record built from its values by component name: every component must be there. */
  static <R extends Record> R build(Class<R> type, Map<String, Object> values) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] ordered = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      if (!values.containsKey(components[i].getName())) {
        throw new IllegalStateException(type.getSimpleName() + " needs " + components[i].getName());
      }
      ordered[i] = values.get(components[i].getName());
    }
    return construct(type, ordered);
  }

  private static <R extends Record> R construct(Class<R> type, Object[] values) {
    Class<?>[] types =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    try {
      Constructor<R> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof SpecException refused) {
        throw refused;
      }
      throw new IllegalStateException(type.getSimpleName() + " refused its values", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> castTexts(Object def) {
    return def == null ? List.of() : (List<String>) def;
  }

  private long whole(String key, long def, KeyInfo info) {
    String range = info.range(binding.horizon());
    double max = info.withinHorizon() ? Math.min(info.max(), binding.horizon()) : info.max();
    YamlScalar scalar = scalar(key, "a whole number" + describe(range));
    long value = def;
    if (scalar != null) {
      Long parsed = scalar.type() == YamlScalar.Type.INTEGER ? parseLong(scalar.text()) : null;
      if (parsed == null) {
        mismatch(key, scalar, "a whole number" + describe(range));
      } else if (parsed < info.min() || parsed > max) {
        outOfRange(key, scalar, range);
      } else {
        value = parsed;
      }
    }
    effective.put(key, value);
    return value;
  }

  private double number(String key, double def, KeyInfo info) {
    String range = info.range(binding.horizon());
    YamlScalar scalar = scalar(key, "a number" + describe(range));
    double value = def;
    if (scalar != null) {
      Double parsed = parseNumber(scalar);
      if (parsed == null) {
        mismatch(key, scalar, "a number" + describe(range));
      } else if (!(parsed >= info.min() && parsed <= info.max())) {
        outOfRange(key, scalar, range);
      } else {
        value = parsed;
      }
    }
    effective.put(key, value);
    return value;
  }

  /** A number with no default: null when absent (nothing written to the effective scenario). */
  private Double optionalNumber(String key, KeyInfo info) {
    known.add(key);
    if (!map.has(key)) {
      return null;
    }
    return number(key, Double.NaN, info);
  }

  private boolean flag(String key, boolean def) {
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

  private String text(String key, String def) {
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

  /**
   * Words for people: a text (English), or a mapping of languages, {@code {en: ..., fr: ...}},
   * whose other keys are refused like any unknown key.
   */
  private Bilingual words(String key, Bilingual def) {
    known.add(key);
    YamlNode node = map.get(key);
    if (node instanceof YamlMap languages) {
      Section each = new Section(binding, child(key), languages, new LinkedHashMap<>());
      Bilingual value = new Bilingual(each.text("en", ""), each.text("fr", ""));
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
    return Bilingual.english(text(key, def.en()));
  }

  /** One of an enum's labels. */
  private Object choice(String key, Object def, KeyInfo info) {
    List<String> labels = info.choices();
    YamlScalar scalar = scalar(key, "one of " + String.join(", ", labels));
    Object value = def;
    if (scalar != null) {
      Object found = info.choice(scalar.text());
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
    effective.put(key, ((Labelled) value).label());
    return value;
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

  private YamlScalar scalar(String key, String expected) {
    known.add(key);
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

  static String format(double value) {
    return KeyInfo.format(value);
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
