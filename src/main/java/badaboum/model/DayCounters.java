package badaboum.model;

/** What happened to one brand today: flows that the day's record reports. */
public final class DayCounters {
  int newFollowers;
  int unfollows;
  long m2mInteractions;

  void reset() {
    newFollowers = 0;
    unfollows = 0;
    m2mInteractions = 0;
  }

  public int newFollowers() {
    return newFollowers;
  }

  public int unfollows() {
    return unfollows;
  }

  public long m2mInteractions() {
    return m2mInteractions;
  }

  public void addInteraction() {
    m2mInteractions++;
  }
}
