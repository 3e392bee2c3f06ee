package dev.parley.negotiation;

/** How the parties to a negotiation round talk to each other. */
public enum TalksFormat {
  /** Face to face, in the same room, possibly with a host. */
  DIRECT,
  /** Together, with a mediator leading or facilitating. */
  MEDIATED,
  /** In separate rooms, a mediator carrying messages between them. */
  PROXIMITY;

  /**
   * Returns whether talks in this format need a mediator.
   *
   * @return true for {@link #MEDIATED} and {@link #PROXIMITY}
   */
  public boolean needsMediator() {
    return this != DIRECT;
  }
}
