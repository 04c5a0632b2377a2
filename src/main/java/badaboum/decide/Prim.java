package badaboum.decide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The patient rule induction method (Friedman and Fisher 1999), as scenario discovery uses it
 * (Bryant and Lempert 2010): finds a box of the input space (a range for each numeric input, a set
 * of levels for each categorical one) where an outcome is much more frequent than overall.
 *
 * <p>Peeling: from the box holding every case, each step removes the slice that leaves the highest
 * share of cases with the outcome: the lowest or highest {@code alpha} of one numeric input's
 * values in the box (all cases tied at the boundary go together, so a grid's levels peel whole), or
 * one level of a categorical input. Peeling stops when the next box would hold less than {@code
 * minSupport} of the cases, or when every case in the box has the outcome. The steps are the
 * peeling trajectory; the box chosen is the one covering the most cases with the outcome among
 * those whose density reaches {@code threshold} (the densest if none does). No pasting.
 *
 * <p>Covering: with several boxes, the cases of a chosen box are set aside and PRIM runs again on
 * the others. Each restricted input of a chosen box gets a quasi-p-value (Bryant and Lempert 2010):
 * the one-sided binomial probability of the box's outcome count if its density were that of the box
 * without that restriction; a large one says the restriction adds little.
 */
public final class Prim {
  /**
   * One input: numeric values or categorical labels, one per case.
   *
   * @param numbers the values, or null for a categorical input
   * @param labels the labels, or null for a numeric input
   */
  public record Input(String name, double[] numbers, String[] labels) {
    public boolean numeric() {
      return numbers != null;
    }
  }

  /**
   * How PRIM runs.
   *
   * @param alpha share of the box peeled at each step
   * @param minSupport the smallest share of all cases a box may hold
   * @param threshold the density a chosen box should reach
   * @param boxes how many boxes to find (covering)
   */
  public record Settings(double alpha, double minSupport, double threshold, int boxes) {
    public Settings {
      if (!(alpha > 0 && alpha < 0.5)) {
        throw new IllegalArgumentException("peeling share in (0, 0.5), got " + alpha);
      }
      if (!(minSupport > 0 && minSupport < 1)) {
        throw new IllegalArgumentException("minimum support in (0, 1), got " + minSupport);
      }
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold in (0, 1], got " + threshold);
      }
      if (boxes < 1) {
        throw new IllegalArgumentException("at least one box, got " + boxes);
      }
    }
  }

  /**
   * A box: per input, a range {@code [low, high]} (numeric) or the levels kept (categorical).
   *
   * @param levels per input, the levels kept; null for a numeric input
   */
  public record Box(double[] low, double[] high, List<TreeSet<String>> levels) {
    boolean contains(List<Input> inputs, int row) {
      for (int j = 0; j < inputs.size(); j++) {
        Input in = inputs.get(j);
        if (in.numeric()) {
          double v = in.numbers()[row];
          if (v < low[j] || v > high[j]) {
            return false;
          }
        } else if (!levels.get(j).contains(in.labels()[row])) {
          return false;
        }
      }
      return true;
    }

    Box copy() {
      List<TreeSet<String>> kept = new ArrayList<>();
      for (TreeSet<String> l : levels) {
        kept.add(l == null ? null : new TreeSet<>(l));
      }
      return new Box(low.clone(), high.clone(), kept);
    }
  }

  /**
   * One step of a peeling trajectory.
   *
   * @param cases cases in the box
   * @param support cases in the box ÷ all cases
   * @param coverage cases with the outcome in the box ÷ all cases with the outcome
   * @param density cases with the outcome in the box ÷ cases in the box
   */
  public record Step(Box box, int cases, double support, double coverage, double density) {}

  /**
   * A box found, with its trajectory.
   *
   * @param trajectory the steps, from the box of every case still in play
   * @param chosen the index of the chosen step
   * @param quasiP per input, the quasi-p-value of its restriction in the chosen box; NaN where the
   *     chosen box does not restrict it
   */
  public record Found(List<Step> trajectory, int chosen, double[] quasiP) {
    public Step box() {
      return trajectory.get(chosen);
    }
  }

  private final List<Input> inputs;
  private final boolean[] outcome;
  private final Settings settings;
  private final int total;
  private final int positives;

  public Prim(List<Input> inputs, boolean[] outcome, Settings settings) {
    this.inputs = List.copyOf(inputs);
    this.outcome = outcome.clone();
    this.settings = settings;
    this.total = outcome.length;
    int p = 0;
    for (boolean o : outcome) {
      p += o ? 1 : 0;
    }
    this.positives = p;
    for (Input in : inputs) {
      int n = in.numeric() ? in.numbers().length : in.labels().length;
      if (n != total) {
        throw new IllegalArgumentException(in.name() + " has " + n + " values for " + total);
      }
    }
  }

  public int positives() {
    return positives;
  }

  public int total() {
    return total;
  }

  /** The boxes, one per round of covering; fewer when no case with the outcome is left. */
  public List<Found> boxes() {
    List<Found> found = new ArrayList<>();
    BitSet inPlay = new BitSet(total);
    inPlay.set(0, total);
    for (int b = 0; b < settings.boxes(); b++) {
      if (count(inPlay, true) == 0) {
        break;
      }
      Found f = peel(inPlay);
      found.add(f);
      BitSet inBox = members(f.box().box(), inPlay);
      inPlay.andNot(inBox);
    }
    return found;
  }

  private Found peel(BitSet inPlay) {
    Box box = initial(inPlay);
    BitSet members = members(box, inPlay);
    List<Step> trajectory = new ArrayList<>();
    trajectory.add(step(box, members));
    double smallest = settings.minSupport() * total;
    while (true) {
      Step current = trajectory.get(trajectory.size() - 1);
      if (current.density() >= 1) {
        break;
      }
      Box best = null;
      BitSet bestMembers = null;
      double bestDensity = -1;
      for (Box candidate : candidates(box, members)) {
        BitSet kept = members(candidate, members);
        int n = kept.cardinality();
        if (n < smallest || n == members.cardinality()) {
          continue;
        }
        double density = count(kept, true) / (double) n;
        // the highest density; on a tie the larger box (the smaller peel), then the first input
        if (density > bestDensity || (density == bestDensity && n > bestMembers.cardinality())) {
          best = candidate;
          bestMembers = kept;
          bestDensity = density;
        }
      }
      if (best == null) {
        break;
      }
      box = best;
      members = bestMembers;
      trajectory.add(step(box, members));
    }
    int chosen = choose(trajectory);
    return new Found(List.copyOf(trajectory), chosen, quasiP(trajectory.get(chosen), inPlay));
  }

  private int choose(List<Step> trajectory) {
    int chosen = -1;
    for (int i = 0; i < trajectory.size(); i++) {
      Step s = trajectory.get(i);
      if (s.density() >= settings.threshold()
          && (chosen < 0 || s.coverage() > trajectory.get(chosen).coverage())) {
        chosen = i;
      }
    }
    if (chosen >= 0) {
      return chosen;
    }
    int densest = 0;
    for (int i = 1; i < trajectory.size(); i++) {
      if (trajectory.get(i).density() > trajectory.get(densest).density()) {
        densest = i;
      }
    }
    return densest;
  }

  /** The boxes one peel smaller than {@code box}, in input order, low side first. */
  private List<Box> candidates(Box box, BitSet members) {
    List<Box> out = new ArrayList<>();
    for (int j = 0; j < inputs.size(); j++) {
      Input in = inputs.get(j);
      if (in.numeric()) {
        double[] values = values(in, members);
        Arrays.sort(values);
        if (values[0] == values[values.length - 1]) {
          continue;
        }
        int k = (int) Math.floor(settings.alpha() * values.length);
        // low side: every case below the alpha-quantile, or the tied lowest values at least
        double cutLow = values[Math.max(0, k - 1)];
        Box low = box.copy();
        low.low()[j] = above(values, cutLow);
        out.add(low);
        double cutHigh = values[Math.min(values.length - 1, values.length - k)];
        Box high = box.copy();
        high.high()[j] = below(values, cutHigh);
        out.add(high);
      } else {
        TreeSet<String> present = new TreeSet<>();
        for (int row = members.nextSetBit(0); row >= 0; row = members.nextSetBit(row + 1)) {
          present.add(in.labels()[row]);
        }
        if (present.size() < 2) {
          continue;
        }
        for (String level : present) {
          Box without = box.copy();
          without.levels().get(j).retainAll(present);
          without.levels().get(j).remove(level);
          out.add(without);
        }
      }
    }
    return out;
  }

  /** The smallest value above {@code cut}. */
  private static double above(double[] sorted, double cut) {
    for (double v : sorted) {
      if (v > cut) {
        return v;
      }
    }
    return sorted[sorted.length - 1];
  }

  /** The largest value below {@code cut}. */
  private static double below(double[] sorted, double cut) {
    for (int i = sorted.length - 1; i >= 0; i--) {
      if (sorted[i] < cut) {
        return sorted[i];
      }
    }
    return sorted[0];
  }

  private Box initial(BitSet inPlay) {
    int k = inputs.size();
    double[] low = new double[k];
    double[] high = new double[k];
    List<TreeSet<String>> levels = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      Input in = inputs.get(j);
      if (in.numeric()) {
        double[] v = values(in, inPlay);
        low[j] = Arrays.stream(v).min().orElse(Double.NaN);
        high[j] = Arrays.stream(v).max().orElse(Double.NaN);
        levels.add(null);
      } else {
        TreeSet<String> all = new TreeSet<>();
        for (int row = inPlay.nextSetBit(0); row >= 0; row = inPlay.nextSetBit(row + 1)) {
          all.add(in.labels()[row]);
        }
        levels.add(all);
      }
    }
    return new Box(low, high, levels);
  }

  private double[] quasiP(Step chosen, BitSet inPlay) {
    double[] p = new double[inputs.size()];
    Arrays.fill(p, Double.NaN);
    Box full = initial(inPlay);
    int inBox = chosen.cases();
    int hits = (int) Math.round(chosen.density() * inBox);
    for (int j = 0; j < inputs.size(); j++) {
      if (!restricts(chosen.box(), full, j)) {
        continue;
      }
      Box relaxed = chosen.box().copy();
      if (inputs.get(j).numeric()) {
        relaxed.low()[j] = full.low()[j];
        relaxed.high()[j] = full.high()[j];
      } else {
        relaxed.levels().set(j, new TreeSet<>(full.levels().get(j)));
      }
      BitSet members = members(relaxed, inPlay);
      double p0 = count(members, true) / (double) members.cardinality();
      p[j] =
          p0 >= 1
              ? 1
              : 1 - new BinomialDistribution(null, inBox, p0).cumulativeProbability(hits - 1);
    }
    return p;
  }

  /** Whether {@code box} restricts input {@code j} relative to {@code full}. */
  public boolean restricts(Box box, Box full, int j) {
    return inputs.get(j).numeric()
        ? box.low()[j] > full.low()[j] || box.high()[j] < full.high()[j]
        : !box.levels().get(j).containsAll(full.levels().get(j));
  }

  private Step step(Box box, BitSet members) {
    int n = members.cardinality();
    int hits = count(members, true);
    return new Step(
        box.copy(),
        n,
        n / (double) total,
        positives == 0 ? 0 : hits / (double) positives,
        n == 0 ? 0 : hits / (double) n);
  }

  private BitSet members(Box box, BitSet among) {
    BitSet kept = new BitSet(total);
    for (int row = among.nextSetBit(0); row >= 0; row = among.nextSetBit(row + 1)) {
      if (box.contains(inputs, row)) {
        kept.set(row);
      }
    }
    return kept;
  }

  private int count(BitSet rows, boolean value) {
    int n = 0;
    for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
      if (outcome[row] == value) {
        n++;
      }
    }
    return n;
  }

  private static double[] values(Input in, BitSet rows) {
    double[] v = new double[rows.cardinality()];
    int i = 0;
    for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
      v[i++] = in.numbers()[row];
    }
    return v;
  }
}
