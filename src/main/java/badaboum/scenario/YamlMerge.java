package badaboum.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/** The merge behind {@code extends}: mappings merge key by key, anything else is replaced. */
final class YamlMerge {
  private YamlMerge() {}

  static YamlMap deep(YamlMap base, YamlMap over) {
    Map<String, YamlMap.Entry> merged = new LinkedHashMap<>(base.entries());
    for (YamlMap.Entry entry : over.entries().values()) {
      YamlMap.Entry previous = merged.get(entry.key());
      if (previous != null
          && previous.value() instanceof YamlMap baseMap
          && entry.value() instanceof YamlMap overMap) {
        merged.put(
            entry.key(),
            new YamlMap.Entry(entry.key(), entry.keyPosition(), deep(baseMap, overMap)));
      } else {
        merged.put(entry.key(), entry);
      }
    }
    return new YamlMap(merged, over.position());
  }
}
