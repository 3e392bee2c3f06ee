package dev.parley.territory;

import java.util.Optional;

/**
 * What a claimant says happened to, or is true of, a territory.
 *
 * <p>{@link #CAPTURED}, {@link #HOLDS}, {@link #ANNEXED} and {@link #LIBERATED} say the claimant
 * controls the territory afterwards; {@link #LOST} and {@link #WITHDREW} say it does not.
 */
public enum ClaimKind {
  /** The claimant says it took the territory: "Russia claimed to have taken control of Rakivka". */
  CAPTURED(true, "192"),
  /** The claimant says it controls the territory: "Russia occupies around 20% of Ukraine". */
  HOLDS(true, ""),
  /** The claimant says it lost the territory to another party. */
  LOST(false, "0874"),
  /** The claimant says it withdrew from the territory. */
  WITHDREW(false, "0874"),
  /** The claimant says it annexed the territory. */
  ANNEXED(true, "192"),
  /** The claimant says it retook territory it regards as its own. */
  LIBERATED(true, "192");

  private final boolean control;
  private final String cameo;

  ClaimKind(boolean control, String cameo) {
    this.control = control;
    this.cameo = cameo;
  }

  /**
   * Returns whether a claim of this kind says the claimant controls the territory afterwards.
   *
   * @return true for captured, holds, annexed and liberated
   */
  public boolean assertsControl() {
    return control;
  }

  /**
   * Returns the CAMEO event code of the claimed event.
   *
   * @return {@code 192} (occupy territory) for captured, annexed and liberated; {@code 0874}
   *     (retreat or surrender militarily) for lost and withdrew; empty for holds, which states a
   *     condition rather than an event
   */
  public Optional<String> cameoCode() {
    return cameo.isEmpty() ? Optional.empty() : Optional.of(cameo);
  }
}
