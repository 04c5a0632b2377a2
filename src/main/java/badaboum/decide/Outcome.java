package badaboum.decide;

import badaboum.result.SummaryMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outcome a discovery looks for, written on the command line over runs.csv's columns: {@code
 * cancelled} (a column alone: true where it is neither 0 nor empty), {@code "final_active < 50"} (a
 * comparison with {@code < <= > >= == !=}), {@code "not sustained"}, or several joined by {@code
 * and}. A comparison with an empty cell (cancel_day of a programme never cancelled) is false.
 */
public final class Outcome {
  private static final Pattern COMPARISON =
      Pattern.compile("([a-z_]+)\\s*(<=|>=|==|!=|<|>)\\s*(-?[0-9.]+(?:[eE]-?[0-9]+)?)");
  private static final Pattern FLAG = Pattern.compile("(not\\s+)?([a-z_]+)");

  private record Term(SummaryMetric metric, String op, double value, boolean negated) {
    boolean test(double x) {
      if (op == null) {
        boolean set = !Double.isNaN(x) && x != 0;
        return negated != set;
      }
      if (Double.isNaN(x)) {
        return false;
      }
      return switch (op) {
        case "<" -> x < value;
        case "<=" -> x <= value;
        case ">" -> x > value;
        case ">=" -> x >= value;
        case "==" -> x == value;
        default -> x != value;
      };
    }
  }

  private final String text;
  private final List<Term> terms;

  private Outcome(String text, List<Term> terms) {
    this.text = text;
    this.terms = terms;
  }

  /**
   * Reads a condition.
   *
   * @throws IllegalArgumentException saying which part is not understood and how to write it
   */
  public static Outcome parse(String condition) {
    String text = condition.strip();
    List<Term> terms = new ArrayList<>();
    for (String part : text.split("(?i)\\s+and\\s+")) {
      String p = part.strip().toLowerCase(Locale.ROOT);
      Matcher c = COMPARISON.matcher(p);
      Matcher f = FLAG.matcher(p);
      if (c.matches()) {
        terms.add(
            new Term(
                Objective.metric(c.group(1)), c.group(2), Double.parseDouble(c.group(3)), false));
      } else if (f.matches()) {
        terms.add(new Term(Objective.metric(f.group(2)), null, 0, f.group(1) != null));
      } else {
        throw new IllegalArgumentException(
            "--outcome '"
                + condition
                + "': '"
                + part.strip()
                + "' is not understood; write a runs.csv column (cancelled), a comparison"
                + " (\"final_active < 50\") or several joined by and");
      }
    }
    return new Outcome(text, List.copyOf(terms));
  }

  /** Whether a run with these summary values (NaN where empty) has the outcome. */
  public boolean test(java.util.function.ToDoubleFunction<SummaryMetric> values) {
    for (Term t : terms) {
      if (!t.test(values.applyAsDouble(t.metric()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }
}
