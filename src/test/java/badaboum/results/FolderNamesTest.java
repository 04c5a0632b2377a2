package badaboum.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's name as a results folder's name: its letters kept, or spelled in ASCII. */
class FolderNamesTest {
  static final String BRASSERIE = "Brasserie du Lac été";

  @TempDir Path dir;

  @Test
  void lettersAreKeptWhereFileNamesAreUtf8OrUtf16AndSpelledInAsciiElsewhere() {
    assertThat(FolderNames.keepsLetters(StandardCharsets.UTF_8, false)).isTrue();
    assertThat(FolderNames.keepsLetters(StandardCharsets.US_ASCII, true)).as("Windows").isTrue();
    assertThat(FolderNames.keepsLetters(StandardCharsets.US_ASCII, false)).isFalse();
    assertThat(FolderNames.keepsLetters(StandardCharsets.ISO_8859_1, false)).isFalse();
  }

  @Test
  void accentedLettersAreKept() {
    assertThat(FolderNames.letters(BRASSERIE)).isEqualTo("Brasserie-du-Lac-été");
    assertThat(FolderNames.letters("Cœur de Gruyère")).isEqualTo("Cœur-de-Gruyère");
  }

  @Test
  void anAccentTypedAsTwoCharactersIsWrittenAsOne() {
    String decomposed = Normalizer.normalize(BRASSERIE, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(BRASSERIE);
    assertThat(FolderNames.letters(decomposed)).isEqualTo("Brasserie-du-Lac-été");
  }

  @Test
  void accentsAreDroppedAndLigaturesSpelledOutInAscii() {
    assertThat(FolderNames.ascii(BRASSERIE)).isEqualTo("Brasserie-du-Lac-ete");
    assertThat(FolderNames.ascii("Cœur de Gruyère à l'Ærø, Straße"))
        .isEqualTo("Coeur-de-Gruyere-a-l-AEro-Strasse");
  }

  @Test
  void asciiNamesAreWrittenAsBefore() {
    for (String name : new String[] {"h1-boum-vs-steady", "boum vs. steady (v2)"}) {
      String before = name.replaceAll("[^A-Za-z0-9._-]+", "-");
      assertThat(FolderNames.letters(name)).isEqualTo(before);
      assertThat(FolderNames.ascii(name)).isEqualTo(before);
    }
  }

  @Test
  void aNameWithNoLetterOrDigitIsNotAFolderOfItsOwnNorTheParent() {
    for (String name : new String[] {"", "!!!", "..", ".", "/", "日本"}) {
      assertThat(FolderNames.ascii(name)).as(name).isEqualTo(FolderNames.UNNAMED);
    }
    for (String name : new String[] {"", "!!!", "..", "/"}) {
      assertThat(FolderNames.letters(name)).as(name).isEqualTo(FolderNames.UNNAMED);
    }
    assertThat(FolderNames.letters("日本")).isEqualTo("日本");
  }

  /**
   * On this machine, as its locale writes file names: the accented folder where Java writes file
   * names in UTF-8, the transliterated one elsewhere; either way it is made, under its name.
   */
  @Test
  void theResultsFolderOfAnAccentedScenarioIsMadeOnThisMachine() throws IOException {
    Path folder =
        ResultsFolder.create(
            ResultsFolder.defaultFor(
                dir, BRASSERIE, "sweep", LocalDateTime.of(2026, 12, 2, 21, 0)));
    boolean utf8 = "UTF-8".equals(System.getProperty("sun.jnu.encoding"));
    String expected = utf8 ? "Brasserie-du-Lac-été" : "Brasserie-du-Lac-ete";
    assertThat(folder.getParent()).isEqualTo(dir.resolve(expected));
    assertThat(Files.isDirectory(folder)).isTrue();
    try (var names = Files.list(dir)) {
      assertThat(names.map(p -> p.getFileName().toString())).containsExactly(expected);
    }
  }
}
