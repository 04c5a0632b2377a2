package badaboum.report;

import badaboum.language.Messages;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.ResultsFile;
import java.util.List;

/**
 * Where the verdict's numbers come from: each {@link Figure} names its file, row and column, so
 * that the text can be checked cell by cell against the folder's files. Also writes the parts of a
 * sentence that name a scope: its horizon ("60 to 120 days" when pooled points do not share one)
 * and a point's varied values.
 */
final class VerdictSources {
  private final SweepLayout layout;
  private final Horizons horizons;
  private final SweepResults results;
  private final Messages messages;

  VerdictSources(SweepResults results, Messages messages) {
    this.results = results;
    this.messages = messages;
    this.layout = results.layout();
    this.horizons = results.horizons();
  }

  String arm(int index) {
    return layout.arms().get(index);
  }

  private String key(Scope scope, int arm, SummaryMetric metric) {
    return "point=" + scope.label() + ";arm=" + arm(arm) + ";metric=" + metric.column();
  }

  Figure comparison(
      Scope scope, int arm, SummaryMetric metric, String column, String text, String transform) {
    return new Figure(text, ComparisonTable.FILE, key(scope, arm, metric), column, transform);
  }

  Figure statistic(Scope scope, int arm, SummaryMetric metric, String column, String text) {
    return new Figure(text, StatisticsTable.FILE, key(scope, arm, metric), column, Figure.NONE);
  }

  Figure statistic(
      Scope scope, int arm, SummaryMetric metric, String column, String text, String transform) {
    return new Figure(text, StatisticsTable.FILE, key(scope, arm, metric), column, transform);
  }

  Figure survival(Scope scope, int arm, String column, String text, String transform) {
    return new Figure(
        text, SurvivalTable.FILE, "point=" + scope.label() + ";arm=" + arm(arm), column, transform);
  }

  /** Whether the points of {@code scope} share one horizon. */
  boolean oneHorizon(Scope scope) {
    return horizons.shared(scope, layout);
  }

  /** The scope's shortest horizon: the last day every one of its runs reached. */
  int shortestHorizon(Scope scope) {
    return horizons.shortest(scope, layout);
  }

  /** The scope's horizon in days ("365"), or its range ("60 to 120") when its points differ. */
  Sentence days(Sentence s, Scope scope) {
    int shortest = horizons.shortest(scope, layout);
    int longest = horizons.longest(scope, layout);
    if (longest == shortest) {
      return s.figure(horizon(scope, shortest));
    }
    return s.say(messages, "verdict.days.range", horizon(scope, shortest), horizon(scope, longest));
  }

  private Figure horizon(Scope scope, int days) {
    if (!Horizons.varied(layout)) {
      return new Figure(
          Integer.toString(days), ResultsFile.MANIFEST.fileName(), "", "/days", Figure.NONE);
    }
    int point = horizons.pointWith(scope, layout, days);
    return new Figure(
        Integer.toString(days),
        ResultsFile.POINTS.fileName(),
        "point=" + point,
        Horizons.DAYS,
        Figure.NONE);
  }

  /**
   * "With management.kpi = fans" for one point of a design: its varied values as points.csv writes
   * them (or its number, when no run of it is recorded yet).
   */
  Sentence point(Sentence s, int point) {
    List<String> values = results.runs().pointValues(point);
    String row = "point=" + point;
    if (values == null) {
      return s.say(
          messages,
          "verdict.point.at",
          new Figure(
              Integer.toString(point), ResultsFile.POINTS.fileName(), row, "point", Figure.NONE));
    }
    Sentence assignments = new Sentence();
    List<String> paths = layout.variedPaths();
    for (int i = 0; i < paths.size(); i++) {
      assignments
          .text(i == 0 ? "" : ", ")
          .key(paths.get(i))
          .text(" = ")
          .figure(
              new Figure(
                  values.get(i), ResultsFile.POINTS.fileName(), row, paths.get(i), Figure.TEXT));
    }
    return s.say(messages, "verdict.point.with", assignments);
  }
}
