package badaboum.gui;

import badaboum.engine.RunSpec;
import badaboum.scenario.Problem;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioException;
import badaboum.scenario.ScenarioLoader;
import badaboum.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The runs the console starts next: the scenario as loaded, the facilitator's changes to it (values
 * at dotted paths such as {@code strategies.boum.posts_per_week}), the arms and the replicate. One
 * arm, or two or three compared side by side on the same seed; {@link #arm()} is the one whose
 * strategy the Model tab shows and changes (the arm played, with one). Every change is checked at
 * once, exactly as a scenario file would be ({@link ScenarioLoader#point}), and refused with the
 * loader's message if invalid; accepted changes take effect at the next start. Used from Swing's
 * thread only (the inspector), and read by the model's start.
 */
public final class WorkshopParameters {
  static final String ORIGIN = "workshop console";

  /** Arms the console can show side by side. */
  public static final int MAX_ARMS = 3;

  private final ScenarioLoader loader = new ScenarioLoader();
  private final Scenario base;
  private volatile Map<String, Object> changes = Map.of();
  private volatile Scenario current;
  private final boolean comparing;
  private volatile List<String> arms;
  private volatile String arm;
  private volatile int replicate;

  /**
   * @param scenario the scenario as loaded from its file (already checked)
   * @param arm the strategy to start with
   */
  public WorkshopParameters(Scenario scenario, String arm) {
    this(scenario, List.of(arm));
  }

  /**
   * @param scenario the scenario as loaded from its file (already checked)
   * @param arms one strategy, or two or three to run side by side in lockstep
   */
  public WorkshopParameters(Scenario scenario, List<String> arms) {
    if (arms.isEmpty()
        || arms.size() > MAX_ARMS
        || arms.stream().distinct().count() < arms.size()) {
      throw new IllegalArgumentException(
          "expected 1 to " + MAX_ARMS + " distinct arms, got " + arms);
    }
    this.base = scenario;
    this.current = scenario;
    this.arms = List.copyOf(arms);
    this.arm = arms.get(0);
    this.comparing = arms.size() > 1;
    arms.forEach(scenario::strategy); // an unknown arm is a bug of the caller
  }

  /** The scenario with every accepted change. */
  public Scenario scenario() {
    return current;
  }

  /** The arm whose strategy the Model tab shows and changes. */
  public String arm() {
    return arm;
  }

  /** The arms of the next runs, in order. */
  public List<String> arms() {
    return arms;
  }

  /** Whether several arms run side by side. */
  boolean comparing() {
    return comparing;
  }

  public int replicate() {
    return replicate;
  }

  /** The strategy of the arm, with the changes. */
  StrategySpec strategy() {
    return current.strategy(arm);
  }

  /**
   * The next run of the first arm: replicate 0 is the run {@code badaboum run} makes of the same
   * scenario and arm (same seed, same numbers).
   */
  public RunSpec runSpec() {
    return runSpec(0);
  }

  /** The next run of the {@code index}-th arm; every arm shares the replicate's seed. */
  public RunSpec runSpec(int index) {
    return RunSpec.of(current, arms.get(index), replicate);
  }

  /**
   * What the Arm row offers: the compared arms when comparing, else the scenario's arms first, then
   * any other strategy of it.
   */
  List<String> armChoices() {
    if (comparing) {
      return arms;
    }
    List<String> names = new ArrayList<>(base.arms());
    for (StrategySpec s : base.strategies()) {
      if (!names.contains(s.name())) {
        names.add(s.name());
      }
    }
    return names;
  }

  /**
   * Switches the arm played, or, when comparing, the arm the Model tab shows; the changes made to
   * each strategy are kept. Returns null, or why not.
   */
  String setArm(String name) {
    if (!armChoices().contains(name)) {
      return "'" + name + "' is not a strategy of " + base.name();
    }
    arm = name;
    if (!comparing) {
      arms = List.of(name);
    }
    return null;
  }

  String setReplicate(int value) {
    if (value < 0) {
      return "replicate: expected 0 or more, got " + value;
    }
    replicate = value;
    return null;
  }

  /** The path of a key of the arm's strategy, e.g. {@code strategies.boum.posts_per_week}. */
  String strategyPath(String key) {
    return "strategies." + arm + "." + key;
  }

  /** The accepted changes, path to value, in the order they were first made. */
  Map<String, Object> changes() {
    return changes;
  }

  /**
   * Sets {@code value} at {@code path} if the scenario stays valid. Returns null when accepted, or
   * the loader's problems (path, message, allowed range) when refused, and then nothing changes.
   * Values are Integer, Double, Boolean, String, or lists and maps of them.
   */
  String set(String path, Object value) {
    Map<String, Object> trial = with(path, value);
    Object outcome = attempt(trial);
    if (outcome instanceof Scenario next) {
      current = next;
      changes = trial;
      return null;
    }
    return (String) outcome;
  }

  /** Whether {@code value} at {@code path} would be accepted; null, or why not. Changes nothing. */
  String check(String path, Object value) {
    return attempt(with(path, value)) instanceof String refused ? refused : null;
  }

  private Map<String, Object> with(String path, Object value) {
    Map<String, Object> trial = new LinkedHashMap<>(changes);
    trial.put(path, value);
    return trial;
  }

  /** The scenario with these changes, or the loader's problems. */
  private Object attempt(Map<String, Object> trial) {
    try {
      Scenario next = loader.point(base, trial, ORIGIN);
      arms.forEach(next::strategy);
      return next;
    } catch (ScenarioException e) {
      return e.problems().stream()
          .map(WorkshopParameters::describe)
          .collect(Collectors.joining("\n"));
    } catch (IllegalArgumentException e) {
      return String.join(", ", trial.keySet()) + ": " + e.getMessage();
    }
  }

  /** The value in force at a dotted path of the scenario, as its effective file writes it. */
  Object valueAt(String path) {
    Object node = current.effective();
    for (String part : path.split("\\.")) {
      node = node instanceof Map<?, ?> map ? map.get(part) : null;
    }
    return node;
  }

  private static String describe(Problem p) {
    return p.path().isEmpty() ? p.message() : p.path() + ": " + p.message();
  }
}
