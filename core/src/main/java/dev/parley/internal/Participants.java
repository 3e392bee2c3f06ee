package dev.parley.internal;

import com.google.common.base.Equivalence;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shared rules of the participants of one record: a mediator, transit state or facilitator is
 * not also a side, and a party is listed at most once in the same role (codes in {@code
 * docs/validation-rules.md}). Every record type that carries participants applies them in its own
 * check.
 */
public final class Participants {
  /** Rule code: a mediator, transit state or facilitator is also a side. */
  public static final String NEUTRAL_IS_SIDE = "PARTICIPANT_NEUTRAL_IS_SIDE";

  /** Rule code: the same party is listed twice in the same role. */
  public static final String DUPLICATE = "PARTICIPANT_DUPLICATE";

  private Participants() {}

  /**
   * Checks participants against the rules above.
   *
   * @param checker where violations are recorded
   * @param path the attribute path of the participant list, such as {@code participants}
   * @param participants the participants, in order
   * @param sides parties that are sides of the record by other attributes (for example the
   *     releasing and receiving parties of an exchange); may be empty
   * @return the checker
   */
  public static Checker check(
      Checker checker, String path, List<Participant> participants, Collection<PartyId> sides) {
    if (participants.isEmpty()) {
      return checker;
    }
    BitSet repeats = Repeats.of(participants, Equivalence.equals());
    // Nearly every record has a few participants: look for sides among those directly.
    Set<PartyId> allSides =
        participants.size() <= Repeats.PAIRWISE_AT_MOST ? Set.of() : allSides(participants, sides);
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      if (repeats.get(i)) {
        checker.fail(DUPLICATE, path + "[" + i + "]", "%s is listed twice", p);
      }
      if (p.role().isNeutral()
          && (allSides.isEmpty()
              ? sides.contains(p.party()) || isSide(participants, p.party())
              : allSides.contains(p.party()))) {
        checker.fail(
            NEUTRAL_IS_SIDE,
            path + "[" + i + "]",
            "%s is a %s and also a side of the same record",
            p.party(),
            p.role().name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return checker;
  }

  private static Set<PartyId> allSides(List<Participant> participants, Collection<PartyId> sides) {
    Set<PartyId> all = new HashSet<>(sides);
    for (Participant p : participants) {
      if (p.role() == Role.SIDE) {
        all.add(p.party());
      }
    }
    return all;
  }

  private static boolean isSide(List<Participant> participants, PartyId party) {
    for (int i = 0; i < participants.size(); i++) {
      Participant q = participants.get(i);
      if (q.role() == Role.SIDE && q.party().equals(party)) {
        return true;
      }
    }
    return false;
  }
}
