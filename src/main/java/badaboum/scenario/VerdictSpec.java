package badaboum.scenario;

/**
 * What the report's verdict leads with: the scenario's primary metric, so that a lesson about
 * survival, or about a community's whole life, is not judged by active members on the last day.
 *
 * @param metric what is compared between the arms
 * @param over on the last day, or over the whole run
 * @param mechanism the mechanism the lesson rests on, in a short clause the verdict prints after
 *     its lead ("— the mechanism: ..."), in English or in both languages; empty for none
 */
public record VerdictSpec(
    @Key(
            value = "active_members",
            meaning =
                "the primary metric: what the verdict compares first (`member_interactions`,"
                    + " `reach`, `unfollows` and `active_after_cancellation` exist over the"
                    + " whole run only; `fans` on the last day only)")
        VerdictMetric metric,
    @Key(
            value = "final",
            meaning = "`final`: on the last day; `whole_run`: over every day of the run")
        Over over,
    @Key(
            value = "",
            meaning =
                "the mechanism the comparison rests on, in a short clause (the verdict prints"
                    + " \"— the mechanism: ...\" after its lead), in English or as `{en: ...,"
                    + " fr: ...}`; empty for none")
        Bilingual mechanism) {

  public VerdictSpec {
    Catalog.check(VerdictSpec.class, metric, over, mechanism);
    mechanism =
        mechanism == null
            ? Bilingual.NONE
            : new Bilingual(mechanism.en().strip(), mechanism.fr().strip());
    if (metric.column(over) == null) {
      throw new SpecException(
          "over",
          metric.label()
              + " has no "
              + over.label()
              + " value; use over: "
              + (over == Over.FINAL ? Over.WHOLE_RUN : Over.FINAL).label());
    }
  }

  /** The runs.csv column the verdict leads with. */
  public String column() {
    return metric.column(over);
  }

  /** When the metric is taken. */
  public enum Over implements Labelled {
    FINAL("final"),
    WHOLE_RUN("whole_run");

    private final String label;

    Over(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }
}
