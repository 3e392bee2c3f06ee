package dev.parley.party;

/**
 * The part a party plays in one record. Roles belong to records, not to parties: the UAE may
 * mediate one exchange and be a side in no record at all.
 */
public enum Role {
  /** A belligerent side. */
  SIDE,
  /** A mediator, such as the UAE or Turkiye. Never also a side of the same record. */
  MEDIATOR,
  /** The host of talks or of a handover, such as Turkiye for the Istanbul talks. */
  HOST,
  /** A transit or custody state, such as Belarus. Never also a side of the same record. */
  TRANSIT,
  /** A facilitator, such as the ICRC. Never also a side of the same record. */
  FACILITATOR,
  /** A third party commenting on the record. */
  COMMENTATOR;

  /**
   * Returns whether a party in this role must not also be a side of the same record.
   *
   * @return true for mediators, transit states and facilitators
   */
  public boolean isNeutral() {
    return this == MEDIATOR || this == TRANSIT || this == FACILITATOR;
  }
}
