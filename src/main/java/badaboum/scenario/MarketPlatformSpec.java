package badaboum.scenario;

/**
 * One of several platforms of a market ({@code platforms: {name: {...}}}): who is on it, when it
 * opens, how its novelty and its audience wear off, and its own reach rules (seed 001, "Tu as vu la
 * nouvelle plateforme Pintagram+?"). A market that declares none has one platform, the top-level
 * {@code platform}, with everyone on it from the start.
 *
 * @param name the key the platform is written under
 * @param audienceShare share of the audience on it once adopted, each person drawn on their own
 * @param opens the day it opens
 * @param adoptionDays mean delay after opening before a future user arrives
 * @param noveltyBonus extra organic reach while the platform is new, as a factor
 * @param noveltyHalfLife days for the bonus to halve
 * @param fadeFrom the day its users start to leave
 * @param fadeHalfLife days for its users to halve once they leave; 0 never
 * @param fadesTo the platform its leaving users go to, or "" for none
 * @param organicReach the platform's own organic reach, or null for the market's
 * @param reachFeedback the platform's own reach feedback, or null for the market's
 */
public record MarketPlatformSpec(
    @Given String name,
    @Key(
            value = "1.0",
            min = 0,
            max = 1,
            unit = "share of the audience",
            meaning =
                "share of the audience on this platform once it is adopted; each person is drawn"
                    + " on their own, so platforms overlap (a person may be on several)",
            source = "assumption, swept")
        double audienceShare,
    @Key(
            value = "0",
            min = 0,
            max = ScenarioLimits.MAX_DAYS,
            withinHorizon = true,
            unit = "day",
            meaning = "the day the platform opens: nobody is on it, and no page, before")
        int opens,
    @Key(
            value = "0",
            min = 0,
            max = ScenarioLimits.MAX_DAYS,
            unit = "days",
            meaning =
                "mean delay after the opening before one of its future users arrives"
                    + " (exponential); 0: all of them on the opening day",
            source = "assumption, swept")
        double adoptionDays,
    @Key(
            value = "0",
            min = 0,
            max = 100,
            unit = "factor on organic reach",
            meaning =
                "a new platform courts its first pages: organic reach × (1 + bonus ×"
                    + " 0.5^(age / novelty_half_life))",
            source = "assumption, swept (new platforms favour early pages; size unknown)")
        double noveltyBonus,
    @Key(
            value = "60",
            min = 1,
            max = ScenarioLimits.MAX_DAYS,
            unit = "days",
            meaning = "days for the novelty bonus to halve",
            source = "assumption, swept")
        double noveltyHalfLife,
    @Key(
            value = "0",
            min = 0,
            max = ScenarioLimits.MAX_DAYS,
            withinHorizon = true,
            unit = "day",
            meaning = "the day its users start to leave it, when it fades (fade_half_life > 0)")
        int fadeFrom,
    @Key(
            value = "0",
            min = 0,
            max = ScenarioLimits.MAX_DAYS,
            unit = "days; 0 means it never fades",
            meaning =
                "a fading platform: from fade_from its users leave, half of them every this many"
                    + " days; a follower who left it is still counted by the page but sees nothing",
            source = "assumption, swept")
        double fadeHalfLife,
    @Key(
            value = "",
            meaning =
                "another platform of the market its users go to when they leave it (the audience"
                    + " moves: they arrive there on the day they leave, or when it opens); empty:"
                    + " they leave for good")
        String fadesTo,
    @Key(
            min = 0,
            max = 1,
            unit = "share of fans shown a post",
            meaning = "this platform's own `platform.organic_reach`; absent: the market's")
        Double organicReach,
    @Key(
            min = 0,
            max = 5,
            unit = "exponent",
            meaning = "this platform's own `platform.reach_feedback`; absent: the market's")
        Double reachFeedback) {
  /**
   * The {@code platform} cell of a brand's row over all its pages, in the results: a name no
   * platform may take.
   */
  public static final String ALL_PLATFORMS = "all";

  public MarketPlatformSpec {
    Catalog.check(
        MarketPlatformSpec.class,
        name,
        audienceShare,
        opens,
        adoptionDays,
        noveltyBonus,
        noveltyHalfLife,
        fadeFrom,
        fadeHalfLife,
        fadesTo,
        organicReach,
        reachFeedback);
  }

  /** The mean stay, from fade_from, of a user of a fading platform: its half-life / ln 2. */
  public double meanStay() {
    return fadeHalfLife / Math.log(2);
  }

  /** The reach factor of novelty on {@code day}: 1 before opening and once it has worn off. */
  public double noveltyFactor(int day) {
    if (noveltyBonus == 0 || day < opens) {
      return 1;
    }
    return 1 + noveltyBonus * Math.pow(0.5, (day - opens) / noveltyHalfLife);
  }
}
