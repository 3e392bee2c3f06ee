package dev.parley.ceasefire;

/** What a partial ceasefire covers. */
public enum ScopeDomain {
  /** Strikes on energy infrastructure. */
  ENERGY_INFRASTRUCTURE,
  /** The sea: shipping, ports, naval operations. */
  MARITIME,
  /**
   * A front sector or region, named by places or regions in the {@link Scope}, or described in its
   * text when the sectors are unnamed.
   */
  FRONT_SECTOR,
  /** A humanitarian pause, such as for an evacuation or an exchange of bodies. */
  HUMANITARIAN_PAUSE,
  /**
   * A truce for a holiday limited in kind, such as a pause in strikes over Easter services. A
   * holiday truce over all hostilities is comprehensive, with the holiday as the proposal's
   * occasion.
   */
  HOLIDAY_TRUCE,
  /** Anything else, described in the {@link Scope}. */
  OTHER
}
