package dev.parley.ceasefire;

/** What a partial ceasefire covers. */
public enum ScopeDomain {
  /** Strikes on energy infrastructure. */
  ENERGY_INFRASTRUCTURE,
  /** The sea: shipping, ports, naval operations. */
  MARITIME,
  /** A front sector or region, named by places or regions in the {@link Scope}. */
  FRONT_SECTOR,
  /** A humanitarian pause, such as for an evacuation or an exchange of bodies. */
  HUMANITARIAN_PAUSE,
  /** A truce for a holiday, such as Easter or Victory Day. */
  HOLIDAY_TRUCE,
  /** Anything else, described in the {@link Scope}. */
  OTHER
}
