package badaboum.report;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.language.Language;
import org.junit.jupiter.api.Test;

/** The notes' figure tokens, as a person reads them, in English and in French. */
class FacilitatorNotesTest {
  private static final FacilitatorNotes ENGLISH = new FacilitatorNotes(Language.EN);
  private static final FacilitatorNotes FRENCH = new FacilitatorNotes(Language.FR);

  /** A no-break space (before ":" and "%"), and a narrow one (between thousands). */
  private static final String NBSP = "\u00a0";

  private static final String THIN = "\u202f";

  @Test
  void aTokenReadsAsItsMetricInWordsThenItsFigures() {
    assertThat(ENGLISH.forPeople("Active members: [[final_active: steady 39, boum 4.6]]."))
        .isEqualTo("Active members: final active: steady 39, boum 4.6.");
  }

  @Test
  void aTokenAtOnePointOfTheSweepSaysWhichPoint() {
    assertThat(
            ENGLISH.forPeople(
                "counting fans [[cancelled@management.kpi=fans: steady 0%, boum 100%]];"))
        .isEqualTo("counting fans cancelled (management.kpi = fans): steady 0%, boum 100%;");
    assertThat(
            ENGLISH.forPeople(
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
    assertThat(ENGLISH.forPeople(notes))
        .isEqualTo(
            "What it usually shows: peak fans: steady 1,100, boum 5,600 and\n"
                + "  cancelled (management.kpi = active_members): steady 0%, boum 0%.\n"
                + "[not a token]");
  }

  @Test
  void inFrenchTheMetricIsFrenchAndTheFiguresAreWrittenTheFrenchWay() {
    assertThat(
            FRENCH.forPeople(
                "Ce que l'on voit : [[peak_fans: steady 1,100, boum 5,600]],"
                    + " [[final_active: steady 39, boum 4.6]],"
                    + " [[cancelled@management.kpi=fans: steady 0%, boum 100%]],"
                    + " [[mean_sentiment: late -0.016, transparent none]]."))
        .isEqualTo(
            "Ce que l'on voit : pic de fans"
                + NBSP
                + ": steady 1"
                + THIN
                + "100, boum 5"
                + THIN
                + "600, actifs à la fin"
                + NBSP
                + ": steady 39, boum 4,6, annulé (management.kpi = fans)"
                + NBSP
                + ": steady 0"
                + NBSP
                + "%, boum 100"
                + NBSP
                + "%, sentiment moyen"
                + NBSP
                + ": late -0,016, transparent aucun.");
  }

  @Test
  void everySummaryMetricHasAWordInEachLanguage() {
    for (badaboum.result.SummaryMetric metric : badaboum.result.SummaryMetric.values()) {
      String token = "[[" + metric.column() + ": a 1]]";
      assertThat(ENGLISH.forPeople(token)).isEqualTo(metric.column().replace('_', ' ') + ": a 1");
      assertThat(FRENCH.forPeople(token)).endsWith(NBSP + ": a 1").doesNotContain("_");
    }
  }
}
