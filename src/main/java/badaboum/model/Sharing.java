package badaboum.model;

import ec.util.MersenneTwisterFast;

/** A member shares a post: some friends see it, and those who do not follow may start to. */
public final class Sharing {
  private Sharing() {}

  public static void share(Market market, BrandCommunity brand, int sharer) {
    brand.counters().addShare();
    MersenneTwisterFast random = brand.random();
    int audience = market.platform().shareAudience();
    for (int i = 0; i < audience; i++) {
      int friend = market.audience().friends().randomNeighbor(sharer, random);
      if (friend >= 0 && !brand.isFollower(friend)) {
        brand.consider(friend, JoinChannel.WORD_OF_MOUTH, market.platform().shareConversion());
      }
    }
  }
}
