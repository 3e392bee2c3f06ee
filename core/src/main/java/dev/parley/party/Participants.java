package dev.parley.party;

import dev.parley.validation.Checker;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shared rules of the participants of one record.
 *
 * <ul>
 *   <li>{@code PARTICIPANT_NEUTRAL_IS_SIDE}: a mediator, transit state or facilitator is not also
 *       a side of the same record.
 *   <li>{@code PARTICIPANT_DUPLICATE}: a party is listed at most once in the same role.
 * </ul>
 *
 * <p>Every record type that carries participants applies these rules in its own check.
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
    // Nearly every record has a few participants: compare those directly, without hash sets.
    boolean few = participants.size() <= SMALL;
    Set<PartyId> allSides = few ? Set.of() : new HashSet<>(sides);
    Set<Participant> seen = few ? Set.of() : new HashSet<>();
    if (!few) {
      for (Participant p : participants) {
        if (p.role() == Role.SIDE) {
          allSides.add(p.party());
        }
      }
    }
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      if (few ? participants.indexOf(p) < i : !seen.add(p)) {
        checker.fail(DUPLICATE, path + "[" + i + "]", "%s is listed twice", p);
      }
      if (p.role().isNeutral()
          && (few ? sides.contains(p.party()) || isSide(participants, p.party()) : allSides.contains(p.party()))) {
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

  /** Lists longer than this are checked with hash sets; shorter ones by comparing pairs. */
  static final int SMALL = 8;

  private static boolean isSide(List<Participant> participants, PartyId party) {
    for (Participant q : participants) {
      if (q.role() == Role.SIDE && q.party().equals(party)) {
        return true;
      }
    }
    return false;
  }
}
