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
  private PlatformPages pages;
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

  /** The brands' pages on several platforms: {@link #brands} are then the pages. */
  void onPlatforms(PlatformPages platformPages) {
    pages = platformPages;
  }

  /** Who is on which platform, or null when the market has one platform. */
  public Platforms platforms() {
    return pages == null ? null : pages.platforms();
  }

  /** How a brand (a page, on several platforms) is named in results: brand@platform for a page. */
  public String label(BrandCommunity brand) {
    return pages == null ? brand.name() : pages.label(brand);
  }

  /**
   * The daily recorders of a run: one per brand on a single platform; with several, first each
   * brand's total over its pages (in the brands' order), then one per brand and platform of the
   * market (brand@platform, all zeros where the brand has no page).
   */
  public List<TraceRecorder> recorders(int days) {
    List<TraceRecorder> recorders = new ArrayList<>();
    boolean fake = platform.countsFakeFans();
    if (pages == null) {
      for (BrandCommunity brand : brands) {
        recorders.add(new TraceRecorder(brand, days, fake));
      }
      return recorders;
    }
    Platforms where = pages.platforms();
    for (String name : brandNames()) {
      recorders.add(new TraceRecorder(name, pagesOf(name, -1), days, fake));
    }
    for (String name : brandNames()) {
      // every brand has a row for every platform, empty where it has no page, so that every
      // arm of a sweep has the same rows
      for (int p = 0; p < where.count(); p++) {
        String label = name + "@" + where.spec(p).name();
        recorders.add(new TraceRecorder(label, pagesOf(name, p), days, fake));
      }
    }
    return recorders;
  }

  private List<String> brandNames() {
    List<String> names = new ArrayList<>();
    for (BrandCommunity brand : brands) {
      if (!names.contains(brand.name())) {
        names.add(brand.name());
      }
    }
    return names;
  }

  /** The brand's pages on platform {@code platform}, or on every platform when it is -1. */
  private List<BrandCommunity> pagesOf(String brand, int platform) {
    return pages.pages().stream()
        .filter(p -> p.community().name().equals(brand))
        .filter(p -> platform < 0 || p.platform() == platform)
        .map(PlatformPages.Page::community)
        .toList();
  }

  /** Starts a new day: every brand's counters of the day are reset. */
  public void startDay(int newDay) {
    day = newDay;
    if (pages != null) {
      pages.startDay(newDay);
    }
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

  /**
   * Whether a follower shown the page's post sees it: with several platforms, only if they are on
   * its platform and there at that moment (their share of time there); then, as on one platform, if
   * they have attention left today.
   */
  public boolean attend(BrandCommunity brand, int person) {
    if (pages != null && !pages.there(brand, person)) {
      return false;
    }
    return attend(person);
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
