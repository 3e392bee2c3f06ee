package dev.parley.incident;

import dev.parley.estimate.Estimate;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * An incident's toll with its whole revision history: each current figure (killed, injured) is that
 * of the latest revision that gives it, and earlier revisions are kept, never overwritten. A
 * revision that gives only the dead (its injured figure {@link Estimate#unknown()}) keeps the
 * standing injured figure, and the other way round.
 *
 * <pre>{@code
 * Casualties toll = Casualties.of(first);      // 1 killed, 8 injured
 * toll = toll.revisedBy(later);                 // 2 killed, 9 injured; the first report is kept
 * toll.killed();                                // 2
 * toll.revisions().size();                      // 2
 * }</pre>
 *
 * <p>With no revision at all, both figures are {@link Estimate#unknown()}. Instances are immutable
 * and thread-safe. The validation rules are listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class Casualties implements WithCasualties {
  private static final Casualties NONE = new Builder().build();

  Casualties() {}

  /**
   * Returns every revision, oldest first.
   *
   * @return the revisions, possibly empty, immutable
   */
  public abstract List<CasualtyRevision> revisions();

  /**
   * Returns a copy with {@link #revisions()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Casualties withRevisions(CasualtyRevision... elements);

  /**
   * Returns a copy with {@link #revisions()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Casualties withRevisions(Iterable<? extends CasualtyRevision> elements);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Casualties}; not thread-safe. */
  public static final class Builder extends ImmutableCasualties.Builder {
    Builder() {}
  }

  /**
   * A toll with no report yet: killed and injured unknown.
   *
   * @return the empty toll, not null
   */
  public static Casualties unreported() {
    return NONE;
  }

  /**
   * A toll with its first report.
   *
   * @param first the first revision
   * @return the toll, not null
   */
  public static Casualties of(CasualtyRevision first) {
    return builder().addRevision(first).build();
  }

  /**
   * Returns a copy with a later revision appended; this toll is unchanged.
   *
   * @param revision the new revision, not dated wholly before the current latest
   * @return the revised toll, not null
   * @throws dev.parley.validation.InvalidValueException if the revision is dated before the latest
   *     one
   */
  public Casualties revisedBy(CasualtyRevision revision) {
    return builder().from(this).addRevision(revision).build();
  }

  /**
   * Returns the latest revision.
   *
   * @return the latest revision, or empty when unreported
   */
  public Optional<CasualtyRevision> latest() {
    List<CasualtyRevision> r = revisions();
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(r.size() - 1));
  }

  /**
   * Returns the latest revision that gives the number killed. A later revision that gives only the
   * injured leaves it standing.
   *
   * @return the latest revision whose killed figure is known, or empty when none gives one
   */
  public Optional<CasualtyRevision> latestKilled() {
    return latestKnown(CasualtyRevision::killed);
  }

  /**
   * Returns the latest revision that gives the number injured. A later revision that gives only the
   * dead leaves it standing.
   *
   * @return the latest revision whose injured figure is known, or empty when none gives one
   */
  public Optional<CasualtyRevision> latestInjured() {
    return latestKnown(CasualtyRevision::injured);
  }

  /**
   * Returns the current number killed: that of the latest revision that gives it, so a revision
   * that gives only the injured keeps the standing figure of the dead.
   *
   * @return the estimate, {@link Estimate#unknown()} when no revision gives it
   */
  public Estimate killed() {
    return latestKilled().map(CasualtyRevision::killed).orElse(Estimate.unknown());
  }

  /**
   * Returns the current number injured: that of the latest revision that gives it, so a revision
   * that gives only the dead keeps the standing figure of the injured.
   *
   * @return the estimate, {@link Estimate#unknown()} when no revision gives it
   */
  public Estimate injured() {
    return latestInjured().map(CasualtyRevision::injured).orElse(Estimate.unknown());
  }

  private Optional<CasualtyRevision> latestKnown(Function<CasualtyRevision, Estimate> measure) {
    List<CasualtyRevision> r = revisions();
    for (int i = r.size() - 1; i >= 0; i--) {
      if (measure.apply(r.get(i)).isKnown()) {
        return Optional.of(r.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the current number killed or injured, low, best and high kept apart.
   *
   * @return the sum, unknown if either figure is unknown
   */
  public Estimate killedOrInjured() {
    return killed().plus(injured());
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("Casualties");
    List<CasualtyRevision> r = revisions();
    for (int i = 1; i < r.size(); i++) {
      if (r.get(i).date().isBefore(r.get(i - 1).date())) {
        c.fail(
            "INCIDENT_REVISION_ORDER",
            "revisions[" + i + "].date",
            "revisions are in date order: %s comes after a revision dated %s",
            r.get(i).date(),
            r.get(i - 1).date());
      }
    }
    c.throwIfInvalid();
  }
}
