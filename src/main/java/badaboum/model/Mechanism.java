package badaboum.model;

/** One rule of the day, applied to the whole market; the engine runs them in a fixed order. */
public interface Mechanism {

  /** A short name for logs and documentation. */
  String name();

  void apply(Market market);
}
