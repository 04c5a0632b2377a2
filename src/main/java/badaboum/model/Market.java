package badaboum.model;

import badaboum.scenario.ContentTypesSpec;
import badaboum.scenario.PlatformSpec;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;

/**
 * One market: an audience, the brands competing for its attention, and the platform between them.
 * Attention is the market's: a person looks at only so many posts a day, whichever brand they come
 * from.
 */
public final class Market {
  private static final int NEVER = -1;

  private final Audience audience;
  private final List<BrandCommunity> brands;
  private final PlatformSpec platform;
  private final ContentTypesSpec contentTypes;
  private final MersenneTwisterFast platformRandom;
  private final MersenneTwisterFast botRandom;
  private final int[] attentionDay;
  private final int[] attentionUsed;
  private int day;

  public Market(
      Audience audience,
      List<BrandCommunity> brands,
      PlatformSpec platform,
      ContentTypesSpec contentTypes,
      MersenneTwisterFast platformRandom,
      MersenneTwisterFast botRandom) {
    this.audience = audience;
    this.brands = List.copyOf(brands);
    this.platform = platform;
    this.contentTypes = contentTypes;
    this.platformRandom = platformRandom;
    this.botRandom = botRandom;
    this.attentionDay = new int[audience.size()];
    this.attentionUsed = new int[audience.size()];
    java.util.Arrays.fill(attentionDay, NEVER);
  }

  public Audience audience() {
    return audience;
  }

  public List<BrandCommunity> brands() {
    return brands;
  }

  public PlatformSpec platform() {
    return platform;
  }

  /** How people take each kind of post. */
  public ContentTypesSpec contentTypes() {
    return contentTypes;
  }

  /** The platform's stream: which brand's posts reach the feed first today. */
  public MersenneTwisterFast platformRandom() {
    return platformRandom;
  }

  /** The bots' stream: adding bots never shifts members' draws. */
  public MersenneTwisterFast botRandom() {
    return botRandom;
  }

  public int day() {
    return day;
  }

  /** Starts a new day: every brand's counters of the day are reset. */
  public void startDay(int newDay) {
    day = newDay;
    for (BrandCommunity brand : brands) {
      brand.startDay(newDay);
    }
  }

  /** The brands in a fresh random order, so that none always gets first call on attention. */
  public List<BrandCommunity> brandsInFeedOrder() {
    if (brands.size() == 1) {
      return brands;
    }
    List<BrandCommunity> order = new ArrayList<>(brands);
    for (int i = order.size() - 1; i > 0; i--) {
      java.util.Collections.swap(order, i, platformRandom.nextInt(i + 1));
    }
    return order;
  }

  /** Whether the person still has attention for one more post today; if so, it is spent. */
  public boolean attend(int person) {
    if (attentionDay[person] != day) {
      attentionDay[person] = day;
      attentionUsed[person] = 0;
    }
    if (attentionUsed[person] >= platform.attentionPerDay()) {
      return false;
    }
    attentionUsed[person]++;
    return true;
  }
}
