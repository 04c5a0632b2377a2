package badaboum.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records built from values by component name, and the defaults their keys take in a context. */
final class RecordValues {
  private RecordValues() {}

  /** A record's values as the defaults of its keys, by component name (a brand's management). */
  static Map<String, KeyInfo> byKey(Record defaults) {
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
  static String written(Object value) {
    return value instanceof Double d ? Double.toString(d) : String.valueOf(value);
  }

  /** The keys of a section's record with the defaults its declaration gives them there. */
  static Map<String, KeyInfo> placedDefaults(KeyInfo section) {
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

  /**
   * A copy of {@code record} with the named components changed, by name: a copy never depends on
   * the order of a record's components.
   */
  static <R extends Record> R with(R record, Map<String, Object> changes) {
    @SuppressWarnings("unchecked")
    Class<R> type = (Class<R>) record.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    int changed = 0;
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      if (changes.containsKey(name)) {
        values[i] = changes.get(name);
        changed++;
      } else {
        try {
          values[i] = components[i].getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + name, e);
        }
      }
    }
    if (changed != changes.size()) {
      throw new IllegalArgumentException(
          type.getSimpleName() + " has no component among " + changes.keySet());
    }
    return construct(type, values);
  }

  static <R extends Record> R construct(Class<R> type, Object[] values) {
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
  static List<String> castTexts(Object def) {
    return def == null ? List.of() : (List<String>) def;
  }
}
