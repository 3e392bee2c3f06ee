package dev.parley.provenance;

/** What a source says about a figure or a fact. */
public enum Stance {
  /** The source asserts it: "the Russian defence ministry stated". */
  CLAIMS,
  /** The source confirms what another said: "Zelensky confirmed the figures". */
  CONFIRMS,
  /** The source says it is false. */
  DENIES,
  /** The source questions it, or gives another figure. */
  DISPUTES
}
