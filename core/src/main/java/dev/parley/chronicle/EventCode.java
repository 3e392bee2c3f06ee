package dev.parley.chronicle;

import dev.parley.internal.ParleyStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The event codes of a record, or of a part of a record (a response, a lifecycle event, a demanded
 * condition), in the CAMEO and PLOVER event ontologies.
 *
 * <pre>{@code
 * EventCode released = EventCode.of("", "0841", "RETREAT", "release");
 * released.cameo();        // 0841: return, release persons
 * released.ploverType();   // Optional[RETREAT]
 * }</pre>
 *
 * <p>See {@link Crosswalk} and {@code docs/crosswalk.md} for the table. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class EventCode {
  EventCode() {}

  /**
   * Returns the part of the record coded: empty for the record itself, otherwise a path such as
   * {@code responses[1]}, {@code events[0]} or {@code responses[1].conditions[2]}.
   *
   * @return the path, not null
   */
  @Value.Parameter
  public abstract String path();

  /**
   * Returns the CAMEO event code.
   *
   * @return such as {@code 0841}
   */
  @Value.Parameter
  public abstract String cameo();

  /**
   * Returns the PLOVER event type.
   *
   * @return such as {@code RETREAT}, or empty where no type fits
   */
  @Value.Parameter
  public abstract Optional<String> ploverType();

  /**
   * Returns the PLOVER mode.
   *
   * @return such as {@code release}, or empty where the event type has no fitting mode
   */
  @Value.Parameter
  public abstract Optional<String> ploverMode();

  /**
   * Creates an event code.
   *
   * @param path the part of the record coded, empty for the record itself
   * @param cameo the CAMEO code
   * @param ploverType the PLOVER event type, empty if none
   * @param ploverMode the PLOVER mode, empty if none
   * @return the event code, not null
   */
  public static EventCode of(String path, String cameo, String ploverType, String ploverMode) {
    return ImmutableEventCode.of(
        path,
        cameo,
        ploverType.isEmpty() ? Optional.empty() : Optional.of(ploverType),
        ploverMode.isEmpty() ? Optional.empty() : Optional.of(ploverMode));
  }

  /** Returns {@code CAMEO 0841 / PLOVER RETREAT (release)} with the path, if any, in front. */
  @Override
  public String toString() {
    return (path().isEmpty() ? "" : path() + ": ")
        + "CAMEO "
        + cameo()
        + ploverType().map(t -> " / PLOVER " + t).orElse("")
        + ploverMode().map(m -> " (" + m + ")").orElse("");
  }
}
