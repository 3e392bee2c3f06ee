package dev.parley.exchange;

/**
 * A category of the people (or remains) released in one direction of an exchange.
 *
 * <p>Military, civilian, bodies and other are <em>exclusive</em>: each released person or body
 * falls in at most one of them, so their counts add up to at most the total. Wounded or sick and
 * minors are <em>cross-cutting</em>: a wounded soldier is counted under both military and wounded
 * or sick, so their counts are only bounded by the total one by one.
 */
public enum ReleaseCategory {
  /** Prisoners of war and other military personnel. Exclusive. */
  MILITARY,
  /** Civilian detainees. Exclusive. */
  CIVILIAN,
  /** Seriously wounded or sick prisoners, military or civilian. Cross-cutting. */
  WOUNDED_OR_SICK,
  /** Persons under 18, such as deported children. Cross-cutting. */
  MINOR,
  /** Bodies or remains of the dead. Exclusive. */
  BODIES,
  /** Anything else, such as persons whose status the report does not give. Exclusive. */
  OTHER;

  /**
   * Returns whether this category excludes the other exclusive ones, so that the counts of the
   * exclusive categories of one release add up to at most its total.
   *
   * @return true for military, civilian, bodies and other; false for wounded or sick and minors
   */
  public boolean isExclusive() {
    return this != WOUNDED_OR_SICK && this != MINOR;
  }
}
