package badaboum.model;

import badaboum.scenario.CommunitySpec;
import badaboum.scenario.OutrageSpec;
import badaboum.scenario.SatisfactionSpec;
import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * One brand's page and the people around it: each person's state towards the brand, in arrays
 * indexed by person id, with followers, active members, ambassadors, contest joiners and the
 * outraged kept as sets so that daily mechanisms visit only them. Every change of state goes
 * through the methods here, which keep the sets, the counters of the day and each person's count of
 * active friends consistent.
 */
public final class BrandCommunity {
  private final String name;
  private final Audience audience;
  private final CommunitySpec community;
  private final OutrageSpec outrage;
  private final Programme programme;
  private final MersenneTwisterFast random;
  private final CommunityTies ties;

  private final byte[] state;
  private final boolean[] active;
  private final int[] lastEngaged;
  private final int[] activeSince;
  private final int[] joinedDay;
  private final byte[] joinedVia;
  private final float[] satisfaction;
  private final float[] engagementScore;
  private final int[] scoreDay;
  private final int[] outragedSince;
  private final Contributions contributions;
  private final ActiveFriends activeFriends;
  private final IndexedSet followers;
  private final IndexedSet activeMembers;
  private final IndexedSet ambassadors;
  private final ContestJoiners contestJoiners;
  private final IndexedSet outraged;
  private final Frontier frontier;
  private final MoodSum followersMood = new MoodSum();
  private final MoodSum membersMood = new MoodSum();
  private final int[] stateCounts = new int[PersonState.COUNT];

  private int today;
  private double image;
  private java.util.function.IntPredicate reachable;
  private final DayCounters counters = new DayCounters();

  BrandCommunity(
      String name,
      Audience audience,
      CommunitySpec community,
      OutrageSpec outrage,
      Programme programme,
      MersenneTwisterFast random) {
    this.name = name;
    this.audience = audience;
    this.community = community;
    this.outrage = outrage;
    this.programme = programme;
    this.random = random;
    this.ties = new CommunityTies(audience.size());
    int n = audience.size();
    state = new byte[n];
    stateCounts[PersonState.UNAWARE] = n;
    active = new boolean[n];
    lastEngaged = new int[n];
    activeSince = new int[n];
    joinedDay = new int[n];
    joinedVia = new byte[n];
    satisfaction = new float[n];
    engagementScore = new float[n];
    scoreDay = new int[n];
    outragedSince = new int[n];
    contributions = new Contributions(n);
    Arrays.fill(satisfaction, (float) community.satisfaction().initial());
    Arrays.fill(joinedDay, -1);
    Arrays.fill(outragedSince, -1);
    activeFriends = new ActiveFriends(audience.friends(), community.departures());
    followers = new IndexedSet(n);
    activeMembers = new IndexedSet(n);
    ambassadors = new IndexedSet(n);
    contestJoiners = new ContestJoiners(n);
    outraged = new IndexedSet(n);
    frontier = new Frontier(audience.friends());
  }

  public String name() {
    return name;
  }

  /**
   * Only people for whom {@code test} holds can hear of the brand here (a page on one of several
   * platforms: the people on it); everyone when never set.
   */
  void reachableWhen(java.util.function.IntPredicate test) {
    reachable = test;
  }

  public Audience audience() {
    return audience;
  }

  public CommunitySpec community() {
    return community;
  }

  public SatisfactionSpec satisfactionRules() {
    return community.satisfaction();
  }

  public OutrageSpec outrage() {
    return outrage;
  }

  public Programme programme() {
    return programme;
  }

  /** The brand's own random stream: its draws do not shift any other brand's. */
  public MersenneTwisterFast random() {
    return random;
  }

  public int today() {
    return today;
  }

  void startDay(int day) {
    today = day;
    counters.reset();
    programme.startDay();
    image = membersMood.mean(activeMembers.size());
  }

  /**
   * The brand's image as newcomers hear of it: the mean mood of the members who talk about it
   * (active followers), from −1 hostile to 1 delighted, the outraged counting −1; 0 while nobody
   * talks about it. Taken each morning, from a sum kept as moods change (see {@link MoodSum}).
   */
  public double image() {
    return image;
  }

  /** The mean mood of the followers, −1 hostile to 1 delighted: see {@link Sentiment}. */
  public double sentiment() {
    return followersMood.mean(followers.size());
  }

  /** Who among the speakers still has a friend to tell about the brand. */
  public Frontier frontier() {
    return frontier;
  }

  /** A person's mood towards the brand: −1 hostile (or outraged), 0 indifferent, 1 delighted. */
  public double mood(int person) {
    if (outragedSince[person] >= 0) {
      return -1;
    }
    return (satisfaction[person] - SatisfactionSpec.INDIFFERENT) / SatisfactionSpec.INDIFFERENT;
  }

  public DayCounters counters() {
    return counters;
  }

  public byte state(int person) {
    return state[person];
  }

  public int count(byte personState) {
    return stateCounts[personState];
  }

  public boolean isFollower(int person) {
    return state[person] == PersonState.FOLLOWER;
  }

  public boolean isActive(int person) {
    return active[person];
  }

  public boolean isAmbassador(int person) {
    return ambassadors.contains(person);
  }

  public boolean isOutraged(int person) {
    return outragedSince[person] >= 0;
  }

  public int lastEngaged(int person) {
    return lastEngaged[person];
  }

  /** Whether the person ever engaged with the page (reacted, commented, talked with a member). */
  public boolean hasEngaged(int person) {
    return scoreDay[person] > 0 || engagementScore[person] > 0;
  }

  public int activeSince(int person) {
    return activeSince[person];
  }

  public float satisfaction(int person) {
    return satisfaction[person];
  }

  public JoinChannel joinedVia(int person) {
    return JoinChannel.values()[joinedVia[person]];
  }

  public int joinedDay(int person) {
    return joinedDay[person];
  }

  /** Each person's comments and reactions on the page. */
  public Contributions contributions() {
    return contributions;
  }

  /** The person writes a comment on the page. */
  public void comment(int person) {
    contributions.commented(person);
    counters.comments++;
  }

  /** The person reacts to a regular post or a poll (a like, a comment, a share). */
  public void react(int person) {
    contributions.reacted(person, today);
    counters.addOrganicReaction();
  }

  /** Two members talk on the page: a tie forms between them, or is renewed. */
  public void tie(int a, int b) {
    ties.tie(a, b, today);
  }

  /** The {@code index}-th member the person has a tie with, 0 to {@link #ties} − 1. */
  public int tiePartner(int person, int index) {
    return ties.partner(person, index);
  }

  /** Ties the person has formed with other members, renewed or not. */
  public int ties(int person) {
    return ties.size(person);
  }

  /** Ties renewed within the tie memory whose partner is an active member. */
  public int activeTies(int person) {
    return ties.count(person, today - community.tieMemoryDays(), this::isActive);
  }

  /** Whether a contest joiner has grown attached: they have come to like the page. */
  public boolean attached(int person) {
    return satisfaction[person] >= community.contestAttachment();
  }

  /** Fans: real followers plus fake ones. */
  public int fans() {
    return followers.size() + programme.fakeFans();
  }

  public int followerCount() {
    return followers.size();
  }

  public int activeCount() {
    return activeMembers.size();
  }

  public int ambassadorCount() {
    return ambassadors.size();
  }

  public int outragedCount() {
    return outraged.size();
  }

  public int follower(int index) {
    return followers.get(index);
  }

  /** The active member at {@code index}, 0 to {@link #activeCount()} − 1. */
  public int activeMember(int index) {
    return activeMembers.get(index);
  }

  public int randomFollower() {
    return followers.random(random);
  }

  public int randomActive() {
    return activeMembers.random(random);
  }

  /** A random active member, drawn from another stream than the brand's. */
  public int randomActive(MersenneTwisterFast stream) {
    return activeMembers.random(stream);
  }

  public int[] activeSnapshot() {
    return activeMembers.snapshot();
  }

  public int[] followerSnapshot() {
    return followers.snapshot();
  }

  public int[] ambassadorSnapshot() {
    return ambassadors.snapshot();
  }

  /** The followers who joined for a contest. */
  public ContestJoiners contestJoiners() {
    return contestJoiners;
  }

  public int[] outragedSnapshot() {
    return outraged.snapshot();
  }

  /** Active followers among the person's friends (everyone else, under complete mixing). */
  public int activeFriends(int person) {
    return activeFriends.of(person, active[person]);
  }

  /** Engagements over the ambassadors' engagement memory, decayed. */
  public double recentEngagements(int person) {
    double memory = community.ambassadors().engagementMemoryDays();
    return engagementScore[person] * Math.exp(-(today - scoreDay[person]) / memory);
  }

  /**
   * The person hears of the brand: becomes aware, and follows with a probability from their
   * affinity and the brand's image, scaled by {@code incentive} (1 for plain exposure). Returns
   * whether they followed.
   */
  public boolean consider(int person, JoinChannel channel, double incentive) {
    if (reachable != null && !reachable.test(person)) {
      return false;
    }
    byte s = state[person];
    if (s == PersonState.FOLLOWER) {
      return false;
    }
    if (s == PersonState.UNAWARE) {
      setState(person, PersonState.AWARE);
    }
    double p =
        audience.affinity(person) * incentive * Math.max(0, 1 + community.imageWeight() * image);
    if (s == PersonState.LEFT) {
      p *= community.returnChance();
    }
    if (outragedSince[person] >= 0) {
      p *= outrage.followFactor();
    }
    if (random.nextDouble() < p) {
      follow(person, channel);
      return true;
    }
    return false;
  }

  /**
   * The person follows. Following is not yet taking part: a newcomer is an active member only once
   * they react, comment or talk with a member.
   */
  public void follow(int person, JoinChannel channel) {
    if (state[person] == PersonState.FOLLOWER) {
      return;
    }
    if (state[person] != PersonState.LEFT) {
      satisfaction[person] = (float) community.satisfaction().initial();
    }
    setState(person, PersonState.FOLLOWER);
    joinedVia[person] = (byte) channel.ordinal();
    joinedDay[person] = today;
    followers.add(person);
    frontier.followed(person);
    followersMood.add(mood(person));
    counters.newFollowers++;
  }

  /** A founding member: follows and is active from the start (the textbook reductions). */
  public void found(int person) {
    follow(person, JoinChannel.INITIAL);
    engage(person);
  }

  /** The person engaged today: reacted, commented, entered a contest, talked with a member. */
  public void engage(int person) {
    if (state[person] != PersonState.FOLLOWER) {
      return;
    }
    engagementScore[person] = (float) (recentEngagements(person) + 1);
    scoreDay[person] = today;
    lastEngaged[person] = today;
    if (!active[person]) {
      activate(person);
    }
  }

  /**
   * An experience moves satisfaction towards {@code value} (0 bad, 1 delightful) by {@code weight}:
   * the more weight, the more this one experience counts.
   */
  public void experience(int person, double value, double weight) {
    forgetMood(person);
    satisfaction[person] += (float) (weight * (value - satisfaction[person]));
    rememberMood(person);
  }

  public void becomeDormant(int person) {
    if (!active[person]) {
      return;
    }
    active[person] = false;
    membersMood.remove(mood(person));
    activeMembers.remove(person);
    frontier.silenced(person);
    ambassadors.remove(person);
    activeFriends.changed(person, -1);
  }

  public void unfollow(int person) {
    if (state[person] != PersonState.FOLLOWER) {
      return;
    }
    becomeDormant(person);
    followersMood.remove(mood(person));
    setState(person, PersonState.LEFT);
    followers.remove(person);
    frontier.unfollowed(person);
    contestJoiners.left(person);
    counters.unfollows++;
  }

  public void makeAmbassador(int person) {
    if (active[person]) {
      ambassadors.add(person);
    }
  }

  public void dropAmbassador(int person) {
    ambassadors.remove(person);
  }

  public void outrage(int person) {
    if (outragedSince[person] < 0) {
      forgetMood(person);
      outragedSince[person] = today;
      rememberMood(person);
      outraged.add(person);
    }
  }

  public void calm(int person) {
    if (outragedSince[person] >= 0) {
      forgetMood(person);
      outragedSince[person] = -1;
      rememberMood(person);
      outraged.remove(person);
    }
  }

  /**
   * What following is worth to a follower: each active friend and each active tie in the community,
   * plus the brand's own content while the programme runs, scaled by how satisfied they are
   * (brand_benefit when indifferent).
   */
  public double benefit(int person) {
    double brand =
        programme.alive() && programme.strategy().postsPerWeek() > 0
            ? community.brandBenefit() * satisfaction[person] / SatisfactionSpec.INDIFFERENT
            : 0;
    int members = activeFriends(person) + activeTies(person);
    return community.benefitPerActiveFriend() * members + brand;
  }

  private void setState(int person, byte newState) {
    stateCounts[state[person]]--;
    state[person] = newState;
    stateCounts[newState]++;
  }

  private void activate(int person) {
    active[person] = true;
    lastEngaged[person] = today;
    activeSince[person] = today;
    activeMembers.add(person);
    membersMood.add(mood(person));
    frontier.spoke(person);
    activeFriends.changed(person, +1);
  }

  /** Takes the person's mood out of the sums it counts in, before it changes. */
  private void forgetMood(int person) {
    if (state[person] == PersonState.FOLLOWER) {
      followersMood.remove(mood(person));
    }
    if (active[person]) {
      membersMood.remove(mood(person));
    }
  }

  /** Puts the person's mood back into the sums it counts in, once it has changed. */
  private void rememberMood(int person) {
    if (state[person] == PersonState.FOLLOWER) {
      followersMood.add(mood(person));
    }
    if (active[person]) {
      membersMood.add(mood(person));
    }
  }
}
