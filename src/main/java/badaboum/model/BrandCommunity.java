package badaboum.model;

import badaboum.model.network.Graph;
import badaboum.scenario.CommunitySpec;
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
  /** Engagements are remembered over about a month for the ambassador rule. */
  private static final double ENGAGEMENT_MEMORY_DAYS = 30;

  /** Satisfaction at which a contest joiner stays once the prize is gone. */
  public static final double ATTACHMENT = 0.6;

  private final String name;
  private final Audience audience;
  private final CommunitySpec community;
  private final Programme programme;
  private final MersenneTwisterFast random;
  private final boolean countActiveFriends;

  private final byte[] state;
  private final boolean[] active;
  private final int[] lastEngaged;
  private final int[] activeSince;
  private final int[] joinedDay;
  private final byte[] joinedVia;
  private final float[] satisfaction;
  private final float[] engagementScore;
  private final int[] scoreDay;
  private final int[] prizeGoneDay;
  private final float[] contestChurn;
  private final int[] outragedSince;
  private final int[] comments;
  private final int[] activeFriends;
  private final IndexedSet followers;
  private final IndexedSet activeMembers;
  private final IndexedSet ambassadors;
  private final IndexedSet contestJoiners;
  private final IndexedSet outraged;
  private final Frontier frontier;
  private final int[] stateCounts = new int[4];
  private int totalActive;
  private final MoodSum mood = new MoodSum();

  private int today;
  private final DayCounters counters = new DayCounters();

  BrandCommunity(
      String name,
      Audience audience,
      CommunitySpec community,
      Programme programme,
      MersenneTwisterFast random) {
    this.name = name;
    this.audience = audience;
    this.community = community;
    this.programme = programme;
    this.random = random;
    this.countActiveFriends = community.friendsterRule();
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
    prizeGoneDay = new int[n];
    contestChurn = new float[n];
    outragedSince = new int[n];
    comments = new int[n];
    Arrays.fill(satisfaction, 0.5f);
    Arrays.fill(joinedDay, -1);
    Arrays.fill(outragedSince, -1);
    activeFriends = countActiveFriends && !audience.friends().isComplete() ? new int[n] : null;
    followers = new IndexedSet(n);
    activeMembers = new IndexedSet(n);
    ambassadors = new IndexedSet(n);
    contestJoiners = new IndexedSet(n);
    outraged = new IndexedSet(n);
    frontier = new Frontier(audience.friends());
  }

  public String name() {
    return name;
  }

  public Audience audience() {
    return audience;
  }

  public CommunitySpec community() {
    return community;
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

  /** Comments the person has written on the page: their contributions. */
  public int comments(int person) {
    return comments[person];
  }

  /** The person writes a comment on the page. */
  public void comment(int person) {
    comments[person]++;
    counters.comments++;
  }

  /** Whether a contest joiner has grown attached: they have come to like the page. */
  public boolean attached(int person) {
    return satisfaction[person] >= ATTACHMENT;
  }

  public int prizeGoneDay(int person) {
    return prizeGoneDay[person];
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

  public int[] contestJoinerSnapshot() {
    return contestJoiners.snapshot();
  }

  public int[] outragedSnapshot() {
    return outraged.snapshot();
  }

  /** The mood of the followers, −1 hostile to 1 delighted: see {@link Sentiment}. */
  public double sentiment() {
    return mood.mean(followers.size());
  }

  /** Who among followers still has a friend to tell about the brand. */
  public Frontier frontier() {
    return frontier;
  }

  /** Active followers among the person's friends (everyone else, under complete mixing). */
  public int activeFriends(int person) {
    if (activeFriends != null) {
      return activeFriends[person];
    }
    if (!countActiveFriends) {
      throw new IllegalStateException("active friends are counted only for the Friendster rule");
    }
    return totalActive - (active[person] ? 1 : 0);
  }

  /** Engagements over about the last month, decayed. */
  public double recentEngagements(int person) {
    return engagementScore[person] * Math.exp(-(today - scoreDay[person]) / ENGAGEMENT_MEMORY_DAYS);
  }

  /**
   * The person hears of the brand: becomes aware, and follows with a probability from their
   * affinity and the brand's image, scaled by {@code incentive} (1 for plain exposure). Returns
   * whether they followed.
   */
  public boolean consider(int person, JoinChannel channel, double incentive) {
    byte s = state[person];
    if (s == PersonState.FOLLOWER) {
      return false;
    }
    if (s == PersonState.UNAWARE) {
      setState(person, PersonState.AWARE);
    }
    double p = audience.affinity(person) * incentive;
    if (s == PersonState.LEFT) {
      p *= community.returnChance();
    }
    if (outragedSince[person] >= 0) {
      p *= 0.2; // people angry at the brand rarely start following it
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
      satisfaction[person] = 0.5f;
    }
    setState(person, PersonState.FOLLOWER);
    joinedVia[person] = (byte) channel.ordinal();
    joinedDay[person] = today;
    followers.add(person);
    frontier.followed(person);
    mood.add(moodOf(person));
    counters.newFollowers++;
  }

  /** A founding member: follows and is active from the start (the textbook reductions). */
  public void found(int person) {
    follow(person, JoinChannel.INITIAL);
    engage(person);
  }

  /** A follower who joined for a contest; at risk of leaving once the prize is gone. */
  public void markContestJoiner(int person, int prizeGone, double churnAfter) {
    prizeGoneDay[person] = prizeGone;
    contestChurn[person] = (float) churnAfter;
    contestJoiners.add(person);
  }

  /** Daily unfollow probability of a contest joiner once the prize is gone. */
  public double contestChurn(int person) {
    return contestChurn[person];
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
    boolean follows = state[person] == PersonState.FOLLOWER;
    if (follows) {
      mood.remove(moodOf(person));
    }
    satisfaction[person] += (float) (weight * (value - satisfaction[person]));
    if (follows) {
      mood.add(moodOf(person));
    }
  }

  public void becomeDormant(int person) {
    if (!active[person]) {
      return;
    }
    active[person] = false;
    activeMembers.remove(person);
    ambassadors.remove(person);
    changeActiveFriends(person, -1);
  }

  public void unfollow(int person) {
    if (state[person] != PersonState.FOLLOWER) {
      return;
    }
    becomeDormant(person);
    mood.remove(moodOf(person));
    setState(person, PersonState.LEFT);
    followers.remove(person);
    frontier.unfollowed(person);
    contestJoiners.remove(person);
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
      boolean follows = state[person] == PersonState.FOLLOWER;
      if (follows) {
        mood.remove(moodOf(person));
      }
      outragedSince[person] = today;
      if (follows) {
        mood.add(moodOf(person));
      }
      outraged.add(person);
    }
  }

  public void calm(int person) {
    if (outragedSince[person] >= 0) {
      boolean follows = state[person] == PersonState.FOLLOWER;
      if (follows) {
        mood.remove(moodOf(person));
      }
      outragedSince[person] = -1;
      if (follows) {
        mood.add(moodOf(person));
      }
      outraged.remove(person);
    }
  }

  /**
   * What following is worth to an active follower: each active friend in the community, plus the
   * brand's own content while the programme runs, scaled by how satisfied they are.
   */
  public double benefit(int person) {
    double brand =
        programme.alive() && programme.strategy().postsPerWeek() > 0
            ? community.brandBenefit() * 2 * satisfaction[person]
            : 0;
    return community.benefitPerActiveFriend() * activeFriends(person) + brand;
  }

  /** A follower's part in the sentiment: 2·satisfaction − 1, or −1 while outraged. */
  private double moodOf(int person) {
    return outragedSince[person] >= 0 ? -1 : 2 * satisfaction[person] - 1;
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
    changeActiveFriends(person, +1);
  }

  private void changeActiveFriends(int person, int delta) {
    totalActive += delta;
    if (activeFriends == null) {
      return;
    }
    Graph graph = audience.friends();
    int[] offsets = graph.offsets();
    int[] neighbors = graph.neighbors();
    for (int k = offsets[person]; k < offsets[person + 1]; k++) {
      activeFriends[neighbors[k]] += delta;
    }
  }
}
