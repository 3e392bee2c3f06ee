package dev.parley.incident;

/** How the perpetrator of an incident is known. */
public enum Attribution {
  /** The perpetrator itself claimed the attack. */
  CLAIMED,
  /** Others (the victim, officials, monitors) attribute the attack to the perpetrator. */
  ATTRIBUTED
}
