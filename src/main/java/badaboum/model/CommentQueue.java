package badaboum.model;

/**
 * Members' comments waiting for the community manager, oldest first: who wrote, on which day,
 * whether the manager's policy is to answer it, and whether a fellow member already has. A ring
 * buffer of ints, so a busy page costs no objects.
 */
public final class CommentQueue {
  private static final int FIRST_CAPACITY = 64;
  private static final int GROWTH = 2;

  private int[] person = new int[FIRST_CAPACITY];
  private int[] day = new int[FIRST_CAPACITY];
  private boolean[] toAnswer = new boolean[FIRST_CAPACITY];
  private boolean[] memberAnswered = new boolean[FIRST_CAPACITY];
  private int head;
  private int size;

  public int size() {
    return size;
  }

  public void add(int who, int when, boolean answer, boolean byMember) {
    if (size == person.length) {
      grow();
    }
    int at = (head + size) % person.length;
    person[at] = who;
    day[at] = when;
    toAnswer[at] = answer;
    memberAnswered[at] = byMember;
    size++;
  }

  public int oldestPerson() {
    return person[head];
  }

  public int oldestDay() {
    return day[head];
  }

  public boolean oldestToAnswer() {
    return toAnswer[head];
  }

  /** Whether a fellow member answered the oldest comment: then it never counts as unanswered. */
  public boolean oldestMemberAnswered() {
    return memberAnswered[head];
  }

  public void removeOldest() {
    head = (head + 1) % person.length;
    size--;
  }

  private void grow() {
    int capacity = person.length * GROWTH;
    int[] p = new int[capacity];
    int[] d = new int[capacity];
    boolean[] t = new boolean[capacity];
    boolean[] m = new boolean[capacity];
    for (int i = 0; i < size; i++) {
      int from = (head + i) % person.length;
      p[i] = person[from];
      d[i] = day[from];
      t[i] = toAnswer[from];
      m[i] = memberAnswered[from];
    }
    person = p;
    day = d;
    toAnswer = t;
    memberAnswered = m;
    head = 0;
  }
}
