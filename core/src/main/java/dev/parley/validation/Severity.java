package dev.parley.validation;

/**
 * How serious a {@link Finding} is.
 *
 * <p>An {@link #ERROR} means the data is wrong (a dangling reference, a response from a party that
 * was never asked); a {@link #WARNING} means the data is legal but worth a look (a tranche that
 * over-fulfils its quota, an imbalance under a parity agreement).
 */
public enum Severity {
  /** The data breaks a rule of the domain. */
  ERROR,
  /** The data is legal but unusual enough to report. */
  WARNING
}
