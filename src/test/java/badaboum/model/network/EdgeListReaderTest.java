package badaboum.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeListReaderTest {

  @TempDir Path dir;

  private Path file(String content) throws IOException {
    return Files.writeString(dir.resolve("net.csv"), content, StandardCharsets.UTF_8);
  }

  private EdgeListException failure(Path file, int audienceSize) {
    return catchThrowableOfType(
        EdgeListException.class, () -> EdgeListReader.read(file, audienceSize));
  }

  @Test
  void readsAPlainEdgeList() throws IOException {
    Graph graph = EdgeListReader.read(file("0,1\n1,2\n3,0\n"), 5);
    assertThat(graph.size()).isEqualTo(5);
    assertThat(graph.edgeCount()).isEqualTo(3);
    assertThat(graph.offsets()).containsExactly(0, 2, 4, 5, 6, 6);
    assertThat(graph.neighbors()).containsExactly(1, 3, 0, 2, 1, 0);
  }

  @Test
  void skipsHeaderCommentsAndBlankLinesAndAcceptsOtherSeparators() throws IOException {
    Path file =
        file(
            "\uFEFFsource, target\r\n"
                + "# exported from the survey\r\n"
                + "\r\n"
                + "  0 , 1  \r\n"
                + "1\t2\r\n"
                + "   # indented comment\r\n"
                + "2;3\r\n");
    Graph graph = EdgeListReader.read(file, 4);
    assertThat(graph.edgeCount()).isEqualTo(3);
    assertThat(graph.neighbors()).containsExactly(1, 0, 2, 1, 3, 2);
  }

  @Test
  void mergesDuplicateEdgesInEitherDirection() throws IOException {
    Graph graph = EdgeListReader.read(file("0,1\n1,0\n0,1\n2,1\n"), 3);
    assertThat(graph.edgeCount()).isEqualTo(2);
    GraphAssertions.assertValidCsr(graph);
  }

  @Test
  void malformedLine() throws IOException {
    Path file = file("0,1\nx,3\n");
    assertThatThrownBy(() -> EdgeListReader.read(file, 10))
        .isInstanceOf(EdgeListException.class)
        .hasMessage(file + ":2: 'x,3' is not two person ids; expected a line like '12,345'");
  }

  @Test
  void threeColumnsAreMalformedToo() throws IOException {
    Path file = file("0,1,0.5\n");
    assertThat(failure(file, 10).problems())
        .containsExactly(
            file + ":1: '0,1,0.5' is not two person ids; expected a line like '12,345'");
  }

  @Test
  void headerIsOnlyAllowedFirst() throws IOException {
    Path file = file("0,1\nsource,target\n");
    assertThat(failure(file, 10).problems())
        .containsExactly(
            file + ":2: 'source,target' is not two person ids; expected a line like '12,345'");
  }

  @Test
  void idOutsideTheAudience() throws IOException {
    Path file = file("1,2\n3,4\n5,6\n20005,7\n");
    assertThatThrownBy(() -> EdgeListReader.read(file, 20_000))
        .isInstanceOf(EdgeListException.class)
        .hasMessage(
            file
                + ":4: person id 20005 is outside the audience (ids 0 to 19999);"
                + " raise audience.size or fix the id");
  }

  @Test
  void negativeAndHugeIdsAreOutsideTheAudience() throws IOException {
    Path file = file("-1,2\n3,99999999999999999999\n");
    assertThat(failure(file, 10).problems())
        .containsExactly(
            file
                + ":1: person id -1 is outside the audience (ids 0 to 9);"
                + " raise audience.size or fix the id",
            file
                + ":2: person id 99999999999999999999 is outside the audience (ids 0 to 9);"
                + " raise audience.size or fix the id");
  }

  @Test
  void selfLoop() throws IOException {
    Path file = file("0,1\n5,5\n");
    assertThatThrownBy(() -> EdgeListReader.read(file, 10))
        .isInstanceOf(EdgeListException.class)
        .hasMessage(file + ":2: '5,5' links a person to itself; remove the line");
  }

  @Test
  void missingFile() {
    Path file = dir.resolve("nowhere.csv");
    assertThatThrownBy(() -> EdgeListReader.read(file, 10))
        .isInstanceOf(EdgeListException.class)
        .hasMessage(
            file
                + ": no such file (looked for "
                + file.toAbsolutePath()
                + "); check the path of the network file");
  }

  @Test
  void directoryInsteadOfFile() {
    assertThatThrownBy(() -> EdgeListReader.read(dir, 10))
        .isInstanceOf(EdgeListException.class)
        .hasMessage(dir + ": is a directory, not an edge-list file; name a CSV file inside it");
  }

  @Test
  void emptyFile() throws IOException {
    Path file = file("");
    assertThatThrownBy(() -> EdgeListReader.read(file, 10))
        .isInstanceOf(EdgeListException.class)
        .hasMessage(
            file
                + ": has no edges; expected one friendship per line, like '12,345'"
                + " (two person ids)");
  }

  @Test
  void headerAndCommentsButNoEdgesIsEmpty() throws IOException {
    Path file = file("source,target\n# nothing yet\n\n");
    assertThat(failure(file, 10).problems())
        .containsExactly(
            file
                + ": has no edges; expected one friendship per line, like '12,345'"
                + " (two person ids)");
  }

  @Test
  void notUtf8() throws IOException {
    Path file = Files.write(dir.resolve("net.csv"), new byte[] {'0', ',', '1', '\n', (byte) 0xff});
    assertThatThrownBy(() -> EdgeListReader.read(file, 10))
        .isInstanceOf(EdgeListException.class)
        .hasMessage(
            file
                + ": is not a UTF-8 text file; save it as plain text (CSV) with lines like"
                + " '12,345'");
  }

  @Test
  void reportsEveryProblemAtOnceWithLineNumbers() throws IOException {
    Path file = file("source,target\n0,1\nx,3\n\n4,4\n2,12\n1,2\n");
    EdgeListException failure = failure(file, 10);
    List<String> expected =
        List.of(
            file + ":3: 'x,3' is not two person ids; expected a line like '12,345'",
            file + ":5: '4,4' links a person to itself; remove the line",
            file
                + ":6: person id 12 is outside the audience (ids 0 to 9);"
                + " raise audience.size or fix the id");
    assertThat(failure.problems()).containsExactlyElementsOf(expected);
    assertThat(failure.problemCount()).isEqualTo(3);
    String nl = System.lineSeparator();
    assertThat(failure)
        .hasMessage(
            file
                + " has 3 problems:"
                + nl
                + "  "
                + expected.get(0)
                + nl
                + "  "
                + expected.get(1)
                + nl
                + "  "
                + expected.get(2));
  }

  @Test
  void listsTwentyProblemsAndCountsTheRest() throws IOException {
    StringBuilder content = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      content.append(i).append(',').append(i).append('\n');
    }
    EdgeListException failure = failure(file(content.toString()), 100);
    assertThat(failure.problems()).hasSize(20);
    assertThat(failure.problems().get(19))
        .endsWith(":20: '19,19' links a person to itself; remove the line");
    assertThat(failure.problemCount()).isEqualTo(25);
    assertThat(failure.getMessage())
        .startsWith(dir.resolve("net.csv") + " has 25 problems:")
        .endsWith("  and 5 more problems");
  }

  @Test
  void refusesAnEmptyAudience() throws IOException {
    Path file = file("0,1\n");
    assertThatThrownBy(() -> EdgeListReader.read(file, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("audience size must be at least 1, got 0");
  }
}
