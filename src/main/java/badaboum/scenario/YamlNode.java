package badaboum.scenario;

/** A YAML value that remembers where it was written, so errors can point at it. */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

  Position position();

  /** A short name of the node's kind for error messages: "a mapping", "a list", "a number"... */
  String kind();
}
