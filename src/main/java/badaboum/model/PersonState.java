package badaboum.model;

/** A person's relation to one brand: unaware → aware → follower → left (and rarely back). */
public final class PersonState {
  private PersonState() {}

  public static final byte UNAWARE = 0;
  public static final byte AWARE = 1;
  public static final byte FOLLOWER = 2;
  public static final byte LEFT = 3;

  /** How many states there are. */
  public static final int COUNT = 4;

  public static String label(byte state) {
    return switch (state) {
      case UNAWARE -> "unaware";
      case AWARE -> "aware";
      case FOLLOWER -> "follower";
      case LEFT -> "left";
      default -> throw new IllegalArgumentException("unknown state " + state);
    };
  }
}
