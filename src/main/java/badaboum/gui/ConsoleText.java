package badaboum.gui;

import badaboum.language.Language;
import badaboum.language.Messages;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the console shows, in the room's language ({@code console.*} messages of badaboum's
 * bundle), and its numbers formatted for that language: 12,345 and -0.25 in English, 12 345 and
 * -0,25 in French.
 *
 * <p>The programme's events come from the model as English sentences (they are also the run's
 * record); {@link #event(String)} translates the ones it knows and shows any other as it is.
 */
final class ConsoleText {
  /** The model's event sentences and the message that says each in the room's language. */
  private static final List<Translation> EVENTS =
      List.of(
          new Translation("bought (\\d+) fans", "bought"),
          new Translation("launch reaches (\\d+) people", "launch"),
          new Translation(
              "contest starts \\(prize ([\\d.]+), alignment ([\\d.]+), (.+) to enter\\)",
              "contestStarts"),
          new Translation("contest ends, prize paid", "contestEnds"),
          new Translation("crisis: (.+) \\(severity ([\\d.]+)\\)", "crisis"),
          new Translation("brand answers the crisis", "crisisAnswer"),
          new Translation("budget spent: the programme is cancelled", "budgetSpent"),
          new Translation(
              "review: (\\S+) (\\S+), expected at least (\\S+) \\(met\\)", "review.atLeast.met"),
          new Translation(
              "review: (\\S+) (\\S+), expected at most (\\S+) \\(met\\)", "review.atMost.met"),
          new Translation(
              "review: (\\S+) (\\S+), expected at least (\\S+) \\(missed, (\\d+) in a row\\)",
              "review.atLeast.missed"),
          new Translation(
              "review: (\\S+) (\\S+), expected at most (\\S+) \\(missed, (\\d+) in a row\\)",
              "review.atMost.missed"),
          new Translation("management cancels the programme", "managementCancels"),
          new Translation("message to (\\d+) members", "messageMembers"),
          new Translation("message to (\\d+) followers", "messageFollowers"));

  private record Translation(Pattern pattern, String key) {
    Translation(String regex, String key) {
      this(Pattern.compile(regex), "console.event." + key);
    }
  }

  private final Messages m;

  ConsoleText(Language language) {
    this.m = Messages.of(language);
  }

  /** The console in English: tests, and the default of a console not told otherwise. */
  static ConsoleText english() {
    return new ConsoleText(Language.EN);
  }

  Language language() {
    return m.language();
  }

  /** The message {@code console.key} with its placeholders filled. */
  String text(String key, Object... args) {
    return m.format("console." + key, args);
  }

  /** Whether the bundle says {@code console.key} (tests of the translation's coverage). */
  boolean has(String key) {
    return m.has("console." + key);
  }

  // windows

  String chartsWindow() {
    return text("window.charts");
  }

  String logWindow() {
    return text("window.log");
  }

  String refusedTitle() {
    return text("refused.title");
  }

  String audienceWindow(String scenario) {
    return text("window.audience", scenario);
  }

  /** The About tab. */
  String about() {
    return text("about");
  }

  // the network view

  String legendLayer() {
    return text("layer.legend");
  }

  String linksLayer(String arm, int arms) {
    return arms == 1 ? text("layer.links") : text("layer.arm", arm, text("layer.links.of"));
  }

  String peopleLayer(String arm, int arms) {
    return arms == 1 ? text("layer.people") : text("layer.arm", arm, text("layer.people.of"));
  }

  String numbersLayer(String arm, int arms) {
    return arms == 1 ? text("layer.numbers") : text("layer.arm", arm, text("layer.numbers.of"));
  }

  String day(int day, int days) {
    return text("day", day, days);
  }

  String ready() {
    return text("ready");
  }

  String running() {
    return text("running");
  }

  String cancelled(int day) {
    return text("cancelled", day);
  }

  /** The captions under the key numbers: fans, active, sentiment, spent. */
  List<String> numberCaptions() {
    return List.of(text("fans"), text("active"), text("sentiment"), text("spent"));
  }

  String others(int dormant, int ambassadors, int bots) {
    return text("others", m.count(dormant), m.count(ambassadors), m.count(bots));
  }

  // the brand on each platform of a market of several

  String platformsHeading() {
    return text("platform.heading");
  }

  String platformFollowers() {
    return text("platform.followers");
  }

  String platformActive() {
    return text("platform.active");
  }

  String platformAbsent() {
    return text("platform.absent");
  }

  String platformOpens(int day) {
    return text("platform.opens", day);
  }

  /** The legend's note on the platform whose page the dots show. */
  String platformInBold() {
    return text("platform.bold");
  }

  String whoIsWho() {
    return text("whoIsWho");
  }

  String outraged() {
    return text("outraged");
  }

  /** A state's name in the legend; bots with how they are drawn. */
  String state(NodeState state) {
    return text("state." + state.name().toLowerCase(Locale.ROOT));
  }

  String drawn(int drawn, int population) {
    return text("drawn", m.count(drawn), m.count(population));
  }

  String perDot(double people) {
    return text("perDot", roughly(people));
  }

  String ties() {
    return text("ties");
  }

  String friendships() {
    return text("friendships");
  }

  /** A whole number, grouped: 12,345 / 12 345. */
  String count(double value) {
    return m.number(value, 0);
  }

  /** Two decimals with a sign: +0.25 / +0,25; a value that rounds to zero is +0.00, never -0.00. */
  String signed(double value) {
    double rounded = Math.round(value * 100) / 100.0;
    return String.format(m.locale(), "%+.2f", rounded == 0 ? 0.0 : rounded);
  }

  /** Two significant digits: 2.7, 50, 1,300 (2,7, 50, 1 300). */
  String roughly(double value) {
    BigDecimal r = new BigDecimal(value).round(new MathContext(2)).stripTrailingZeros();
    if (r.scale() < 0) {
      r = r.setScale(0);
    }
    return r.compareTo(BigDecimal.valueOf(1000)) >= 0 ? m.count(r.longValue()) : m.decimal(r);
  }

  // the charts

  String chart(String name) {
    return text("chart." + name);
  }

  String series(String name) {
    return text("series." + name);
  }

  String budget() {
    return text("budget");
  }

  /** The line styles of the charts when arms are compared (each arm has its colour). */
  String compareKey() {
    return text("compareKey");
  }

  /** The word on a chart's marker for an event of {@code kind}. */
  String marker(EventKind kind) {
    return kind == EventKind.OTHER ? "" : text("marker." + kind.name().toLowerCase(Locale.ROOT));
  }

  String cancelledMarker(String arm) {
    return text("marker.armCancelled", arm);
  }

  /** One arm's line in a chart: "steady: real followers". */
  String armSeries(String arm, String series) {
    return text("layer.arm", arm, series);
  }

  // the log

  String opened(String scenario, int people, int days, List<String> arms) {
    return text(
        arms.size() == 1 ? "opened.one" : "opened.several",
        scenario,
        m.count(people),
        days,
        String.join(", ", arms));
  }

  String started(List<String> arms, int replicate, String changes) {
    return text(
        arms.size() == 1 ? "started.one" : "started.several",
        String.join(", ", arms),
        replicate,
        changes);
  }

  String complete(int day) {
    return text("complete", day);
  }

  String stopped(int day) {
    return text("stopped", day);
  }

  String changed(String parameter, String value) {
    return text("changed", parameter, value);
  }

  String refusedNote(String parameter, String why) {
    return text("refused.note", parameter, why.replace('\n', ' '));
  }

  String refusedDialog(String parameter, String why) {
    return text("refused.dialog", parameter, why);
  }

  String event(int day, String text) {
    return text("event", day, text);
  }

  /** A line of the log from one arm: "boum: contest starts...". */
  String fromArm(String arm, String text) {
    return text("layer.arm", arm, text);
  }

  /**
   * A programme event said in the room's language: the model's sentence when no translation knows
   * it (a new kind of event still shows, in English).
   */
  String event(String modelText) {
    for (Translation t : EVENTS) {
      Matcher matcher = t.pattern().matcher(modelText);
      if (matcher.matches()) {
        Object[] groups = new Object[matcher.groupCount()];
        for (int g = 0; g < groups.length; g++) {
          groups[g] = localNumber(matcher.group(g + 1));
        }
        return m.format(t.key(), groups);
      }
    }
    return modelText;
  }

  /** A number of the model's sentence in the room's language (a decimal comma in French). */
  private String localNumber(String part) {
    if (part.matches("\\d+")) {
      return m.count(Long.parseLong(part));
    }
    if (part.matches("\\d+\\.\\d+")) {
      return m.decimal(new BigDecimal(part));
    }
    return part;
  }

  // the Model tab

  String row(String name) {
    return text("row." + name);
  }

  String rowMeaning(String name) {
    return text("row." + name + ".meaning");
  }

  String nothing() {
    return text("nothing");
  }

  String replicate(int replicate) {
    return text("replicate", replicate);
  }

  String items(int count) {
    return count == 0
        ? text("items.none")
        : count == 1 ? text("items.one") : text("items.several", count);
  }

  String changedValue() {
    return text("changedValue");
  }
}
