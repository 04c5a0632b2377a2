package badaboum.gui;

import badaboum.scenario.ContentMix;
import badaboum.scenario.ContestSpec;
import badaboum.scenario.CrisisSpec;
import badaboum.scenario.FanPurchase;
import badaboum.scenario.Kpi;
import badaboum.scenario.ManagementSpec;
import badaboum.scenario.Scenario;
import badaboum.scenario.StrategySpec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import sim.util.Interval;
import sim.util.Properties;

/**
 * The console's Model tab: the key parameters of the arm's strategy and of the market, in a fixed
 * order, with ranges (sliders for shares) and a description each. Values are read from and written
 * to {@link WorkshopParameters}; a refused value is reported to the listener and left unchanged.
 */
final class ParameterProperties extends Properties {
  private static final long serialVersionUID = 1L;

  private static final Interval SHARE = new Interval(0.0, 1.0);

  /** Hears what the facilitator changed, or why a value was refused. */
  interface Listener {
    void changed(String parameter, String value);

    void refused(String parameter, String why);
  }

  /** One row of the Model tab. */
  private record Parameter(
      String name,
      String description,
      Class<?> type,
      Object domain,
      Supplier<Object> get,
      Function<Object, String> set) {}

  private final transient WorkshopParameters parameters;
  private final transient Listener listener;
  private final transient List<Parameter> rows = new ArrayList<>();

  // what a contest, a purchase of fans or a crisis will be like once switched on
  private int contestEvery = 30;
  private double contestPrize = 500;
  private double contestAlignment = 0.5;
  private double crisisSeverity = 0.5;

  ParameterProperties(WorkshopParameters parameters, Listener listener) {
    this.parameters = parameters;
    this.listener = listener;
    run();
    strategy();
    market();
  }

  private void run() {
    String[] arms = parameters.armChoices().toArray(new String[0]);
    rows.add(
        new Parameter(
            "Arm",
            "The strategy played by the brand in the next run.",
            int.class,
            arms,
            () -> Arrays.asList(arms).indexOf(parameters.arm()),
            v -> parameters.setArm(arms[(Integer) v])));
    rows.add(
        new Parameter(
            "Replicate",
            "Which random world: 0 is the run `badaboum run` shows (same seed, same numbers);"
                + " 1, 2, ... are other replicates, as in a sweep.",
            int.class,
            null,
            parameters::replicate,
            v -> parameters.setReplicate((Integer) v)));
    rows.add(number("Days", "Horizon of the run, in days.", int.class, "days", s -> s.days()));
  }

  private void strategy() {
    rows.add(
        strategyNumber(
            "Posts per week",
            "Posts the plan calls for; 0 is a silent brand.",
            null,
            "posts_per_week",
            StrategySpec::postsPerWeek));
    rows.add(
        strategyNumber(
            "Post quality",
            "Craft of a post at full staffing, 0 to 1.",
            SHARE,
            "quality",
            StrategySpec::quality));
    rows.add(
        new Parameter(
            "Promotional share",
            "Share of posts about products and offers; the other kinds keep their proportions."
                + " Above 30% they grate and raise unfollows.",
            double.class,
            SHARE,
            () -> parameters.strategy().content().promotional(),
            v -> parameters.set(parameters.strategyPath("content"), content((Double) v))));
    rows.add(
        strategyNumber(
            "Reply rate",
            "Share of members' comments the manager means to answer.",
            SHARE,
            "replies.rate",
            s -> s.replies().rate()));
    rows.add(
        strategyNumber(
            "Reply delay (hours)",
            "Time to an answer when the manager keeps up; a reply within minutes is worth far more.",
            null,
            "replies.delay_hours",
            s -> s.replies().delayHours()));
    rows.add(
        strategyNumber(
            "Personal touch",
            "0 canned replies, 1 by name in the member's words (twice the minutes).",
            SHARE,
            "replies.personal",
            s -> s.replies().personal()));
    rows.add(
        strategyNumber(
            "Listening",
            "Share of mentions of the brand outside its page that get an answer.",
            SHARE,
            "replies.listening",
            s -> s.replies().listening()));
    rows.add(
        strategyNumber(
            "Manager hours per week",
            "The community manager's time; \"15 minutes a day\" is 1.75.",
            null,
            "community_manager.hours_per_week",
            s -> s.staffing().hoursPerWeek()));
    rows.add(
        strategyNumber(
            "Moderation",
            "Share of spam and troll items the manager means to remove.",
            SHARE,
            "moderation",
            StrategySpec::moderation));
    contests();
    rows.add(
        new Parameter(
            "Bought fans",
            "Fake fans bought (the first purchase; day 14 if the plan had none); 0 buys none.",
            int.class,
            null,
            () -> {
              List<FanPurchase> bought = parameters.strategy().buyFans();
              return bought.isEmpty() ? 0 : bought.get(0).count();
            },
            v -> setBoughtFans((Integer) v)));
    rows.add(
        strategyNumber(
            "Crisis answer delay (hours)",
            "Time to a public answer to a crisis.",
            null,
            "crisis_response.delay_hours",
            s -> s.crisisResponse().delayHours()));
    rows.add(
        strategyNumber(
            "Crisis transparency",
            "0 denial or silence, 1 facts, apology and what changes.",
            SHARE,
            "crisis_response.transparency",
            s -> s.crisisResponse().transparency()));
  }

  private void contests() {
    rows.add(
        new Parameter(
            "Contests",
            "Whether the plan runs contests (from day 7, 10 days each, if it had none).",
            boolean.class,
            null,
            () -> !parameters.strategy().contests().isEmpty(),
            v -> setContests((Boolean) v)));
    rows.add(
        new Parameter(
            "Contest every (days)",
            "Days between contest starts; 0 runs a single contest.",
            int.class,
            null,
            () -> firstContest() == null ? contestEvery : firstContest().every(),
            v -> editContests("every", v, () -> contestEvery = (Integer) v)));
    rows.add(
        new Parameter(
            "Contest prize",
            "Cost of each contest's prizes.",
            double.class,
            null,
            () -> firstContest() == null ? contestPrize : firstContest().prize(),
            v -> editContests("prize", v, () -> contestPrize = (Double) v)));
    rows.add(
        new Parameter(
            "Contest alignment",
            "Fit of the prize with the brand's universe: an iPad 0, a cheese tasting 1.",
            double.class,
            SHARE,
            () -> firstContest() == null ? contestAlignment : firstContest().alignment(),
            v -> editContests("alignment", v, () -> contestAlignment = (Double) v)));
  }

  private void market() {
    rows.add(
        new Parameter(
            "Crisis on day",
            "A scheduled crisis (the first one of the scenario); 0 means none.",
            int.class,
            null,
            () -> firstCrisis() == null ? 0 : firstCrisis().day(),
            v -> setCrisisDay((Integer) v)));
    rows.add(
        new Parameter(
            "Crisis severity",
            "Share outraged at first and contagion, 0 to 1.",
            double.class,
            SHARE,
            () -> firstCrisis() == null ? crisisSeverity : firstCrisis().severity(),
            v -> setCrisisSeverity((Double) v)));
    rows.add(
        number(
            "Prize seekers",
            "Share of the audience who enter every contest whatever their affinity.",
            double.class,
            "audience.prize_seekers",
            s -> s.audience().prizeSeekers(),
            SHARE));
    rows.add(
        number(
            "Peer reactivation",
            "Contacts each active member makes with a friend each day: what keeps a community"
                + " alive once the brand stops.",
            double.class,
            "community.peer_reactivation",
            s -> s.community().peerReactivationPerDay()));
    String[] kpis = Arrays.stream(Kpi.values()).map(Kpi::label).toArray(String[]::new);
    rows.add(
        new Parameter(
            "Management KPI",
            "What management watches at each review.",
            int.class,
            kpis,
            () -> management().kpi().ordinal(),
            v -> parameters.set("management.kpi", kpis[(Integer) v])));
    rows.add(
        number(
            "Patience (reviews)",
            "Missed reviews in a row before the programme is cancelled.",
            int.class,
            "management.patience",
            s -> management().patience()));
    rows.add(
        new Parameter(
            "Anchor on peak",
            "Management expects no less than the best day ever seen: the launch spike sets the bar.",
            boolean.class,
            null,
            () -> management().anchorOnPeak(),
            v -> parameters.set("management.anchor_on_peak", v)));
    rows.add(
        number(
            "Budget",
            "The programme is cancelled as soon as the spend reaches it; 0 means no limit.",
            double.class,
            "management.budget",
            s -> management().budget()));
    rows.add(
        new Parameter(
            "Changed from the file",
            "What the next run changes from the scenario file.",
            String.class,
            null,
            this::changesText,
            null));
  }

  private Parameter strategyNumber(
      String name,
      String description,
      Interval domain,
      String key,
      Function<StrategySpec, Object> get) {
    return new Parameter(
        name,
        description,
        double.class,
        domain,
        () -> get.apply(parameters.strategy()),
        v -> parameters.set(parameters.strategyPath(key), v));
  }

  private Parameter number(
      String name, String description, Class<?> type, String path, Function<Scenario, Object> get) {
    return number(name, description, type, path, get, null);
  }

  private Parameter number(
      String name,
      String description,
      Class<?> type,
      String path,
      Function<Scenario, Object> get,
      Interval domain) {
    return new Parameter(
        name,
        description,
        type,
        domain,
        () -> get.apply(parameters.scenario()),
        v -> parameters.set(path, v));
  }

  private ManagementSpec management() {
    Scenario s = parameters.scenario();
    return s.brands().isEmpty() ? s.management() : s.brands().get(0).management();
  }

  private Map<String, Object> content(double promotional) {
    ContentMix mix = parameters.strategy().content();
    double others = mix.informative() + mix.entertaining() + mix.conversation();
    double rest = 1 - promotional;
    double informative = others > 0 ? rest * mix.informative() / others : rest / 3;
    double entertaining = others > 0 ? rest * mix.entertaining() / others : rest / 3;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("promotional", promotional);
    m.put("informative", informative);
    m.put("entertaining", entertaining);
    m.put("conversation", Math.max(0, rest - informative - entertaining));
    return m;
  }

  private ContestSpec firstContest() {
    List<ContestSpec> contests = parameters.strategy().contests();
    return contests.isEmpty() ? null : contests.get(0);
  }

  private String setContests(boolean on) {
    String path = parameters.strategyPath("contests");
    if (!on) {
      return parameters.set(path, List.of());
    }
    if (firstContest() != null) {
      return null;
    }
    Map<String, Object> contest = new LinkedHashMap<>();
    contest.put("start", 7);
    contest.put("every", contestEvery);
    contest.put("duration", 10);
    contest.put("prize", contestPrize);
    contest.put("alignment", contestAlignment);
    return parameters.set(path, List.of(contest));
  }

  /** Sets a key in every contest of the plan, or remembers it for when contests are switched on. */
  private String editContests(String key, Object value, Runnable remember) {
    List<ContestSpec> current = parameters.strategy().contests();
    if (current.isEmpty()) {
      remember.run();
      return null;
    }
    List<Map<String, Object>> contests = WorkshopParameters.contests(current);
    contests.forEach(c -> c.put(key, value));
    return parameters.set(parameters.strategyPath("contests"), contests);
  }

  private String setBoughtFans(int count) {
    String path = parameters.strategyPath("buy_fans");
    List<Map<String, Object>> bought =
        WorkshopParameters.purchases(parameters.strategy().buyFans());
    if (count == 0) {
      return parameters.set(path, bought.isEmpty() ? List.of() : bought.subList(1, bought.size()));
    }
    if (bought.isEmpty()) {
      Map<String, Object> purchase = new LinkedHashMap<>();
      purchase.put("day", 14);
      purchase.put("count", count);
      bought.add(purchase);
    } else {
      bought.get(0).put("count", count);
    }
    return parameters.set(path, bought);
  }

  private CrisisSpec firstCrisis() {
    List<CrisisSpec> crises = parameters.scenario().crises().scheduled();
    return crises.isEmpty() ? null : crises.get(0);
  }

  private String setCrisisDay(int day) {
    List<Map<String, Object>> crises =
        WorkshopParameters.crises(parameters.scenario().crises().scheduled());
    if (day == 0) {
      return parameters.set(
          "crises", crises.isEmpty() ? List.of() : crises.subList(1, crises.size()));
    }
    if (crises.isEmpty()) {
      Map<String, Object> crisis = new LinkedHashMap<>();
      crisis.put("day", day);
      crisis.put("severity", crisisSeverity);
      crisis.put("topic", "crisis");
      crises.add(crisis);
    } else {
      crises.get(0).put("day", day);
    }
    return parameters.set("crises", crises);
  }

  private String setCrisisSeverity(double severity) {
    List<Map<String, Object>> crises =
        WorkshopParameters.crises(parameters.scenario().crises().scheduled());
    if (crises.isEmpty()) {
      if (severity < 0 || severity > 1) {
        return "crisis severity: expected 0 to 1, got " + severity;
      }
      crisisSeverity = severity;
      return null;
    }
    crises.get(0).put("severity", severity);
    return parameters.set("crises", crises);
  }

  private String changesText() {
    Map<String, Object> changes = parameters.changes();
    if (changes.isEmpty() && parameters.replicate() == 0) {
      return "nothing";
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Object> e : changes.entrySet()) {
      parts.add(e.getKey() + " = " + shortValue(e.getValue()));
    }
    if (parameters.replicate() != 0) {
      parts.add("replicate " + parameters.replicate());
    }
    return String.join("; ", parts);
  }

  private static String shortValue(Object value) {
    if (value instanceof Double d) {
      return number(d);
    }
    if (value instanceof List<?> list) {
      return list.isEmpty() ? "none" : list.size() + (list.size() == 1 ? " item" : " items");
    }
    if (value instanceof Map<?, ?>) {
      return "(changed)";
    }
    return String.valueOf(value);
  }

  // sim.util.Properties

  @Override
  public boolean isVolatile() {
    return false;
  }

  @Override
  public int numProperties() {
    return rows.size();
  }

  @Override
  public Object getValue(int index) {
    return valid(index) ? rows.get(index).get().get() : null;
  }

  @Override
  public Object getDomain(int index) {
    return valid(index) ? rows.get(index).domain() : null;
  }

  @Override
  public String getDescription(int index) {
    return valid(index)
        ? "<html>" + rows.get(index).description() + "<br><i>Applies at the next Play.</i></html>"
        : null;
  }

  @Override
  public boolean isReadWrite(int index) {
    return valid(index) && rows.get(index).set() != null;
  }

  @Override
  public String getName(int index) {
    return valid(index) ? rows.get(index).name() : null;
  }

  @Override
  public Class<?> getType(int index) {
    return valid(index) ? rows.get(index).type() : null;
  }

  /** Sets a value; returns the value now in force, or null (MASON then beeps) if refused. */
  @Override
  protected Object _setValue(int index, Object value) {
    if (!isReadWrite(index)) {
      return null;
    }
    Parameter row = rows.get(index);
    Object before = row.get().get();
    String refused;
    try {
      refused = row.set().apply(value);
    } catch (RuntimeException e) {
      refused = e.getMessage();
    }
    if (refused != null) {
      listener.refused(row.name(), refused);
      return null;
    }
    Object after = row.get().get();
    if (!after.equals(before)) {
      listener.changed(row.name(), display(index, after));
    }
    return after;
  }

  /** A value as the facilitator reads it: the label of a choice, numbers without noise. */
  String display(int index, Object value) {
    Object domain = getDomain(index);
    if (domain instanceof String[] labels && value instanceof Integer i) {
      return labels[i];
    }
    if (value instanceof Double d) {
      return number(d);
    }
    return String.valueOf(value);
  }

  /** Two significant digits: 2.7, 50, 1,300. */
  static String roughly(double value) {
    double rounded = new BigDecimal(value).round(new MathContext(2)).doubleValue();
    return rounded >= 1000
        ? String.format(Locale.ROOT, "%,.0f", rounded)
        : BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
  }

  /** Four significant digits at most, no trailing zeros, never an exponent. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    return BigDecimal.valueOf(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /** The index of the row with this name, or -1 (for tests and the console). */
  int indexOf(String name) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private boolean valid(int index) {
    return index >= 0 && index < rows.size();
  }
}
