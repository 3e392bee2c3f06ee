package dev.parley.incident;

/**
 * The weapon used in an incident, as reported, with its CAMEO event code.
 */
public enum WeaponType {
  /** Ballistic or cruise missiles. */
  MISSILE("195"),
  /** Uncrewed aerial vehicles, loitering munitions. */
  DRONE("195"),
  /** Bombs or glide bombs dropped from aircraft. */
  AERIAL_BOMB("195"),
  /** Artillery, rockets, mortars, tanks. */
  ARTILLERY("194"),
  /** Small arms and light weapons. */
  SMALL_ARMS("193"),
  /** Mines and improvised explosive devices. */
  EXPLOSIVE_DEVICE("190"),
  /** Any other weapon. */
  OTHER("190");

  private final String cameo;

  WeaponType(String cameo) {
    this.cameo = cameo;
  }

  /**
   * Returns the CAMEO event code of an attack with this weapon.
   *
   * @return {@code 195} (employ aerial weapons) for missiles, drones and aerial bombs, {@code 194}
   *     (fight with artillery and tanks), {@code 193} (fight with small arms and light weapons),
   *     otherwise {@code 190} (use conventional military force)
   */
  public String cameoCode() {
    return cameo;
  }
}
