package dev.parley.estimate;

import com.google.common.math.LongMath;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A count as reports give it: exact, at least some number, a range with an optional best figure
 * (UCDP's low, best and high), approximate ("about 900"), or explicitly unknown.
 *
 * <pre>{@code
 * Estimate killed = Estimate.exact(1);
 * Estimate injured = Estimate.range(6, 8, 10);
 * Estimate missing = Estimate.unknown();
 * killed.plus(injured);          // range 7..11, best 9
 * killed.plus(missing);          // unknown: an unknown part makes the total unknown
 * Estimate.about(887).plus(killed);   // about 888, at least 1
 * }</pre>
 *
 * <p>An unknown is never a zero: {@code Estimate.exact(0)} says "none", {@code Estimate.unknown()}
 * says "no figure". Instances are immutable and thread-safe. The validation rules are listed in
 * {@code docs/validation-rules.md}.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class Estimate {
  /** Exact figures from 0 to 1023, built on first use; values are immutable, so sharing is safe. */
  private static final AtomicReferenceArray<@Nullable Estimate> SMALL_EXACT =
      new AtomicReferenceArray<>(1024);

  private static final Estimate UNKNOWN =
      ImmutableEstimate.of(
          EstimateKind.UNKNOWN, OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());

  Estimate() {}

  /**
   * Returns the shape of the estimate.
   *
   * @return the kind, not null
   */
  @Value.Parameter
  public abstract EstimateKind kind();

  /**
   * Returns the lowest figure.
   *
   * @return the exact figure, the lower bound, the low end of a range; for an approximate figure a
   *     firm lower bound only when a sum carried one from its other parts; empty when unknown
   */
  @Value.Parameter
  public abstract OptionalLong low();

  /**
   * Returns the best figure.
   *
   * @return the exact figure, a range's best figure if it has one, the approximate figure,
   *     otherwise empty
   */
  @Value.Parameter
  public abstract OptionalLong best();

  /**
   * Returns the highest figure.
   *
   * @return the exact figure, the high end of a range, otherwise empty (always for an approximate
   *     figure)
   */
  @Value.Parameter
  public abstract OptionalLong high();

  /**
   * An exact figure.
   *
   * @param value zero or more
   * @return the estimate, not null
   * @throws dev.parley.validation.InvalidValueException if {@code value} is negative
   */
  public static Estimate exact(long value) {
    if (value >= 0 && value < SMALL_EXACT.length()) {
      // Counts of the killed, injured and released are mostly small and repeat: share them.
      Estimate shared = SMALL_EXACT.getAcquire((int) value);
      if (shared == null) {
        shared = newExact(value);
        SMALL_EXACT.setRelease((int) value, shared);
      }
      return shared;
    }
    return newExact(value);
  }

  private static Estimate newExact(long value) {
    OptionalLong v = OptionalLong.of(value);
    return ImmutableEstimate.of(EstimateKind.EXACT, v, v, v);
  }

  /**
   * A lower bound: "at least".
   *
   * @param low zero or more
   * @return the estimate, not null
   * @throws dev.parley.validation.InvalidValueException if {@code low} is negative
   */
  public static Estimate atLeast(long low) {
    return ImmutableEstimate.of(
        EstimateKind.AT_LEAST, OptionalLong.of(low), OptionalLong.empty(), OptionalLong.empty());
  }

  /**
   * A range with no best figure.
   *
   * @param low zero or more
   * @param high more than {@code low}
   * @return the estimate, not null
   * @throws dev.parley.validation.InvalidValueException if a figure is negative or out of order
   */
  public static Estimate range(long low, long high) {
    return ImmutableEstimate.of(
        EstimateKind.RANGE, OptionalLong.of(low), OptionalLong.empty(), OptionalLong.of(high));
  }

  /**
   * A range with a best figure, as UCDP gives it.
   *
   * @param low zero or more
   * @param best at least {@code low}, at most {@code high}
   * @param high more than {@code low}
   * @return the estimate, not null
   * @throws dev.parley.validation.InvalidValueException if a figure is negative or out of order
   */
  public static Estimate range(long low, long best, long high) {
    return ImmutableEstimate.of(
        EstimateKind.RANGE, OptionalLong.of(low), OptionalLong.of(best), OptionalLong.of(high));
  }

  /**
   * An approximate figure, "about {@code value}" or "nearly {@code value}": the figure is the best
   * one, with no bound invented for it.
   *
   * @param value zero or more
   * @return the estimate, not null
   * @throws dev.parley.validation.InvalidValueException if {@code value} is negative
   */
  public static Estimate about(long value) {
    return ImmutableEstimate.of(
        EstimateKind.APPROXIMATE,
        OptionalLong.empty(),
        OptionalLong.of(value),
        OptionalLong.empty());
  }

  /**
   * An approximate figure that is certainly at least some number: what a sum of an approximate
   * figure and exact or bounded figures says ("about 892, of which 5 exactly").
   *
   * @param value the approximate figure, zero or more
   * @param atLeast the firm lower bound, zero (no bound) to {@code value}
   * @return the estimate, not null; {@code about(value)} when {@code atLeast} is zero
   * @throws dev.parley.validation.InvalidValueException if a figure is negative or {@code atLeast}
   *     is more than {@code value}
   */
  public static Estimate about(long value, long atLeast) {
    if (atLeast == 0) {
      return about(value);
    }
    return ImmutableEstimate.of(
        EstimateKind.APPROXIMATE,
        OptionalLong.of(atLeast),
        OptionalLong.of(value),
        OptionalLong.empty());
  }

  /**
   * An explicit unknown.
   *
   * @return the unknown estimate, not null
   */
  public static Estimate unknown() {
    return UNKNOWN;
  }

  /**
   * Returns whether a figure is known.
   *
   * @return false only for {@link EstimateKind#UNKNOWN}
   */
  public boolean isKnown() {
    return kind() != EstimateKind.UNKNOWN;
  }

  /**
   * Returns whether the figure is approximate ("about N").
   *
   * @return true only for {@link EstimateKind#APPROXIMATE}
   */
  public boolean isApproximate() {
    return kind() == EstimateKind.APPROXIMATE;
  }

  /**
   * Returns the firm lower bound: the figure is certainly not below it.
   *
   * @return the low figure when there is one, otherwise zero (an approximate figure without a firm
   *     bound, or an unknown), since a count is never negative
   */
  public long lowerBound() {
    return low().orElse(0);
  }

  /**
   * Adds two estimates, keeping low, best and high apart: lows add up, highs add up, and best
   * figures add up when both sides have one. An unknown part makes the sum unknown; an open upper
   * bound makes it "at least".
   *
   * <p>Approximate figures: the sum of an approximate figure and any figure with a best one (exact,
   * a range with a best figure, or approximate) is approximate, its figure the sum of the best ones
   * and its firm lower bound the sum of the lows, with no upper bound: about 887 plus exactly 5 is
   * about 892, at least 5. With a part that has no best figure ("at least", a range without one)
   * the sum is "at least" the sum of the lows, the approximate part counting as zero. These rules
   * add up componentwise, so the order of a sum never changes it.
   *
   * <p>Sums never overflow into a wrong figure: a high (or best) sum beyond {@link Long#MAX_VALUE}
   * makes the sum "at least" the low sum, and a low sum beyond it makes the sum "at least" {@link
   * Long#MAX_VALUE}; both stay true statements about the real total.
   *
   * @param other the other estimate
   * @return the sum, not null
   */
  public Estimate plus(Estimate other) {
    java.util.Objects.requireNonNull(other, "other");
    if (!isKnown() || !other.isKnown()) {
      return UNKNOWN;
    }
    if (isApproximate() || other.isApproximate()) {
      return plusApproximate(other);
    }
    long low = LongMath.saturatedAdd(low().getAsLong(), other.low().getAsLong());
    if (kind() == EstimateKind.AT_LEAST
        || other.kind() == EstimateKind.AT_LEAST
        || low == Long.MAX_VALUE) {
      return atLeast(low);
    }
    long high = LongMath.saturatedAdd(high().getAsLong(), other.high().getAsLong());
    if (high == Long.MAX_VALUE) {
      return atLeast(low);
    }
    if (low == high) {
      return exact(low);
    }
    if (best().isPresent() && other.best().isPresent()) {
      long best = LongMath.saturatedAdd(best().getAsLong(), other.best().getAsLong());
      return best == Long.MAX_VALUE ? atLeast(low) : range(low, best, high);
    }
    return range(low, high);
  }

  private Estimate plusApproximate(Estimate other) {
    long low = LongMath.saturatedAdd(lowerBound(), other.lowerBound());
    if (best().isEmpty() || other.best().isEmpty() || low == Long.MAX_VALUE) {
      return atLeast(low);
    }
    long best = LongMath.saturatedAdd(best().getAsLong(), other.best().getAsLong());
    return best == Long.MAX_VALUE ? atLeast(low) : about(best, low);
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("Estimate");
    checkNonNegative(c, kind() == EstimateKind.EXACT ? "value" : "low", low());
    if (kind() != EstimateKind.EXACT) {
      // An exact figure is one number: it is reported once, not as its low, best and high.
      checkNonNegative(c, kind() == EstimateKind.APPROXIMATE ? "value" : "best", best());
      checkNonNegative(c, "high", high());
    }
    if (kind() == EstimateKind.RANGE) {
      long lo = low().getAsLong();
      long hi = high().getAsLong();
      long b = best().orElse(lo);
      c.check(
          lo < hi && lo <= b && b <= hi,
          "ESTIMATE_RANGE_ORDER",
          "",
          "a range needs low <= best <= high and low < high, was %s",
          this);
    }
    if (kind() == EstimateKind.APPROXIMATE) {
      c.check(
          best().isPresent()
              && high().isEmpty()
              && low().orElse(0) <= best().orElse(Long.MAX_VALUE),
          "ESTIMATE_RANGE_ORDER",
          "",
          "an approximate figure has a figure, no upper bound and a firm lower bound not above the"
              + " figure, was %s",
          this);
    }
    c.throwIfInvalid();
  }

  private static void checkNonNegative(Checker c, String path, OptionalLong value) {
    c.check(
        value.orElse(0) >= 0,
        "ESTIMATE_NEGATIVE",
        path,
        "%s must be zero or more, was %s",
        path,
        value.orElse(0));
  }

  /**
   * Returns a short text: {@code 8}, {@code >=20}, {@code 6..10 (best 8)}, {@code 6..10}, {@code
   * ~887}, {@code ~892 (>=5)} or {@code unknown}.
   */
  @Override
  public String toString() {
    switch (kind()) {
      case EXACT:
        return Long.toString(low().getAsLong());
      case AT_LEAST:
        return ">=" + low().getAsLong();
      case RANGE:
        return low().getAsLong()
            + ".."
            + high().getAsLong()
            + (best().isPresent() ? " (best " + best().getAsLong() + ")" : "");
      case APPROXIMATE:
        return "~"
            + best().getAsLong()
            + (low().isPresent() ? " (>=" + low().getAsLong() + ")" : "");
      default:
        return "unknown";
    }
  }
}
