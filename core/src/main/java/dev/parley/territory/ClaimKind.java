package dev.parley.territory;

/**
 * What a claimant says happened to, or is true of, a territory.
 *
 * <p>{@link #CAPTURED}, {@link #HOLDS}, {@link #ANNEXED} and {@link #LIBERATED} say the claimant
 * controls the territory afterwards; {@link #LOST} and {@link #WITHDREW} say it does not.
 */
public enum ClaimKind {
  /** The claimant says it took the territory: "Russia claimed to have taken control of Rakivka". */
  CAPTURED(true),
  /** The claimant says it controls the territory: "Russia occupies around 20% of Ukraine". */
  HOLDS(true),
  /** The claimant says it lost the territory to another party. */
  LOST(false),
  /** The claimant says it withdrew from the territory. */
  WITHDREW(false),
  /** The claimant says it annexed the territory. */
  ANNEXED(true),
  /** The claimant says it retook territory it regards as its own. */
  LIBERATED(true);

  private final boolean control;

  ClaimKind(boolean control) {
    this.control = control;
  }

  /**
   * Returns whether a claim of this kind says the claimant controls the territory afterwards.
   *
   * @return true for captured, holds, annexed and liberated
   */
  public boolean assertsControl() {
    return control;
  }
}
