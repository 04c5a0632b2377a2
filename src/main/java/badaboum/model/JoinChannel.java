package badaboum.model;

/** How a follower came to follow, for members.csv and for the contest joiners' churn. */
public enum JoinChannel {
  NONE("none"),
  INITIAL("initial"),
  ORGANIC("organic"),
  WORD_OF_MOUTH("word_of_mouth"),
  LAUNCH("launch"),
  ADS("ads"),
  CONTEST("contest"),
  LISTENING("listening");

  private final String label;

  JoinChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
