package dev.parley.territory;

/**
 * What an assessment, or the sum of assessments, says about a claim.
 *
 * <p>For an assessment that describes a place rather than judging a claim, the status says how
 * firmly the assessor stands by the controller it names.
 */
public enum AssessmentStatus {
  /** Someone other than the claimant confirms it. */
  CONFIRMED,
  /** It is disputed: fighting continues, or confirmations and denials disagree. */
  CONTESTED,
  /** It is said to be false. */
  DENIED,
  /** No one other than the claimant has confirmed or denied it. */
  UNVERIFIED
}
