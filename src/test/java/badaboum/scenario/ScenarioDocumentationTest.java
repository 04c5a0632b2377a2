package badaboum.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * scenarios/README.md's key tables are the catalogue's, generated from the {@link Key}
 * declarations: a key, default, range, unit or meaning changed in a record and not in the README
 * fails here. {@code mvn test -Dtest=ScenarioDocumentationTest -Dbadaboum.docs=update} rewrites the
 * tables (read the difference before committing). Every bundled scenario loads.
 */
class ScenarioDocumentationTest {
  static final Path README = Path.of("scenarios/README.md");
  private static final Pattern BLOCK =
      Pattern.compile("<!-- keys: ([a-z_]+) -->\n(.*?)<!-- end keys -->\n", Pattern.DOTALL);

  /** Which keys each table of the README holds, by the start of their pattern. */
  static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put(
        "top",
        List.of(
            "name",
            "description",
            "notes",
            "days",
            "replications",
            "seed",
            "strategies",
            "compare"));
    TABLES.put("audience", List.of("audience."));
    TABLES.put("community", List.of("community."));
    TABLES.put("strategies", List.of("strategies.<name>."));
    TABLES.put("platform", List.of("platform."));
    TABLES.put("content_types", List.of("content_types."));
    TABLES.put("outrage", List.of("outrage."));
    TABLES.put("management", List.of("management."));
    TABLES.put("brands", List.of("brands"));
    TABLES.put("crises", List.of("crises", "random_crises."));
    TABLES.put("sweep", List.of("sweep."));
    TABLES.put("verdict", List.of("verdict."));
  }

  @Test
  void theReadmeTablesAreTheCatalogue() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String generated = withTables(readme);
    if (Boolean.getBoolean("badaboum.docs")
        || "update".equals(System.getProperty("badaboum.docs"))) {
      Files.writeString(README, generated, StandardCharsets.UTF_8);
    }
    assertThat(readme)
        .as(
            "scenarios/README.md's key tables differ from the catalogue; regenerate them with"
                + " mvn test -Dtest=ScenarioDocumentationTest -Dbadaboum.docs=update")
        .isEqualTo(generated);
  }

  @Test
  void everyKeyIsInExactlyOneTable() {
    List<String> unplaced = new ArrayList<>();
    for (KeyInfo key : Catalog.all()) {
      long tables = TABLES.values().stream().filter(prefixes -> matches(key, prefixes)).count();
      if (tables != 1) {
        unplaced.add(key.pattern() + " in " + tables + " tables");
      }
    }
    assertThat(unplaced).isEmpty();
    assertThat(Catalog.all()).hasSizeGreaterThan(80);
  }

  @Test
  void everyValueKeySaysWhatItMeans() {
    List<String> silent =
        Catalog.all().stream()
            .filter(key -> key.kind().isValue() && key.meaning().isEmpty())
            .map(KeyInfo::pattern)
            .toList();
    assertThat(silent).isEmpty();
  }

  @Test
  void everyBundledScenarioLoads() throws IOException {
    ScenarioLoader loader = new ScenarioLoader();
    for (Path file : bundledScenarios()) {
      assertThat(loader.load(file).name()).as(file.toString()).isNotBlank();
    }
  }

  static String withTables(String readme) {
    Matcher m = BLOCK.matcher(readme);
    StringBuilder out = new StringBuilder();
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      String table = m.group(1);
      assertThat(TABLES).as("README table " + table).containsKey(table);
      seen.add(table);
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              "<!-- keys: " + table + " -->\n" + table(table) + "<!-- end keys -->\n"));
    }
    m.appendTail(out);
    assertThat(seen).as("tables in scenarios/README.md").containsExactlyElementsOf(TABLES.keySet());
    return out.toString();
  }

  private static String table(String name) {
    StringBuilder out = new StringBuilder();
    out.append("| key | type | default | range, unit | meaning | source |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (KeyInfo key : Catalog.all()) {
      if (!matches(key, TABLES.get(name))) {
        continue;
      }
      out.append("| `")
          .append(key.pattern())
          .append("` | ")
          .append(key.typeWord())
          .append(" | ")
          .append(defaultCell(key))
          .append(" | ")
          .append(rangeCell(key))
          .append(" | ")
          .append(key.meaning())
          .append(" | ")
          .append(key.source())
          .append(" |\n");
    }
    return out.toString();
  }

  private static String defaultCell(KeyInfo key) {
    String text = key.defaultText();
    if (!text.isEmpty()) {
      return text;
    }
    boolean words = key.kind() == KeyInfo.Kind.TEXT || key.kind() == KeyInfo.Kind.WORDS;
    return words && key.declaration() != null ? "empty" : "none";
  }

  private static String rangeCell(KeyInfo key) {
    if (key.kind() == KeyInfo.Kind.CHOICE) {
      return String.join(", ", key.choices());
    }
    if (key.withinHorizon()) {
      return KeyInfo.format(key.min())
          + " to days"
          + (key.unit().isEmpty() ? "" : ", " + key.unit());
    }
    return key.range(ScenarioLimits.MAX_DAYS);
  }

  private static boolean matches(KeyInfo key, List<String> prefixes) {
    for (String prefix : prefixes) {
      String pattern = key.pattern();
      boolean whole =
          !prefix.endsWith(".") && (pattern.equals(prefix) || pattern.startsWith(prefix + "[]"));
      if (whole || (prefix.endsWith(".") && pattern.startsWith(prefix))) {
        return true;
      }
    }
    return false;
  }

  static List<Path> bundledScenarios() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
