package badaboum.model;

/** The mood of a brand's followers: −1 hostile, 0 indifferent, 1 delighted. */
public final class Sentiment {
  private Sentiment() {}

  /** Mean over followers of 2·satisfaction − 1, counting the outraged as −1. */
  public static double of(BrandCommunity brand) {
    int followers = brand.followerCount();
    if (followers == 0) {
      return 0;
    }
    double total = 0;
    for (int i = 0; i < followers; i++) {
      int person = brand.follower(i);
      total += brand.mood(person);
    }
    return total / followers;
  }
}
