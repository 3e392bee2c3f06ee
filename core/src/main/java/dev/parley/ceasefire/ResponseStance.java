package dev.parley.ceasefire;

import java.util.Optional;

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
   * Returns the CAMEO event code of the answer, where one fits: {@code 0356} (express intent to
   * de-escalate military engagement) for an acceptance, with or without conditions, and {@code
   * 1246} (refuse to de-escalate military engagement) for a rejection.
   *
   * @return the CAMEO code, or empty for a counter-proposal or no answer
   */
  public Optional<String> cameoCode() {
    switch (this) {
      case ACCEPTED:
      case ACCEPTED_WITH_CONDITIONS:
        return Optional.of("0356");
      case REJECTED:
        return Optional.of("1246");
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns whether this stance is an answer, as opposed to a recorded silence.
   *
   * @return false only for {@link #NO_ANSWER}
   */
  public boolean isAnswer() {
    return this != NO_ANSWER;
  }
}
