package dev.parley.incident;

import dev.parley.estimate.Estimate;
import dev.parley.internal.ParleyStyle;
import dev.parley.provenance.Statement;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Checker;
import java.util.List;
import org.immutables.value.Value;

/**
 * One dated, sourced report of an incident's toll: killed and injured, each an estimate.
 *
 * <pre>{@code
 * CasualtyRevision first = CasualtyRevision.builder()
 *     .date(ReportedDate.parse("2025-05-23"))
 *     .killed(Estimate.exact(1)).injured(Estimate.exact(8))
 *     .addSource(Statement.of(ukrainianOfficials, Stance.CLAIMS))
 *     .build();
 * }</pre>
 *
 * <p>Rule: {@code INCIDENT_REVISION_UNSOURCED} (a revision names at least one source). An
 * unknown figure is {@link Estimate#unknown()}, never a zero. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
@ParleyStyle
public abstract class CasualtyRevision implements WithCasualtyRevision {
  CasualtyRevision() {}

  /**
   * Returns when this toll was reported.
   *
   * @return the date with its precision, not null
   */
  public abstract ReportedDate date();

  /**
   * Returns the number killed.
   *
   * @return the estimate, {@link Estimate#unknown()} when not given
   */
  public abstract Estimate killed();

  /**
   * Returns the number injured.
   *
   * @return the estimate, {@link Estimate#unknown()} when not given
   */
  public abstract Estimate injured();

  /**
   * Returns who reported this toll.
   *
   * @return the statements, at least one, immutable
   */
  public abstract List<Statement> sources();

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CasualtyRevision}; not thread-safe. */
  public static final class Builder extends ImmutableCasualtyRevision.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checker.of("CasualtyRevision")
        .check(
            !sources().isEmpty(),
            "INCIDENT_REVISION_UNSOURCED",
            "sources",
            "a casualty revision names at least one source; the revision of %s has none",
            date())
        .throwIfInvalid();
  }

  /** Returns {@code date: killed k, injured i}. */
  @Override
  public String toString() {
    return date() + ": killed " + killed() + ", injured " + injured();
  }
}
