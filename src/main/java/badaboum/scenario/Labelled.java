package badaboum.scenario;

/** An enum constant with the word a scenario file uses for it. */
public interface Labelled {
  String label();
}
