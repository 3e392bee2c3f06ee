package dev.parley.incident;

import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import dev.parley.provenance.Statement;
import java.util.List;
import org.immutables.value.Value;

/**
 * Who carried out an incident, and how that is known: claimed by the perpetrator, or attributed by
 * others.
 *
 * <pre>{@code
 * Perpetrator russia = Perpetrator.of(PartyId.of("ru"), Attribution.ATTRIBUTED)
 *     .withSources(Statement.of(ukrainianOfficials, Stance.CLAIMS));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@ParleyStyle
public abstract class Perpetrator implements WithPerpetrator {
  Perpetrator() {}

  /**
   * Returns the perpetrating party.
   *
   * @return the party, not null
   */
  public abstract PartyId party();

  /**
   * Returns how the perpetrator is known.
   *
   * @return claimed or attributed, not null
   */
  public abstract Attribution attribution();

  /**
   * Returns who claimed or attributed the incident.
   *
   * @return the statements, possibly empty, immutable
   */
  public abstract List<Statement> sources();

  /**
   * Returns a copy with {@link #sources()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Perpetrator withSources(Statement... elements);

  /**
   * Returns a copy with {@link #sources()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Perpetrator withSources(Iterable<? extends Statement> elements);

  /**
   * Creates a perpetrator with no sources.
   *
   * @param party the perpetrating party
   * @param attribution how it is known
   * @return the perpetrator, not null
   */
  public static Perpetrator of(PartyId party, Attribution attribution) {
    return builder().party(party).attribution(attribution).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Perpetrator}; not thread-safe. */
  public static final class Builder extends ImmutablePerpetrator.Builder {
    Builder() {}
  }
}
