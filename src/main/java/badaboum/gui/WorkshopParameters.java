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
 * The run the console starts next: the scenario as loaded, the facilitator's changes to it (values
 * at dotted paths such as {@code strategies.boum.posts_per_week}), the arm and the replicate. Every
 * change is checked at once, exactly as a scenario file would be ({@link ScenarioLoader#point}),
 * and refused with the loader's message if invalid; accepted changes take effect at the next start.
 * Used from Swing's thread only (the inspector), and read by the model's start.
 */
public final class WorkshopParameters {
  static final String ORIGIN = "workshop console";

  private final ScenarioLoader loader = new ScenarioLoader();
  private final Scenario base;
  private volatile Map<String, Object> changes = Map.of();
  private volatile Scenario current;
  private volatile String arm;
  private volatile int replicate;

  /**
   * @param scenario the scenario as loaded from its file (already checked)
   * @param arm the strategy to start with
   */
  public WorkshopParameters(Scenario scenario, String arm) {
    this.base = scenario;
    this.current = scenario;
    this.arm = arm;
    scenario.strategy(arm); // an unknown arm is a bug of the caller
  }

  /** The scenario with every accepted change. */
  public Scenario scenario() {
    return current;
  }

  public String arm() {
    return arm;
  }

  public int replicate() {
    return replicate;
  }

  /** The strategy of the arm, with the changes. */
  StrategySpec strategy() {
    return current.strategy(arm);
  }

  /**
   * The next run: replicate 0 is the run {@code badaboum run} makes of the same scenario and arm
   * (same seed, same numbers).
   */
  public RunSpec runSpec() {
    return RunSpec.of(current, arm, replicate);
  }

  /** The arms first, then any other strategy of the scenario. */
  List<String> armChoices() {
    List<String> names = new ArrayList<>(base.arms());
    for (StrategySpec s : base.strategies()) {
      if (!names.contains(s.name())) {
        names.add(s.name());
      }
    }
    return names;
  }

  /** Switches the arm; the changes made to each strategy are kept. Returns null, or why not. */
  String setArm(String name) {
    if (!armChoices().contains(name)) {
      return "'" + name + "' is not a strategy of " + base.name();
    }
    arm = name;
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
      next.strategy(arm);
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
