package dev.parley.territory;

/** The shape of a {@link Controller}. */
public enum ControllerKind {
  /** One party controls the place. */
  PARTY,
  /** Control is contested: the place lies on the front line or in a grey zone. */
  CONTESTED,
  /** The assessor cannot say who controls the place. */
  UNKNOWN
}
