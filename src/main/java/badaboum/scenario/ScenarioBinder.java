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
    CommunitySpec community = community(root.section("community"));
    PlatformSpec platform = platform(root.section("platform"));
    ManagementSpec management = management(root.section("management"), days, null);
    List<StrategySpec> strategies = strategies(root, days);
    List<String> arms = arms(root, strategies);
    List<BrandSpec> brands = brands(root, strategies, management, days);
    CrisesSpec crises = crises(root, days);
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
        platform,
        management,
        brands,
        crises,
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
    double prizeSeekerInterest =
        s.number("prize_seeker_interest", 0.2, 0, 1, "factor on their reactions to regular posts");
    double spread = s.section("activity").number("spread", 2.7, 0, 4, "log-normal sigma");
    double discovery = s.number("discovery", 0.0005, 0, 1, "probability per person per day");
    Section wom = s.section("word_of_mouth");
    WordOfMouthSpec wordOfMouth =
        new WordOfMouthSpec(
            wom.number("contacts_per_day", 0.3, 0, 100, "contacts per follower per day"),
            wom.number("conversion", 0.01, 0, 1, "probability per contact"),
            wom.flag("brand_dependent", true));
    wom.finish();
    s.finish();
    return new AudienceSpec(
        size, network, affinity, prizeSeekers, prizeSeekerInterest, spread, discovery, wordOfMouth);
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

  private CommunitySpec community(Section s) {
    CommunitySpec spec =
        new CommunitySpec(
            s.number("initial_followers", 0, 0, 1, "share of the audience following on day 0"),
            s.integer("active_window", 30, 1, ScenarioLimits.MAX_DAYS, "days"),
            s.number("dormancy", 0.01, 0, 1, "probability per active follower per day"),
            s.number("peer_reactivation", 0.1, 0, 100, "contacts per active follower per day"),
            s.number("benefit_per_active_friend", 1.0, 0, 1000, "benefit units"),
            s.number("cost_of_attention", 0, 0, 1000, "benefit units; 0 turns the rule off"),
            s.number("unfollow_per_day", 0.001, 0, 1, "probability per follower per day"),
            s.number("return_chance", 0.1, 0, 1, "factor on the follow probability"),
            s.number("brand_benefit", 3, 0, 1000, "benefit units at full satisfaction"),
            ambassadors(s.section("ambassadors")));
    s.finish();
    return spec;
  }

  private static AmbassadorRules ambassadors(Section s) {
    AmbassadorRules rules =
        new AmbassadorRules(
            s.flag("enabled", true),
            s.number("min_satisfaction", 0.65, 0, 1, "satisfaction"),
            s.number("min_affinity", 0.6, 0, 1, "affinity"),
            s.number("min_engagements_per_month", 2, 0, 1000, "engagements in 30 days"));
    s.finish();
    return rules;
  }

  private static PlatformSpec platform(Section s) {
    PlatformSpec spec =
        new PlatformSpec(
            s.number("organic_reach", 0.08, 0, 1, "share of fans shown a post"),
            s.integer("reach_reference_fans", 1000, 1, ScenarioLimits.MAX_AUDIENCE, "fans"),
            s.number("reach_size_elasticity", 0.3, 0, 2, "exponent"),
            s.number("reach_feedback", 1.0, 0, 5, "exponent"),
            s.number("reference_engagement", 0.02, 1e-6, 1, "reactions per person reached"),
            s.number("min_reach", 0.01, 0, 1, "share of fans"),
            s.number("max_reach", 0.3, 0, 1, "share of fans"),
            s.integer("engagement_memory_days", 14, 1, 365, "posting days"),
            s.integer("attention_per_day", 5, 1, 1000, "posts per person per day"),
            s.number("base_reaction", 0.12, 0, 1, "probability per exposure"),
            s.integer("share_audience", 5, 0, 1000, "friends per share"),
            s.number("share_conversion", 0.2, 0, 10, "factor on the follow probability"),
            s.number("fake_purge_per_year", 0.2, 0, 1, "share of fake fans per year"),
            s.number("spam_bots_per_1000_reach", 0.02, 0, 1000, "bots per day per 1000 reached"),
            s.number("bot_ban_per_day", 0.05, 0, 1, "probability per bot per day"),
            s.number("mentions_per_1000_aware", 0.5, 0, 1000, "mentions per day per 1000 aware"));
    if (spec.minReach() > spec.maxReach()) {
      s.problem("min_reach", "min_reach is above max_reach; swap them");
    }
    s.finish();
    return spec;
  }

  private static ManagementSpec management(Section s, int days, ManagementSpec defaults) {
    ManagementSpec d =
        defaults != null ? defaults : new ManagementSpec(90, Kpi.FANS, 0, 0.10, false, 2, 0);
    ManagementSpec spec =
        new ManagementSpec(
            s.integer("review_every", d.reviewEvery(), 1, ScenarioLimits.MAX_DAYS, "days"),
            s.choice("kpi", d.kpi(), Kpi.class),
            s.number("target", d.target(), 0, 1e12, "KPI level expected; 0 means none"),
            s.number("target_growth", d.targetGrowth(), -1, 100, "growth per review"),
            s.flag("anchor_on_peak", d.anchorOnPeak()),
            s.integer("patience", d.patience(), 1, 1000, "misses in a row"),
            s.number("budget", d.budget(), 0, 1e12, "currency; 0 means no limit"));
    s.finish();
    return spec;
  }

  private List<BrandSpec> brands(
      Section root, List<StrategySpec> strategies, ManagementSpec management, int days) {
    List<BrandSpec> brands = new ArrayList<>();
    List<String> names = strategies.stream().map(StrategySpec::name).toList();
    List<Section> sections = root.sections("brands");
    for (int i = 0; i < sections.size(); i++) {
      Section b = sections.get(i);
      String name = b.text("name", i == 0 ? "brand" : "brand" + (i + 1));
      String strategy = null;
      if (i == 0) {
        b.notApplicable("strategy", "the first brand plays each arm's strategy in turn");
      } else {
        strategy = b.text("strategy", names.get(0));
        if (!names.contains(strategy)) {
          String best = DidYouMean.suggest(strategy, names);
          b.problem(
              "strategy",
              "'"
                  + strategy
                  + "' is not a strategy; "
                  + (best == null ? "" : "did you mean '" + best + "'? ")
                  + "strategies: "
                  + String.join(", ", names));
        }
      }
      ManagementSpec own =
          b.has("management") ? management(b.section("management"), days, management) : management;
      b.finish();
      if (brands.stream().anyMatch(x -> x.name().equals(name))) {
        b.problem("name", "two brands are named '" + name + "'; give each its own name");
      }
      brands.add(new BrandSpec(name, strategy, own));
    }
    if (brands.isEmpty()) {
      brands.add(new BrandSpec("brand", null, management));
    }
    return brands;
  }

  private static CrisesSpec crises(Section root, int days) {
    List<CrisisSpec> scheduled = new ArrayList<>();
    for (Section c : root.sections("crises")) {
      scheduled.add(
          new CrisisSpec(
              c.integer("day", 1, 1, days, "day"),
              c.number("severity", 0.5, 0, 1, "0 to 1"),
              c.text("topic", "crisis")));
      c.finish();
    }
    Section r = root.section("random_crises");
    CrisesSpec spec =
        new CrisesSpec(
            scheduled,
            r.number("per_year", 0, 0, 365, "crises per year"),
            r.number("severity", 0.5, 0, 1, "0 to 1"));
    r.finish();
    return spec;
  }

  private List<StrategySpec> strategies(Section root, int days) {
    List<StrategySpec> strategies = new ArrayList<>();
    StrategyReader reader = new StrategyReader(days);
    if (!root.has("strategies")) {
      Section all = root.section("strategies");
      strategies.add(reader.read("default", all.named("default", YamlMap.empty(all.position()))));
      all.finish();
      return strategies;
    }
    Section all = root.section("strategies");
    YamlNode node = root.raw("strategies");
    if (node instanceof YamlMap map) {
      Map<String, YamlMap> resolved = new StrategyInheritance(binding.problems(), map).resolve();
      for (Map.Entry<String, YamlMap> e : resolved.entrySet()) {
        strategies.add(reader.read(e.getKey(), all.named(e.getKey(), e.getValue())));
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
