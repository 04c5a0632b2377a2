package badaboum.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortByIdTest {
  @TempDir Path dir;

  @Test
  void rowsComeOutInIdOrderOnePerIdTheLastWritten() throws IOException {
    Path file =
        Files.writeString(dir.resolve("runs.csv"), "run_id,x\n3,a\n0,b\n2,c\n3,d\n1,e\n0,f\n5,g\n");
    SortById.rewrite(file, 6, 2);
    assertThat(Files.readString(file)).isEqualTo("run_id,x\n0,f\n1,e\n2,c\n3,d\n5,g\n");
    assertThat(Files.list(dir)).containsExactly(file);
  }
}
