package badaboum.report;

import badaboum.analysis.PairedComparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * optimisation.html: which plan the search found best for the budget, by how much it beats the
 * scenario's own plan and how sure that is, and every plan it evaluated on a cost-versus-outcome
 * chart with the frontier (the plans no other plan beats on both spend and outcome).
 */
public final class OptimisationPage {
  private OptimisationPage() {}

  /** A searched knob and its range as the search read it. */
  public record Knob(String path, String range) {}

  /**
   * One plan evaluated: the knob values, the objective's mean and 95% CI over the replicates, the
   * mean spend.
   *
   * @param index the evaluation's number; −1 for the scenario's own plan
   */
  public record Plan(
      int index,
      double[] values,
      boolean ok,
      double objective,
      double objectiveLow,
      double objectiveHigh,
      double spend,
      boolean feasible) {}

  /**
   * What the page shows.
   *
   * @param budget NaN for none
   * @param best null when no plan kept within the budget
   * @param comparison the best plan against yours, paired; null without a best plan
   */
  public record Input(
      String scenario,
      String arm,
      String objective,
      String objectiveMeaning,
      boolean maximise,
      double budget,
      List<Knob> knobs,
      String method,
      int replications,
      List<Plan> plans,
      Plan best,
      Plan yours,
      PairedComparison comparison,
      String command) {}

  public static String render(Input in) {
    PageShell page =
        new PageShell(in.scenario() + ": the best plan for " + in.arm(), "badaboum · optimisation");
    page.paragraph("lead", lead(in));
    if (in.best() != null && in.comparison() != null) {
      page.paragraph(in.comparison().excludesZero() ? "status" : "status warn", against(in));
    }
    page.h2("plans", "The plans");
    List<String> header = new ArrayList<>(List.of("knob"));
    header.add("yours");
    if (in.best() != null) {
      header.add("best");
    }
    List<List<String>> rows = new ArrayList<>();
    for (int k = 0; k < in.knobs().size(); k++) {
      List<String> row = new ArrayList<>();
      row.add(in.knobs().get(k).path() + " (" + in.knobs().get(k).range() + ")");
      row.add(Numbers.statistic(in.yours().values()[k]));
      if (in.best() != null) {
        row.add(Numbers.statistic(in.best().values()[k]));
      }
      rows.add(row);
    }
    rows.add(outcomeRow(in.objective() + " (mean, 95% CI)", in));
    rows.add(spendRow(in));
    page.table(header, rows);
    page.h2("frontier", "Cost against outcome");
    List<DecisionCharts.Mark> marks = new ArrayList<>();
    for (Plan p : in.plans()) {
      if (p.ok()) {
        marks.add(mark("plans evaluated", p));
      }
    }
    marks.add(mark("yours", in.yours()));
    if (in.best() != null) {
      marks.add(mark("best within budget", in.best()));
    }
    List<Plan> frontier = frontier(in.plans(), in.maximise());
    page.figure(
        "c-frontier",
        DecisionCharts.costOutcome(
            "Every plan evaluated",
            List.of("plans evaluated", "yours", "best within budget"),
            marks,
            frontier.stream().map(p -> mark("frontier", p)).toList(),
            in.budget(),
            "mean total spend",
            in.objective()),
        "Each dot is a plan: its mean spend and mean "
            + in.objective()
            + " over the same "
            + in.replications()
            + " replicates, with the 95% CI of the mean as whiskers. The dashed line joins the"
            + " frontier: plans that no other plan beats on both spend and outcome."
            + (Double.isFinite(in.budget()) ? " The vertical line is the budget." : ""));
    frontierTable(page, in, frontier);
    page.h2("method", "How it was searched");
    page.paragraph(
        "note",
        "Each plan is run on replicates 0 to "
            + (in.replications() - 1)
            + " of the scenario's master seed, the same for every plan (common random numbers:"
            + " the same people, network and draws), so two plans differ by what they do, not by"
            + " luck. The objective is the mean of "
            + in.objective()
            + " ("
            + in.objectiveMeaning()
            + ") over them; a plan whose mean total spend exceeds the budget ranks after every"
            + " plan within it (Deb's feasibility rules). Optimiser: "
            + in.method()
            + ". Intervals cover the run-to-run randomness of the model only, not doubts about"
            + " its defaults; and the best of many plans measured on the same replicates is a"
            + " little flattered by them: check it on fresh seeds with badaboum sweep best.yaml"
            + " --seed N.");
    page.pre(in.command());
    return page.end();
  }

  private static String lead(Input in) {
    String goal = (in.maximise() ? "the most " : "the least ") + in.objective();
    String budget =
        Double.isFinite(in.budget()) ? " with a mean spend of at most " + money(in.budget()) : "";
    if (in.best() == null) {
      return "No plan among the "
          + in.plans().size()
          + " evaluated kept within the budget"
          + budget
          + ": raise the budget, or narrow the knobs' ranges to cheaper plans.";
    }
    return "Searching "
        + in.plans().size()
        + " plans of "
        + in.arm()
        + " for "
        + goal
        + budget
        + ", the best gives "
        + in.objective()
        + " "
        + Numbers.statistic(in.best().objective())
        + " (95% CI "
        + Numbers.statistic(in.best().objectiveLow())
        + " to "
        + Numbers.statistic(in.best().objectiveHigh())
        + ") for a mean spend of "
        + money(in.best().spend())
        + "; the scenario's own plan gives "
        + Numbers.statistic(in.yours().objective())
        + " for "
        + money(in.yours().spend())
        + ".";
  }

  private static String against(Input in) {
    PairedComparison c = in.comparison();
    boolean better = in.maximise() ? c.ci95Low() > 0 : c.ci95High() < 0;
    String diff =
        "best − yours, paired by replicate: "
            + signed(c.meanDifference())
            + " (95% CI "
            + Numbers.statistic(c.ci95Low())
            + " to "
            + Numbers.statistic(c.ci95High())
            + ")";
    if (better) {
      return "The best plan is better than yours: " + diff + ".";
    }
    if (c.excludesZero()) {
      return "The best plan within the budget is worse than yours (which spends more): "
          + diff
          + ".";
    }
    return "No clear difference from your plan: " + diff + "; more replications would tell.";
  }

  private static List<String> outcomeRow(String label, Input in) {
    List<String> row = new ArrayList<>(List.of(label, ci(in.yours())));
    if (in.best() != null) {
      row.add(ci(in.best()));
    }
    return row;
  }

  private static List<String> spendRow(Input in) {
    List<String> row = new ArrayList<>(List.of("mean total spend", money(in.yours().spend())));
    if (in.best() != null) {
      row.add(money(in.best().spend()));
    }
    return row;
  }

  private static String ci(Plan p) {
    return Numbers.statistic(p.objective())
        + " ("
        + Numbers.statistic(p.objectiveLow())
        + " to "
        + Numbers.statistic(p.objectiveHigh())
        + ")";
  }

  private static void frontierTable(PageShell page, Input in, List<Plan> frontier) {
    if (frontier.isEmpty()) {
      return;
    }
    List<String> header = new ArrayList<>(List.of("evaluation"));
    in.knobs().forEach(k -> header.add(k.path().replaceFirst("^strategies\\.[^.]+\\.", "")));
    header.add(in.objective());
    header.add("mean spend");
    List<List<String>> rows = new ArrayList<>();
    for (Plan p : frontier) {
      List<String> row = new ArrayList<>(List.of(Integer.toString(p.index())));
      for (double v : p.values()) {
        row.add(Numbers.statistic(v));
      }
      row.add(ci(p));
      row.add(money(p.spend()) + (p.feasible() ? "" : " (over budget)"));
      rows.add(row);
    }
    page.paragraph(
        "note",
        "The frontier, from the cheapest plan up: what each extra unit of spend buys (the"
            + " evaluation numbers are rows of optimisation.csv).");
    page.table(header, rows);
  }

  /** The plans no other plan beats on both mean spend and mean objective, cheapest first. */
  static List<Plan> frontier(List<Plan> plans, boolean maximise) {
    List<Plan> ok = new ArrayList<>(plans.stream().filter(Plan::ok).toList());
    ok.sort(
        Comparator.comparingDouble(Plan::spend)
            .thenComparingDouble(p -> maximise ? -p.objective() : p.objective()));
    List<Plan> front = new ArrayList<>();
    double bestSoFar = maximise ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (Plan p : ok) {
      if (maximise ? p.objective() > bestSoFar : p.objective() < bestSoFar) {
        front.add(p);
        bestSoFar = p.objective();
      }
    }
    return front;
  }

  private static DecisionCharts.Mark mark(String series, Plan p) {
    return new DecisionCharts.Mark(
        series,
        p.spend(),
        p.spend(),
        p.spend(),
        p.objective(),
        p.objectiveLow(),
        p.objectiveHigh());
  }

  static String money(double value) {
    return Numbers.count(value);
  }

  private static String signed(double value) {
    return (value > 0 ? "+" : "") + Numbers.statistic(value);
  }
}
