package dev.parley.exchange;

/**
 * Where an exchange stands. Only a {@link #COMPLETED} exchange is a release; an announced one is a
 * promise, which is a different fact (PLOVER's CONCEDE against RETREAT, CAMEO 0353 against 0841).
 */
public enum ExchangeStatus {
  /** Announced or agreed, not yet carried out. */
  ANNOUNCED,
  /** Carried out: the people were handed over. */
  COMPLETED,
  /** Put off to a later or unknown date. */
  POSTPONED,
  /** Called off. */
  CANCELLED
}
