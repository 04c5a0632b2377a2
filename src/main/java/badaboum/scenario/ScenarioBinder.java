package badaboum.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a YAML tree to the scenario records. Most sections are records read whole from their keys'
 * declarations ({@link Section#record}); what is here is what the declarations cannot say: keys
 * that exclude each other, defaults that depend on the scenario, names the user chooses. The order
 * of reads is the order of scenario.effective.yaml.
 */
final class ScenarioBinder {
  private final Binding binding;

  ScenarioBinder(Binding binding) {
    this.binding = binding;
  }

  /** Returns null when problems were found (they are in the binding's {@link Problems}). */
  Scenario bind(ScenarioSource source, YamlMap tree, String defaultName) {
    Map<String, Object> effective = new LinkedHashMap<>();
    Section root = new Section(binding, "", tree, effective);
    root.raw("extends"); // merged by the loader already
    String name = (String) root.read(Catalog.key(Scenario.class, "name"), defaultName);
    Bilingual description = (Bilingual) root.read(Scenario.class, "description");
    Bilingual notes = (Bilingual) root.read(Scenario.class, "notes");
    int days = (Integer) root.read(Scenario.class, "days");
    binding.horizon(days);
    int replications = (Integer) root.read(Scenario.class, "replications");
    long seed = (Long) root.read(Scenario.class, "seed");
    AudienceSpec audience = audience(root.section("audience"));
    CommunitySpec community = root.section("community").record(CommunitySpec.class);
    PlatformSpec platform = root.section("platform").record(PlatformSpec.class);
    List<MarketPlatformSpec> platforms = platforms(root);
    ContentTypesSpec contentTypes = root.section("content_types").record(ContentTypesSpec.class);
    OutrageSpec outrage = root.section("outrage").record(OutrageSpec.class);
    ManagementSpec management = root.section("management").record(ManagementSpec.class);
    List<StrategySpec> strategies =
        strategies(root, platforms.stream().map(MarketPlatformSpec::name).toList());
    List<String> arms = arms(root, strategies);
    List<BrandSpec> brands = brands(root, strategies, management);
    List<CrisisSpec> crises = new ArrayList<>();
    List<String> brandNames = brands.stream().map(BrandSpec::name).toList();
    if (!platforms.isEmpty()) {
      brandNames.stream()
          .filter(brand -> brand.contains("@"))
          .forEach(
              brand ->
                  root.problem(
                      "brands",
                      "brand '"
                          + brand
                          + "': with several platforms, the results name a page brand@platform;"
                          + " give the brand a name without '@'"));
    }
    for (Section c : root.sections("crises")) {
      CrisisSpec crisis = c.recordWith(CrisisSpec.class, Map.of("brand", brandNames.get(0)));
      if (!brandNames.contains(crisis.brand())) {
        c.problem(
            "brand",
            "'"
                + crisis.brand()
                + "' is not a brand of the market; brands: "
                + String.join(", ", brandNames));
      }
      crises.add(crisis);
    }
    RandomCrisesSpec randomCrises = root.section("random_crises").record(RandomCrisesSpec.class);
    SweepSpec sweep = new SweepReader(binding.problems()).read(root);
    VerdictSpec verdict = root.section("verdict").record(VerdictSpec.class);
    root.finish();
    if (!binding.problems().isEmpty()) {
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", name);
    values.put("description", description);
    values.put("notes", notes);
    values.put("days", days);
    values.put("replications", replications);
    values.put("seed", seed);
    values.put("audience", audience);
    values.put("community", community);
    values.put("platform", platform);
    values.put("platforms", platforms);
    values.put("contentTypes", contentTypes);
    values.put("outrage", outrage);
    values.put("management", management);
    values.put("brands", brands);
    values.put("crises", crises);
    values.put("randomCrises", randomCrises);
    values.put("strategies", strategies);
    values.put("arms", arms);
    values.put("sweep", sweep);
    values.put("verdict", verdict);
    values.put("source", source);
    values.put("tree", tree);
    values.put("effective", Frozen.map(effective));
    return RecordValues.build(Scenario.class, values);
  }

  private AudienceSpec audience(Section s) {
    int size = (Integer) s.read(AudienceSpec.class, "size");
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("size", size);
    given.put("network", network(s.section("network"), size));
    given.put("affinity", affinity(s.section("affinity")));
    return s.record(AudienceSpec.class, given, null);
  }

  private NetworkSpec network(Section s, int size) {
    NetworkModel model = (NetworkModel) s.read(NetworkSpec.class, "model");
    KeyInfo degreeKey = Catalog.key(NetworkSpec.class, "degree");
    KeyInfo rewireKey = Catalog.key(NetworkSpec.class, "rewire");
    int degree = (Integer) degreeKey.defaultValue();
    double rewire = (Double) rewireKey.defaultValue();
    Path file = null;
    switch (model) {
      case COMPLETE, FILE -> s.notApplicable("degree", model.label() + " sets its own degree");
      default -> degree = (Integer) s.read(degreeKey, degree);
    }
    if (model == NetworkModel.WATTS_STROGATZ) {
      rewire = (Double) s.read(rewireKey, rewire);
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
      file = (Path) s.read(NetworkSpec.class, "file");
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
    KeyInfo mean = Catalog.key(AffinitySpec.class, "mean");
    KeyInfo concentration = Catalog.key(AffinitySpec.class, "concentration");
    if (s.has("fixed")) {
      Double fixed = (Double) s.read(AffinitySpec.class, "fixed");
      s.notApplicable("mean", "affinity is fixed");
      s.notApplicable("concentration", "affinity is fixed");
      s.finish();
      return new AffinitySpec(
          (Double) mean.defaultValue(), (Double) concentration.defaultValue(), fixed);
    }
    return s.record(AffinitySpec.class);
  }

  private List<BrandSpec> brands(
      Section root, List<StrategySpec> strategies, ManagementSpec management) {
    List<BrandSpec> brands = new ArrayList<>();
    List<String> names = strategies.stream().map(StrategySpec::name).toList();
    List<Section> sections = root.sections("brands");
    KeyInfo nameKey = Catalog.key(BrandSpec.class, "name");
    KeyInfo strategyKey = Catalog.key(BrandSpec.class, "strategy");
    for (int i = 0; i < sections.size(); i++) {
      Section b = sections.get(i);
      String name = (String) b.read(nameKey, i == 0 ? "brand" : "brand" + (i + 1));
      String strategy = null;
      if (i == 0) {
        b.notApplicable("strategy", "the first brand plays each arm's strategy in turn");
      } else {
        strategy = (String) b.read(strategyKey, names.get(0));
        if (!names.contains(strategy)) {
          b.problem("strategy", notAStrategy(strategy, names));
        }
      }
      ManagementSpec own =
          b.has("management")
              ? b.section("management").record(ManagementSpec.class, Map.of(), management)
              : management;
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

  /** The market's platforms by name; none (one platform, today's market) when absent. */
  private List<MarketPlatformSpec> platforms(Section root) {
    List<MarketPlatformSpec> platforms = new ArrayList<>();
    if (!root.has("platforms")) {
      return platforms;
    }
    Section all = root.section("platforms");
    if (root.raw("platforms") instanceof YamlMap map) {
      for (Map.Entry<String, YamlNode> e : entries(map).entrySet()) {
        if (e.getValue() instanceof YamlMap one) {
          platforms.add(
              all.named(e.getKey(), one)
                  .record(MarketPlatformSpec.class, Map.of("name", e.getKey()), null));
        } else {
          all.problem(e.getKey(), "expected a mapping of platform settings, e.g. {opens: 90}");
        }
      }
      if (platforms.isEmpty()) {
        root.problem("platforms", "no platform given; name at least one, e.g. home: {}");
      }
      List<String> names = platforms.stream().map(MarketPlatformSpec::name).toList();
      for (MarketPlatformSpec p : platforms) {
        // results name a brand's page brand@platform, and its total `all` in the platform column
        if (p.name().equals(MarketPlatformSpec.ALL_PLATFORMS) || p.name().contains("@")) {
          all.problem(
              p.name(),
              "a platform cannot be named '"
                  + p.name()
                  + "': the results write a brand's total as 'all' and a page as brand@platform;"
                  + " call it something else");
        }
        if (!p.fadesTo().isEmpty()
            && (!names.contains(p.fadesTo()) || p.fadesTo().equals(p.name()))) {
          all.problem(
              p.name() + ".fades_to",
              "'"
                  + p.fadesTo()
                  + "' is not another platform of the market; platforms: "
                  + String.join(", ", names));
        }
      }
    } else {
      root.problem("platforms", "expected a mapping from platform names to their settings");
    }
    return platforms;
  }

  private static Map<String, YamlNode> entries(YamlMap map) {
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    for (YamlMap.Entry e : map.entries().values()) {
      entries.put(e.key(), e.value());
    }
    return entries;
  }

  private List<StrategySpec> strategies(Section root, List<String> platforms) {
    List<StrategySpec> strategies = new ArrayList<>();
    if (!root.has("strategies")) {
      Section all = root.section("strategies");
      strategies.add(
          strategy("default", all.named("default", YamlMap.empty(all.position())), platforms));
      all.finish();
      return strategies;
    }
    Section all = root.section("strategies");
    YamlNode node = root.raw("strategies");
    if (node instanceof YamlMap map) {
      Map<String, YamlMap> resolved = new StrategyInheritance(binding.problems(), map).resolve();
      for (Map.Entry<String, YamlMap> e : resolved.entrySet()) {
        strategies.add(strategy(e.getKey(), all.named(e.getKey(), e.getValue()), platforms));
      }
      if (map.entries().isEmpty()) {
        root.problem("strategies", "no strategy given; name at least one, e.g. steady: {}");
      }
    }
    return strategies;
  }

  /** One strategy, every key with its default: what a strategist controls. */
  private static StrategySpec strategy(String name, Section s, List<String> platforms) {
    s.has("extends"); // resolved by StrategyInheritance
    boolean accounts = s.has("platforms");
    StrategySpec strategy =
        s.record(StrategySpec.class, Map.of("name", name, "platforms", List.of()), null);
    if (!accounts) {
      return strategy;
    }
    if (platforms.isEmpty()) {
      s.problem("platforms", "the market declares no `platforms`; declare them at the top level");
      return strategy;
    }
    List<PresenceSpec> presence = new ArrayList<>();
    Section all = s.section("platforms");
    if (s.raw("platforms") instanceof YamlMap map) {
      for (Map.Entry<String, YamlNode> e : entries(map).entrySet()) {
        if (!platforms.contains(e.getKey())) {
          String best = DidYouMean.suggest(e.getKey(), platforms);
          all.problem(
              e.getKey(),
              "'"
                  + e.getKey()
                  + "' is not a platform of the market; "
                  + (best == null ? "" : "did you mean '" + best + "'? ")
                  + "platforms: "
                  + String.join(", ", platforms));
        } else if (e.getValue() instanceof YamlMap one) {
          Section p = all.named(e.getKey(), one);
          int from = (Integer) Catalog.key(PresenceSpec.class, "from").defaultValue();
          PresenceSpec defaults = new PresenceSpec(e.getKey(), strategy.postsPerWeek(), from);
          presence.add(p.record(PresenceSpec.class, Map.of("name", e.getKey()), defaults));
        } else {
          all.problem(e.getKey(), "expected a mapping, e.g. {posts_per_week: 3}");
        }
      }
    } else {
      s.problem("platforms", "expected a mapping from platform names to the brand's accounts");
    }
    return strategy.withPlatforms(presence);
  }

  private List<String> arms(Section root, List<StrategySpec> strategies) {
    List<String> names = strategies.stream().map(StrategySpec::name).toList();
    @SuppressWarnings("unchecked")
    List<String> arms = (List<String>) root.read(Catalog.key(Scenario.class, "arms"), names);
    List<String> valid = new ArrayList<>();
    for (String arm : arms) {
      if (names.contains(arm)) {
        if (valid.contains(arm)) {
          root.problem("compare", "'" + arm + "' is listed twice; list each strategy once");
        }
        valid.add(arm);
      } else {
        root.problem("compare", notAStrategy(arm, names));
      }
    }
    if (arms.isEmpty()) {
      root.problem("compare", "empty; list the strategies to compare, e.g. [steady, boum]");
    }
    return valid.isEmpty() ? names.subList(0, Math.min(1, names.size())) : valid;
  }

  private static String notAStrategy(String name, List<String> names) {
    String best = DidYouMean.suggest(name, names);
    return "'"
        + name
        + "' is not a strategy; "
        + (best == null ? "" : "did you mean '" + best + "'? ")
        + "strategies: "
        + String.join(", ", names);
  }
}
