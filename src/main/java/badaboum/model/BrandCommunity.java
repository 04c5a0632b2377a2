package badaboum.model;

import badaboum.model.network.Graph;
import badaboum.scenario.CommunitySpec;
import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * One brand's page and the people around it: each person's state towards the brand, in arrays
 * indexed by person id, with the followers and the active members kept as sets so that daily
 * mechanisms visit only them. Every change of state goes through the methods here, which keep the
 * sets, the counters of the day and each person's count of active friends consistent.
 */
public final class BrandCommunity {
  private final String name;
  private final Audience audience;
  private final CommunitySpec community;
  private final MersenneTwisterFast random;
  private final boolean countActiveFriends;

  private final byte[] state;
  private final boolean[] active;
  private final int[] lastEngaged;
  private final int[] activeSince;
  private final int[] joinedDay;
  private final byte[] joinedVia;
  private final float[] satisfaction;
  private final int[] activeFriends;
  private final IndexedSet followers;
  private final IndexedSet activeMembers;
  private int totalActive;

  private int today;
  private final DayCounters counters = new DayCounters();

  BrandCommunity(
      String name, Audience audience, CommunitySpec community, MersenneTwisterFast random) {
    this.name = name;
    this.audience = audience;
    this.community = community;
    this.random = random;
    this.countActiveFriends = community.friendsterRule();
    int n = audience.size();
    state = new byte[n];
    active = new boolean[n];
    lastEngaged = new int[n];
    activeSince = new int[n];
    joinedDay = new int[n];
    joinedVia = new byte[n];
    satisfaction = new float[n];
    Arrays.fill(satisfaction, 0.5f);
    Arrays.fill(joinedDay, -1);
    activeFriends = countActiveFriends && !audience.friends().isComplete() ? new int[n] : null;
    followers = new IndexedSet(n);
    activeMembers = new IndexedSet(n);
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
  }

  public DayCounters counters() {
    return counters;
  }

  public byte state(int person) {
    return state[person];
  }

  public boolean isFollower(int person) {
    return state[person] == PersonState.FOLLOWER;
  }

  public boolean isActive(int person) {
    return active[person];
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

  public int followerCount() {
    return followers.size();
  }

  public int activeCount() {
    return activeMembers.size();
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

  public int[] activeSnapshot() {
    return activeMembers.snapshot();
  }

  public int[] followerSnapshot() {
    return followers.snapshot();
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

  /**
   * The person hears of the brand: becomes aware, and follows with a probability from their
   * affinity, scaled by {@code incentive} (1 for plain exposure). Returns whether they followed.
   */
  public boolean consider(int person, JoinChannel channel, double incentive) {
    byte s = state[person];
    if (s == PersonState.FOLLOWER) {
      return false;
    }
    if (s == PersonState.UNAWARE) {
      state[person] = PersonState.AWARE;
    }
    double p = audience.affinity(person) * incentive;
    if (s == PersonState.LEFT) {
      p *= community.returnChance();
    }
    if (random.nextDouble() < p) {
      follow(person, channel);
      return true;
    }
    return false;
  }

  /** The person follows, and following is engaging: they start active. */
  public void follow(int person, JoinChannel channel) {
    if (state[person] == PersonState.FOLLOWER) {
      return;
    }
    state[person] = PersonState.FOLLOWER;
    joinedVia[person] = (byte) channel.ordinal();
    joinedDay[person] = today;
    followers.add(person);
    counters.newFollowers++;
    activate(person);
  }

  /** The person engaged today (reacted, commented, talked with a member). */
  public void engage(int person) {
    if (state[person] != PersonState.FOLLOWER) {
      return;
    }
    lastEngaged[person] = today;
    if (!active[person]) {
      activate(person);
    }
  }

  public void becomeDormant(int person) {
    if (!active[person]) {
      return;
    }
    active[person] = false;
    activeMembers.remove(person);
    changeActiveFriends(person, -1);
  }

  public void unfollow(int person) {
    if (state[person] != PersonState.FOLLOWER) {
      return;
    }
    becomeDormant(person);
    state[person] = PersonState.LEFT;
    followers.remove(person);
    counters.unfollows++;
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
