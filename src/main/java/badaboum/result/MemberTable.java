package badaboum.result;

/**
 * Each person's final state towards one brand, column by column (one array per column, indexed by
 * person id), for members.csv.
 */
public record MemberTable(
    String brand,
    String[] state,
    boolean[] active,
    boolean[] ambassador,
    float[] affinity,
    float[] satisfaction,
    String[] joinedVia,
    int[] joinedDay,
    int[] comments) {

  public int size() {
    return state.length;
  }
}
