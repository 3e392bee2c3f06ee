package dev.parley.ceasefire;

/**
 * The status of a ceasefire proposal or declaration at an instant, derived from its responses and
 * lifecycle events by {@link CeasefireProposal#statusAt}.
 */
public enum CeasefireStatus {
  /** Proposed; no addressee has yet given a deciding answer. */
  PROPOSED,
  /** Declared unilaterally, not yet in effect. */
  DECLARED,
  /** At least one addressee accepted with conditions; none rejected or countered. */
  ACCEPTED_WITH_CONDITIONS,
  /** Every addressee accepted, by their responses or an {@code ACCEPTED_BY_ALL} event. */
  ACCEPTED,
  /** At least one addressee answered with a counter-proposal; none rejected. */
  COUNTERED,
  /** At least one addressee rejected it. */
  REJECTED,
  /** In effect (possibly extended, possibly with alleged breaches). */
  IN_EFFECT,
  /** Lapsed at the end of its term, by an event or because its duration elapsed. */
  EXPIRED,
  /** Ended while in effect. */
  TERMINATED,
  /** Withdrawn before it took effect. */
  WITHDRAWN;

  /**
   * Returns whether no later event can change this status.
   *
   * @return true for {@link #EXPIRED}, {@link #TERMINATED} and {@link #WITHDRAWN}
   */
  public boolean isFinal() {
    return this == EXPIRED || this == TERMINATED || this == WITHDRAWN;
  }
}
