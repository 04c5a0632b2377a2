package badaboum.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a YAML tree to the scenario records, key by key, with every default, type and range in one
 * place. The order of reads here is the order of scenario.effective.yaml.
 */
final class ScenarioBinder {
  private final Binding binding;

  ScenarioBinder(Binding binding) {
    this.binding = binding;
  }

  /** Returns null when problems were found (they are in the binding's {@link Problems}). */
  Scenario bind(ScenarioSource source, String defaultName) {
    Map<String, Object> effective = new LinkedHashMap<>();
    Section root = new Section(binding, "", "", source.tree(), effective);
    root.raw("extends"); // merged by the loader already
    String name = root.text("name", defaultName);
    String description = root.text("description", "");
    String notes = root.text("notes", "");
    int days = root.integer("days", 365, 1, ScenarioLimits.MAX_DAYS, "days");
    int replications =
        root.integer("replications", 30, 1, ScenarioLimits.MAX_REPLICATIONS, "runs per arm");
    long seed = root.whole("seed", 1, 0, Long.MAX_VALUE, "master seed");
    AudienceSpec audience = audience(root.section("audience"));
    CommunitySpec community = community(root.section("community"), days);
    List<StrategySpec> strategies = strategies(root);
    List<String> arms = arms(root, strategies);
    SweepSpec sweep = new SweepReader(binding.problems()).read(root);
    root.finish();
    if (!binding.problems().isEmpty()) {
      return null;
    }
    return new Scenario(
        name,
        description,
        notes,
        days,
        replications,
        seed,
        audience,
        community,
        strategies,
        arms,
        sweep,
        source,
        Frozen.map(effective));
  }

  private AudienceSpec audience(Section s) {
    int size = s.integer("size", 20_000, 2, ScenarioLimits.MAX_AUDIENCE, "people");
    NetworkSpec network = network(s.section("network"), size);
    AffinitySpec affinity = affinity(s.section("affinity"));
    double prizeSeekers = s.number("prize_seekers", 0.15, 0, 1, "share of the audience");
    double spread = s.section("activity").number("spread", 2.0, 0, 4, "log-normal sigma");
    double discovery = s.number("discovery", 0.0005, 0, 1, "probability per person per day");
    Section wom = s.section("word_of_mouth");
    WordOfMouthSpec wordOfMouth =
        new WordOfMouthSpec(
            wom.number("contacts_per_day", 0.3, 0, 100, "contacts per follower per day"),
            wom.number("conversion", 0.01, 0, 1, "probability per contact"),
            wom.flag("brand_dependent", true));
    wom.finish();
    s.finish();
    return new AudienceSpec(size, network, affinity, prizeSeekers, spread, discovery, wordOfMouth);
  }

  private NetworkSpec network(Section s, int size) {
    NetworkModel model = s.choice("model", NetworkModel.WATTS_STROGATZ, NetworkModel.class);
    int degree = 12;
    double rewire = 0.1;
    java.nio.file.Path file = null;
    switch (model) {
      case COMPLETE, FILE -> s.notApplicable("degree", model.label() + " sets its own degree");
      default -> degree = s.integer("degree", 12, 1, 1000, "friends per person on average");
    }
    if (model == NetworkModel.WATTS_STROGATZ) {
      rewire = s.number("rewire", 0.1, 0, 1, "probability per edge");
      if (degree % 2 != 0) {
        s.problem("degree", degree + " is odd; watts-strogatz needs an even degree (e.g. 12)");
      }
    } else {
      s.notApplicable("rewire", "only watts-strogatz rewires");
    }
    if (model != NetworkModel.COMPLETE && model != NetworkModel.FILE && degree >= size) {
      s.problem("degree", degree + " friends is not possible among " + size + " people");
    }
    if (model == NetworkModel.FILE) {
      file = s.file("file");
      if (file == null && !s.has("file")) {
        s.problem("file", "model 'file' needs file: an edge-list CSV of person ids");
      }
    } else {
      s.notApplicable("file", "only model 'file' reads an edge list");
    }
    s.finish();
    if (model == NetworkModel.FILE && file == null) {
      return new NetworkSpec(NetworkModel.COMPLETE, degree, rewire, null); // problem reported
    }
    return new NetworkSpec(model, degree, rewire, file);
  }

  private AffinitySpec affinity(Section s) {
    if (s.has("fixed")) {
      double fixed = s.number("fixed", 0.3, 0, 1, "the same affinity for everyone");
      s.notApplicable("mean", "affinity is fixed");
      s.notApplicable("concentration", "affinity is fixed");
      s.finish();
      return new AffinitySpec(fixed, 1, fixed);
    }
    double mean = s.number("mean", 0.3, 0.001, 0.999, "Beta mean");
    double concentration =
        s.number("concentration", 4, 0.01, 10_000, "Beta alpha + beta; higher is less spread");
    s.finish();
    return new AffinitySpec(mean, concentration, null);
  }

  private CommunitySpec community(Section s, int days) {
    CommunitySpec spec =
        new CommunitySpec(
            s.number("initial_followers", 0, 0, 1, "share of the audience following on day 0"),
            s.integer("active_window", 30, 1, ScenarioLimits.MAX_DAYS, "days"),
            s.number("dormancy", 0.01, 0, 1, "probability per active follower per day"),
            s.number("peer_reactivation", 0.1, 0, 100, "contacts per active follower per day"),
            s.number("benefit_per_active_friend", 1.0, 0, 1000, "benefit units"),
            s.number("cost_of_attention", 0, 0, 1000, "benefit units; 0 turns the rule off"),
            s.number("unfollow_per_day", 0.001, 0, 1, "probability per follower per day"),
            s.number("return_chance", 0.1, 0, 1, "factor on the follow probability"));
    s.finish();
    return spec;
  }

  private List<StrategySpec> strategies(Section root) {
    List<StrategySpec> strategies = new ArrayList<>();
    if (!root.has("strategies")) {
      root.section("strategies").finish();
      strategies.add(new StrategySpec("default"));
      return strategies;
    }
    Section all = root.section("strategies");
    YamlNode node = root.raw("strategies");
    if (node instanceof YamlMap map) {
      Map<String, YamlMap> resolved = new StrategyInheritance(binding.problems(), map).resolve();
      for (Map.Entry<String, YamlMap> e : resolved.entrySet()) {
        Section s = all.named(e.getKey(), e.getValue());
        s.raw("extends");
        s.finish();
        strategies.add(new StrategySpec(e.getKey()));
      }
      if (map.entries().isEmpty()) {
        root.problem("strategies", "no strategy given; name at least one, e.g. steady: {}");
      }
    }
    return strategies;
  }

  private List<String> arms(Section root, List<StrategySpec> strategies) {
    List<String> names = strategies.stream().map(StrategySpec::name).toList();
    List<String> arms = root.texts("compare", names);
    List<String> valid = new ArrayList<>();
    for (String arm : arms) {
      if (names.contains(arm)) {
        if (valid.contains(arm)) {
          root.problem("compare", "'" + arm + "' is listed twice; list each strategy once");
        }
        valid.add(arm);
      } else {
        String best = DidYouMean.suggest(arm, names);
        root.problem(
            "compare",
            "'"
                + arm
                + "' is not a strategy; "
                + (best == null ? "" : "did you mean '" + best + "'? ")
                + "strategies: "
                + String.join(", ", names));
      }
    }
    if (arms.isEmpty()) {
      root.problem("compare", "empty; list the strategies to compare, e.g. [steady, boum]");
    }
    return valid.isEmpty() ? names.subList(0, Math.min(1, names.size())) : valid;
  }
}
