package dev.parley.incident;

import com.google.common.math.LongMath;
import dev.parley.estimate.Estimate;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.provenance.Statement;
import dev.parley.time.ReportedDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * <p>The dead may be divided among sides (see {@link #killedAmong()}). An unknown figure is {@link
 * Estimate#unknown()}, never a zero. Instances are immutable and thread-safe. The validation rules
 * are listed in {@code docs/validation-rules.md}.
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
   * Returns how the dead divide among groups, where the report says so: each party's combatants,
   * civilians, the dead of unknown affiliation. A partial division is fine; the shares never add up
   * to more than the highest possible {@link #killed()}.
   *
   * @return the shares, at most one per group and party, immutable; empty when not given
   */
  public abstract List<KilledShare> killedAmong();

  /**
   * Returns a copy with {@link #killedAmong()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract CasualtyRevision withKilledAmong(KilledShare... elements);

  /**
   * Returns a copy with {@link #killedAmong()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract CasualtyRevision withKilledAmong(Iterable<? extends KilledShare> elements);

  /**
   * Returns who reported this toll.
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
  public abstract CasualtyRevision withSources(Statement... elements);

  /**
   * Returns a copy with {@link #sources()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract CasualtyRevision withSources(Iterable<? extends Statement> elements);

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
    Checker c =
        Checker.of("CasualtyRevision")
            .check(
                !sources().isEmpty(),
                "INCIDENT_REVISION_UNSOURCED",
                "sources",
                "a casualty revision names at least one source; the revision of %s has none",
                date());
    if (!killedAmong().isEmpty()) {
      checkShares(c);
    }
    c.throwIfInvalid();
  }

  private void checkShares(Checker c) {
    Set<List<Object>> seen = new HashSet<>();
    long lowSum = 0;
    for (int i = 0; i < killedAmong().size(); i++) {
      KilledShare share = killedAmong().get(i);
      if (!seen.add(List.of(share.group(), share.party()))) {
        c.fail(
            "INCIDENT_SHARE_DUPLICATE",
            "killedAmong[" + i + "]",
            "a group is counted once per revision, but %s appears twice",
            share);
      }
      lowSum = LongMath.saturatedAdd(lowSum, share.killed().low().orElse(0));
    }
    if (killed().isKnown() && killed().high().isPresent() && lowSum > killed().high().getAsLong()) {
      c.fail(
          "INCIDENT_SHARES_EXCEED_TOTAL",
          "killedAmong",
          "the shares of the dead add up to at least %s, more than the total killed %s",
          lowSum,
          killed());
    }
  }

  /** Returns {@code date: killed k, injured i}. */
  @Override
  public String toString() {
    return date()
        + ": killed "
        + killed()
        + (killedAmong().isEmpty() ? "" : " " + killedAmong())
        + ", injured "
        + injured();
  }
}
