package badaboum.scenario;

/**
 * A record refuses its values: out of range, or against a rule across its keys (content shares that
 * do not sum to 1, ads that end before they start). The loader reports it at {@link #key}.
 */
public final class SpecException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;

  public SpecException(String key, String message) {
    super(message);
    this.key = key;
  }

  /** The key at fault, or empty for the whole section. */
  public String key() {
    return key;
  }
}
