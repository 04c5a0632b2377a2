package badaboum.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem found while loading, so the user sees all of them at once. The same
 * problem reached twice (an inherited value read for two strategies) is kept once.
 */
public final class Problems {
  private final Set<Problem> problems = new LinkedHashSet<>();

  public void add(Position position, String path, String message) {
    problems.add(new Problem(position, path, message));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems in file order: by file, line, then column. */
  public List<Problem> list() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(
        Comparator.comparing((Problem p) -> p.position().file())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column()));
    return sorted;
  }

  /** Throws if anything was reported. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ScenarioException(list());
    }
  }
}
