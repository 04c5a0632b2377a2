package badaboum.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scalar values of one YAML mapping, each checked against its declaration: type, range, the
 * labels of a choice. A value that does not fit is reported where it is written and the default
 * stands in; every value read is written to the effective scenario.
 */
final class ScalarValues {
  private final Binding binding;
  private final String path;
  private final YamlMap map;
  private final Map<String, Object> effective;
  private final Set<String> known;

  ScalarValues(
      Binding binding, String path, YamlMap map, Map<String, Object> effective, Set<String> known) {
    this.binding = binding;
    this.path = path;
    this.map = map;
    this.effective = effective;
    this.known = known;
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  long whole(String key, long def, KeyInfo info) {
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

  double number(String key, double def, KeyInfo info) {
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
  Double optionalNumber(String key, KeyInfo info) {
    known.add(key);
    if (!map.has(key)) {
      return null;
    }
    return number(key, Double.NaN, info);
  }

  boolean flag(String key, boolean def) {
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

  String text(String key, String def) {
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
  Object choice(String key, Object def, KeyInfo info) {
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

  YamlScalar scalar(String key, String expected) {
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

  void mismatch(String key, YamlScalar scalar, String expected) {
    binding
        .problems()
        .add(
            scalar.position(),
            child(key),
            "expected " + expected + ", got " + scalar.kind() + " " + scalar.shown());
  }

  void outOfRange(String key, YamlScalar scalar, String range) {
    binding
        .problems()
        .add(scalar.position(), child(key), scalar.text() + " is out of range; allowed: " + range);
  }

  static String suggestion(String given, Set<String> options) {
    return suggestion(given, List.copyOf(options));
  }

  static String suggestion(String given, List<String> options) {
    String best = DidYouMean.suggest(given, options);
    return best == null ? "" : "did you mean '" + best + "'? ";
  }

  private static String describe(String range) {
    return " (" + range + ")";
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
