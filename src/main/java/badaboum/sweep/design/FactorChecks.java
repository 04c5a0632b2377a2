package badaboum.sweep.design;

import badaboum.scenario.DesignKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The checks every design shares, and the messages for a factor of the wrong kind. */
final class FactorChecks {
  private FactorChecks() {}

  /** At least one factor, non-blank distinct paths, and each factor's own problems. */
  static List<DesignProblem> common(DesignKind kind, List<Factor> factors) {
    Objects.requireNonNull(factors, "factors");
    List<DesignProblem> problems = new ArrayList<>();
    if (factors.isEmpty()) {
      problems.add(
          DesignProblem.ofDesign("design " + kind.label() + " needs at least one factor to vary"));
    }
    Set<String> seen = new HashSet<>(); // membership only, never iterated
    for (int i = 0; i < factors.size(); i++) {
      Factor factor = Objects.requireNonNull(factors.get(i), "factor");
      if (factor.path().isBlank()) {
        problems.add(
            DesignProblem.ofDesign(
                "factor "
                    + (i + 1)
                    + " has an empty path; name the parameter to vary,"
                    + " e.g. audience.prize_seekers"));
      } else if (!seen.add(factor.path())) {
        problems.add(new DesignProblem(factor.path(), "varied twice; vary each parameter once"));
      }
      problems.addAll(factor.problems());
    }
    return problems;
  }

  /** A design setting that must be at least 1 (n, trajectories). */
  static void atLeastOne(
      DesignKind kind, String setting, long value, String meaning, List<DesignProblem> problems) {
    if (value < 1) {
      problems.add(
          DesignProblem.ofDesign(
              "design "
                  + kind.label()
                  + ": "
                  + setting
                  + " must be >= 1, got "
                  + value
                  + "; give "
                  + meaning));
    }
  }

  /** Sobol and Morris work on a continuous unit cube, so they take {@link Range}s only. */
  static void rangesOnly(DesignKind kind, List<Factor> factors, List<DesignProblem> problems) {
    String needs = "design " + kind.label() + " needs {min, max} ranges, not ";
    for (Factor factor : factors) {
      if (factor instanceof Levels levels) {
        problems.add(
            new DesignProblem(
                levels.path(), needs + "a list of levels; vary levels with grid, random or lhs"));
      } else if (factor instanceof Steps steps) {
        problems.add(
            new DesignProblem(
                steps.path(),
                needs
                    + "{from, to, step}; write {min: "
                    + Values.plain(steps.from())
                    + ", max: "
                    + Values.plain(steps.to())
                    + (steps.wholeNumbers() ? ", integer: true}" : "}")));
      }
    }
  }

  /** A grid enumerates values, so it cannot take a continuous {@link Range}. */
  static void noRanges(DesignKind kind, List<Factor> factors, List<DesignProblem> problems) {
    for (Factor factor : factors) {
      if (factor instanceof Range range) {
        problems.add(
            new DesignProblem(
                range.path(),
                "design "
                    + kind.label()
                    + " needs a list of levels or {from, to, step}, not a {min, max} range;"
                    + " add a step, or use random, lhs, sobol or morris"));
      }
    }
  }

  /** Point indices are ints, so a design's size must fit in one. */
  static void fitsInIndex(
      DesignKind kind, String formula, long count, String fix, List<DesignProblem> problems) {
    if (count > Integer.MAX_VALUE) {
      problems.add(
          DesignProblem.ofDesign(
              String.format(
                  Locale.ROOT,
                  "design %s has %s = %,d points, more than %,d; %s",
                  kind.label(),
                  formula,
                  count,
                  Integer.MAX_VALUE,
                  fix)));
    }
  }
}
