package badaboum.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The notes' figure tokens, as a person reads them. */
class FacilitatorNotesTest {
  @Test
  void aTokenReadsAsItsMetricInWordsThenItsFigures() {
    assertThat(FacilitatorNotes.forPeople("Active members: [[final_active: steady 39, boum 4.6]]."))
        .isEqualTo("Active members: final active: steady 39, boum 4.6.");
  }

  @Test
  void aTokenAtOnePointOfTheSweepSaysWhichPoint() {
    assertThat(
            FacilitatorNotes.forPeople(
                "counting fans [[cancelled@management.kpi=fans: steady 0%, boum 100%]];"))
        .isEqualTo("counting fans cancelled (management.kpi = fans): steady 0%, boum 100%;");
    assertThat(
            FacilitatorNotes.forPeople(
                "[[mean_sentiment@community.ambassadors.enabled=true: late -0.016, transparent"
                    + " -0.0013]]"))
        .isEqualTo(
            "mean sentiment (community.ambassadors.enabled = true): late -0.016, transparent"
                + " -0.0013");
  }

  @Test
  void aTokenBrokenAcrossLinesIsJoinedAndTheRestIsKept() {
    String notes =
        "What it usually shows: [[peak_fans: steady 1,100,\n  boum 5,600]] and\n"
            + "  [[cancelled@management.kpi=active_members:\n  steady 0%, boum 0%]].\n[not a token]";
    assertThat(FacilitatorNotes.forPeople(notes))
        .isEqualTo(
            "What it usually shows: peak fans: steady 1,100, boum 5,600 and\n"
                + "  cancelled (management.kpi = active_members): steady 0%, boum 0%.\n"
                + "[not a token]");
  }
}
