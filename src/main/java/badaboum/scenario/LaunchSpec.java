package badaboum.scenario;

/**
 * A launch: press, party and paid reach on one day.
 *
 * @param reach people reached that day (0: no launch)
 * @param conversion factor on the follow probability of someone reached
 */
public record LaunchSpec(int day, int reach, double conversion, double cost) {}
