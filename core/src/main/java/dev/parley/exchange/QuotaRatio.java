package dev.parley.exchange;

import static java.util.Objects.requireNonNull;

import com.google.common.math.LongMath;
import dev.parley.estimate.Estimate;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The terms of a ratio quota: so many released per so many released by another side of the
 * agreement (its counterpart), optionally counting only one category of the counterpart's releases,
 * as in "three prisoners released for each hostage released".
 *
 * <pre>{@code
 * QuotaRatio threePerHostage = QuotaRatio.of(3, 1, PartyId.of("hamas"));
 * threePerHostage.due(Estimate.exact(50));          // 150
 * threePerHostage.due(Estimate.range(48, 50));      // 144..150
 * }</pre>
 *
 * <p>What a ratio quota asks for is never typed in: it follows from what the counterpart actually
 * released ({@link #due(Estimate)}), so it is exact only when that figure is. Instances are
 * immutable and thread-safe. The validation rules are listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class QuotaRatio implements WithQuotaRatio {
  QuotaRatio() {}

  /**
   * Returns how many the quota's side releases for each {@link #per()} the counterpart releases.
   *
   * @return one or more
   */
  public abstract long released();

  /**
   * Returns how many the counterpart releases for each {@link #released()}.
   *
   * @return one or more
   */
  public abstract long per();

  /**
   * Returns the side whose releases the ratio is counted from.
   *
   * @return the counterpart, a side of the agreement and not a releasing party of the quota
   */
  public abstract PartyId counterpart();

  /**
   * Returns the category of the counterpart's releases that counts, such as minors.
   *
   * @return the category, or empty when all its releases count
   */
  public abstract Optional<ReleaseCategory> counterpartCategory();

  /**
   * Returns a copy with {@link #counterpartCategory()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract QuotaRatio withCounterpartCategory(ReleaseCategory value);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A ratio counted from everything the counterpart releases.
   *
   * @param released how many released, one or more
   * @param per for how many released by the counterpart, one or more
   * @param counterpart the counterpart side
   * @return the ratio, not null
   * @throws dev.parley.validation.InvalidValueException if a number is less than one
   */
  public static QuotaRatio of(long released, long per, PartyId counterpart) {
    return builder().released(released).per(per).counterpart(counterpart).build();
  }

  /** Builds a {@link QuotaRatio}; not thread-safe. */
  public static final class Builder extends ImmutableQuotaRatio.Builder {
    Builder() {}
  }

  /**
   * Returns how many the ratio asks for, given what the counterpart released: {@code released x
   * counterpart / per}, rounded down (only a whole {@code per} earns {@code released}). Low, best
   * and high are scaled one by one, so an uncertain counterpart figure gives an uncertain due
   * figure.
   *
   * @param counterpartReleased what the counterpart released in the counted category
   * @return the estimate, unknown when the counterpart's figure is unknown, not null
   */
  public Estimate due(Estimate counterpartReleased) {
    requireNonNull(counterpartReleased, "counterpartReleased");
    if (!counterpartReleased.isKnown()) {
      return Estimate.unknown();
    }
    if (counterpartReleased.isApproximate()) {
      // "about N" released asks for about the ratio of N, with no bound invented
      return Estimate.about(scale(counterpartReleased.best().getAsLong()));
    }
    long low = scale(counterpartReleased.low().getAsLong());
    OptionalLong high = counterpartReleased.high();
    if (high.isEmpty() || low == Long.MAX_VALUE) {
      return Estimate.atLeast(low);
    }
    long hi = scale(high.getAsLong());
    if (hi == Long.MAX_VALUE) {
      return Estimate.atLeast(low);
    }
    if (hi == low) {
      return Estimate.exact(low);
    }
    OptionalLong best = counterpartReleased.best();
    return best.isPresent()
        ? Estimate.range(low, scale(best.getAsLong()), hi)
        : Estimate.range(low, hi);
  }

  private long scale(long n) {
    long product = LongMath.saturatedMultiply(n, released());
    return product == Long.MAX_VALUE
        ? Long.MAX_VALUE
        : LongMath.divide(product, per(), RoundingMode.FLOOR);
  }

  @Value.Check
  void check() {
    Checker.of("QuotaRatio")
        .check(
            released() >= 1,
            "EXCHANGE_QUOTA_RATIO_RANGE",
            "released",
            "a ratio releases one or more, was %s",
            released())
        .check(
            per() >= 1,
            "EXCHANGE_QUOTA_RATIO_RANGE",
            "per",
            "a ratio is counted per one or more, was %s",
            per())
        .throwIfInvalid();
  }

  /** Returns such as {@code 3 per 1 released by hamas} or {@code 2 per 1 MINOR released by x}. */
  @Override
  public String toString() {
    return released()
        + " per "
        + per()
        + counterpartCategory().map(c -> " " + c).orElse("")
        + " released by "
        + counterpart();
  }
}
