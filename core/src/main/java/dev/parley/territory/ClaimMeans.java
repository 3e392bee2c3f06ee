package dev.parley.territory;

/** How the claimant says it gained, held or lost the territory. */
public enum ClaimMeans {
  /** By armed force. */
  ARMED,
  /** Without violence: a referendum, a decree, an agreement. */
  NON_VIOLENT,
  /** The report does not say. */
  UNKNOWN
}
