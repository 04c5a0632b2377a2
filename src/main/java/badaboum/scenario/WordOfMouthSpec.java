package badaboum.scenario;

/**
 * Followers talking about the brand.
 *
 * @param contactsPerDay mean contacts each follower makes per day, each with a random friend
 * @param conversion probability that a contact makes the friend consider the brand
 * @param brandDependent whether the sender's satisfaction with the brand scales the conversion (off
 *     in the Bass reduction)
 */
public record WordOfMouthSpec(
    @Key(
            value = "0.3",
            min = 0,
            max = 100,
            unit = "contacts per follower per day",
            meaning = "mean contacts each speaker makes with a random friend a day",
            source = "assumption, swept")
        double contactsPerDay,
    @Key(
            value = "0.01",
            min = 0,
            max = 1,
            unit = "probability per contact",
            meaning = "probability that a contact makes the friend consider following",
            source =
                "Bass meta-analysis (Sultan, Farley and Lehmann 1990): q ≈ 0.38 a year; contacts ×"
                    + " conversion = 0.003 a day")
        double conversion,
    @Key(
            value = "true",
            meaning =
                "whether the sender's satisfaction scales the conversion (2 × satisfaction: 1 when"
                    + " indifferent)")
        boolean brandDependent,
    @Key(
            value = "active",
            meaning =
                "who talks about the brand: `active` members (who engaged within the active window; a dormant follower tells nobody) or every follower (the Bass reduction)",
            source = "DESIGN.md §2.1: word of mouth comes from members who engaged")
        Speakers speakers) {
  public WordOfMouthSpec {
    Catalog.check(WordOfMouthSpec.class, contactsPerDay, conversion, brandDependent, speakers);
  }
}
