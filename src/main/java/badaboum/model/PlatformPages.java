package badaboum.model;

import badaboum.scenario.MarketPlatformSpec;
import badaboum.scenario.PresenceSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The brands' pages when a market has several platforms: one {@link BrandCommunity} per brand and
 * platform it is on, each with its own followers, programme and random stream, so every mechanism
 * runs on a page as it runs on a brand. What the pages of one brand share is laid over them here,
 * each morning: the community manager's hours, split among the brand's open pages in proportion to
 * their posts, less the minutes lost to each platform beyond the first; a platform's novelty, on
 * its reach; and who can be reached on a page at all (the people on its platform, once it is open).
 */
final class PlatformPages {
  /**
   * One brand's account on one platform.
   *
   * @param brand the brand's index in the scenario
   * @param platform the platform's index in the market
   */
  record Page(int brand, int platform, PresenceSpec account, BrandCommunity community) {}

  private final Platforms platforms;
  private final List<Page> pages;
  private final Map<BrandCommunity, Page> byCommunity = new IdentityHashMap<>();
  private int today;

  PlatformPages(Platforms platforms, List<Page> pages) {
    this.platforms = platforms;
    this.pages = List.copyOf(pages);
    for (Page page : pages) {
      byCommunity.put(page.community(), page);
      page.community().reachableWhen(person -> reachable(page, person));
    }
  }

  Platforms platforms() {
    return platforms;
  }

  List<Page> pages() {
    return pages;
  }

  Page page(BrandCommunity community) {
    return byCommunity.get(community);
  }

  /** The page's name in results: brand@platform. */
  String label(BrandCommunity community) {
    Page page = byCommunity.get(community);
    return community.name() + "@" + platforms.spec(page.platform()).name();
  }

  /** Whether the page is open on {@code day}: the platform is, and the brand has come. */
  boolean open(Page page, int day) {
    return day >= Math.max(page.account().from(), platforms.spec(page.platform()).opens());
  }

  /** Sets who is where today, then each page's share of the manager's day and its reach. */
  void startDay(int day) {
    today = day;
    platforms.startDay(day);
    for (Page page : pages) {
      List<Page> siblings = openPagesOf(page.brand(), day);
      double posts = 0;
      for (Page sibling : siblings) {
        posts += sibling.account().postsPerWeek();
      }
      double share = 0;
      if (siblings.contains(page)) {
        share = posts > 0 ? page.account().postsPerWeek() / posts : 1.0 / siblings.size();
      }
      Programme programme = page.community().programme();
      double lost =
          programme.strategy().staffing().minutesPerSwitch() * Math.max(0, siblings.size() - 1);
      programme.shareTime(share, lost);
      MarketPlatformSpec spec = platforms.spec(page.platform());
      programme.reachFactor(spec.noveltyFactor(day));
    }
  }

  private List<Page> openPagesOf(int brand, int day) {
    List<Page> open = new ArrayList<>();
    for (Page page : pages) {
      if (page.brand() == brand && open(page, day)) {
        open.add(page);
      }
    }
    return open;
  }

  /** Whether the person can hear of the brand on this page today. */
  private boolean reachable(Page page, int person) {
    return open(page, today) && platforms.on(page.platform(), person);
  }

  /**
   * Whether a follower the page's post is shown to is there to see it: on the platform today, and,
   * drawn from the page's stream, in the share of their time they spend there.
   */
  boolean there(BrandCommunity community, int person) {
    Page page = byCommunity.get(community);
    double share = platforms.timeShare(page.platform(), person);
    return share >= 1 || (share > 0 && community.random().nextDouble() < share);
  }
}
