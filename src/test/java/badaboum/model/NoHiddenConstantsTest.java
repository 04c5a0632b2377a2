package badaboum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No number that shapes behaviour hides in the model: every one is a scenario key, with its unit,
 * range, default and source. The only literals allowed in model/ (but the graph generators of
 * model/network) are 0 and 1, and structural constants named for what they are (days in a week,
 * hours in a day, the growth of an array).
 */
class NoHiddenConstantsTest {
  /** Constants that are facts of the calendar or of the code, not of the world modelled. */
  static final Set<String> STRUCTURAL =
      Set.of(
          "DAYS_PER_WEEK",
          "DAYS_PER_YEAR",
          "HOURS_PER_DAY",
          "PER_THOUSAND",
          "FIRST_CAPACITY",
          "GROWTH",
          "NEVER",
          "NOBODY",
          "ROUNDING",
          "FIRST_PEOPLE",
          "SMALL_MEAN",
          "WHOLE_ABOVE",
          "MEAN_ONE",
          "UNAWARE",
          "AWARE",
          "FOLLOWER",
          "LEFT",
          "COUNT",
          // the batch size of a loop, and the constants of Marsaglia and Tsang's gamma sampler
          "BATCH",
          "THIRD",
          "SQUEEZE",
          "HALF");

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\w.])(\\d+(?:_\\d+)*(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|\\.\\d+)[dDfFlL]?(?![\\w.])");
  private static final Pattern NAMED =
      Pattern.compile("static final \\w+ (\\w+) = [-\\w.+*/ ()]+;");

  @Test
  void theModelNamesEveryNumberItUses() throws IOException {
    List<String> hidden = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/badaboum/model"))) {
      for (Path file : files.filter(NoHiddenConstantsTest::behaviour).sorted().toList()) {
        String code = withoutCommentsAndStrings(Files.readString(file, StandardCharsets.UTF_8));
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          Matcher named = NAMED.matcher(lines[i]);
          boolean structural = named.find() && STRUCTURAL.contains(named.group(1));
          Matcher m = NUMBER.matcher(lines[i]);
          while (m.find()) {
            if (!structural && !isZeroOrOne(m.group(1))) {
              hidden.add(file.getFileName() + ":" + (i + 1) + ": " + lines[i].trim());
            }
          }
        }
      }
    }
    assertThat(hidden).as("numbers in model/ that are not scenario keys").isEmpty();
  }

  @Test
  void theCheckSeesANumberThatHides() {
    String code = withoutCommentsAndStrings("double p = 0.3 * x; // 0.7 in a comment\nint n = 1;");
    Matcher m = NUMBER.matcher(code);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    assertThat(found).containsExactly("0.3", "1");
  }

  /**
   * The model's behaviour: its Java files but the graph generators', whose integer arithmetic (each
   * edge seen from both ends, bit tricks of a hash set) is structure, their parameters keys.
   */
  private static boolean behaviour(Path file) {
    return file.toString().endsWith(".java") && !file.toString().contains("/model/network/");
  }

  private static boolean isZeroOrOne(String literal) {
    double value = Double.parseDouble(literal.replace("_", ""));
    return value == 0 || value == 1;
  }

  /** The code with comments and string and character literals blanked, line breaks kept. */
  static String withoutCommentsAndStrings(String code) {
    StringBuilder out = new StringBuilder(code.length());
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
        while (i < code.length() && code.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
        int end = code.indexOf("*/", i + 2);
        end = end < 0 ? code.length() : end + 2;
        for (int k = i; k < end; k++) {
          out.append(code.charAt(k) == '\n' ? '\n' : ' ');
        }
        i = end;
      } else if (c == '"' || c == '\'') {
        out.append(' ');
        i++;
        while (i < code.length() && code.charAt(i) != c) {
          i += code.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
