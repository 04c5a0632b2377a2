package badaboum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The report as a person sees it: a real browser (Debian's headless Chromium, offline) renders
 * report.html to a PNG, which must not be blank: its charts and coloured arms give it many colours.
 * Skipped where /usr/bin/chromium is absent; .ci/run installs it. The screenshot is kept at
 * target/report-screenshot.png to look at (not in git).
 */
class ReportScreenshotIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  @Test
  void aBrowserRendersTheReportAsAPictureWithChartsInIt() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: apt-get install chromium");
    Path folder = dir.resolve("sweep");
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(
            cl.execute(
                "sweep", SweepCommandTest.TINY.toString(), "--quiet", "--out", folder.toString()))
        .as(out.toString())
        .isZero();
    Path png = Path.of("target/report-screenshot.png").toAbsolutePath();
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    Process chromium =
        new ProcessBuilder(
                List.of(
                    CHROMIUM.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--no-first-run",
                    "--user-data-dir=" + dir.resolve("profile"),
                    "--screenshot=" + png,
                    "--window-size=1280,2400",
                    folder.resolve("report.html").toUri().toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    boolean ended = chromium.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      chromium.destroyForcibly();
    }
    String log = Files.readString(dir.resolve("chromium.log"), StandardCharsets.UTF_8);
    assertThat(ended).as("chromium ended within 2 minutes; its log:\n%s", log).isTrue();
    assertThat(png).as("chromium's screenshot; its log:\n%s", log).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    Set<Integer> colours = new HashSet<>();
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) {
          ink++;
        }
      }
    }
    long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
    assertThat(colours.size()).as("distinct colours in the screenshot").isGreaterThan(200);
    assertThat((double) ink / sampled).as("share of non-white pixels").isGreaterThan(0.03);
  }
}
