package badaboum.scenario;

/**
 * How much each kind of experience moves a member's satisfaction: each pulls it towards a value (0
 * fed up, 1 delighted) by a weight, the share of the way it moves; DESIGN.md §2 step 7 lists the
 * causes.
 */
public record SatisfactionSpec(
    @Key(
            value = "0.5",
            min = 0,
            max = 1,
            unit = "satisfaction",
            meaning =
                "satisfaction of a newcomer, whatever brought them: indifferent (0 fed up, 1 delighted)",
            source =
                "assumption: newcomers start indifferent; how they joined acts through who is selected (John et al. 2017)")
        double initial,
    @Key(
            value = "0.02",
            min = 0,
            max = 1,
            unit = "weight per post seen",
            meaning =
                "how much one post seen moves satisfaction towards the post's relevance / relevance_for_delight",
            source = "assumption, swept")
        double postWeight,
    @Key(
            value = "0.6",
            min = 0.01,
            max = 1,
            unit = "relevance",
            meaning = "relevance at which a post delights (pulls satisfaction to 1)",
            source = "assumption, swept")
        double relevanceForDelight,
    @Key(
            value = "0.3",
            min = 0,
            max = 1,
            unit = "share of recent posts",
            meaning =
                "above this share of promotional posts among the recent ones, promotion grates: a promotional post seen is worth half, and unfollows rise",
            source = "practitioners' rule of thirds: at most a third of posts about oneself")
        double promoTolerance,
    @Key(
            value = "10",
            min = 1,
            max = 1000,
            unit = "posts",
            meaning = "how many recent posts people judge the promotional share on",
            source = "assumption, swept")
        int promoMemoryPosts,
    @Key(
            value = "0.3",
            min = 0,
            max = 1,
            unit = "weight per reply",
            meaning = "how much an answer to one's own comment moves satisfaction",
            source = "assumption, swept")
        double replyWeight,
    @Key(
            value = "1.0",
            min = 0.01,
            max = 1000,
            unit = "hours",
            meaning = "a reply's speed bonus halves with each this many hours of delay",
            source =
                "industry studies: a reply within minutes is worth far more than one after an hour")
        double replyHalfLifeHours,
    @Key(
            value = "0.4",
            min = 0,
            max = 1,
            unit = "share of a reply's worth",
            meaning = "what a very late reply keeps of an instant one's worth",
            source = "assumption, swept")
        double replySpeedFloor,
    @Key(
            value = "0.5",
            min = 0,
            max = 1,
            unit = "share of a reply's worth",
            meaning =
                "what a canned reply is worth against a fully personal one (the Wine Library e-mail, by name and in French)",
            source = "assumption, swept")
        double replyCannedShare,
    @Key(
            value = "0.1",
            min = 0,
            max = 1,
            unit = "satisfaction",
            meaning = "where a comment left unanswered pulls satisfaction",
            source = "assumption, swept")
        double unansweredValue,
    @Key(
            value = "0.2",
            min = 0,
            max = 1,
            unit = "weight",
            meaning = "how much a comment left unanswered counts",
            source = "assumption, swept")
        double unansweredWeight,
    @Key(
            value = "2",
            min = 1,
            max = 365,
            unit = "days",
            meaning = "days a comment waits before it counts as unanswered",
            source = "assumption, swept")
        int replyPatienceDays,
    @Key(
            value = "3",
            min = 0,
            max = 1000,
            unit = "members",
            meaning = "active members who read an exchange (or its absence) under a post",
            source = "assumption, swept")
        int observers,
    @Key(
            value = "0.03",
            min = 0,
            max = 1,
            unit = "weight",
            meaning = "how much an exchange seen by others moves their satisfaction",
            source = "assumption, swept")
        double observerWeight,
    @Key(
            value = "0.8",
            min = 0,
            max = 1,
            unit = "satisfaction",
            meaning = "where an answer from a fellow member pulls the commenter's satisfaction",
            source = "assumption, swept")
        double memberAnswerValue,
    @Key(
            value = "0.21",
            min = 0,
            max = 1,
            unit = "weight",
            meaning = "how much an answer from a fellow member counts",
            source = "assumption, swept")
        double memberAnswerWeight,
    @Key(
            value = "0.8",
            min = 0,
            max = 1,
            unit = "satisfaction",
            meaning =
                "where being asked one's opinion in a poll pulls satisfaction (explicit listening)",
            source = "the seeds: explicit listening, polls and questions")
        double pollValue,
    @Key(
            value = "0.1",
            min = 0,
            max = 1,
            unit = "weight",
            meaning = "how much answering a poll counts",
            source = "assumption, swept")
        double pollWeight,
    @Key(
            value = "0.9",
            min = 0,
            max = 1,
            unit = "satisfaction",
            meaning = "where talking with another member pulls satisfaction",
            source = "assumption, swept")
        double peerValue,
    @Key(
            value = "0.03",
            min = 0,
            max = 1,
            unit = "weight",
            meaning = "how much one talk with a member counts",
            source = "assumption, swept")
        double peerWeight,
    @Key(
            value = "0.1",
            min = 0,
            max = 1,
            unit = "satisfaction",
            meaning = "where spam or a troll seen under a post pulls satisfaction",
            source = "assumption, swept")
        double spamValue,
    @Key(
            value = "0.05",
            min = 0,
            max = 1,
            unit = "weight",
            meaning = "how much one spam item seen counts",
            source = "assumption, swept")
        double spamWeight,
    @Key(
            value = "5",
            min = 0,
            max = 1000,
            unit = "members",
            meaning = "active members who see one unmoderated spam item",
            source = "assumption, swept")
        int spamViewers,
    @Key(
            value = "0.02",
            min = 0,
            max = 1,
            unit = "weight per contest run so far",
            meaning =
                "a genuine member seeing yet another contest: satisfaction moves towards its alignment, more with each contest",
            source = "assumption, swept")
        double contestWeight,
    @Key(
            value = "5",
            min = 0,
            max = 1000,
            unit = "contests",
            meaning = "contests after which the wear of one more stops growing",
            source = "assumption, swept")
        int contestWearCap,
    @Key(
            value = "0.3",
            min = 0,
            max = 1,
            unit = "weight",
            meaning = "how much getting outraged in a crisis pulls satisfaction towards 0",
            source = "assumption, swept")
        double outrageWeight,
    @Key(
            value = "0.5",
            min = 0,
            max = 1,
            unit = "weight",
            meaning =
                "how much an answer outside the page, where nobody expected the brand, pulls satisfaction towards 1",
            source = "the seeds: the Wine Library e-mail that recruits an advocate")
        double listeningWeight,
    @Key(
            value = "0.5",
            min = 0,
            max = 1,
            unit = "share of the post's worth",
            meaning =
                "under promotional overload a promotional post seen is worth this share of what its relevance would make it",
            source = "assumption, swept")
        double overloadDiscount,
    @Key(
            value = "0.6",
            min = 0,
            max = 1,
            unit = "satisfaction",
            meaning =
                "where a message addressing them as a member of the community pulls a real member"
                    + " (active, or tied to an active member): it is true, and mildly pleasing",
            source = "assumption, swept")
        double belongingMemberValue,
    @Key(
            value = "0.1",
            min = 0,
            max = 1,
            unit = "satisfaction",
            meaning =
                "where such a message pulls a follower who is not part of the community: \"je ne"
                    + " suis pas membre de votre communauté\"",
            source =
                "the seeds (003): the claim of a belonging that does not exist grates; size"
                    + " assumed, swept")
        double belongingOutsiderValue,
    @Key(
            value = "0.1",
            min = 0,
            max = 1,
            unit = "weight per message",
            meaning = "how much one message claiming belonging counts",
            source = "assumption, swept")
        double belongingWeight) {
  /** The middle of the satisfaction scale: neither pleased nor fed up (sentiment 0). */
  public static final double INDIFFERENT = 0.5;

  public SatisfactionSpec {
    Catalog.check(
        SatisfactionSpec.class,
        initial,
        postWeight,
        relevanceForDelight,
        promoTolerance,
        promoMemoryPosts,
        replyWeight,
        replyHalfLifeHours,
        replySpeedFloor,
        replyCannedShare,
        unansweredValue,
        unansweredWeight,
        replyPatienceDays,
        observers,
        observerWeight,
        memberAnswerValue,
        memberAnswerWeight,
        pollValue,
        pollWeight,
        peerValue,
        peerWeight,
        spamValue,
        spamWeight,
        spamViewers,
        contestWeight,
        contestWearCap,
        outrageWeight,
        listeningWeight,
        overloadDiscount,
        belongingMemberValue,
        belongingOutsiderValue,
        belongingWeight);
  }

  /**
   * What a reply is worth, in [0, 1], after {@code delayHours} and with a personal touch of {@code
   * personal}: from indifference towards delight, more the faster and the more personal.
   */
  public double replyValue(double delayHours, double personal) {
    double speed = Math.pow(0.5, delayHours / replyHalfLifeHours);
    double timing = replySpeedFloor + (1 - replySpeedFloor) * speed;
    double touch = replyCannedShare + (1 - replyCannedShare) * personal;
    return INDIFFERENT + (1 - INDIFFERENT) * timing * touch;
  }
}
