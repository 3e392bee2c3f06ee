package dev.parley.ceasefire;

import dev.parley.internal.ParleyStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One extension of a {@link Truce}: when it was announced, the new end, and the releases it depends
 * on, if any.
 *
 * <pre>{@code
 * ZoneId gaza = ZoneId.of("Asia/Jerusalem");
 * TruceExtension twoDays = TruceExtension.builder()
 *     .announced(TimePoint.parse("2023-11-27"))
 *     .end(TimePoint.of(ZonedDateTime.of(2023, 11, 30, 7, 0, 0, 0, gaza)))
 *     .condition(ReleaseCondition.of(RecordId.of("agreement:2023-11-27-gaza-extension"),
 *         PartyId.of("hamas"), 20))
 *     .build();
 * }</pre>
 *
 * <p>A date-only end stands for the end of its last day in the truce's own zone. Whether the new
 * end is later than the end it extends, and whether the extension was announced by then, is checked
 * by the truce. Instances are immutable and thread-safe.
 */
@Value.Immutable
@ParleyStyle
public abstract class TruceExtension implements WithTruceExtension {
  TruceExtension() {}

  /**
   * Returns when the extension was announced.
   *
   * @return an instant or a date, not null
   */
  public abstract TimePoint announced();

  /**
   * Returns the new end of the truce.
   *
   * @return an instant or a date (its last day), not null
   */
  public abstract TimePoint end();

  /**
   * Returns the releases the extension depends on.
   *
   * @return the condition, or empty for an unconditional extension
   */
  public abstract Optional<ReleaseCondition> condition();

  /**
   * Returns a copy with {@link #condition()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract TruceExtension withCondition(ReleaseCondition value);

  /**
   * Returns an unconditional extension.
   *
   * @param announced when it was announced, not null
   * @param end the new end, not null
   * @return the extension, not null
   */
  public static TruceExtension of(TimePoint announced, TimePoint end) {
    return builder().announced(announced).end(end).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TruceExtension}; not thread-safe. */
  public static final class Builder extends ImmutableTruceExtension.Builder {
    Builder() {}
  }
}
