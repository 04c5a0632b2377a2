package badaboum.scenario;

/**
 * Followers talking about the brand.
 *
 * @param contactsPerDay mean contacts each follower makes per day, each with a random friend
 * @param conversion probability that a contact makes the friend consider the brand
 * @param brandDependent whether the sender's satisfaction with the brand scales the conversion (off
 *     in the Bass reduction)
 */
public record WordOfMouthSpec(double contactsPerDay, double conversion, boolean brandDependent) {
  public WordOfMouthSpec {
    Checks.within("word_of_mouth.contacts_per_day", contactsPerDay, 0, 100);
    Checks.within("word_of_mouth.conversion", conversion, 0, 1);
  }
}
