package badaboum.scenario;

import java.nio.file.Path;

/**
 * A scenario's text and where it came from: a file as the user named it, or text from elsewhere (a
 * results folder's effective scenario sent to a worker). Relative paths in it (an edge list, an
 * {@code extends}) are resolved against {@code directory}.
 *
 * @param label how messages name it: the file as the user gave it
 * @param text the YAML as written
 * @param directory where its relative paths start
 */
public record ScenarioSource(String label, String text, Path directory) {

  /** Reads a scenario file once, refusing what is not a scenario with a clear message. */
  public static ScenarioSource read(Path file) {
    String label = file.toString();
    return new ScenarioSource(
        label, ScenarioFiles.read(file, label), file.toAbsolutePath().getParent());
  }

  /** Scenario text that is not in a file; relative paths start from the working directory. */
  public static ScenarioSource text(String label, String text) {
    return new ScenarioSource(label, text, Path.of("").toAbsolutePath());
  }
}
