package badaboum.scenario;

/**
 * Management's reviews of a brand's programme.
 *
 * @param reviewEvery days between reviews
 * @param target absolute KPI level expected at every review (0: none)
 * @param targetGrowth growth expected from one review to the next (0.10 = +10%; for
 *     cost_per_active, the expected fall)
 * @param anchorOnPeak expect no less than the best value ever seen (the launch spike sets the bar)
 * @param patience misses in a row before the programme is cancelled
 * @param budget spend at which the programme is cancelled (0: no limit)
 */
public record ManagementSpec(
    @Key(
            value = "90",
            min = 1,
            max = ScenarioLimits.MAX_DAYS,
            unit = "days",
            meaning = "days between reviews",
            source = "DESIGN.md calibration anchors: management reviews quarterly")
        int reviewEvery,
    @Key(
            value = "fans",
            meaning =
                "what management watches; for `engagement_rate` the mean over the posting days"
                    + " since the last review; for `cost_per_active` lower is better",
            label = "Management KPI")
        Kpi kpi,
    @Key(
            value = "0",
            min = 0,
            max = 1e12,
            unit = "KPI level expected; 0 means none",
            meaning = "absolute level expected at every review; 0 means none")
        double target,
    @Key(
            value = "0.1",
            min = -1,
            max = 100,
            unit = "growth per review",
            meaning =
                "growth expected from one review to the next (0.10 = +10%; for cost_per_active,"
                    + " the expected fall)")
        double targetGrowth,
    @Key(
            value = "false",
            meaning =
                "expect no less than the best daily value ever seen: the launch spike sets the bar",
            label = "Anchor on peak")
        boolean anchorOnPeak,
    @Key(
            value = "2",
            min = 1,
            max = 1000,
            unit = "misses in a row",
            meaning =
                "after this many missed reviews in a row the programme is cancelled (2-4 quarters"
                    + " is common)",
            source = "DESIGN.md calibration anchors: 2-4 quarters of patience",
            label = "Patience (reviews)")
        int patience,
    @Key(
            value = "0",
            min = 0,
            max = 1e12,
            unit = "currency; 0 means no limit",
            meaning =
                "the programme is cancelled as soon as the spend reaches it; 0 means no limit",
            label = "Budget")
        double budget) {
  public ManagementSpec {
    Catalog.check(
        ManagementSpec.class,
        reviewEvery,
        kpi,
        target,
        targetGrowth,
        anchorOnPeak,
        patience,
        budget);
  }
}
