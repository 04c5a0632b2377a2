package badaboum.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every scenario key, from the {@link Key} declarations on the records a scenario is made of,
 * walked from {@link Scenario}: the schema as the code sees it. The README's key tables and the
 * console's Model tab are generated from it, and records check their ranges against it.
 */
public final class Catalog {
  private static final Map<Class<?>, List<KeyInfo>> BY_RECORD = new ConcurrentHashMap<>();
  private static volatile List<KeyInfo> all;

  private Catalog() {}

  /** The keys of one record, in component order, named relative to its section. */
  public static List<KeyInfo> of(Class<? extends Record> type) {
    return BY_RECORD.computeIfAbsent(type, Catalog::keysOf);
  }

  /** The key of one component of a record. */
  public static KeyInfo key(Class<? extends Record> type, String component) {
    for (KeyInfo key : of(type)) {
      if (key.component().getName().equals(component)) {
        return key;
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " has no key " + component);
  }

  /** Every key of a scenario, with its full pattern, in the order of the records. */
  public static List<KeyInfo> all() {
    List<KeyInfo> keys = all;
    if (keys == null) {
      List<KeyInfo> walked = new ArrayList<>();
      walk(Scenario.class, "", Map.of(), walked, new java.util.HashSet<>());
      keys = List.copyOf(walked);
      all = keys;
    }
    return keys;
  }

  /** The key written at {@code pattern} ({@code strategies.<name>.replies.rate}). */
  public static Optional<KeyInfo> byPattern(String pattern) {
    return all().stream().filter(k -> k.pattern().equals(pattern)).findFirst();
  }

  /** The keys by section: the first part of their pattern, in order. */
  public static Map<String, List<KeyInfo>> bySection() {
    Map<String, List<KeyInfo>> sections = new LinkedHashMap<>();
    for (KeyInfo key : all()) {
      String pattern = key.pattern();
      int dot = pattern.indexOf('.');
      String section = dot < 0 ? "" : pattern.substring(0, dot).replace("[]", "");
      sections.computeIfAbsent(section, s -> new ArrayList<>()).add(key);
    }
    return sections;
  }

  /**
   * A record as a scenario writes it: its value keys by name, choices as their labels, in component
   * order (to edit one item of a list, such as a contest, and set the list back).
   */
  public static Map<String, Object> asMap(Record record) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (KeyInfo key : of(record.getClass())) {
      if (!key.kind().isValue()) {
        continue;
      }
      Object value;
      try {
        value = key.component().getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + key.name(), e);
      }
      if (value != null) {
        map.put(key.name(), value instanceof Labelled l ? l.label() : value);
      }
    }
    return map;
  }

  /** The declared defaults of a record's value keys, by name, as a scenario writes them. */
  public static Map<String, Object> defaults(Class<? extends Record> type) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (KeyInfo key : of(type)) {
      Object value = key.kind().isValue() ? key.defaultValue() : null;
      if (value != null) {
        map.put(key.name(), value instanceof Labelled l ? l.label() : value);
      }
    }
    return map;
  }

  /**
   * Checks a record's values against its keys' ranges, from its compact constructor: {@code values}
   * are the components in order. A record built in code obeys the same ranges as one read from a
   * file (horizon-bound keys are checked by the loader, which knows the horizon).
   *
   * @throws SpecException naming the first key out of range
   */
  public static void check(Class<? extends Record> type, Object... values) {
    RecordComponent[] components = type.getRecordComponents();
    if (values.length != components.length) {
      throw new IllegalStateException(
          type.getSimpleName() + " checks " + values.length + " of its components");
    }
    List<KeyInfo> keys = of(type);
    int next = 0;
    for (int i = 0; i < components.length; i++) {
      if (components[i].isAnnotationPresent(Given.class)) {
        continue;
      }
      KeyInfo key = keys.get(next++);
      if (!(values[i] instanceof Number n)) {
        continue;
      }
      double value = n.doubleValue();
      if (!(value >= key.min() && value <= key.max())) {
        throw new SpecException(
            key.name(),
            key.name()
                + " is "
                + KeyInfo.format(value)
                + "; allowed: "
                + KeyInfo.range(key.min(), key.max(), key.unit()));
      }
    }
  }

  private static List<KeyInfo> keysOf(Class<?> type) {
    List<KeyInfo> keys = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      if (!component.isAnnotationPresent(Given.class)) {
        keys.add(KeyInfo.of(KeyInfo.nameOf(component), component));
      }
    }
    return List.copyOf(keys);
  }

  /**
   * Adds the keys of {@code type} under {@code prefix}, and of its sections; a record met a second
   * time (a brand's management) is one row, its keys being documented where it first appears.
   */
  @SuppressWarnings("unchecked")
  private static void walk(
      Class<?> type,
      String prefix,
      Map<String, String> defaults,
      List<KeyInfo> out,
      java.util.Set<Class<?>> seen) {
    seen.add(type);
    for (KeyInfo key : of((Class<? extends Record>) type)) {
      KeyInfo placed = key.under(prefix);
      if (defaults.containsKey(key.name())) {
        placed = placed.placed(defaults.get(key.name()));
      }
      boolean documented =
          key.declaration() != null && !key.meaning().isEmpty() && key.sectionDefaults().isEmpty();
      switch (key.kind()) {
        case SECTION, SECTIONS, NAMED_SECTIONS -> {
          if (documented || key.kind() != KeyInfo.Kind.SECTION) {
            out.add(placed);
          }
          String suffix =
              switch (key.kind()) {
                case SECTIONS -> "[]";
                case NAMED_SECTIONS -> ".<name>";
                default -> "";
              };
          Map<String, String> own = key.sectionDefaults();
          if (!own.isEmpty() || !seen.contains(key.valueType())) {
            walk(key.valueType(), placed.pattern() + suffix, own, out, seen);
          }
        }
        default -> out.add(placed);
      }
    }
  }
}
