package dev.parley.ceasefire;

/**
 * Whether an extension's release condition was met, per the linked exchange records of a chronicle,
 * as of an instant.
 *
 * <pre>{@code
 * chronicle.ceasefires().truceStatus(pause.id(), at).orElseThrow().conditions();   // [MET, MET]
 * }</pre>
 */
public enum ConditionStatus {
  /** The extension has no condition. */
  UNCONDITIONAL,
  /** The linked records certainly show the required releases by then. */
  MET,
  /** The linked records certainly show fewer releases than required by then, or none yet. */
  NOT_MET,
  /**
   * The linked record is not in the chronicle, is not an exchange or agreement, or its figures are
   * too uncertain to tell.
   */
  UNKNOWN
}
