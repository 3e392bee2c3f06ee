package dev.parley.estimate;

/** The shape of an {@link Estimate}. */
public enum EstimateKind {
  /** An exact figure: "one person killed". */
  EXACT,
  /** A lower bound only: "at least 20 killed". */
  AT_LEAST,
  /** A range with an optional best figure, as UCDP's low, best and high estimates. */
  RANGE,
  /** Explicitly unknown: the report gives no figure. Never a zero. */
  UNKNOWN,
  /**
   * An approximate figure: "about 900", "nearly 900". It has a best figure and no upper bound; its
   * lower bound is empty as reported, and set only when a sum carries a firm lower bound from its
   * exact, "at least" or ranged parts. No bound is invented from the word "about".
   */
  APPROXIMATE
}
