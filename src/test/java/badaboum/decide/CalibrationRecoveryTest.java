package badaboum.decide;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.language.Language;
import badaboum.language.Messages;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Calibration recovers keys from histories the model wrote at known values (a small version of the
 * coverage study, {@link CoverageStudyRun}, whose full run the README reports), and says so when a
 * key is not identified.
 */
class CalibrationRecoveryTest {
  /** Small settings, for a key that is plainly not identified. */
  static final Calibration.Settings SMALL =
      new Calibration.Settings(2, 30, 8, 150, 0.2, 2, 2, 6, 0.75, 3);

  /**
   * The interval as {@code badaboum calibrate} computes it by default (400 proposals a round, three
   * rounds), the estimate and the band cheaper: coverage is the interval's, and fewer proposals
   * make narrower, overconfident intervals.
   */
  static final Calibration.Settings DEFAULT_INTERVAL =
      new Calibration.Settings(2, 30, 8, 400, 0.2, 2, 3, 6, 0.75, 3);

  @Test
  void theNinetyPercentIntervalsHoldTheTruthOfModelWrittenHistories() {
    List<CoverageStudy.Case> cases = CoverageStudy.run(3, DEFAULT_INTERVAL, 20, 99, line -> {});
    System.out.print("in-build coverage study: " + CoverageStudy.summary(cases));
    assertThat(cases).hasSize(6);
    assertThat(cases.stream().filter(CoverageStudy.Case::covered).count())
        .isGreaterThanOrEqualTo(4);
    // both keys are identified by four months of followers, new followers, unfollows, reactions
    assertThat(cases).allMatch(CoverageStudy.Case::identified);
    // the forecast of the 20 days held out is about as good as the true values' own
    assertThat(cases).allMatch(c -> c.forecast() < 1.25 * c.oracle());
  }

  @Test
  void aKeyTheHistoryCannotTellIsFlaggedNotIdentified() {
    // on a page this small, word of mouth is drowned in the runs' randomness
    Scenario page = new ScenarioLoader().load(CoverageStudy.PAGE);
    List<Knob> knobs =
        List.of(
            Knob.parse("audience.discovery=0.0005:0.005"),
            Knob.parse("audience.word_of_mouth.contacts_per_day=0.1:1.5"));
    History history = Synthetic.history(page, "steady", knobs, new double[] {0.002, 0.5}, 77, 0);
    Calibration.Result r;
    try (Simulator simulator = new Simulator(2)) {
      r =
          new Calibration(
                  page,
                  "steady",
                  knobs,
                  history,
                  0,
                  SMALL,
                  simulator,
                  Messages.of(Language.EN),
                  l -> {})
              .run();
    }
    assertThat(r.keys().get(0).identified()).isTrue();
    assertThat(r.keys().get(0).lower()).isLessThanOrEqualTo(0.002);
    assertThat(r.keys().get(0).upper()).isGreaterThanOrEqualTo(0.002);
    assertThat(r.keys().get(1).identified()).isFalse();
    assertThat(r.keys().get(1).share()).isGreaterThan(0.75);
    assertThat(r.columns()).allMatch(c -> Double.isNaN(c.forecastNrmse()));
  }
}
