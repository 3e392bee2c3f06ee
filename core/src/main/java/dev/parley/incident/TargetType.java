package dev.parley.incident;

/** What an incident struck. */
public enum TargetType {
  /** Port infrastructure: "strikes on Odesa's port infrastructure". */
  PORT_INFRASTRUCTURE,
  /** Energy infrastructure: power plants, substations, grids, fuel depots. */
  ENERGY_INFRASTRUCTURE,
  /** Homes and residential buildings. */
  RESIDENTIAL,
  /** Military positions, equipment or personnel. */
  MILITARY,
  /** Anything else, or not reported. */
  OTHER
}
