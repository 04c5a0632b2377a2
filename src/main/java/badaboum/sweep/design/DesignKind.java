package badaboum.sweep.design;

import java.util.List;
import java.util.Locale;

/** The designs a scenario's {@code sweep.design} may name. */
public enum DesignKind {
  GRID,
  RANDOM,
  LHS,
  SOBOL,
  MORRIS;

  /** Largest edit distance at which a misspelt name still gets a suggestion. */
  private static final int SUGGESTION_DISTANCE = 2;

  /** The name as written in a scenario: grid, random, lhs, sobol, morris. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The design named exactly (lower case) by {@code text}; otherwise a {@link DesignException}
   * suggesting the closest name when it is within edit distance 2, ignoring case.
   */
  public static DesignKind parse(String text) {
    for (DesignKind kind : values()) {
      if (kind.label().equals(text)) {
        return kind;
      }
    }
    String known = String.join(", ", List.of(labels()));
    DesignKind closest = closest(text);
    String message =
        closest == null
            ? "unknown design '" + text + "'; use one of " + known
            : "unknown design '"
                + text
                + "'; did you mean '"
                + closest.label()
                + "'? (designs: "
                + known
                + ")";
    throw new DesignException(List.of(DesignProblem.ofDesign(message)));
  }

  private static String[] labels() {
    DesignKind[] kinds = values();
    String[] labels = new String[kinds.length];
    for (int i = 0; i < kinds.length; i++) {
      labels[i] = kinds[i].label();
    }
    return labels;
  }

  /** The nearest name within the suggestion distance, first in declaration order on ties. */
  private static DesignKind closest(String text) {
    String lowered = text.toLowerCase(Locale.ROOT);
    DesignKind best = null;
    int bestDistance = SUGGESTION_DISTANCE + 1;
    for (DesignKind kind : values()) {
      int distance = editDistance(lowered, kind.label());
      if (distance < bestDistance) {
        best = kind;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
