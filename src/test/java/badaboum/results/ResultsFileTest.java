package badaboum.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Results section names every file the layout names, so it stays true. */
class ResultsFileTest {

  @Test
  void theReadmeDescribesEveryFileOfTheLayout() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String results = readme.substring(readme.indexOf("## Results"), readme.indexOf("## Sweeps on"));
    for (ResultsFile file : ResultsFile.values()) {
      assertThat(results).as(file.fileName()).contains("`" + file.fileName());
    }
  }

  @Test
  void everyFileHasItsOwnName() {
    assertThat(java.util.Arrays.stream(ResultsFile.values()).map(ResultsFile::fileName))
        .doesNotHaveDuplicates();
  }
}
