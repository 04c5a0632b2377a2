package badaboum.cli;

import java.util.ArrayList;
import java.util.List;

/** A command line as the user typed it, for the manifest and the report's appendix. */
final class CommandLines {
  private CommandLines() {}

  /** {@code badaboum} and the arguments, those with spaces or quotes quoted for a shell. */
  static String asTyped(List<String> args) {
    List<String> words = new ArrayList<>(List.of("badaboum"));
    for (String arg : args) {
      words.add(
          arg.matches("[A-Za-z0-9_./:=@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
    }
    return String.join(" ", words);
  }
}
