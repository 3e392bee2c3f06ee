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
  COMMENTATOR,
  /**
   * A state that receives its own nationals without being a side of the agreement: the home state
   * of third-country nationals sent home, such as Thailand for the Thai hostages released from Gaza
   * in November 2023. It may be a transit state for other people in another direction of the same
   * record.
   */
  HOME_STATE;

  /**
   * Returns whether a party in this role must not also be a side of the same record.
   *
   * @return true for mediators, transit states and facilitators
   */
  public boolean isNeutral() {
    return this == MEDIATOR || this == TRANSIT || this == FACILITATOR;
  }
}
