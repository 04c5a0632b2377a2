package badaboum.model;

/**
 * People in a fixed order, read forwards by jumps: {@link #jump} skips a number of people and
 * returns the next. A row over a bit set costs a step per 64 people jumped and per person read, not
 * per person in the row, so a day's senders need not be listed one by one.
 */
public abstract class PersonRow {
  /** No one left: returned by {@link #jump} past the end of the row. */
  public static final int END = -1;

  private PersonRow() {}

  /** The people of the array, in its order; the array is read as it is, not copied. */
  public static PersonRow of(int[] people) {
    return new Listed(people);
  }

  /** The people whose bit is set, in id order; the bits are copied, later changes do not show. */
  static PersonRow ofBits(long[] bits) {
    return new Bits(bits.clone());
  }

  /**
   * Skips {@code gap} people after the last one read (from the start, at first) and returns the
   * next one, or {@link #END}.
   */
  public abstract int jump(long gap);

  private static final class Listed extends PersonRow {
    private final int[] people;
    private long next;

    Listed(int[] people) {
      this.people = people;
    }

    @Override
    public int jump(long gap) {
      next += gap;
      return next < people.length ? people[(int) next++] : END;
    }
  }

  private static final class Bits extends PersonRow {
    private final long[] words;
    private int at;
    private long unread;

    Bits(long[] words) {
      this.words = words;
      this.unread = words.length > 0 ? words[0] : 0;
    }

    @Override
    public int jump(long gap) {
      while (gap >= Long.bitCount(unread)) {
        gap -= Long.bitCount(unread);
        if (++at >= words.length) {
          unread = 0;
          at = words.length;
          return END;
        }
        unread = words[at];
      }
      for (; gap > 0; gap--) {
        unread &= unread - 1; // the lowest people of the word are jumped over
      }
      int person = at * Long.SIZE + Long.numberOfTrailingZeros(unread);
      unread &= unread - 1;
      return person;
    }
  }
}
