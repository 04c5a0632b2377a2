package badaboum.gui;

import java.util.List;
import java.util.Locale;

/**
 * The words the console shows, in one place, so that they can move to a resource bundle (and into
 * French) without hunting through the drawing code. Numbers are formatted here too.
 */
final class ConsoleText {
  private ConsoleText() {}

  // windows

  static final String CHARTS_WINDOW =
      "Live charts (double-click a chart for MASON's chart options)";
  static final String LOG_WINDOW = "Event log";
  static final String REFUSED_TITLE = "Value refused";

  static String audienceWindow(String scenario) {
    return "Audience: " + scenario;
  }

  /** The About tab. */
  static final String ABOUT =
      "<html><body style='font-family:sans-serif'>"
          + "<h2>badaboum: from the boum to the badaboum</h2>"
          + "<p>Press <b>Play</b> to run the scenario day by day, <b>Pause</b> to discuss,"
          + " <b>Stop</b> to end the run. With several arms side by side, they run on the same"
          + " seed, day by day together, and every button acts on all of them.</p>"
          + "<p>The <b>Model</b> tab holds the strategy's parameters and a few of the market's."
          + " A change applies at the next start: Stop, then Play. Replicate 0 with no change is"
          + " exactly the run of <code>badaboum run</code>; other replicates are other random"
          + " worlds. (The console's own random seed is not used.)</p>"
          + "<p>Each network view shows the brand's community first, among a neighbourhood of"
          + " the audience: small grey dots unaware, light blue aware, green active followers,"
          + " orange dormant ones, large dark blue ambassadors, orange-red rings people who left,"
          + " a purple ring the outraged. Green lines join members who answered each other; grey"
          + " lines are friendships. Grey squares are bots, which the model counts without making"
          + " them persons. Click on a person to inspect them.</p>"
          + "<p>The <b>Delay</b> slider of the Console tab sets the pace.</p></body></html>";

  // the network view

  static final String LEGEND_LAYER = "Day and legend";

  static String linksLayer(String arm, int arms) {
    return arms == 1 ? "Friendships and ties" : arm + ": friendships and ties";
  }

  static String peopleLayer(String arm, int arms) {
    return arms == 1 ? "People" : arm + ": people";
  }

  static String numbersLayer(String arm, int arms) {
    return arms == 1 ? "Numbers" : arm + ": numbers";
  }

  static String day(int day, int days) {
    return String.format(Locale.ROOT, "Day %d of %d", day, days);
  }

  static final String READY = "ready";
  static final String RUNNING = "programme running";

  static String cancelled(int day) {
    return "CANCELLED on day " + day;
  }

  static final String PRESS_PLAY = "Press Play to start.";
  static final String FANS = "fans";
  static final String ACTIVE = "active";
  static final String SENTIMENT = "sentiment";
  static final String SPENT = "spent";

  static String others(int dormant, int ambassadors, int bots) {
    return String.format(
        Locale.ROOT,
        "dormant %,d \u00b7 ambassadors %,d \u00b7 bots %,d",
        dormant,
        ambassadors,
        bots);
  }

  static final String WHO_IS_WHO = "Who is who";
  static final String OUTRAGED = "outraged (crisis)";
  static final String BOT = "bot (bought fan or spam), a square";

  static String drawn(int drawn, int population) {
    return String.format(Locale.ROOT, "%,d of %,d people drawn, members first;", drawn, population);
  }

  static String perDot(String people) {
    return "1 dot \u2248 " + people + " people;";
  }

  static final String TIES = "green lines: members who answered each other";
  static final String FRIENDSHIPS = "grey lines: friendships";

  static String bots(int bots, boolean capped) {
    return String.format(Locale.ROOT, "bots: %,d%s", bots, capped ? " (not all shown)" : "");
  }

  static String count(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  static String signed(double value) {
    return String.format(Locale.ROOT, "%+.2f", value);
  }

  // the charts

  static final String FANS_CHART = "Fans";
  static final String ACTIVE_CHART = "Active members";
  static final String SENTIMENT_CHART = "Sentiment";
  static final String SPEND_CHART = "Spend, cumulative";
  static final String FANS_SERIES = "fans (with bought fans)";
  static final String FOLLOWERS_SERIES = "real followers";
  static final String BOUGHT_SERIES = "bought fans";
  static final String ACTIVE_SERIES = "active members";
  static final String AMBASSADORS_SERIES = "ambassadors";
  static final String MEMBER_ANSWERS_SERIES = "member answers (7 days)";
  static final String REPLIES_SERIES = "brand replies (7 days)";
  static final String SENTIMENT_SERIES = "sentiment";
  static final String SPEND_SERIES = "spend";
  static final String BUDGET = "budget";

  /** The line styles of the charts when arms are compared (each arm has its colour). */
  static final String COMPARE_KEY =
      "Dashed: real followers under fans; members' answers (7 days) under active members.";

  static String cancelledMarker(String arm) {
    return arm + " cancelled";
  }

  // the log

  static String opened(String scenario, int people, int days, List<String> arms) {
    return String.format(
        Locale.ROOT,
        "%s: %,d people, %d days. %s %s. Press Play to start.",
        scenario,
        people,
        days,
        arms.size() == 1 ? "Arm" : "Arms side by side, on the same seed:",
        String.join(", ", arms));
  }

  static String started(List<String> arms, int replicate, String changes) {
    return String.format(
        Locale.ROOT,
        "Run started: %s %s, replicate %d; changed from the file: %s.",
        arms.size() == 1 ? "arm" : "arms",
        String.join(", ", arms),
        replicate,
        changes);
  }

  static String complete(int day) {
    return "Run complete (day " + day + ").";
  }

  static String stopped(int day) {
    return "Run stopped on day " + day + ".";
  }

  static String changed(String parameter, String value) {
    return parameter + " = " + value + " (applies at the next Play)";
  }

  static String refusedNote(String parameter, String why) {
    return parameter + " refused: " + why.replace('\n', ' ');
  }

  static String refusedDialog(String parameter, String why) {
    return parameter + " was not changed:\n" + why;
  }

  static String event(int day, String text) {
    return String.format(Locale.ROOT, "day %d   %s", day, text);
  }

  // the Model tab

  static final String ARM_ROW = "Arm";
  static final String ARM_ROW_MEANING = "The strategy played by the brand in the next run.";
  static final String ARM_SHOWN_ROW = "Strategy shown";
  static final String ARM_SHOWN_MEANING =
      "Which of the compared arms the strategy rows below show and change; every arm runs.";
}
