package badaboum.model.mechanisms;

import badaboum.model.Programme;
import badaboum.scenario.ManagementSpec;

/** Opens management's expectation rule to tests in other packages. */
public final class ManagementReviewAccess {
  private ManagementReviewAccess() {}

  public static double expectation(Programme programme, ManagementSpec spec) {
    return ManagementReview.expectation(programme, spec);
  }
}
