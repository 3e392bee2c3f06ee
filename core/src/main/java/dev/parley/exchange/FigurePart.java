package dev.parley.exchange;

import dev.parley.estimate.Estimate;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One part of a {@link ReleaseFigure} made of parts, such as the "plus 20 seriously wounded in
 * addition" of "84 for 84, plus 20 seriously wounded": how many, of which category, and whether the
 * part counts against the agreement's quota.
 *
 * <pre>{@code
 * FigurePart swap = FigurePart.of(Estimate.exact(84), QuotaCounting.AGAINST_QUOTA);
 * FigurePart extra = FigurePart.builder()
 *     .count(Estimate.exact(20))
 *     .category(ReleaseCategory.WOUNDED_OR_SICK)
 *     .counting(QuotaCounting.IN_ADDITION)
 *     .description("seriously wounded, handed over in addition")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class FigurePart implements WithFigurePart {
  FigurePart() {}

  /**
   * Returns how many people the part holds.
   *
   * @return the estimate, possibly {@link Estimate#unknown()}, not null
   */
  public abstract Estimate count();

  /**
   * Returns the category of the part's people.
   *
   * @return the category, or empty when the report does not give one
   */
  public abstract Optional<ReleaseCategory> category();

  /**
   * Returns a copy with {@link #category()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract FigurePart withCategory(ReleaseCategory value);

  /**
   * Returns whether the part counts against the quota or comes in addition.
   *
   * @return the counting, not null
   */
  public abstract QuotaCounting counting();

  /**
   * Returns the report's words for the part.
   *
   * @return the description, not blank, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns a copy with {@link #description()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract FigurePart withDescription(String value);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A part with a count and a counting, no category and no description.
   *
   * @param count how many
   * @param counting whether it counts against the quota
   * @return the part, not null
   */
  public static FigurePart of(Estimate count, QuotaCounting counting) {
    return builder().count(count).counting(counting).build();
  }

  /** Builds a {@link FigurePart}; not thread-safe. */
  public static final class Builder extends ImmutableFigurePart.Builder {
    Builder() {}
  }

  /**
   * Returns whether the part counts against the quota.
   *
   * @return true for {@link QuotaCounting#AGAINST_QUOTA}
   */
  public boolean countsAgainstQuota() {
    return counting() == QuotaCounting.AGAINST_QUOTA;
  }

  @Value.Check
  void check() {
    Checker.of("FigurePart")
        .check(
            Checker.absentOrNotBlank(description()),
            "EXCHANGE_PART_DESCRIPTION_BLANK",
            "description",
            "a part's description must not be blank, was \"%s\"",
            description().orElse(""))
        .throwIfInvalid();
  }

  /** Returns such as {@code 20 WOUNDED_OR_SICK in addition}. */
  @Override
  public String toString() {
    return count()
        + category().map(c -> " " + c).orElse("")
        + (countsAgainstQuota() ? " against the quota" : " in addition");
  }
}
