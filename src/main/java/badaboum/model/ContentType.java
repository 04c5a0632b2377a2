package badaboum.model;

import badaboum.scenario.ContentTypeSpec;
import badaboum.scenario.ContentTypesSpec;

/**
 * Kinds of posts. How people take each kind (its appeal, how much it is about the brand, how its
 * reactions split into comments, shares and likes) is the scenario's {@code content_types}.
 */
public enum ContentType {
  PROMOTIONAL,
  INFORMATIVE,
  ENTERTAINING,
  CONVERSATION,
  /** A poll: the brand asks its members' opinion (explicit listening). */
  POLL,
  /** A contest announcement; entering is not a reaction to the page's content. */
  CONTEST;

  /** How people take this kind of post in a market. */
  public ContentTypeSpec in(ContentTypesSpec types) {
    return switch (this) {
      case PROMOTIONAL -> types.promotional();
      case INFORMATIVE -> types.informative();
      case ENTERTAINING -> types.entertaining();
      case CONVERSATION -> types.conversation();
      case POLL -> types.poll();
      case CONTEST -> throw new IllegalStateException("a contest post is entered, not read");
    };
  }
}
