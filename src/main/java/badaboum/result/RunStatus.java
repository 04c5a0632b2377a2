package badaboum.result;

/** How a run of a sweep ended, as written in the {@code status} column of runs.csv. */
public enum RunStatus {
  /** The run reached its horizon and its outputs are finite. */
  OK("ok"),
  /** The run threw, or produced a non-finite daily metric; its error says which. */
  FAILED("failed");

  private final String label;

  RunStatus(String label) {
    this.label = label;
  }

  /** The word in runs.csv. */
  public String label() {
    return label;
  }

  /** The status written as {@code label}, or null when the text is none of them. */
  public static RunStatus ofLabel(String label) {
    for (RunStatus status : values()) {
      if (status.label.equals(label)) {
        return status;
      }
    }
    return null;
  }
}
