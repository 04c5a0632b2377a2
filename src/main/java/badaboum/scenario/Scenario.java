package badaboum.scenario;

import java.util.List;
import java.util.Map;

/**
 * A whole scenario, validated: one market, the strategies it compares, and how long and how often
 * to run it. Immutable, so thousands of runs can share one.
 *
 * @param management management's reviews, for every brand that does not set its own
 * @param brands the brands of the market; the first plays the arm's strategy
 * @param crises scheduled crises, each hitting one brand
 * @param arms the strategies compared, in order; every replicate runs every arm on the same seed
 * @param sweep the parameters varied across points; {@link SweepSpec#none} for one point
 * @param source the text it was loaded from
 * @param tree its YAML after any {@code extends}, kept so that flags and sweep points re-bind it
 * @param effective every key with its value, defaults included, for scenario.effective.yaml
 */
public record Scenario(
    @Key(contextDefault = "the file name", meaning = "shown in reports and results folder names")
        String name,
    @Key(
            value = "",
            meaning =
                "one line or paragraph on what is compared; in English, or in both languages as"
                    + " `{en: ..., fr: ...}`")
        Bilingual description,
    @Key(
            value = "",
            meaning =
                "facilitator notes: what to ask, what to expect; in English, or `{en: ..., fr:"
                    + " ...}`")
        Bilingual notes,
    @Key(
            value = "365",
            min = 1,
            max = ScenarioLimits.MAX_DAYS,
            unit = "days",
            meaning = "horizon; one tick is one day",
            label = "Days")
        int days,
    @Key(
            value = "30",
            min = 1,
            max = ScenarioLimits.MAX_REPLICATIONS,
            unit = "runs per arm",
            meaning = "replicates of each arm, each on its own seed")
        int replications,
    @Key(
            value = "1",
            min = 0,
            unit = "master seed",
            meaning = "master seed; every other seed derives from it")
        long seed,
    AudienceSpec audience,
    CommunitySpec community,
    PlatformSpec platform,
    ContentTypesSpec contentTypes,
    OutrageSpec outrage,
    ManagementSpec management,
    @Key(
            meaning =
                "the brands sharing the market and its attention; absent, there is one brand,"
                    + " `brand`")
        List<BrandSpec> brands,
    @Key(meaning = "scheduled crises, each hitting one brand (the first by default)")
        List<CrisisSpec> crises,
    RandomCrisesSpec randomCrises,
    @Key(
            byName = true,
            contextDefault = "one strategy `default`",
            meaning = "what each arm does, by name (below)")
        List<StrategySpec> strategies,
    @Key(
            name = "compare",
            contextDefault = "every strategy, in file order",
            meaning = "the arms; every replicate runs every arm on the same seed")
        List<String> arms,
    SweepSpec sweep,
    VerdictSpec verdict,
    @Given ScenarioSource source,
    @Given YamlMap tree,
    @Given Map<String, Object> effective) {
  public Scenario {
    Catalog.check(
        Scenario.class,
        name,
        description,
        notes,
        days,
        replications,
        seed,
        audience,
        community,
        platform,
        contentTypes,
        outrage,
        management,
        brands,
        crises,
        randomCrises,
        strategies,
        arms,
        sweep,
        verdict,
        source,
        tree,
        effective);
    strategies = List.copyOf(strategies);
    brands = List.copyOf(brands);
    crises = List.copyOf(crises);
    arms = List.copyOf(arms);
    for (String arm : arms) {
      if (strategies.stream().noneMatch(s -> s.name().equals(arm))) {
        throw new IllegalArgumentException("arm '" + arm + "' names no strategy");
      }
    }
  }

  public StrategySpec strategy(String name) {
    return strategies.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no strategy named '" + name + "'"));
  }

  /** Runs of one point: every arm, every replicate (a sweep multiplies this by its points). */
  public long runCount() {
    return (long) arms.size() * replications;
  }
}
