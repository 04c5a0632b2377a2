package badaboum.gui;

import badaboum.scenario.Catalog;
import badaboum.scenario.ContentMix;
import badaboum.scenario.ContestSpec;
import badaboum.scenario.CrisisSpec;
import badaboum.scenario.FanPurchase;
import badaboum.scenario.KeyInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import sim.util.Interval;

/**
 * The rows of the console's Model tab, each a scenario key: its label, meaning, type and range come
 * from the key's declaration ({@link Catalog}); its value is read from the scenario in force and
 * set at its path, checked like a file. What is here is only which keys the room sees, and how the
 * first contest, purchase of fans and crisis are switched on and off.
 */
final class ModelRows {
  /** The arm's keys the console shows, relative to its strategy. */
  static final List<String> STRATEGY_KEYS =
      List.of(
          "posts_per_week",
          "quality",
          "content.promotional",
          "replies.rate",
          "replies.delay_hours",
          "replies.personal",
          "replies.listening",
          "community_manager.hours_per_week",
          "moderation");

  /** The market's keys the console shows. */
  static final List<String> MARKET_KEYS =
      List.of(
          "audience.prize_seekers",
          "community.peer_reactivation",
          "management.kpi",
          "management.patience",
          "management.anchor_on_peak",
          "management.budget");

  private static final Interval SHARE = new Interval(0.0, 1.0);

  private final WorkshopParameters parameters;
  private final List<ModelRow> rows = new ArrayList<>();
  // what a contest or a crisis will be like once switched on: the declared defaults until changed
  private final Map<String, Object> contestDraft = Catalog.defaults(ContestSpec.class);
  private final Map<String, Object> crisisDraft = Catalog.defaults(CrisisSpec.class);

  private ModelRows(WorkshopParameters parameters) {
    this.parameters = parameters;
  }

  static List<ModelRow> of(WorkshopParameters parameters) {
    ModelRows builder = new ModelRows(parameters);
    builder.run();
    builder.strategy();
    builder.market();
    return List.copyOf(builder.rows);
  }

  private void run() {
    String[] arms = parameters.armChoices().toArray(new String[0]);
    rows.add(
        new ModelRow(
            "Arm",
            "The strategy played by the brand in the next run.",
            int.class,
            arms,
            () -> Arrays.asList(arms).indexOf(parameters.arm()),
            v -> parameters.setArm(arms[(Integer) v])));
    rows.add(
        new ModelRow(
            "Replicate",
            "Which random world: 0 is the run `badaboum run` shows (same seed, same numbers);"
                + " 1, 2, ... are other replicates, as in a sweep.",
            int.class,
            null,
            parameters::replicate,
            v -> parameters.setReplicate((Integer) v)));
    rows.add(key("days"));
  }

  private void strategy() {
    for (String key : STRATEGY_KEYS) {
      if (key.equals("content.promotional")) {
        ModelRow row = strategyKey(key);
        rows.add(
            new ModelRow(
                row.name(),
                row.description() + " The other kinds keep their proportions.",
                row.type(),
                row.domain(),
                row.get(),
                v -> parameters.set(parameters.strategyPath("content"), content((Double) v))));
      } else {
        rows.add(strategyKey(key));
      }
    }
    contests();
    rows.add(
        listItem(
            Catalog.key(FanPurchase.class, "count"),
            () -> {
              List<FanPurchase> bought = parameters.strategy().buyFans();
              return bought.isEmpty() ? 0 : bought.get(0).count();
            },
            v -> setBoughtFans((Integer) v),
            " 0 buys none; the first purchase of the plan, or one on its declared day."));
    rows.add(strategyKey("crisis_response.delay_hours"));
    rows.add(strategyKey("crisis_response.transparency"));
  }

  private void contests() {
    rows.add(
        new ModelRow(
            "Contests",
            "Whether the plan runs contests: one series, with the contest rows below.",
            boolean.class,
            null,
            () -> !parameters.strategy().contests().isEmpty(),
            v -> setContests((Boolean) v)));
    for (String name : List.of("every", "prize", "alignment")) {
      KeyInfo key = Catalog.key(ContestSpec.class, componentOf(ContestSpec.class, name));
      rows.add(
          listItem(
              key,
              () ->
                  parameters.strategy().contests().isEmpty()
                      ? contestDraft.get(name)
                      : Catalog.asMap(parameters.strategy().contests().get(0)).get(name),
              v -> editContests(name, v),
              " Every contest of the plan."));
    }
  }

  private void market() {
    rows.add(
        listItem(
            Catalog.key(CrisisSpec.class, "day"),
            () -> firstCrisis() == null ? 0 : firstCrisis().get("day"),
            v -> setCrisisDay((Integer) v),
            " The first crisis of the scenario; 0 means none."));
    rows.add(
        listItem(
            Catalog.key(CrisisSpec.class, "severity"),
            () ->
                firstCrisis() == null ? crisisDraft.get("severity") : firstCrisis().get("severity"),
            v -> setCrisisSeverity((Double) v),
            ""));
    for (String path : MARKET_KEYS) {
      rows.add(key(path));
    }
    rows.add(
        new ModelRow(
            "Changed from the file",
            "What the next run changes from the scenario file.",
            String.class,
            null,
            this::changesText,
            null));
  }

  private ModelRow strategyKey(String key) {
    String pattern = "strategies.<name>." + key;
    KeyInfo info =
        Catalog.byPattern(pattern)
            .orElseThrow(() -> new IllegalStateException("no key " + pattern));
    return row(info, () -> parameters.strategyPath(key));
  }

  /** A key of the market, whose pattern is its path. */
  private ModelRow key(String path) {
    KeyInfo info =
        Catalog.byPattern(path).orElseThrow(() -> new IllegalStateException("no key " + path));
    return row(info, () -> path);
  }

  /** A row for a value key at a path (which may follow the arm). */
  private ModelRow row(KeyInfo info, Supplier<String> path) {
    String[] choices = info.choices().toArray(new String[0]);
    return new ModelRow(
        info.label(),
        sentence(info.meaning()),
        typeOf(info),
        choices.length > 0 ? choices : domainOf(info),
        () -> shown(info, parameters.valueAt(path.get())),
        v -> parameters.set(path.get(), choices.length > 0 ? choices[(Integer) v] : v));
  }

  private ModelRow listItem(
      KeyInfo info, Supplier<Object> get, Function<Object, String> set, String more) {
    return new ModelRow(
        info.label(),
        sentence(info.meaning()) + more,
        typeOf(info),
        domainOf(info),
        () -> shown(info, get.get()),
        set);
  }

  private static Object shown(KeyInfo info, Object value) {
    if (value instanceof String label && info.kind() == KeyInfo.Kind.CHOICE) {
      return info.choices().indexOf(label);
    }
    if (value instanceof Number n) {
      return info.kind() == KeyInfo.Kind.INTEGER ? (Object) n.intValue() : (Object) n.doubleValue();
    }
    return value;
  }

  private static Class<?> typeOf(KeyInfo info) {
    return switch (info.kind()) {
      case INTEGER, CHOICE -> int.class;
      case NUMBER -> double.class;
      case BOOLEAN -> boolean.class;
      default -> String.class;
    };
  }

  private static Object domainOf(KeyInfo info) {
    return info.kind() == KeyInfo.Kind.NUMBER && info.min() == 0 && info.max() == 1 ? SHARE : null;
  }

  private static String sentence(String meaning) {
    if (meaning.isEmpty()) {
      return meaning;
    }
    String text = Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }

  private static String componentOf(Class<? extends Record> type, String keyName) {
    for (KeyInfo key : Catalog.of(type)) {
      if (key.name().equals(keyName)) {
        return key.component().getName();
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " has no key " + keyName);
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

  private String setContests(boolean on) {
    String path = parameters.strategyPath("contests");
    if (!on) {
      return parameters.set(path, List.of());
    }
    if (!parameters.strategy().contests().isEmpty()) {
      return null;
    }
    return parameters.set(path, List.of(new LinkedHashMap<>(contestDraft)));
  }

  /** Sets a key in every contest of the plan, or remembers it for when contests are switched on. */
  private String editContests(String key, Object value) {
    List<ContestSpec> current = parameters.strategy().contests();
    if (current.isEmpty()) {
      Map<String, Object> trial = new LinkedHashMap<>(contestDraft);
      trial.put(key, value);
      String refused = parameters.check(parameters.strategyPath("contests"), List.of(trial));
      if (refused == null) {
        contestDraft.put(key, value);
      }
      return refused;
    }
    List<Map<String, Object>> contests = new ArrayList<>();
    for (ContestSpec contest : current) {
      Map<String, Object> map = Catalog.asMap(contest);
      map.put(key, value);
      contests.add(map);
    }
    return parameters.set(parameters.strategyPath("contests"), contests);
  }

  private String setBoughtFans(int count) {
    String path = parameters.strategyPath("buy_fans");
    List<Map<String, Object>> bought = new ArrayList<>();
    parameters.strategy().buyFans().forEach(p -> bought.add(Catalog.asMap(p)));
    if (count == 0) {
      return parameters.set(path, bought.isEmpty() ? List.of() : bought.subList(1, bought.size()));
    }
    if (bought.isEmpty()) {
      bought.add(Catalog.defaults(FanPurchase.class));
    }
    bought.get(0).put("count", count);
    return parameters.set(path, bought);
  }

  private Map<String, Object> firstCrisis() {
    List<CrisisSpec> crises = parameters.scenario().crises();
    return crises.isEmpty() ? null : Catalog.asMap(crises.get(0));
  }

  private List<Map<String, Object>> crises() {
    List<Map<String, Object>> crises = new ArrayList<>();
    parameters.scenario().crises().forEach(c -> crises.add(Catalog.asMap(c)));
    return crises;
  }

  private String setCrisisDay(int day) {
    List<Map<String, Object>> crises = crises();
    if (day == 0) {
      return parameters.set(
          "crises", crises.isEmpty() ? List.of() : crises.subList(1, crises.size()));
    }
    if (crises.isEmpty()) {
      crises.add(new LinkedHashMap<>(crisisDraft));
    }
    crises.get(0).put("day", day);
    return parameters.set("crises", crises);
  }

  private String setCrisisSeverity(double severity) {
    List<Map<String, Object>> crises = crises();
    if (crises.isEmpty()) {
      Map<String, Object> trial = new LinkedHashMap<>(crisisDraft);
      trial.put("severity", severity);
      String refused = parameters.check("crises", List.of(trial));
      if (refused == null) {
        crisisDraft.put("severity", severity);
      }
      return refused;
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
      return ConsoleNumbers.number(d);
    }
    if (value instanceof List<?> list) {
      return list.isEmpty() ? "none" : list.size() + (list.size() == 1 ? " item" : " items");
    }
    if (value instanceof Map<?, ?>) {
      return "(changed)";
    }
    return String.valueOf(value);
  }
}
