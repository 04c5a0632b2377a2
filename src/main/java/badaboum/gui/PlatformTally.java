package badaboum.gui;

import badaboum.engine.RunSpec;
import badaboum.model.Market;
import badaboum.model.TraceRecorder;
import badaboum.result.BrandTrace;
import badaboum.result.DailyMetric;
import badaboum.scenario.MarketPlatformSpec;
import badaboum.scenario.PresenceSpec;
import badaboum.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The focal brand's numbers in a market of several platforms, read with the engine's own recorders
 * so that the console says what {@code daily.csv} says: the brand in total (people counted once
 * however many of its pages they follow) and on each platform ({@code brand@platform}), with where
 * the arm has no account, or has one not open yet.
 */
final class PlatformTally {
  private final String brand;
  private final List<TraceRecorder> recorders;
  private final List<Account> accounts;

  /** One platform of the market as the arm stands on it. */
  private record Account(String platform, int opens, boolean present) {}

  private PlatformTally(String brand, List<TraceRecorder> recorders, List<Account> accounts) {
    this.brand = brand;
    this.recorders = recorders;
    this.accounts = accounts;
  }

  /** The tally of the run's market, or null when the market has one platform. */
  static PlatformTally of(Market market, RunSpec spec) {
    if (market.platforms() == null) {
      return null;
    }
    Scenario scenario = spec.scenario();
    List<PresenceSpec> presences = scenario.strategy(spec.arm()).platforms();
    List<Account> accounts = new ArrayList<>();
    for (int p = 0; p < market.platforms().count(); p++) {
      MarketPlatformSpec platform = market.platforms().spec(p);
      int opens = -1;
      if (presences.isEmpty() && p == 0) {
        opens = platform.opens(); // no accounts named: one on the market's first platform
      }
      for (PresenceSpec presence : presences) {
        if (presence.name().equals(platform.name())) {
          opens = Math.max(presence.from(), platform.opens());
        }
      }
      accounts.add(new Account(platform.name(), Math.max(0, opens), opens >= 0));
    }
    return new PlatformTally(
        market.brands().get(0).name(), market.recorders(scenario.days()), List.copyOf(accounts));
  }

  /** Records the day just ended; read, never write. */
  void record(int day) {
    for (TraceRecorder recorder : recorders) {
      recorder.record(day);
    }
  }

  /** The brand over all its pages. */
  BrandTrace total() {
    return trace(brand);
  }

  /** The brand on each of the market's platforms on {@code day}, in the market's order. */
  List<DaySnapshot.OnPlatform> platforms(int day) {
    List<DaySnapshot.OnPlatform> on = new ArrayList<>();
    for (Account account : accounts) {
      BrandTrace trace = trace(brand + "@" + account.platform());
      on.add(
          new DaySnapshot.OnPlatform(
              account.platform(),
              account.present(),
              account.opens(),
              (int) trace.get(DailyMetric.FOLLOWERS, day),
              (int) trace.get(DailyMetric.ACTIVE, day)));
    }
    return on;
  }

  private BrandTrace trace(String label) {
    for (TraceRecorder recorder : recorders) {
      BrandTrace trace = recorder.trace();
      if (trace.brand().equals(label)) {
        return trace;
      }
    }
    throw new IllegalStateException("no recorder for " + label);
  }
}
