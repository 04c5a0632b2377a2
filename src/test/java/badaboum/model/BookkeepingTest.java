package badaboum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import badaboum.engine.CommunitySimulation;
import badaboum.engine.RunSpec;
import badaboum.model.network.Graph;
import badaboum.scenario.Scenario;
import badaboum.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a brand keeps up to date as people change, so that a day need not recount it, is checked
 * against a recount at the end of every day: the followers' sentiment, the members' mood that is
 * the next morning's image, and the frontier of word of mouth (who, among followers and active
 * members, has a friend who does not follow). The scenarios bring every kind of change: follows and
 * unfollows on a network and under complete mixing, members who become active and dormant, crises
 * that outrage and calm, a cancellation, departures.
 */
class BookkeepingTest {

  @ParameterizedTest(name = "{0}, arm {1}, unfollowing {2}")
  @CsvSource({
    "scenarios/workshop/h7-crisis-and-ambassadors.yaml, transparent, ",
    "scenarios/workshop/h8-what-survives-cancellation.yaml, broadcast, ",
    "scenarios/boum-vs-steady.yaml, boum, ",
    "scenarios/textbook/friendster-kcore.yaml, silent, ",
    "scenarios/textbook/bass.yaml, silent, 0.005",
  })
  void sentimentAndFrontierMatchARecountEveryDay(String file, String arm, Double unfollowing) {
    ScenarioLoader loader = new ScenarioLoader();
    Scenario scenario = loader.load(Path.of(file));
    if (unfollowing != null) {
      scenario = loader.point(scenario, Map.of("community.unfollow_per_day", unfollowing), "test");
    }
    CommunitySimulation simulation = new CommunitySimulation(RunSpec.of(scenario, arm, 0));
    simulation.start();
    int unfollows = 0;
    double[] image = new double[simulation.market().brands().size()];
    while (simulation.schedule.getSteps() < scenario.days()) {
      simulation.schedule.step(simulation);
      for (int b = 0; b < image.length; b++) {
        BrandCommunity brand = simulation.market().brands().get(b);
        if (simulation.schedule.getSteps() > 1) {
          assertThat(brand.image()).as("image").isCloseTo(image[b], within(1e-9));
        }
        image[b] = recountedImage(brand);
        assertThat(brand.sentiment()).isCloseTo(recountedSentiment(brand), within(1e-9));
        assertFrontier(brand, simulation.market().audience().friends());
        unfollows += brand.counters().unfollows();
      }
    }
    assertThat(unfollows).as("people stopped following in " + file).isPositive();
  }

  private static double recountedSentiment(BrandCommunity brand) {
    if (brand.followerCount() == 0) {
      return 0;
    }
    double total = 0;
    for (int i = 0; i < brand.followerCount(); i++) {
      int person = brand.follower(i);
      total += brand.isOutraged(person) ? -1 : 2 * brand.satisfaction(person) - 1;
    }
    return total / brand.followerCount();
  }

  private static double recountedImage(BrandCommunity brand) {
    if (brand.activeCount() == 0) {
      return 0;
    }
    double total = 0;
    for (int i = 0; i < brand.activeCount(); i++) {
      total += brand.mood(brand.activeMember(i));
    }
    return total / brand.activeCount();
  }

  private static void assertFrontier(BrandCommunity brand, Graph friends) {
    int[] expected =
        IntStream.range(0, friends.size())
            .filter(
                person -> brand.isFollower(person) && hasFriendNotFollowing(brand, friends, person))
            .toArray();
    assertThat(read(brand.frontier().followersWithListeners())).isEqualTo(expected);
    int[] activeExpected = Arrays.stream(expected).filter(brand::isActive).toArray();
    assertThat(read(brand.frontier().activeWithListeners())).isEqualTo(activeExpected);
    for (int person = 0; person < friends.size(); person += 7) {
      assertThat(brand.frontier().hasListeners(person))
          .as("person %d", person)
          .isEqualTo(hasFriendNotFollowing(brand, friends, person));
    }
    assertThat(Arrays.stream(expected).allMatch(brand::isFollower)).isTrue();
  }

  private static int[] read(PersonRow row) {
    IntStream.Builder people = IntStream.builder();
    for (int person = row.jump(0); person != PersonRow.END; person = row.jump(0)) {
      people.add(person);
    }
    return people.build().toArray();
  }

  private static boolean hasFriendNotFollowing(BrandCommunity brand, Graph friends, int person) {
    if (friends.isComplete()) {
      int others = friends.size() - 1;
      int followingOthers = brand.followerCount() - (brand.isFollower(person) ? 1 : 0);
      return followingOthers < others;
    }
    for (int k = 0; k < friends.degree(person); k++) {
      if (!brand.isFollower(friends.neighbor(person, k))) {
        return true;
      }
    }
    return false;
  }
}
