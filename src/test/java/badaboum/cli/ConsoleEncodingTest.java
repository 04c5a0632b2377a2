package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's shell may have no LANG (a container, a minimal server): Java 17 then takes ASCII as
 * the default charset, and would print "×" as "?". The command line writes UTF-8 whatever the
 * locale.
 */
class ConsoleEncodingTest {

  @Test
  void outputIsUtf8UnderAPosixLocale() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "badaboum.cli.Main",
                "validate",
                "scenarios/boum-vs-steady.yaml"));
    builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
    builder.environment().put("LC_ALL", "C");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(new String(output, StandardCharsets.UTF_8))
        .contains("60 runs (2 × 30 replications)");
  }
}
