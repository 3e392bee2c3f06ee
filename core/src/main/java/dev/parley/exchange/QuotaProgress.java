package dev.parley.exchange;

import dev.parley.estimate.Estimate;
import dev.parley.estimate.EstimateKind;
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
 * <p>What the quota asks for is its {@link #due()} figure: the count of a count quota, or, for a
 * ratio quota, the ratio applied to what the counterpart released (an estimate, exact only when
 * that figure is). Remaining and over-fulfilment are computed from the lowest figure certainly
 * released and the highest figure due, so they are exact when every counted figure is exact. A
 * whole-category quota ("all seriously wounded") has a released count but cannot be checked
 * numerically: its due figure, remaining and over-fulfilment are empty. Instances are immutable and
 * thread-safe.
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

  /**
   * Returns how many the quota asks for: its count, or for a ratio quota the ratio applied to what
   * the counterpart released in the counted category ({@link QuotaRatio#due(Estimate)}).
   *
   * @return the estimate, never unknown, or empty for a whole-category quota
   */
  @Value.Parameter
  public abstract Optional<Estimate> due();

  static QuotaProgress of(Quota quota, Estimate released) {
    Optional<Estimate> due =
        quota.isNumeric()
            ? Optional.of(Estimate.exact(quota.count().getAsLong()))
            : Optional.empty();
    return ImmutableQuotaProgress.of(quota, released, due);
  }

  static QuotaProgress ofRatio(Quota quota, Estimate released, Estimate due) {
    return ImmutableQuotaProgress.of(quota, released, Optional.of(due));
  }

  /**
   * Returns whether the quota is a number that can be checked: a count or a ratio.
   *
   * @return false for a whole-category quota
   */
  public boolean isNumeric() {
    return due().isPresent();
  }

  private long dueLow() {
    return due().get().lowerBound();
  }

  private OptionalLong dueHigh() {
    return due().get().high();
  }

  /**
   * Returns the most that may still be released: the highest figure due less the lowest figure
   * released, and never less than zero; see {@link #outstanding()} for the whole estimate.
   *
   * @return zero or more, or empty for a whole-category quota or a ratio quota whose due figure has
   *     no upper bound
   */
  public OptionalLong remaining() {
    if (!isNumeric() || dueHigh().isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(0, dueHigh().getAsLong() - released().lowerBound()));
  }

  /**
   * Returns how many are still to be released, as an estimate that carries the doubt of the
   * released figure: exact only when the released figure is exact, a range from what the highest
   * figure released leaves to what the lowest leaves when the released figure is a range (a tranche
   * with a ranged or missing count, a tranche dated to a span the day falls in), and never below
   * zero. When the released figure is approximate ("about 887" of 1,000) and the due figure exact,
   * what remains is approximate too ("about 113"): the due figure less the approximate figure,
   * never below zero, with no bound invented. The doubt of a ratio quota's due figure travels too:
   * the least is what the lowest figure due leaves after the highest figure released. {@link
   * #remaining()} is the firm upper end in every case.
   *
   * @return the estimate, or empty for a whole-category quota
   */
  public Optional<Estimate> outstanding() {
    if (!isNumeric()) {
      return Optional.empty();
    }
    if (released().isApproximate() && due().get().kind() == EstimateKind.EXACT) {
      return Optional.of(Estimate.about(Math.max(0, dueLow() - released().best().getAsLong())));
    }
    OptionalLong high = released().high();
    long least = high.isPresent() ? Math.max(0, dueLow() - high.getAsLong()) : 0;
    if (dueHigh().isEmpty()) {
      return Optional.of(Estimate.atLeast(least));
    }
    long most = Math.max(0, dueHigh().getAsLong() - released().lowerBound());
    return Optional.of(least == most ? Estimate.exact(most) : Estimate.range(least, most));
  }

  /**
   * Returns by how many the lowest figure released exceeds the highest figure due.
   *
   * @return zero or more (zero when the due figure has no upper bound), or empty for a
   *     whole-category quota
   */
  public OptionalLong overFulfilment() {
    if (!isNumeric()) {
      return OptionalLong.empty();
    }
    if (dueHigh().isEmpty()) {
      return OptionalLong.of(0);
    }
    return OptionalLong.of(Math.max(0, released().lowerBound() - dueHigh().getAsLong()));
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
        + (isNumeric()
            ? ", remaining "
                + (remaining().isPresent() ? Long.toString(remaining().getAsLong()) : "unbounded")
            : ", not numerically checkable");
  }
}
