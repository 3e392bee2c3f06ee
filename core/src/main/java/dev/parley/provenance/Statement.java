package dev.parley.provenance;

import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import org.immutables.value.Value;

/**
 * A source and its stance: who said it, and whether they claim, confirm, deny or dispute it.
 *
 * <pre>{@code
 * Statement claimed = Statement.of(mod, Stance.CLAIMS);
 * Statement confirmed = Statement.of(president, Stance.CONFIRMS);
 * confirmed.isIndependentOf(PartyId.of("ru"));   // true: Ukraine's president confirms Russia's figure
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class Statement {
  Statement() {}

  /**
   * Returns who said it.
   *
   * @return the source, not null
   */
  @Value.Parameter
  public abstract Source source();

  /**
   * Returns what the source says.
   *
   * @return the stance, not null
   */
  @Value.Parameter
  public abstract Stance stance();

  /**
   * Creates a statement.
   *
   * @param source who said it
   * @param stance what they say
   * @return the statement, not null
   */
  public static Statement of(Source source, Stance stance) {
    return ImmutableStatement.of(source, stance);
  }

  /**
   * A claim by a party, with no further detail on the source.
   *
   * @param speaker the party
   * @return the statement, not null
   */
  public static Statement claimedBy(PartyId speaker) {
    return of(Source.of(speaker), Stance.CLAIMS);
  }

  /**
   * Returns whether this statement confirms something and comes from someone other than the given
   * party: a claimant's own word never confirms its own claim.
   *
   * @param claimant the party whose claim is in question
   * @return true if the stance is {@link Stance#CONFIRMS} and the speaker is not the claimant
   */
  public boolean confirmsIndependentlyOf(PartyId claimant) {
    java.util.Objects.requireNonNull(claimant, "claimant");
    return stance() == Stance.CONFIRMS && isIndependentOf(claimant);
  }

  /**
   * Returns whether the speaker is someone other than the given party. A statement with no speaker
   * party (an outlet alone) counts as independent.
   *
   * @param party the party
   * @return true if the speaker is absent or a different party
   */
  public boolean isIndependentOf(PartyId party) {
    java.util.Objects.requireNonNull(party, "party");
    return source().speaker().map(s -> !s.equals(party)).orElse(true);
  }
}
