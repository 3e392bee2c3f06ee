package dev.parley.territory;

import dev.parley.internal.ParleyStyle;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change of the assessed controller of a place: from whom, to whom, when, and the assessment that
 * shows it.
 *
 * <pre>{@code
 * for (ControlChange c : index.changesOfHands(PlaceId.of("ua:rakivka"))) {
 *   System.out.println(c.date() + ": " + c.from().map(Object::toString).orElse("-") + " -> " + c.to());
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class ControlChange {
  ControlChange() {}

  /**
   * Returns the date of the assessment that shows the change.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract ReportedDate date();

  /**
   * Returns the controller before.
   *
   * @return the earlier controller, or empty for the first assessed controller
   */
  @Value.Parameter
  public abstract Optional<Controller> from();

  /**
   * Returns the controller after.
   *
   * @return a party or contested, never unknown
   */
  @Value.Parameter
  public abstract Controller to();

  /**
   * Returns the assessment that shows the change.
   *
   * @return the assessment's id, not null
   */
  @Value.Parameter
  public abstract RecordId evidence();

  /**
   * Creates a change from one controller to another.
   *
   * @param date when it was assessed
   * @param from the controller before
   * @param to the controller after
   * @param evidence the assessment's id
   * @return the change, not null
   */
  public static ControlChange of(
      ReportedDate date, Controller from, Controller to, RecordId evidence) {
    return ImmutableControlChange.of(date, Optional.of(from), to, evidence);
  }

  /**
   * Creates the first change of a place: to its first assessed controller, from no one.
   *
   * @param date when it was assessed
   * @param to the first controller
   * @param evidence the assessment's id
   * @return the change, not null
   */
  public static ControlChange first(ReportedDate date, Controller to, RecordId evidence) {
    return ImmutableControlChange.of(date, Optional.empty(), to, evidence);
  }

  /** Returns {@code date: from -> to (evidence)}. */
  @Override
  public String toString() {
    return date()
        + ": "
        + from().map(Object::toString).orElse("-")
        + " -> "
        + to()
        + " ("
        + evidence()
        + ")";
  }
}
