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
    int reviewEvery,
    Kpi kpi,
    double target,
    double targetGrowth,
    boolean anchorOnPeak,
    int patience,
    double budget) {}
