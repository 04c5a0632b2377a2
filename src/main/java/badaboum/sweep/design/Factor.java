package badaboum.sweep.design;

import java.util.List;

/**
 * A parameter to vary, addressed by a dotted path into a scenario (for example {@code
 * strategies.boum.contests[0].prize}); the path is an opaque name here.
 *
 * <p>Records accept any values so that every mistake can be reported at once: {@link #problems()}
 * says what is wrong, and every {@link Design} checks its factors before expanding them.
 */
public sealed interface Factor permits Factor.Discrete, Range {

  /** The dotted parameter path, used as the key of every {@link DesignPoint}'s values. */
  String path();

  /** What is wrong with this factor on its own; empty when it is usable. */
  List<DesignProblem> problems();

  /**
   * A factor with finitely many values, listed in order: {@link Levels} and {@link Steps}. Only
   * meaningful when {@link #problems()} is empty.
   */
  sealed interface Discrete extends Factor permits Levels, Steps {

    /** How many values. */
    int size();

    /** The value at {@code index}, 0-based, as a Long, Double, String or Boolean. */
    Object level(int index);

    /** All values, in order. */
    List<Object> levels();
  }
}
