package badaboum.scenario;

import java.util.List;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, Position position) implements YamlNode {

  public YamlList {
    items = List.copyOf(items);
  }

  @Override
  public String kind() {
    return "a list";
  }
}
