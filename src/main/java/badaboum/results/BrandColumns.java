package badaboum.results;

import badaboum.scenario.MarketPlatformSpec;
import badaboum.scenario.Scenario;
import java.util.Comparator;
import java.util.List;

/**
 * The columns that say whose a row of a results table is (daily.csv, traces, summaries, members). A
 * market of one platform has {@code brand}: the brand's name, as it always had. A market that
 * declares {@code platforms} has {@code brand, platform}: the model names a brand's page on a
 * platform {@code brand@platform} and the brand's total over its pages by its name alone; here the
 * two are split apart, the total's platform being {@value #ALL_PLATFORMS}, so that a spreadsheet
 * filters a brand or a platform on one column each.
 *
 * @param hasPlatform whether the tables have a {@code platform} column after {@code brand}
 * @param platforms the market's platform names, to split a page's name by
 */
public record BrandColumns(boolean hasPlatform, List<String> platforms) {
  /** The platform of a brand's row over all its pages. */
  public static final String ALL_PLATFORMS = MarketPlatformSpec.ALL_PLATFORMS;

  /** One column, {@code brand}, holding the name as the model gives it. */
  public static final BrandColumns BRAND_ONLY = new BrandColumns(false, List.of());

  private static final char PAGE_SEPARATOR = '@';

  public BrandColumns {
    // the longest name first, so that a platform whose name ends another's is matched whole
    platforms =
        platforms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** The columns of the scenario's results: with a platform column when it declares platforms. */
  public static BrandColumns of(Scenario scenario) {
    return scenario.severalPlatforms()
        ? new BrandColumns(
            true, scenario.platforms().stream().map(MarketPlatformSpec::name).toList())
        : BRAND_ONLY;
  }

  /** The header cells: {@code brand}, or {@code brand, platform}. */
  public List<String> names() {
    return hasPlatform() ? List.of("brand", "platform") : List.of("brand");
  }

  /**
   * The cells, CSV-quoted, of a trace, summary or member table named {@code label} by the model.
   */
  public List<String> cells(String label) {
    if (!hasPlatform()) {
      return List.of(Csv.text(label));
    }
    for (String platform : platforms) {
      int at = label.length() - platform.length() - 1;
      if (at > 0 && label.charAt(at) == PAGE_SEPARATOR && label.endsWith(platform)) {
        return List.of(Csv.text(label.substring(0, at)), Csv.text(platform));
      }
    }
    return List.of(Csv.text(label), ALL_PLATFORMS);
  }
}
