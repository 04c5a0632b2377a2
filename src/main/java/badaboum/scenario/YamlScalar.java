package badaboum.scenario;

/** A scalar with its YAML type as the parser saw it. */
public record YamlScalar(String text, Type type, Position position) implements YamlNode {

  /** What the parser recognised; quoted values are always {@link #STRING}. */
  public enum Type {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    NULL
  }

  @Override
  public String kind() {
    return switch (type) {
      case STRING -> "text";
      case INTEGER -> "a whole number";
      case DECIMAL -> "a number";
      case BOOLEAN -> "true/false";
      case NULL -> "nothing (null)";
    };
  }

  /** The value as a user would recognise it in a message. */
  public String shown() {
    return type == Type.STRING ? "'" + text + "'" : text;
  }
}
