package badaboum.scenario;

/**
 * Where a scenario came from: the file as the user gave it, its text, and its tree after any
 * file-level {@code extends} was merged, kept so that sweeps can re-bind it with other values.
 */
public record ScenarioSource(String label, String text, YamlMap tree) {}
