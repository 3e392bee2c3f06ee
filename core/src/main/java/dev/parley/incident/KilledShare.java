package dev.parley.incident;

import dev.parley.estimate.Estimate;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The part of an incident's dead that belongs to one group: the combatants of a party, the
 * civilians, or the dead of unknown affiliation, as UCDP's GED gives them per event.
 *
 * <pre>{@code
 * KilledShare ukrainianForces = KilledShare.ofSide(PartyId.of("ua"), Estimate.exact(3));
 * KilledShare civilians = KilledShare.civilians(Estimate.exact(2));
 * }</pre>
 *
 * <p>A share of a side names its party, and only such a share does. Instances are immutable and
 * thread-safe. The validation rules are listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class KilledShare {
  KilledShare() {}

  /**
   * Returns whom the share belongs to.
   *
   * @return the group, not null
   */
  public abstract KilledGroup group();

  /**
   * Returns the party whose combatants the share counts.
   *
   * @return the party for {@link KilledGroup#SIDE}, otherwise empty
   */
  public abstract Optional<PartyId> party();

  /**
   * Returns the number killed in this group.
   *
   * @return the estimate, not null
   */
  public abstract Estimate killed();

  /**
   * The dead among one party's combatants.
   *
   * @param party the party
   * @param killed the number killed
   * @return the share, not null
   */
  public static KilledShare ofSide(PartyId party, Estimate killed) {
    return builder().group(KilledGroup.SIDE).party(party).killed(killed).build();
  }

  /**
   * The civilian dead.
   *
   * @param killed the number killed
   * @return the share, not null
   */
  public static KilledShare civilians(Estimate killed) {
    return builder().group(KilledGroup.CIVILIANS).killed(killed).build();
  }

  /**
   * The dead of unknown affiliation.
   *
   * @param killed the number killed
   * @return the share, not null
   */
  public static KilledShare unknownAffiliation(Estimate killed) {
    return builder().group(KilledGroup.UNKNOWN).killed(killed).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KilledShare}; not thread-safe. */
  public static final class Builder extends ImmutableKilledShare.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checker.of("KilledShare")
        .check(
            party().isPresent() == (group() == KilledGroup.SIDE),
            "INCIDENT_SHARE_PARTY",
            "party",
            "a share of a side names its party, and a share of %s names none, was %s",
            group(),
            party().isPresent() ? party().get() : "none")
        .throwIfInvalid();
  }

  /** Returns {@code ua: 3}, {@code civilians: 2} or {@code unknown: >=1}. */
  @Override
  public String toString() {
    return party().map(PartyId::value).orElse(group().name().toLowerCase(java.util.Locale.ROOT))
        + ": "
        + killed();
  }
}
