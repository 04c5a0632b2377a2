package badaboum.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every key whose default is an assumption is swept in scenarios/sensitivity.yaml (but keys of list
 * items, such as a contest's, which the steady plan has none of), a Morris screening of the
 * flagship's steady arm over each assumption from half to one and a half times its default (within
 * its range): what the source column of scenarios/README.md promises. The file's sweep is generated
 * from the catalogue; {@code mvn test -Dtest=SensitivityScenarioTest -Dbadaboum.docs=update}
 * rewrites it.
 */
class SensitivityScenarioTest {
  static final Path FILE = Path.of("scenarios/sensitivity.yaml");
  private static final String MARK = "  vary:\n";

  @Test
  void everyAssumptionIsSwept() throws IOException {
    String text = Files.readString(FILE, StandardCharsets.UTF_8);
    String generated = text.substring(0, text.indexOf(MARK) + MARK.length()) + vary();
    if ("update".equals(System.getProperty("badaboum.docs"))) {
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    assertThat(text)
        .as(
            "scenarios/sensitivity.yaml's vary differs from the catalogue's assumptions;"
                + " regenerate it with -Dbadaboum.docs=update")
        .isEqualTo(generated);
    Scenario scenario = new ScenarioLoader().load(FILE);
    assertThat(scenario.sweep().factors()).hasSizeGreaterThan(30);
  }

  /** One factor per number key whose source is an assumption: a range around its default. */
  static String vary() {
    StringBuilder out = new StringBuilder();
    for (KeyInfo key : Catalog.all()) {
      boolean number = key.kind() == KeyInfo.Kind.NUMBER || key.kind() == KeyInfo.Kind.INTEGER;
      Object def = key.defaultValue();
      // a list item (a contest) exists only where a strategy has one: swept in its own scenario
      boolean listItem = key.pattern().contains("[]");
      if (!number
          || listItem
          || !key.source().startsWith("assumption")
          || !(def instanceof Number n)) {
        continue;
      }
      double value = n.doubleValue();
      double low = Math.max(key.min(), value * 0.5);
      double high = Math.min(key.max(), value == 0 ? 0.1 * key.max() : value * 1.5);
      if (!(high > low)) {
        continue;
      }
      boolean integer = key.kind() == KeyInfo.Kind.INTEGER;
      if (integer && Math.ceil(low) >= Math.floor(high)) {
        continue;
      }
      out.append("    ")
          .append(path(key))
          .append(": {min: ")
          .append(KeyInfo.format(integer ? Math.ceil(low) : round(low)))
          .append(", max: ")
          .append(KeyInfo.format(integer ? Math.floor(high) : round(high)))
          .append(integer ? ", integer: true}" : "}")
          .append('\n');
    }
    return out.toString();
  }

  /** The dotted path that sets the key: strategies' keys in every strategy. */
  private static String path(KeyInfo key) {
    return key.pattern().replace("<name>", "*");
  }

  private static double round(double value) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.6g", value));
  }

  static List<String> assumptions() {
    List<String> keys = new ArrayList<>();
    for (KeyInfo key : Catalog.all()) {
      if (key.source().startsWith("assumption")) {
        keys.add(key.pattern());
      }
    }
    return keys;
  }
}
