package dev.parley.testing;

import static org.quicktheories.generators.SourceDSL.longs;

import dev.parley.negotiation.Delegation;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.negotiation.TalksFormat;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.place.PlaceId;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import dev.parley.time.TimeWindow;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of valid negotiation values, shared by the core and json modules' tests
 * (through the core test jar).
 */
public final class NegotiationGen {
  private static final List<String> NAMES =
      List.of("Vladimir Medinsky", "Rustem Umerov", "Hakan Fidan", "Kyrylo Budanov");

  private NegotiationGen() {}

  /** Delegations with and without a head and members. */
  public static Gen<Delegation> delegations() {
    return longs()
        .all()
        .map(
            seed ->
                delegation(new SplittableRandom(seed), PartyId.of("d" + Math.floorMod(seed, 50))));
  }

  /** Valid negotiation rounds of every format. */
  public static Gen<NegotiationRound> rounds() {
    return longs().all().map(NegotiationGen::round);
  }

  private static Delegation delegation(SplittableRandom r, PartyId party) {
    Delegation.Builder b = Delegation.builder().party(party);
    if (r.nextBoolean()) {
      b.head(NAMES.get(r.nextInt(NAMES.size())));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addMember(NAMES.get(r.nextInt(NAMES.size())) + " " + i);
    }
    return b.build();
  }

  /**
   * Builds a valid round from a seed.
   *
   * @param seed the seed
   * @return the round
   */
  public static NegotiationRound round(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    TalksFormat format = TalksFormat.values()[r.nextInt(TalksFormat.values().length)];
    LocalDate day = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4000));
    int days = 1 + r.nextInt(3);
    NegotiationRound.Builder b =
        NegotiationRound.builder()
            .id(RecordId.of("talks:" + Long.toHexString(seed)))
            .venue(PlaceId.of("venue-" + r.nextInt(20)))
            .date(ReportedDate.between(day, day.plusDays(days - 1)))
            .format(format);
    int sides = 2 + r.nextInt(2);
    for (int i = 0; i < sides; i++) {
      b.addDelegation(delegation(r, PartyId.of("side" + i)));
    }
    if (format.needsMediator() || r.nextBoolean()) {
      b.addParticipant(Participant.of(PartyId.of("mediator"), Role.MEDIATOR));
    }
    if (r.nextBoolean()) {
      b.addParticipant(Participant.of(PartyId.of("host"), Role.HOST));
    }
    Duration length = Duration.ofMinutes(30 + r.nextInt(600));
    if (r.nextBoolean()) {
      ZonedDateTime start =
          day.atStartOfDay(ZoneId.of("Europe/Istanbul")).plusHours(8 + r.nextInt(4));
      b.window(
          r.nextBoolean()
              ? TimeWindow.of(start, length.plusMinutes(r.nextInt(60)))
              : TimeWindow.startingAt(start));
    }
    if (r.nextBoolean()) {
      b.duration(length);
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addOutcome(RecordId.of("outcome:" + Long.toHexString(seed) + "-" + i));
    }
    return b.build();
  }
}
