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
  UNKNOWN
}
