package badaboum.report;

import badaboum.analysis.PairedComparison;
import badaboum.language.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * optimisation.html: which plan the search found best for the budget, by how much it beats the
 * scenario's own plan and how sure that is, and every plan it evaluated on a cost-versus-outcome
 * chart with the frontier (the plans no other plan beats on both spend and outcome).
 */
public final class OptimisationPage {
  private final Input in;
  private final Messages m;
  private final Numbers n;

  private OptimisationPage(Input in, Messages messages) {
    this.in = in;
    this.m = messages;
    this.n = new Numbers(messages);
  }

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

  public static String render(Input in, Messages messages) {
    return new OptimisationPage(in, messages).page();
  }

  private String page() {
    PageShell page =
        new PageShell(
            m.format("optimisation.title", in.scenario(), in.arm()),
            m.text("optimisation.kicker"),
            m.language());
    page.paragraph("lead", lead());
    if (in.best() != null && in.comparison() != null) {
      page.paragraph(in.comparison().excludesZero() ? "status" : "status warn", against());
    }
    page.h2("plans", m.text("optimisation.plans"));
    List<String> header = new ArrayList<>(List.of(m.text("optimisation.knob")));
    header.add(m.text("optimisation.yours"));
    if (in.best() != null) {
      header.add(m.text("optimisation.best"));
    }
    List<List<String>> rows = new ArrayList<>();
    for (int k = 0; k < in.knobs().size(); k++) {
      List<String> row = new ArrayList<>();
      row.add(in.knobs().get(k).path() + " (" + in.knobs().get(k).range() + ")");
      row.add(n.statistic(in.yours().values()[k]));
      if (in.best() != null) {
        row.add(n.statistic(in.best().values()[k]));
      }
      rows.add(row);
    }
    rows.add(outcomeRow(in.objective() + " (" + m.text("strategist.meanCi") + ")"));
    rows.add(spendRow());
    page.table(header, rows);
    page.h2("frontier", m.text("strategist.costOutcome"));
    String evaluated = m.text("optimisation.series.evaluated");
    String yours = m.text("optimisation.yours");
    String best = m.text("optimisation.series.best");
    List<DecisionCharts.Mark> marks = new ArrayList<>();
    for (Plan p : in.plans()) {
      if (p.ok()) {
        marks.add(mark(evaluated, p));
      }
    }
    marks.add(mark(yours, in.yours()));
    if (in.best() != null) {
      marks.add(mark(best, in.best()));
    }
    List<Plan> frontier = frontier(in.plans(), in.maximise());
    page.figure(
        "c-frontier",
        new DecisionCharts(m)
            .costOutcome(
                m.text("optimisation.chart"),
                List.of(evaluated, yours, best),
                marks,
                frontier.stream().map(p -> mark("", p)).toList(),
                in.budget(),
                m.text("strategist.meanSpend"),
                in.objective()),
        m.format("optimisation.chart.caption", in.objective(), n.whole(in.replications()))
            + (Double.isFinite(in.budget()) ? " " + m.text("optimisation.chart.budget") : ""));
    frontierTable(page, frontier);
    page.h2("method", m.text("optimisation.method"));
    page.paragraph(
        "note",
        m.format(
            "optimisation.method.note",
            n.whole(in.replications() - 1),
            in.objective(),
            m.text("metric." + in.objective()),
            in.method()));
    page.pre(in.command());
    return page.end();
  }

  private String lead() {
    String budget =
        Double.isFinite(in.budget())
            ? m.format("optimisation.lead.budget", money(in.budget(), n))
            : "";
    if (in.best() == null) {
      return m.format("optimisation.lead.none", n.whole(in.plans().size()), budget);
    }
    return m.format(
        in.maximise() ? "optimisation.lead.most" : "optimisation.lead.least",
        n.whole(in.plans().size()),
        in.arm(),
        in.objective(),
        budget,
        n.statistic(in.best().objective()),
        m.format(
            "strategist.interval",
            n.statistic(in.best().objectiveLow()),
            n.statistic(in.best().objectiveHigh())),
        money(in.best().spend(), n),
        n.statistic(in.yours().objective()),
        money(in.yours().spend(), n));
  }

  private String against() {
    PairedComparison c = in.comparison();
    boolean better = in.maximise() ? c.ci95Low() > 0 : c.ci95High() < 0;
    String diff =
        m.format(
            "optimisation.diff",
            signed(c.meanDifference()),
            m.format("strategist.interval", n.statistic(c.ci95Low()), n.statistic(c.ci95High())));
    if (better) {
      return m.format("optimisation.better", diff);
    }
    if (c.excludesZero()) {
      return m.format("optimisation.worse", diff);
    }
    return m.format("optimisation.same", diff);
  }

  private List<String> outcomeRow(String label) {
    List<String> row = new ArrayList<>(List.of(label, ci(in.yours())));
    if (in.best() != null) {
      row.add(ci(in.best()));
    }
    return row;
  }

  private List<String> spendRow() {
    List<String> row =
        new ArrayList<>(List.of(m.text("strategist.meanSpend"), money(in.yours().spend(), n)));
    if (in.best() != null) {
      row.add(money(in.best().spend(), n));
    }
    return row;
  }

  private String ci(Plan p) {
    return n.statistic(p.objective())
        + " ("
        + m.format(
            "strategist.interval", n.statistic(p.objectiveLow()), n.statistic(p.objectiveHigh()))
        + ")";
  }

  private void frontierTable(PageShell page, List<Plan> frontier) {
    if (frontier.isEmpty()) {
      return;
    }
    List<String> header = new ArrayList<>(List.of(m.text("optimisation.evaluation")));
    in.knobs().forEach(k -> header.add(k.path().replaceFirst("^strategies\\.[^.]+\\.", "")));
    header.add(in.objective());
    header.add(m.text("optimisation.meanSpend"));
    List<List<String>> rows = new ArrayList<>();
    for (Plan p : frontier) {
      List<String> row = new ArrayList<>(List.of(Integer.toString(p.index())));
      for (double v : p.values()) {
        row.add(n.statistic(v));
      }
      row.add(ci(p));
      row.add(
          money(p.spend(), n)
              + (p.feasible() ? "" : " (" + m.text("optimisation.overBudget") + ")"));
      rows.add(row);
    }
    page.paragraph("note", m.text("optimisation.frontier.note"));
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

  static String money(double value, Numbers n) {
    return n.count(value);
  }

  private String signed(double value) {
    return (value > 0 ? "+" : "") + n.statistic(value);
  }
}
