package dev.parley.party;

import dev.parley.internal.ParleyStyle;
import org.immutables.value.Value;

/**
 * A party in the role it plays in one record.
 *
 * <pre>{@code
 * Participant uae = Participant.of(PartyId.of("ae"), Role.MEDIATOR);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class Participant {
  Participant() {}

  /**
   * Returns the party.
   *
   * @return the party's id, not null
   */
  @Value.Parameter
  public abstract PartyId party();

  /**
   * Returns the role the party plays in the record.
   *
   * @return the role, not null
   */
  @Value.Parameter
  public abstract Role role();

  /**
   * Creates a participant.
   *
   * @param party the party's id
   * @param role the role it plays
   * @return the participant, not null
   */
  public static Participant of(PartyId party, Role role) {
    return ImmutableParticipant.of(party, role);
  }

  /** Returns {@code party as ROLE}. */
  @Override
  public String toString() {
    return party() + " as " + role();
  }
}
