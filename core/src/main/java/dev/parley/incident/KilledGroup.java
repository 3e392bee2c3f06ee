package dev.parley.incident;

/** Whom a share of an incident's dead belongs to. */
public enum KilledGroup {
  /** Combatants of one party (UCDP's {@code deaths_a} and {@code deaths_b}). */
  SIDE,
  /** Civilians (UCDP's {@code deaths_civilians}). */
  CIVILIANS,
  /** Dead whose affiliation is not known (UCDP's {@code deaths_unknown}). */
  UNKNOWN
}
