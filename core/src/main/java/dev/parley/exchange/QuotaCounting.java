package dev.parley.exchange;

/**
 * Whether a {@link FigurePart} counts against the agreement's quota or comes in addition to it, as
 * in "84 for 84, plus 20 seriously wounded handed over in addition".
 */
public enum QuotaCounting {
  /** The part counts against the agreement's quota. */
  AGAINST_QUOTA,
  /** The part comes on top of the quota and does not count against it. */
  IN_ADDITION
}
