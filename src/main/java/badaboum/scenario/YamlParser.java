package badaboum.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Turns YAML text into a tree of {@link YamlNode}s that remember their positions. Jackson's own
 * trees forget where values were written, which is what every error message needs.
 */
final class YamlParser {
  private static final YAMLFactory FACTORY =
      YAMLFactory.builder().loaderOptions(loaderOptions()).build();

  private final String file;
  private final Problems problems;

  YamlParser(String file, Problems problems) {
    this.file = file;
    this.problems = problems;
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by us, with both positions
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(50);
    return options;
  }

  /** Parses one YAML document; returns null after reporting a syntax error. */
  YamlNode parse(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(Position.nowhere(file), "", "the file holds no YAML value");
        return null;
      }
      YamlNode root = read(parser, first);
      if (parser.nextToken() != null) {
        problems.add(
            at(parser.currentTokenLocation()),
            "",
            "a second YAML document starts here; a scenario file holds exactly one");
        return null;
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      problems.add(
          where == null ? Position.nowhere(file) : at(where),
          "",
          "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("syntax error"));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private YamlNode read(JsonParser parser, JsonToken token) throws IOException {
    Position position = at(parser.currentTokenLocation());
    return switch (token) {
      case START_OBJECT -> readMap(parser, position);
      case START_ARRAY -> readList(parser, position);
      case VALUE_STRING -> scalar(parser, YamlScalar.Type.STRING, position);
      case VALUE_NUMBER_INT -> scalar(parser, YamlScalar.Type.INTEGER, position);
      case VALUE_NUMBER_FLOAT -> scalar(parser, YamlScalar.Type.DECIMAL, position);
      case VALUE_TRUE, VALUE_FALSE -> scalar(parser, YamlScalar.Type.BOOLEAN, position);
      case VALUE_NULL -> new YamlScalar("null", YamlScalar.Type.NULL, position);
      default -> new YamlScalar(parser.getText(), YamlScalar.Type.STRING, position);
    };
  }

  private static YamlScalar scalar(JsonParser parser, YamlScalar.Type type, Position position)
      throws IOException {
    return new YamlScalar(parser.getText(), type, position);
  }

  private YamlMap readMap(JsonParser parser, Position position) throws IOException {
    Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Position keyPosition = at(parser.currentTokenLocation());
      YamlNode value = read(parser, parser.nextToken());
      YamlMap.Entry previous = entries.get(key);
      if (previous != null) {
        problems.add(
            keyPosition,
            key,
            "key written twice (first at line " + previous.keyPosition().line() + "); keep one");
      }
      entries.put(key, new YamlMap.Entry(key, keyPosition, value));
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IllegalStateException("unexpected YAML token " + token);
    }
    return new YamlMap(entries, position);
  }

  private YamlList readList(JsonParser parser, Position position) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      items.add(read(parser, token));
    }
    return new YamlList(items, position);
  }

  private Position at(JsonLocation location) {
    return new Position(file, location.getLineNr(), location.getColumnNr());
  }
}
