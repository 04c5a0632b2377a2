package badaboum.report;

import badaboum.results.ResultsFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What was compared, read from the folder's scenario.yaml (as given) and scenario.effective.yaml
 * (every value used): the scenario's words, its main settings, and what each arm's strategy changes
 * from the baseline's. Read as a plain YAML tree: the report shows the scenario, it does not load
 * or check it.
 */
public final class ScenarioSummary {
  private static final YAMLMapper YAML = new YAMLMapper();

  private final String given;
  private final JsonNode effective;

  private ScenarioSummary(String given, JsonNode effective) {
    this.given = given;
    this.effective = effective;
  }

  /** Reads both files; a missing or unreadable one leaves its part of the report empty. */
  static ScenarioSummary read(Path folder) {
    String given = text(ResultsFile.SCENARIO.in(folder));
    String effectiveText = text(ResultsFile.EFFECTIVE.in(folder));
    JsonNode tree = null;
    if (effectiveText != null) {
      try {
        tree = YAML.readTree(effectiveText);
      } catch (IOException e) {
        tree = null; // shown as missing; the CSV files do not depend on it
      }
    }
    return new ScenarioSummary(given, tree);
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The scenario file as given, or null. */
  String given() {
    return given;
  }

  /**
   * The scenario's words at a dotted path (its description, notes or mechanism) in the language of
   * {@code locale}: a text is English, a mapping {@code {en: ..., fr: ...}} gives each language its
   * own, and a language left out falls back to the other. "" when absent.
   */
  String words(String dottedPath, Locale locale) {
    JsonNode node = node(dottedPath);
    if (node == null || node.isNull()) {
      return "";
    }
    if (!node.isObject()) {
      return node.asText().strip();
    }
    String wanted = node.path(locale.getLanguage()).asText("").strip();
    if (!wanted.isEmpty()) {
      return wanted;
    }
    String english = node.path("en").asText("").strip();
    return english.isEmpty() ? node.path("fr").asText("").strip() : english;
  }

  private JsonNode node(String dottedPath) {
    JsonNode node = effective;
    for (String part : dottedPath.split("\\.")) {
      if (node == null) {
        return null;
      }
      node = node.get(part);
    }
    return node;
  }

  /** A value at a dotted path of the effective scenario, as text, or "" when absent. */
  String value(String dottedPath) {
    JsonNode node = node(dottedPath);
    return node == null ? "" : show(node);
  }

  /**
   * What {@code arm}'s strategy sets differently from {@code baseline}'s, as dotted path to value
   * (null where the arm does not set it; the baseline's value is in {@link #strategy}); empty when
   * the file is missing.
   */
  Map<String, String> differences(String baseline, String arm) {
    Map<String, String> base = strategy(baseline);
    Map<String, String> other = strategy(arm);
    Map<String, String> changed = new LinkedHashMap<>();
    other.forEach(
        (path, value) -> {
          if (!value.equals(base.get(path))) {
            changed.put(path, value);
          }
        });
    base.keySet().stream()
        .filter(path -> !other.containsKey(path))
        .forEach(path -> changed.put(path, null));
    return changed;
  }

  /** An arm's strategy flattened to dotted paths, in file order. */
  Map<String, String> strategy(String arm) {
    Map<String, String> flat = new LinkedHashMap<>();
    if (effective != null) {
      flatten("", effective.path("strategies").path(arm), flat);
    }
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject() && node.size() > 0) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(
            prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(),
            field.getValue(),
            out);
      }
    } else if (!node.isMissingNode() && !prefix.isEmpty()) {
      out.put(prefix, show(node));
    }
  }

  /** A YAML value on one line: scalars as written, lists and maps in flow style. */
  private static String show(JsonNode node) {
    if (node.isValueNode()) {
      return node.asText();
    }
    List<String> parts = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(item -> parts.add(show(item)));
      return "[" + String.join(", ", parts) + "]";
    }
    node.fields().forEachRemaining(f -> parts.add(f.getKey() + ": " + show(f.getValue())));
    return "{" + String.join(", ", parts) + "}";
  }
}
