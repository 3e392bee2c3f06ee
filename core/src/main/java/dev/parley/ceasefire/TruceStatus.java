package dev.parley.ceasefire;

import dev.parley.internal.ParleyStyle;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@link Truce} at an instant, as a chronicle sees it: its phase, its effective end after every
 * extension, and whether each extension's release condition was met per the linked exchange
 * records.
 *
 * <pre>{@code
 * TruceStatus s = chronicle.ceasefires().truceStatus(pause.id(), at).orElseThrow();
 * s.phase();        // IN_FORCE
 * s.conditions();   // [MET, NOT_MET]: one per extension
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class TruceStatus {
  TruceStatus() {}

  /**
   * Returns the phase at the instant.
   *
   * @return the phase, not null
   */
  @Value.Parameter
  public abstract TrucePhase phase();

  /**
   * Returns the effective end after every extension, in the truce's zone.
   *
   * @return the end, or empty for an open-ended truce
   */
  @Value.Parameter
  public abstract Optional<ZonedDateTime> effectiveEnd();

  /**
   * Returns, per extension in order, whether its condition was met by the instant.
   *
   * @return one status per extension, immutable
   */
  @Value.Parameter
  public abstract List<ConditionStatus> conditions();

  /**
   * Creates a status.
   *
   * @param phase the phase, not null
   * @param effectiveEnd the effective end, or empty
   * @param conditions one status per extension
   * @return the status, not null
   */
  public static TruceStatus of(
      TrucePhase phase, Optional<ZonedDateTime> effectiveEnd, List<ConditionStatus> conditions) {
    return ImmutableTruceStatus.of(phase, effectiveEnd, conditions);
  }
}
