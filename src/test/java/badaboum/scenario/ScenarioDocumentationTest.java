package badaboum.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the loader reads is documented in scenarios/README.md, and every bundled file loads.
 */
class ScenarioDocumentationTest {

  @Test
  void everyKeyIsDocumented() throws IOException {
    ScenarioLoader loader = new ScenarioLoader();
    for (Path file : bundledScenarios()) {
      loader.load(file);
    }
    String readme = Files.readString(Path.of("scenarios/README.md"));
    List<String> undocumented =
        loader.catalog().keys().stream()
            .map(KeyCatalog.Key::pattern)
            .filter(pattern -> !readme.contains("`" + pattern + "`"))
            .toList();
    assertThat(undocumented).isEmpty();
    assertThat(loader.catalog().keys()).hasSizeGreaterThan(20);
  }

  static List<Path> bundledScenarios() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
