package badaboum.report;

import badaboum.result.SweepLayout;
import badaboum.results.Manifest;
import badaboum.results.ResultsFile;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last two sections of the report page: what was compared (the scenario's settings and what
 * each arm changes) and the reproducibility appendix (version, commit, seed, command lines, run
 * counts, failures, the folder's files).
 */
final class ReportAppendix {
  private final SweepResults r;
  private final SweepLayout layout;
  private final StringBuilder out;

  ReportAppendix(SweepResults results, StringBuilder out) {
    this.r = results;
    this.layout = results.layout();
    this.out = out;
  }

  void scenario() {
    ScenarioSummary s = r.scenario();
    out.append("<section id=\"scenario\">\n<h2>What was compared</h2>\n");
    String notes = FacilitatorNotes.forPeople(s.field("notes"));
    if (!notes.isEmpty()) {
      out.append("<p class=\"notes\">").append(Html.escape(notes)).append("</p>\n");
    }
    out.append("<dl>\n");
    term("arms", String.join(", ", layout.arms()) + " (the first is the baseline)");
    term("horizon", horizon());
    term("runs per arm and point", layout.replications() + " (one seed each, shared by the arms)");
    term("audience", s.value("audience.size") + " people, network " + s.value("audience.network"));
    term("management", s.value("management"));
    if (!s.value("verdict").isEmpty()) {
      term("verdict", s.value("verdict"));
    }
    if (layout.points() > 1) {
      term(
          "design",
          r.design()
              + ", "
              + layout.points()
              + " points, varying "
              + String.join(", ", layout.variedPaths()));
    }
    out.append("</dl>\n");
    for (int a = 1; a < layout.arms().size(); a++) {
      String arm = layout.arms().get(a);
      String base = layout.arms().get(0);
      out.append("<h3>How <span class=\"a")
          .append(a)
          .append("\">")
          .append(Html.escape(arm))
          .append("</span> differs from <span class=\"a0\">")
          .append(Html.escape(base))
          .append("</span></h3>\n");
      Map<String, String> changed = s.differences(base, arm);
      Map<String, String> baseline = s.strategy(base);
      if (changed.isEmpty()) {
        out.append("<p>Its strategy is the same.</p>\n");
        continue;
      }
      out.append("<div class=\"scroll\"><table>\n<thead><tr><th>setting</th><th>")
          .append(Html.escape(base))
          .append("</th><th>")
          .append(Html.escape(arm))
          .append("</th></tr></thead>\n<tbody>\n");
      changed.forEach(
          (path, value) ->
              out.append("<tr><td><code>")
                  .append(Html.escape(path))
                  .append("</code></td><td>")
                  .append(Html.escape(baseline.getOrDefault(path, "(not set)")))
                  .append("</td><td>")
                  .append(Html.escape(value))
                  .append("</td></tr>\n"));
      out.append("</tbody></table></div>\n");
    }
    if (s.given() != null) {
      out.append("<h3>The scenario file</h3>\n<pre>")
          .append(Html.escape(s.given()))
          .append("</pre>\n");
    }
    out.append("</section>\n");
  }

  /** The horizon, or the range of the points' horizons when the design varies it. */
  private String horizon() {
    Scope all = Scope.headline(layout);
    int shortest = r.horizons().shortest(all, layout);
    int longest = r.horizons().longest(all, layout);
    return shortest == longest
        ? shortest + " days"
        : shortest + " to " + longest + " days, by point (the design varies days)";
  }

  private void term(String name, String value) {
    out.append("<dt>")
        .append(Html.escape(name))
        .append("</dt><dd>")
        .append(Html.escape(value))
        .append("</dd>\n");
  }

  void appendix() {
    Manifest m = r.manifest();
    out.append("<section id=\"appendix\">\n<h2>Reproducibility</h2>\n<dl>\n");
    term("badaboum version", orUnknown(m.version()));
    term("git commit", orUnknown(m.gitCommit()));
    term("Java version", orUnknown(m.javaVersion()));
    term("master seed", Long.toString(m.masterSeed()));
    term("scenario file", orUnknown(m.scenarioFile()));
    for (Manifest.Session session : m.sessions()) {
      term(
          session.kind().label() + " command",
          session.command() != null ? session.command() : "(not recorded)");
    }
    term(
        "to run it again",
        "badaboum sweep "
            + ResultsFile.SCENARIO
            + " --seed "
            + m.masterSeed()
            + " --replications "
            + layout.replications()
            + " --days "
            + m.days()
            + " (from this folder, with the same version)");
    term(
        "runs",
        String.format(
            Locale.ROOT,
            "%,d planned (%,d points × %d arms × %,d replications): %,d ok, %,d failed, %,d"
                + " missing",
            layout.runCount(),
            layout.points(),
            layout.arms().size(),
            layout.replications(),
            r.runs().okCount(),
            r.runs().failedCount(),
            r.runs().missingCount()));
    term("status", m.status().label());
    term("started", m.started().toString());
    term("ended", m.ended() == null ? "(not ended)" : m.ended().toString());
    for (String error : r.runs().firstErrors()) {
      term("failure", error);
    }
    term(
        "files",
        String.join(
            ", ",
            files(
                ResultsFile.RUNS,
                ResultsFile.POINTS,
                ResultsFile.DAILY,
                ResultsFile.STATISTICS,
                ResultsFile.COMPARISON,
                ResultsFile.SURVIVAL,
                r.sensitivity() != null ? ResultsFile.SENSITIVITY : null,
                ResultsFile.MANIFEST,
                ResultsFile.SCENARIO,
                ResultsFile.EFFECTIVE)));
    out.append("</dl>\n</section>\n");
  }

  private static List<String> files(ResultsFile... files) {
    return java.util.Arrays.stream(files)
        .filter(java.util.Objects::nonNull)
        .map(ResultsFile::fileName)
        .toList();
  }

  private static String orUnknown(String value) {
    return value == null ? "(unknown)" : value;
  }
}
