package dev.parley.record;

import dev.parley.internal.Checker;
import dev.parley.internal.Ids;
import dev.parley.internal.ParleyStyle;
import org.immutables.value.Value;

/**
 * The stable identifier of a record in a chronicle (an agreement, an exchange, a proposal, a claim,
 * an incident and so on).
 *
 * <pre>{@code
 * RecordId id = RecordId.of("exchange:2025-05-23");
 * }</pre>
 *
 * <p>An id is 1 to 128 letters, digits or {@code . _ : / -}, starting with a letter or digit. Ids
 * compare by their text. Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class RecordId implements Comparable<RecordId> {
  RecordId() {}

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
  public static RecordId of(String value) {
    return ImmutableRecordId.of(value);
  }

  @Value.Check
  void check() {
    Ids.check(Checker.of("RecordId"), value()).throwIfInvalid();
  }

  @Override
  public int compareTo(RecordId other) {
    return value().compareTo(other.value());
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value();
  }
}
