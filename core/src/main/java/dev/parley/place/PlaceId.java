package dev.parley.place;

import dev.parley.internal.Checker;
import dev.parley.internal.Ids;
import dev.parley.internal.ParleyStyle;
import org.immutables.value.Value;

/**
 * The stable identifier of a place.
 *
 * <pre>{@code
 * PlaceId id = PlaceId.of("rakivka");
 * }</pre>
 *
 * <p>An id is 1 to 128 letters, digits or {@code . _ : / -}, starting with a letter or digit. Ids
 * compare by their text. Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class PlaceId implements Comparable<PlaceId> {
  PlaceId() {}

  /**
   * Returns the id's text.
   *
   * @return the text, not null
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Creates an id.
   *
   * @param value the id's text
   * @return the id, not null
   * @throws dev.parley.validation.InvalidValueException if the text breaks {@code ID_FORMAT}
   */
  public static PlaceId of(String value) {
    return ImmutablePlaceId.of(value);
  }

  @Value.Check
  void check() {
    Ids.check(Checker.of("PlaceId"), value()).throwIfInvalid();
  }

  @Override
  public int compareTo(PlaceId other) {
    return value().compareTo(other.value());
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value();
  }
}
