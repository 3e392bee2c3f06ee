package dev.parley.exchange;

import dev.parley.estimate.Estimate;
import dev.parley.internal.ParleyStyle;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * How far one {@link Quota} has been carried out; part of a computed {@link Fulfilment}.
 *
 * <pre>{@code
 * QuotaProgress russia = fulfilment.progress(PartyId.of("ru")).get(0);
 * russia.released();        // 390
 * russia.remaining();       // 610
 * russia.overFulfilment();  // 0
 * }</pre>
 *
 * <p>Remaining and over-fulfilment are computed from the lowest figure certainly released, so they
 * are exact when every counted figure is exact. A whole-category quota ("all seriously wounded")
 * has a released count but cannot be checked numerically: its remaining and over-fulfilment are
 * empty. Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class QuotaProgress {
  QuotaProgress() {}

  /**
   * Returns the quota.
   *
   * @return the quota, not null
   */
  @Value.Parameter
  public abstract Quota quota();

  /**
   * Returns how many people the quota's side has released toward it: all its released people, or
   * those of the quota's category.
   *
   * @return the estimate, never unknown, not null
   */
  @Value.Parameter
  public abstract Estimate released();

  static QuotaProgress of(Quota quota, Estimate released) {
    return ImmutableQuotaProgress.of(quota, released);
  }

  /**
   * Returns whether the quota is a number that can be checked.
   *
   * @return false for a whole-category quota
   */
  public boolean isNumeric() {
    return quota().isNumeric();
  }

  /**
   * Returns the most that may still be released: the quota less the lowest figure released, and
   * never less than zero; see {@link #outstanding()} for the whole estimate.
   *
   * @return zero or more, or empty for a whole-category quota
   */
  public OptionalLong remaining() {
    if (!isNumeric()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(0, quota().count().getAsLong() - released().lowerBound()));
  }

  /**
   * Returns how many are still to be released, as an estimate that carries the doubt of the
   * released figure: exact only when the released figure is exact, a range from what the highest
   * figure released leaves to what the lowest leaves when the released figure is a range (a tranche
   * with a ranged or missing count, a tranche dated to a span the day falls in), and never below
   * zero. When the released figure is approximate ("about 887" of 1,000), so is what remains
   * ("about 113"): the quota less the approximate figure, never below zero, with no bound invented.
   * {@link #remaining()} is the firm upper end in every case (for an approximate figure, the quota
   * less its firm lower bound, if any).
   *
   * @return the estimate, or empty for a whole-category quota
   */
  public Optional<Estimate> outstanding() {
    if (!isNumeric()) {
      return Optional.empty();
    }
    long quota = quota().count().getAsLong();
    if (released().isApproximate()) {
      return Optional.of(Estimate.about(Math.max(0, quota - released().best().getAsLong())));
    }
    long most = Math.max(0, quota - released().lowerBound());
    OptionalLong high = released().high();
    long least = high.isPresent() ? Math.max(0, quota - high.getAsLong()) : 0;
    return Optional.of(least == most ? Estimate.exact(most) : Estimate.range(least, most));
  }

  /**
   * Returns by how many the lowest figure released exceeds the quota.
   *
   * @return zero or more, or empty for a whole-category quota
   */
  public OptionalLong overFulfilment() {
    if (!isNumeric()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(0, released().lowerBound() - quota().count().getAsLong()));
  }

  /**
   * Returns whether the quota has certainly been met.
   *
   * @return true if a numeric quota has nothing remaining; false for a whole-category quota
   */
  public boolean isMet() {
    return remaining().orElse(1) == 0;
  }

  /**
   * Returns whether more was certainly released than the quota.
   *
   * @return true if the over-fulfilment is more than zero; false for a whole-category quota
   */
  public boolean isOverFulfilled() {
    return overFulfilment().orElse(0) > 0;
  }

  /** Returns such as {@code ru: 1000: released 390, remaining 610}. */
  @Override
  public String toString() {
    return quota()
        + ": released "
        + released()
        + (isNumeric() ? ", remaining " + remaining().getAsLong() : ", not numerically checkable");
  }
}
