package dev.parley.estimate;

import com.google.common.collect.ImmutableList;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.provenance.Statement;
import java.util.List;
import org.immutables.value.Value;

/**
 * A figure together with who gave it: a count of violations alleged by one side, the area of a
 * claimed territory as a ministry stated it. Two sources giving two figures for the same thing are
 * two sourced estimates, kept side by side; neither overwrites the other.
 *
 * <pre>{@code
 * SourcedEstimate violations = SourcedEstimate.of(Estimate.atLeast(4900),
 *     Statement.claimedBy(PartyId.of("ua")));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class SourcedEstimate {
  SourcedEstimate() {}

  /**
   * Returns the figure.
   *
   * @return the estimate, not null
   */
  @Value.Parameter
  public abstract Estimate estimate();

  /**
   * Returns who gave the figure.
   *
   * @return the statements, at least one, immutable
   */
  @Value.Parameter
  public abstract List<Statement> sources();

  /**
   * Creates a sourced estimate.
   *
   * @param estimate the figure, not null
   * @param sources who gave it, at least one
   * @return the sourced estimate, not null
   * @throws dev.parley.validation.InvalidValueException if no source is given
   */
  public static SourcedEstimate of(Estimate estimate, Iterable<? extends Statement> sources) {
    return ImmutableSourcedEstimate.of(estimate, ImmutableList.copyOf(sources));
  }

  /**
   * Creates an estimate given by one source.
   *
   * @param estimate the figure, not null
   * @param source who gave it, not null
   * @return the sourced estimate, not null
   */
  public static SourcedEstimate of(Estimate estimate, Statement source) {
    return ImmutableSourcedEstimate.of(estimate, List.of(source));
  }

  @Value.Check
  void check() {
    Checker.of("SourcedEstimate")
        .check(
            !sources().isEmpty(),
            "ESTIMATE_UNSOURCED",
            "sources",
            "a sourced estimate names at least one source; %s names none",
            estimate())
        .throwIfInvalid();
  }

  /** Returns the estimate followed by its sources, such as {@code >=4900 per [claims by ua]}. */
  @Override
  public String toString() {
    return estimate() + " per " + sources();
  }
}
