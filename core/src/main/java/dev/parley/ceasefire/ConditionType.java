package dev.parley.ceasefire;

/** What a condition attached to a ceasefire demands. */
public enum ConditionType {
  /** Giving up or recognising the loss of territory. */
  TERRITORIAL_CONCESSION,
  /** Disarmament, demilitarisation or limits on armed forces. */
  DISARMAMENT,
  /** Neutrality, non-alignment, staying out of military alliances. */
  NEUTRALITY,
  /** Lifting or easing sanctions. */
  SANCTIONS_RELIEF,
  /** Holding elections, or a change of government. */
  ELECTIONS,
  /** Monitoring or verification of the ceasefire. */
  MONITORING,
  /** Release or exchange of prisoners or detainees. */
  PRISONER_RELEASE,
  /** Withdrawal of forces from an area. */
  WITHDRAWAL,
  /**
   * Reciprocity: the party holds to the ceasefire if the other side does the same, or asks for
   * simultaneous implementation.
   */
  RECIPROCITY,
  /** Anything else, described in the condition's text. */
  OTHER
}
