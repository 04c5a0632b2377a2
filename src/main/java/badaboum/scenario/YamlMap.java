package badaboum.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A YAML mapping in file order; each key keeps its own position for "unknown key" errors. */
public record YamlMap(Map<String, Entry> entries, Position position) implements YamlNode {

  /** One key and its value. */
  public record Entry(String key, Position keyPosition, YamlNode value) {}

  public YamlMap {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  public static YamlMap empty(Position position) {
    return new YamlMap(Map.of(), position);
  }

  public YamlNode get(String key) {
    Entry e = entries.get(key);
    return e == null ? null : e.value();
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  @Override
  public String kind() {
    return "a mapping";
  }

  /** A copy with one entry added or replaced, keeping file order. */
  public YamlMap with(Entry entry) {
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    copy.put(entry.key(), entry);
    return new YamlMap(copy, position);
  }

  /** A copy without one key. */
  public YamlMap without(String key) {
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    copy.remove(key);
    return new YamlMap(copy, position);
  }
}
