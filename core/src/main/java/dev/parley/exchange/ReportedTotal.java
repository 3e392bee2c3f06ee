package dev.parley.exchange;

import dev.parley.estimate.Estimate;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import dev.parley.provenance.Statement;
import dev.parley.time.ReportedDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cumulative total a source reports for an {@link Agreement}, such as "more than 1,200 returned
 * so far": who released them, how many (optionally of one category), as of when, and who said so.
 * It is kept beside the computed {@link Fulfilment}, never in its place; {@link ExchangeFindings}
 * warns when the two disagree beyond both figures' ranges.
 *
 * <pre>{@code
 * ReportedTotal soFar = ReportedTotal.builder()
 *     .releasing(PartyId.of("ru"))
 *     .total(Estimate.atLeast(1200))
 *     .asOf(ReportedDate.parse("2025-06-20"))
 *     .addSource(Statement.of(coordinationHeadquarters, Stance.CLAIMS))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class ReportedTotal implements WithReportedTotal {
  ReportedTotal() {}

  /**
   * Returns the side whose releases the total counts.
   *
   * @return a side of the agreement, not null
   */
  public abstract PartyId releasing();

  /**
   * Returns the category the total counts.
   *
   * @return the category, or empty when it counts everyone released
   */
  public abstract Optional<ReleaseCategory> category();

  /**
   * Returns a copy with {@link #category()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract ReportedTotal withCategory(ReleaseCategory value);

  /**
   * Returns the reported total.
   *
   * @return the estimate, known, not null
   */
  public abstract Estimate total();

  /**
   * Returns the day or span the total is given as of.
   *
   * @return the date, not before the agreement, not null
   */
  public abstract ReportedDate asOf();

  /**
   * Returns who reported the total.
   *
   * @return the statements, at least one, immutable
   */
  public abstract List<Statement> sources();

  /**
   * Returns a copy with {@link #sources()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract ReportedTotal withSources(Statement... elements);

  /**
   * Returns a copy with {@link #sources()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract ReportedTotal withSources(Iterable<? extends Statement> elements);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportedTotal}; not thread-safe. */
  public static final class Builder extends ImmutableReportedTotal.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checker.of("ReportedTotal")
        .check(
            total().isKnown(),
            "EXCHANGE_REPORTED_TOTAL_UNKNOWN",
            "total",
            "a reported total gives a figure; the total of %s as of %s is unknown",
            releasing(),
            asOf())
        .check(
            !sources().isEmpty(),
            "EXCHANGE_REPORTED_TOTAL_UNSOURCED",
            "sources",
            "a reported total names who reported it; the total of %s as of %s has no source",
            releasing(),
            asOf())
        .throwIfInvalid();
  }

  /** Returns such as {@code ru: >=1200 as of 2025-06-20}. */
  @Override
  public String toString() {
    return releasing()
        + ": "
        + total()
        + category().map(c -> " " + c).orElse("")
        + " as of "
        + asOf();
  }
}
