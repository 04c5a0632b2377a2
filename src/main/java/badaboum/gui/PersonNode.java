package badaboum.gui;

import badaboum.model.BrandCommunity;

/**
 * A person drawn in the network view. Public with getters so that clicking on a dot opens MASON's
 * inspector on the person's state towards the brand (read only).
 */
public final class PersonNode {
  private final AudienceView view;
  private final int person;

  PersonNode(AudienceView view, int person) {
    this.view = view;
    this.person = person;
  }

  int person() {
    return person;
  }

  NodeState nodeState() {
    BrandCommunity brand = view.brand();
    return brand == null ? NodeState.UNAWARE : NodeState.of(brand, person);
  }

  boolean outraged() {
    BrandCommunity brand = view.brand();
    return brand != null && brand.isOutraged(person);
  }

  public int getPerson() {
    return person;
  }

  public String getState() {
    return nodeState().label();
  }

  public boolean isOutraged() {
    return outraged();
  }

  public double getSatisfaction() {
    BrandCommunity brand = view.brand();
    return brand == null ? 0.5 : brand.satisfaction(person);
  }

  public double getAffinity() {
    BrandCommunity brand = view.brand();
    return brand == null ? Double.NaN : brand.audience().affinity(person);
  }

  public boolean isPrizeSeeker() {
    BrandCommunity brand = view.brand();
    return brand != null && brand.audience().prizeSeeker(person);
  }

  public String getJoinedVia() {
    BrandCommunity brand = view.brand();
    return brand == null || brand.joinedDay(person) < 0 ? "-" : brand.joinedVia(person).label();
  }

  public int getJoinedDay() {
    BrandCommunity brand = view.brand();
    return brand == null ? -1 : brand.joinedDay(person);
  }

  public int getComments() {
    BrandCommunity brand = view.brand();
    return brand == null ? 0 : brand.contributions().comments(person);
  }

  @Override
  public String toString() {
    return "person " + person + ": " + getState() + (outraged() ? ", outraged" : "");
  }
}
