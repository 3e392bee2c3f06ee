package dev.parley.party;

import dev.parley.internal.Checker;
import dev.parley.internal.Ids;
import dev.parley.internal.ParleyStyle;
import org.immutables.value.Value;

/**
 * The stable identifier of a party (a state, an armed group, an international organisation or a
 * person acting for one).
 *
 * <pre>{@code
 * PartyId id = PartyId.of("ua");
 * }</pre>
 *
 * <p>An id is 1 to 128 letters, digits or {@code . _ : / -}, starting with a letter or digit. Ids
 * compare by their text. Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class PartyId implements Comparable<PartyId> {
  PartyId() {}

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
  public static PartyId of(String value) {
    return ImmutablePartyId.of(value);
  }

  @Value.Check
  void check() {
    Ids.check(Checker.of("PartyId"), value()).throwIfInvalid();
  }

  @Override
  public int compareTo(PartyId other) {
    return value().compareTo(other.value());
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value();
  }
}
