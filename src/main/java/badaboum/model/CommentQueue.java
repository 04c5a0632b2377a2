package badaboum.model;

/**
 * Members' comments waiting for the community manager, oldest first: who wrote, on which day, and
 * whether the manager's policy is to answer it. A ring buffer of ints, so a busy page costs no
 * objects.
 */
public final class CommentQueue {
  private int[] person = new int[64];
  private int[] day = new int[64];
  private boolean[] toAnswer = new boolean[64];
  private int head;
  private int size;

  public int size() {
    return size;
  }

  public void add(int who, int when, boolean answer) {
    if (size == person.length) {
      grow();
    }
    int at = (head + size) % person.length;
    person[at] = who;
    day[at] = when;
    toAnswer[at] = answer;
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

  public void removeOldest() {
    head = (head + 1) % person.length;
    size--;
  }

  private void grow() {
    int[] p = new int[person.length * 2];
    int[] d = new int[person.length * 2];
    boolean[] t = new boolean[person.length * 2];
    for (int i = 0; i < size; i++) {
      int from = (head + i) % person.length;
      p[i] = person[from];
      d[i] = day[from];
      t[i] = toAnswer[from];
    }
    person = p;
    day = d;
    toAnswer = t;
    head = 0;
  }
}
