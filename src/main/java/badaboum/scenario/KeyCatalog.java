package badaboum.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every key the loader read, with its type, default and range: the schema as the code sees it. A
 * test holds it against scenarios/README.md so that no key goes undocumented.
 */
public final class KeyCatalog {

  /** One documented key; {@code pattern} uses {@code <name>} and {@code []} for user parts. */
  public record Key(String pattern, String type, String defaultValue, String allowed) {}

  private final Map<String, Key> keys = new LinkedHashMap<>();

  void record(Key key) {
    keys.putIfAbsent(key.pattern(), key);
  }

  public List<Key> keys() {
    return new ArrayList<>(keys.values());
  }
}
