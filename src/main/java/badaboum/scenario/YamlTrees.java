package badaboum.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between YAML trees and plain Java values (maps, lists, numbers, text). */
public final class YamlTrees {
  private YamlTrees() {}

  /** A tree of plain values as YAML nodes, all placed at {@code where}. */
  public static YamlNode fromPlain(Object value, Position where) {
    if (value instanceof Map<?, ?> map) {
      Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
      map.forEach(
          (k, v) ->
              entries.put(
                  k.toString(), new YamlMap.Entry(k.toString(), where, fromPlain(v, where))));
      return new YamlMap(entries, where);
    }
    if (value instanceof List<?> list) {
      List<YamlNode> items = new ArrayList<>();
      list.forEach(item -> items.add(fromPlain(item, where)));
      return new YamlList(items, where);
    }
    if (value instanceof Integer || value instanceof Long) {
      return new YamlScalar(value.toString(), YamlScalar.Type.INTEGER, where);
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      return new YamlScalar(value.toString(), YamlScalar.Type.DECIMAL, where);
    }
    if (value instanceof Boolean) {
      return new YamlScalar(value.toString(), YamlScalar.Type.BOOLEAN, where);
    }
    if (value == null) {
      return new YamlScalar("null", YamlScalar.Type.NULL, where);
    }
    return new YamlScalar(value.toString(), YamlScalar.Type.STRING, where);
  }

  /** A node as a plain value: maps, lists, Long, Double, Boolean or String. */
  public static Object toPlain(YamlNode node) {
    if (node instanceof YamlMap map) {
      Map<String, Object> plain = new LinkedHashMap<>();
      map.entries().forEach((k, e) -> plain.put(k, toPlain(e.value())));
      return plain;
    }
    if (node instanceof YamlList list) {
      List<Object> plain = new ArrayList<>();
      list.items().forEach(item -> plain.add(toPlain(item)));
      return plain;
    }
    YamlScalar s = (YamlScalar) node;
    return switch (s.type()) {
      case INTEGER -> parseWhole(s.text());
      case DECIMAL -> Double.parseDouble(s.text().replace("_", ""));
      case BOOLEAN -> Boolean.parseBoolean(s.text());
      case NULL -> null;
      case STRING -> s.text();
    };
  }

  private static Object parseWhole(String text) {
    try {
      return Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      return Double.parseDouble(text.replace("_", ""));
    }
  }
}
