package badaboum.report;

import badaboum.language.Messages;
import badaboum.result.SweepLayout;
import badaboum.results.Manifest;
import badaboum.results.ResultsFile;
import java.util.List;
import java.util.Map;

/**
 * The last two sections of the report page: what was compared (the scenario's settings and what
 * each arm changes) and the reproducibility appendix (version, commit, seed, command lines, run
 * counts, failures, the folder's files), in the page's language; names, paths, keys, values and
 * command lines stay as written.
 */
final class ReportAppendix {
  private final SweepResults r;
  private final SweepLayout layout;
  private final StringBuilder out;
  private final Messages m;

  ReportAppendix(SweepResults results, StringBuilder out, Messages messages) {
    this.r = results;
    this.layout = results.layout();
    this.out = out;
    this.m = messages;
  }

  void scenario() {
    ScenarioSummary s = r.scenario();
    out.append("<section id=\"scenario\">\n<h2>")
        .append(Html.escape(m.text("appendix.compared")))
        .append("</h2>\n");
    String notes = new FacilitatorNotes(m).forPeople(s.words("notes", m.locale()));
    if (!notes.isEmpty()) {
      out.append("<p class=\"notes\">").append(Html.escape(notes)).append("</p>\n");
    }
    out.append("<dl>\n");
    term(
        m.text("appendix.arms"), m.format("appendix.arms.value", String.join(", ", layout.arms())));
    term(m.text("appendix.horizon"), horizon());
    term(
        m.text("appendix.replications"),
        m.format("appendix.replications.value", count(layout.replications())));
    term(
        m.text("appendix.audience"),
        m.format(
            "appendix.audience.value",
            audienceSize(s.value("audience.size")),
            s.value("audience.network")));
    term(m.text("appendix.management"), s.value("management"));
    if (!s.value("verdict").isEmpty()) {
      term(m.text("appendix.verdict"), verdictTerm(s));
    }
    if (layout.points() > 1) {
      term(
          m.text("appendix.design"),
          m.format(
              "appendix.design.value",
              r.design(),
              count(layout.points()),
              String.join(", ", layout.variedPaths())));
    }
    out.append("</dl>\n");
    for (int a = 1; a < layout.arms().size(); a++) {
      String arm = layout.arms().get(a);
      String base = layout.arms().get(0);
      out.append("<h3>");
      m.fill(
          "appendix.differs",
          new Messages.Filler() {
            @Override
            public void text(String text) {
              out.append(Html.escape(text));
            }

            @Override
            public void placeholder(int index) {
              int which = index == 0 ? layout.arms().indexOf(arm) : 0;
              out.append("<span class=\"a")
                  .append(which)
                  .append("\">")
                  .append(Html.escape(index == 0 ? arm : base))
                  .append("</span>");
            }
          });
      out.append("</h3>\n");
      Map<String, String> changed = s.differences(base, arm);
      Map<String, String> baseline = s.strategy(base);
      if (changed.isEmpty()) {
        out.append("<p>").append(Html.escape(m.text("appendix.same"))).append("</p>\n");
        continue;
      }
      String notSet = m.text("appendix.notSet");
      out.append("<div class=\"scroll\"><table>\n<thead><tr><th>")
          .append(Html.escape(m.text("appendix.setting")))
          .append("</th><th>")
          .append(Html.escape(base))
          .append("</th><th>")
          .append(Html.escape(arm))
          .append("</th></tr></thead>\n<tbody>\n");
      changed.forEach(
          (path, value) ->
              out.append("<tr><td><code>")
                  .append(Html.escape(path))
                  .append("</code></td><td>")
                  .append(Html.escape(shown(baseline.get(path), notSet)))
                  .append("</td><td>")
                  .append(Html.escape(shown(value, notSet)))
                  .append("</td></tr>\n"));
      out.append("</tbody></table></div>\n");
    }
    if (s.given() != null) {
      out.append("<h3>")
          .append(Html.escape(m.text("appendix.file")))
          .append("</h3>\n<pre>")
          .append(Html.escape(s.given()))
          .append("</pre>\n");
    }
    out.append("</section>\n");
  }

  /** A strategy's value, or the words for none. */
  private static String shown(String value, String notSet) {
    return value == null ? notSet : value;
  }

  /** The audience's size grouped for the language when it is a whole number, else as written. */
  private String audienceSize(String size) {
    try {
      return count(Long.parseLong(size));
    } catch (NumberFormatException e) {
      return size;
    }
  }

  /**
   * The verdict section: its metric and period as written, its mechanism in the page's language.
   */
  private String verdictTerm(ScenarioSummary s) {
    String mechanism = s.words("verdict.mechanism", m.locale());
    String metric = "metric: " + s.value("verdict.metric") + ", over: " + s.value("verdict.over");
    return mechanism.isEmpty() ? metric : metric + ", mechanism: " + mechanism;
  }

  private String count(long value) {
    return m.count(value);
  }

  /** The horizon, or the range of the points' horizons when the design varies it. */
  private String horizon() {
    Scope all = Scope.headline(layout);
    int shortest = r.horizons().shortest(all, layout);
    int longest = r.horizons().longest(all, layout);
    return shortest == longest
        ? m.format("appendix.horizon.value", count(shortest))
        : m.format("appendix.horizon.range", count(shortest), count(longest));
  }

  private void term(String name, String value) {
    out.append("<dt>")
        .append(Html.escape(name))
        .append("</dt><dd>")
        .append(Html.escape(value))
        .append("</dd>\n");
  }

  void appendix() {
    Manifest manifest = r.manifest();
    String unknown = m.text("appendix.unknown");
    out.append("<section id=\"appendix\">\n<h2>")
        .append(Html.escape(m.text("appendix.reproducibility")))
        .append("</h2>\n<dl>\n");
    term(m.text("appendix.version"), orElse(manifest.version(), unknown));
    term(m.text("appendix.commit"), orElse(manifest.gitCommit(), unknown));
    term(m.text("appendix.java"), orElse(manifest.javaVersion(), unknown));
    term(m.text("appendix.seed"), Long.toString(manifest.masterSeed()));
    term(m.text("appendix.scenarioFile"), orElse(manifest.scenarioFile(), unknown));
    for (Manifest.Session session : manifest.sessions()) {
      term(
          m.format("appendix.command", session.kind().label()),
          orElse(session.command(), m.text("appendix.notRecorded")));
    }
    term(
        m.text("appendix.again"),
        m.format(
            "appendix.again.value",
            "badaboum sweep "
                + ResultsFile.SCENARIO
                + " --seed "
                + manifest.masterSeed()
                + " --replications "
                + layout.replications()
                + " --days "
                + manifest.days()));
    term(
        m.text("appendix.runs"),
        m.format(
            "appendix.runs.value",
            count(layout.runCount()),
            count(layout.points()),
            count(layout.arms().size()),
            count(layout.replications()),
            count(r.runs().okCount()),
            count(r.runs().failedCount()),
            count(r.runs().missingCount())));
    term(m.text("appendix.status"), manifest.status().label());
    term(m.text("appendix.started"), m.dateTime(manifest.started()));
    term(
        m.text("appendix.ended"),
        manifest.ended() == null ? m.text("appendix.notEnded") : m.dateTime(manifest.ended()));
    for (String error : r.runs().firstErrors()) {
      term(m.text("appendix.failure"), error);
    }
    term(
        m.text("appendix.files"),
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

  private static String orElse(String value, String otherwise) {
    return value == null ? otherwise : value;
  }
}
