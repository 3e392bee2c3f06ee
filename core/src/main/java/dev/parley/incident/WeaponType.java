package dev.parley.incident;

/**
 * The weapon used in an incident, as reported; its CAMEO event code is in {@code
 * dev.parley.chronicle.Crosswalk}.
 */
public enum WeaponType {
  /** Ballistic or cruise missiles. */
  MISSILE,
  /** Uncrewed aerial vehicles, loitering munitions. */
  DRONE,
  /** Bombs or glide bombs dropped from aircraft. */
  AERIAL_BOMB,
  /** Artillery, rockets, mortars, tanks. */
  ARTILLERY,
  /** Small arms and light weapons. */
  SMALL_ARMS,
  /** Mines and improvised explosive devices. */
  EXPLOSIVE_DEVICE,
  /** Any other weapon. */
  OTHER
}
