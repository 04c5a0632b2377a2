package badaboum.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One key of the catalogue: a record component and its {@link Key} declaration, with the dotted
 * pattern under which it is written ({@code strategies.<name>.replies.rate}).
 *
 * @param pattern where the key sits; {@code <name>} and {@code []} stand for the user's parts
 * @param kind how the key is read
 * @param component the record component it fills
 * @param declaration its declaration, or null for a section that needs none
 * @param placedDefault the default where the record sits, when its section gives its keys their own
 *     defaults (each content type has its own appeal), else null
 */
public record KeyInfo(
    String pattern, Kind kind, RecordComponent component, Key declaration, String placedDefault) {

  /** How a key is written and read. */
  public enum Kind {
    INTEGER("integer"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    TEXT("text"),
    /** Text for people, in English or as {@code {en: ..., fr: ...}}: a {@link Bilingual}. */
    WORDS("text, or {en: text, fr: text}"),
    CHOICE("choice"),
    PATH("path"),
    TEXTS("list of text"),
    SECTION("mapping"),
    SECTIONS("list"),
    NAMED_SECTIONS("mapping"),
    /** Read by code of its own; documented, never walked into. */
    CUSTOM("mapping");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    public boolean isValue() {
      return ordinal() <= TEXTS.ordinal();
    }
  }

  /** The key of {@code component}, written at {@code pattern}. */
  static KeyInfo of(String pattern, RecordComponent component) {
    Key key = component.getAnnotation(Key.class);
    return new KeyInfo(pattern, kindOf(component, key), component, key, null);
  }

  /** The key as written in a scenario: the declared name, or the component's in snake_case. */
  public static String nameOf(RecordComponent component) {
    Key key = component.getAnnotation(Key.class);
    if (key != null && !key.name().isEmpty()) {
      return key.name();
    }
    return snakeCase(component.getName());
  }

  public String name() {
    return nameOf(component);
  }

  /** The same key under another prefix. */
  KeyInfo under(String prefix) {
    return new KeyInfo(
        prefix.isEmpty() ? name() : prefix + "." + name(),
        kind,
        component,
        declaration,
        placedDefault);
  }

  /** The same key with the default its section gives it there. */
  KeyInfo placed(String value) {
    return new KeyInfo(pattern, kind, component, declaration, value);
  }

  public String typeWord() {
    if (declaration != null && !declaration.type().isEmpty()) {
      return declaration.type();
    }
    return kind.word;
  }

  /** The component's own type: the record of a section, the element of a list. */
  public Class<?> valueType() {
    if (kind == Kind.SECTIONS || kind == Kind.NAMED_SECTIONS || kind == Kind.TEXTS) {
      return elementType(component);
    }
    Class<?> type = component.getType();
    return type == Double.class ? double.class : type;
  }

  public String meaning() {
    return declaration == null ? "" : declaration.meaning();
  }

  public String source() {
    return declaration == null ? "" : declaration.source();
  }

  public String unit() {
    return declaration == null ? "" : declaration.unit();
  }

  public String label() {
    return declaration == null ? "" : declaration.label();
  }

  public double min() {
    return declaration == null ? Double.NEGATIVE_INFINITY : declaration.min();
  }

  public double max() {
    return declaration == null ? Double.POSITIVE_INFINITY : declaration.max();
  }

  public boolean withinHorizon() {
    return declaration != null && declaration.withinHorizon();
  }

  /** Whether the default depends on the scenario and is given by the loader. */
  public boolean hasContextDefault() {
    return declaration != null && !declaration.contextDefault().isEmpty();
  }

  /** The default as the README shows it. */
  public String defaultText() {
    if (placedDefault != null) {
      return placedDefault;
    }
    if (declaration == null) {
      return "";
    }
    return hasContextDefault() ? declaration.contextDefault() : declaration.value();
  }

  /** The labels of a choice, in declaration order. */
  public List<String> choices() {
    if (kind != Kind.CHOICE) {
      return List.of();
    }
    return Arrays.stream(valueType().getEnumConstants()).map(c -> ((Labelled) c).label()).toList();
  }

  /**
   * The default as a value of the component's type (Integer, Long, Double, Boolean, String, {@link
   * Bilingual}, an enum constant), or null when there is none (an optional key, a context default).
   */
  public Object defaultValue() {
    if (!kind.isValue()) {
      return null;
    }
    if (placedDefault != null) {
      return parse(placedDefault);
    }
    if (declaration == null || hasContextDefault()) {
      return kind == Kind.TEXTS ? List.of() : null;
    }
    if (declaration.value().isEmpty()) {
      return switch (kind) {
        case TEXT -> "";
        case WORDS -> Bilingual.NONE;
        case TEXTS -> List.of();
        default -> null;
      };
    }
    return parse(declaration.value());
  }

  /**
   * The defaults a section's declaration gives the keys of its record there, by key name: its value
   * is a flow mapping such as {@code {appeal: 0.4, centredness: 1.0}}; empty when it gives none.
   */
  public java.util.Map<String, String> sectionDefaults() {
    java.util.Map<String, String> defaults = new java.util.LinkedHashMap<>();
    if (kind != Kind.SECTION || declaration == null || declaration.value().isEmpty()) {
      return defaults;
    }
    String body = declaration.value().trim();
    if (!body.startsWith("{") || !body.endsWith("}")) {
      throw new IllegalStateException(pattern + ": section defaults are written {key: value, ...}");
    }
    for (String pair : body.substring(1, body.length() - 1).split(",")) {
      int colon = pair.indexOf(':');
      defaults.put(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim());
    }
    return defaults;
  }

  private Object parse(String text) {
    Class<?> type = valueType();
    return switch (kind) {
      case INTEGER -> type == long.class ? (Object) Long.parseLong(text) : Integer.parseInt(text);
      case NUMBER -> Double.parseDouble(text);
      case BOOLEAN -> Boolean.parseBoolean(text);
      case TEXT -> text;
      case WORDS -> Bilingual.english(text);
      case CHOICE -> choice(text);
      default -> throw new IllegalStateException(pattern + ": no default for a " + kind);
    };
  }

  /** The constant of this choice written {@code label}, or null. */
  public Object choice(String label) {
    for (Object constant : valueType().getEnumConstants()) {
      if (((Labelled) constant).label().equals(label)) {
        return constant;
      }
    }
    return null;
  }

  /** The range and unit as messages and the README show them: {@code 0 to 1, share of fans}. */
  public String range(int horizon) {
    double max = withinHorizon() ? Math.min(max(), horizon) : max();
    return range(min(), max, unit());
  }

  static String range(double min, double max, String unit) {
    String bounds;
    if (min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY) {
      bounds = "";
    } else if (max == Double.POSITIVE_INFINITY || max >= Long.MAX_VALUE) {
      bounds = "at least " + format(min);
    } else if (min == Double.NEGATIVE_INFINITY) {
      bounds = "at most " + format(max);
    } else {
      bounds = format(min) + " to " + format(max);
    }
    if (unit.isEmpty()) {
      return bounds;
    }
    return bounds.isEmpty() ? unit : bounds + ", " + unit;
  }

  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) value);
    }
    return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  private static Kind kindOf(RecordComponent component, Key key) {
    Class<?> type = component.getType();
    if (key != null && !key.type().isEmpty()) {
      return Kind.CUSTOM;
    }
    if (type == int.class || type == long.class) {
      return Kind.INTEGER;
    }
    if (type == double.class || type == Double.class) {
      return Kind.NUMBER;
    }
    if (type == boolean.class) {
      return Kind.BOOLEAN;
    }
    if (type == String.class) {
      return Kind.TEXT;
    }
    if (type == Bilingual.class) {
      return Kind.WORDS;
    }
    if (type == Path.class) {
      return Kind.PATH;
    }
    if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
      return Kind.CHOICE;
    }
    if (type.isRecord()) {
      return Kind.SECTION;
    }
    if (type == List.class) {
      Class<?> element = elementType(component);
      if (element == String.class) {
        return Kind.TEXTS;
      }
      if (element.isRecord()) {
        return key != null && key.byName() ? Kind.NAMED_SECTIONS : Kind.SECTIONS;
      }
    }
    throw new IllegalStateException(
        component.getDeclaringRecord().getSimpleName()
            + "."
            + component.getName()
            + ": a key cannot be of type "
            + component.getGenericType());
  }

  private static Class<?> elementType(RecordComponent component) {
    Type generic = component.getGenericType();
    if (generic instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> element) {
      return element;
    }
    throw new IllegalStateException(component.getName() + ": a list needs an element type");
  }

  private static String snakeCase(String camel) {
    StringBuilder out = new StringBuilder();
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
