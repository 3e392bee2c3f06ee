package dev.parley.exchange;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An age bracket of a quota's subgroup, such as "servicemen aged 18 to 25" or "under 18", in whole
 * years, both ends included.
 *
 * <pre>{@code
 * AgeRange young = AgeRange.of(18, 25);
 * AgeRange minors = AgeRange.builder().to(17).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class AgeRange implements WithAgeRange {
  /** The highest age a bracket may name, in years. */
  public static final int MAX_AGE = 150;

  AgeRange() {}

  /**
   * Returns the youngest age included.
   *
   * @return 0 to {@link #MAX_AGE}, or empty for no lower bound
   */
  public abstract OptionalInt from();

  /**
   * Returns a copy with {@link #from()} set to a present value.
   *
   * @param value the value
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract AgeRange withFrom(int value);

  /**
   * Returns the oldest age included.
   *
   * @return 0 to {@link #MAX_AGE}, or empty for no upper bound
   */
  public abstract OptionalInt to();

  /**
   * Returns a copy with {@link #to()} set to a present value.
   *
   * @param value the value
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract AgeRange withTo(int value);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A bracket with both ends, included.
   *
   * @param from the youngest age included
   * @param to the oldest age included, not less than {@code from}
   * @return the bracket, not null
   * @throws dev.parley.validation.InvalidValueException if the ends are out of range or reversed
   */
  public static AgeRange of(int from, int to) {
    return builder().from(from).to(to).build();
  }

  /** Builds an {@link AgeRange}; not thread-safe. */
  public static final class Builder extends ImmutableAgeRange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("AgeRange");
    c.check(
        from().isPresent() || to().isPresent(),
        "EXCHANGE_AGE_RANGE",
        "",
        "an age bracket has at least one end");
    for (String end : new String[] {"from", "to"}) {
      OptionalInt v = end.equals("from") ? from() : to();
      if (v.isPresent()) {
        c.check(
            v.getAsInt() >= 0 && v.getAsInt() <= MAX_AGE,
            "EXCHANGE_AGE_RANGE",
            end,
            "an age is 0 to " + MAX_AGE + " years, was %s",
            v.getAsInt());
      }
    }
    if (c.passed("from") && c.passed("to") && from().isPresent() && to().isPresent()) {
      c.check(
          from().getAsInt() <= to().getAsInt(),
          "EXCHANGE_AGE_RANGE",
          "to",
          "an age bracket ends no younger than it starts, was %s",
          this);
    }
    c.throwIfInvalid();
  }

  /** Returns such as {@code 18-25}, {@code 60+} or {@code up to 17}. */
  @Override
  public String toString() {
    if (from().isPresent() && to().isPresent()) {
      return from().getAsInt() + "-" + to().getAsInt();
    }
    return from().isPresent() ? from().getAsInt() + "+" : "up to " + to().getAsInt();
  }
}
