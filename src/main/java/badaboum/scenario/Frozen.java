package badaboum.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep unmodifiable copies of the effective tree, so a shared scenario cannot be changed. */
final class Frozen {
  private Frozen() {}

  static Map<String, Object> map(Map<String, Object> source) {
    Map<String, Object> copy = new LinkedHashMap<>();
    source.forEach((k, v) -> copy.put(k, value(v)));
    return Collections.unmodifiableMap(copy);
  }

  @SuppressWarnings("unchecked")
  private static Object value(Object v) {
    if (v instanceof Map<?, ?> m) {
      return map((Map<String, Object>) m);
    }
    if (v instanceof List<?> l) {
      List<Object> copy = new ArrayList<>();
      l.forEach(item -> copy.add(value(item)));
      return Collections.unmodifiableList(copy);
    }
    return v;
  }
}
