package badaboum.model;

import static org.assertj.core.api.Assertions.assertThat;

import badaboum.analysis.PairedComparison;
import badaboum.result.DailyMetric;
import badaboum.result.RunResult;
import badaboum.scenario.SatisfactionSpec;
import badaboum.scenario.Scenario;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** H6: fast, personal replies make members happier; silence disappoints. */
class RepliesTest {
  private static final SatisfactionSpec RULES =
      Trials.load("community.yaml").community().satisfaction();

  @Property
  void aFasterReplyIsNeverWorthLess(
      @ForAll @DoubleRange(min = 0, max = 200) double delay,
      @ForAll @DoubleRange(min = 0, max = 200) double extra,
      @ForAll @DoubleRange(min = 0, max = 1) double personal) {
    assertThat(RULES.replyValue(delay, personal))
        .isGreaterThanOrEqualTo(RULES.replyValue(delay + extra, personal));
  }

  @Property
  void aMorePersonalReplyIsNeverWorthLessAndAnyReplyBeatsSilence(
      @ForAll @DoubleRange(min = 0, max = 200) double delay,
      @ForAll @DoubleRange(min = 0, max = 1) double personal) {
    assertThat(RULES.replyValue(delay, Math.min(1, personal + 0.1)))
        .isGreaterThanOrEqualTo(RULES.replyValue(delay, personal));
    assertThat(RULES.replyValue(delay, personal)).isGreaterThan(RULES.unansweredValue());
  }

  /** A conversation-heavy page, where many members comment. */
  private final Scenario talkative =
      Trials.with(
          Trials.load("community.yaml"),
          Map.of(
              "strategies.base.content",
              Map.of(
                  "promotional", 0.1, "informative", 0.2, "entertaining", 0.2, "conversation", 0.5),
              "replications",
              12));

  @Test
  void fasterRepliesGiveHappierMembersThanSlowOnesAndSlowOnesThanNone() {
    // the brand's replies alone: here members do not answer each other
    Map<String, Object> brandOnly = Map.of("community.member_answer_rate", 0.0);
    double fast = sentimentAt180(Trials.with(with(0.1, 0.9), brandOnly));
    double slow = sentimentAt180(Trials.with(with(24, 0.9), brandOnly));
    double none = sentimentAt180(Trials.with(with(24, 0.0), brandOnly));
    assertThat(fast).isGreaterThan(slow);
    assertThat(slow).isGreaterThan(none);
  }

  @Test
  void repliesAreCountedAndUnansweredCommentsToo() {
    List<RunResult> answered = Trials.run(with(2, 1.0), "base", false);
    // members answering each other would leave few comments unanswered: here nobody does
    List<RunResult> ignored =
        Trials.run(
            Trials.with(with(2, 0.0), Map.of("community.member_answer_rate", 0.0)), "base", false);
    double replies = Trials.mean(Trials.each(answered, Trials.over(DailyMetric.REPLIES, 1, 180)));
    double unanswered =
        Trials.mean(Trials.each(ignored, Trials.over(DailyMetric.UNANSWERED, 1, 180)));
    assertThat(replies).isGreaterThan(1);
    assertThat(unanswered).isGreaterThan(1);
    assertThat(Trials.mean(Trials.each(ignored, Trials.over(DailyMetric.REPLIES, 1, 180))))
        .isZero();
  }

  @Test
  void membersAnswerWhatTheBrandLeavesUnanswered() {
    Scenario ignored = with(2, 0.0);
    PairedComparison unanswered =
        Trials.paired(
            Trials.each(
                Trials.run(
                    Trials.with(ignored, Map.of("community.member_answer_rate", 0.0)),
                    "base",
                    false),
                Trials.over(DailyMetric.UNANSWERED, 1, 180)),
            Trials.each(
                Trials.run(ignored, "base", false), Trials.over(DailyMetric.UNANSWERED, 1, 180)));
    assertThat(unanswered.ci95High()).isNegative();
    double answers =
        Trials.mean(
            Trials.each(
                Trials.run(ignored, "base", false),
                Trials.over(DailyMetric.MEMBER_ANSWERS, 1, 180)));
    assertThat(answers).isGreaterThan(1);
  }

  private Scenario with(double delayHours, double rate) {
    return Trials.with(
        talkative,
        Map.of(
            "strategies.base.replies.delay_hours", delayHours,
            "strategies.base.replies.rate", rate));
  }

  private static double sentimentAt180(Scenario s) {
    double[] values =
        Trials.each(Trials.run(s, "base", false), Trials.onDay(DailyMetric.SENTIMENT, 180));
    return Trials.mean(values);
  }

  static PairedComparison compare(Scenario a, Scenario b, DailyMetric metric, int from, int to) {
    return Trials.paired(
        Trials.each(Trials.run(a, "base", false), Trials.over(metric, from, to)),
        Trials.each(Trials.run(b, "base", false), Trials.over(metric, from, to)));
  }
}
