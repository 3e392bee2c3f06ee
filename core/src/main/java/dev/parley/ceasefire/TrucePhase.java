package dev.parley.ceasefire;

/**
 * Where a {@link Truce} stands at an instant: not yet in force, in force, or ended.
 *
 * <pre>{@code
 * truce.phaseAt(ZonedDateTime.parse("2023-11-26T12:00+02:00[Asia/Jerusalem]"));   // IN_FORCE
 * }</pre>
 */
public enum TrucePhase {
  /** Before its entry into force (announced or not). */
  NOT_YET_IN_FORCE,
  /** From its entry into force until its effective end, excluded. */
  IN_FORCE,
  /** At or after its effective end. */
  ENDED
}
