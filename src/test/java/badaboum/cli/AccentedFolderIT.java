package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario named "Brasserie du Lac été" swept without {@code --out}, in a JVM of its own: under a
 * UTF-8 locale its results go to {@code results/Brasserie-du-Lac-été/}, under the POSIX locale
 * (Java then writes file names in ASCII) to {@code results/Brasserie-du-Lac-ete/}, never to a
 * mangled {@code Brasserie-du-Lac-t-}.
 */
class AccentedFolderIT {
  @TempDir Path dir;

  @Test
  void underAUtf8LocaleTheFolderKeepsTheAccents() throws Exception {
    String output = sweep("C.UTF-8");
    assertThat(output)
        .contains("results" + File.separator + "Brasserie-du-Lac-été" + File.separator);
    assertThat(folders()).hasSize(1);
  }

  @Test
  void underThePosixLocaleTheFolderIsTransliterated() throws Exception {
    assumeFalse(File.separatorChar == '\\', "Windows writes file names in UTF-16 whatever LC_ALL");
    String output = sweep("C");
    assertThat(output)
        .contains("results" + File.separator + "Brasserie-du-Lac-ete" + File.separator);
    assertThat(folders()).containsExactly("Brasserie-du-Lac-ete");
  }

  private String sweep(String locale) throws IOException, InterruptedException {
    Path scenario = dir.resolve("brasserie.yaml");
    Files.writeString(
        scenario,
        """
        name: Brasserie du Lac été
        days: 5
        replications: 1
        seed: 3
        audience: {size: 100, network: {model: watts-strogatz, degree: 4, rewire: 0.1}}
        strategies: {steady: {}}
        """,
        StandardCharsets.UTF_8);
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "badaboum.cli.Main",
                "sweep",
                scenario.toString(),
                "--quiet",
                "--lang",
                "en"));
    builder.directory(dir.toFile());
    builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
    builder.environment().put("LC_ALL", locale);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  /** The folders under results/, by name (ASCII names read back the same under any locale). */
  private List<String> folders() throws IOException {
    try (Stream<Path> list = Files.list(dir.resolve("results"))) {
      return list.map(p -> p.getFileName().toString()).toList();
    }
  }
}
