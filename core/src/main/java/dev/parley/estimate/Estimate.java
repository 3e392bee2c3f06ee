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
 * (UCDP's low, best and high), or explicitly unknown.
 *
 * <pre>{@code
 * Estimate killed = Estimate.exact(1);
 * Estimate injured = Estimate.range(6, 8, 10);
 * Estimate missing = Estimate.unknown();
 * killed.plus(injured);          // range 7..11, best 9
 * killed.plus(missing);          // unknown: an unknown part makes the total unknown
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
   * @return the exact figure, the lower bound, the low end of a range, or empty when unknown
   */
  @Value.Parameter
  public abstract OptionalLong low();

  /**
   * Returns the best figure.
   *
   * @return the exact figure, a range's best figure if it has one, otherwise empty
   */
  @Value.Parameter
  public abstract OptionalLong best();

  /**
   * Returns the highest figure.
   *
   * @return the exact figure, the high end of a range, otherwise empty
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
   * Adds two estimates, keeping low, best and high apart: lows add up, highs add up, and best
   * figures add up when both sides have one. An unknown part makes the sum unknown; an open upper
   * bound makes it "at least".
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

  @Value.Check
  void check() {
    Checker c = Checker.of("Estimate");
    checkNonNegative(c, kind() == EstimateKind.EXACT ? "value" : "low", low());
    if (kind() != EstimateKind.EXACT) {
      // An exact figure is one number: it is reported once, not as its low, best and high.
      checkNonNegative(c, "best", best());
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
   * Returns a short text: {@code 8}, {@code >=20}, {@code 6..10 (best 8)}, {@code 6..10} or {@code
   * unknown}.
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
      default:
        return "unknown";
    }
  }
}
