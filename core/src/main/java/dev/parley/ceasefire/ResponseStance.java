package dev.parley.ceasefire;

/** How an addressee answers a ceasefire proposal. */
public enum ResponseStance {
  /** Accepted as proposed. */
  ACCEPTED,
  /** Accepted subject to conditions, which the response lists (at least one). */
  ACCEPTED_WITH_CONDITIONS,
  /** Rejected. */
  REJECTED,
  /** Answered with a proposal of its own, which the response points to. */
  COUNTER_PROPOSAL,
  /** Recorded as not answering, for instance when a deadline passed in silence. */
  NO_ANSWER;

  /**
   * Returns whether this stance is an answer, as opposed to a recorded silence.
   *
   * @return false only for {@link #NO_ANSWER}
   */
  public boolean isAnswer() {
    return this != NO_ANSWER;
  }
}
