package dev.parley.ceasefire;

/**
 * What happened to a ceasefire on a given date. Which event may follow which is set out in {@link
 * CeasefireProposal}.
 */
public enum LifecycleEventType {
  /** Every addressee has accepted; only for a {@link ProposalKind#PROPOSAL}. */
  ACCEPTED_BY_ALL,
  /** The ceasefire took effect. */
  IN_EFFECT,
  /** The ceasefire was extended while in effect, by a given duration or with no new end. */
  EXTENDED,
  /** A party alleged a breach while the ceasefire was in effect. */
  BREACH_ALLEGED,
  /** The ceasefire lapsed at the end of its term. */
  EXPIRED,
  /** The ceasefire was ended while in effect, before its term or without one. */
  TERMINATED,
  /** The offer or declaration was withdrawn before it took effect. */
  WITHDRAWN;
}
