package badaboum.result;

/**
 * Each person's final state towards one brand, column by column (one array per column, indexed by
 * person id), for members.csv.
 *
 * @param comments comments written on the page
 * @param reactions reactions to its regular posts and polls (contest entries are not reactions)
 * @param lastEngagedDay the last day the person engaged, or -1 if never
 * @param lastReactedDay the last day the person reacted to the page's content, or -1 if never
 * @param ties members the person has formed a tie with by answering or being answered
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
    int[] comments,
    int[] reactions,
    int[] lastEngagedDay,
    int[] lastReactedDay,
    int[] ties) {

  public int size() {
    return state.length;
  }
}
