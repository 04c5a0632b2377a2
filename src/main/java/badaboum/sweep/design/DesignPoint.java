package badaboum.sweep.design;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One point of an expanded design.
 *
 * @param index 0..n-1, its position in the expansion; stable for given inputs and seed
 * @param values factor path to value (Long, Double, String or Boolean), in factor order
 * @param tag what the sensitivity analysis needs to know about this point
 */
public record DesignPoint(int index, Map<String, Object> values, PointTag tag) {

  public DesignPoint {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, got " + index);
    }
    Objects.requireNonNull(tag, "tag");
    // A copy that keeps factor order (Map.copyOf would not).
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of one factor; throws if this point does not vary it. */
  public Object value(String path) {
    Object value = values.get(path);
    if (value == null) {
      throw new IllegalArgumentException("no factor '" + path + "' in " + values.keySet());
    }
    return value;
  }
}
