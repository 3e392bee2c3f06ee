package dev.parley.testing;

import static org.quicktheories.generators.SourceDSL.longs;

import dev.parley.ceasefire.ReleaseCondition;
import dev.parley.ceasefire.TimePoint;
import dev.parley.ceasefire.Truce;
import dev.parley.ceasefire.TruceExtension;
import dev.parley.party.PartyId;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of valid truces, shared by the core and json modules' tests (through the
 * core test jar).
 */
public final class TruceGen {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Asia/Gaza"),
          ZoneId.of("Asia/Aden"),
          ZoneId.of("Europe/Kyiv"),
          ZoneId.of("UTC"),
          ZoneId.of("America/Bogota"));

  private TruceGen() {}

  /** Valid truces: open-ended or not, with date-only and zoned extensions, some conditional. */
  public static Gen<Truce> truces() {
    return longs().all().map(TruceGen::truce);
  }

  /**
   * Builds a valid truce from a seed, agreed by {@code side0}, {@code side1} and so on.
   *
   * @param seed the seed
   * @return the truce
   */
  public static Truce truce(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int sides = 2 + r.nextInt(2);
    List<PartyId> parties = new java.util.ArrayList<>();
    for (int i = 0; i < sides; i++) {
      parties.add(PartyId.of("side" + i));
    }
    List<PartyId> mediators = new java.util.ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      mediators.add(PartyId.of("mediator" + i));
    }
    String hex = Long.toHexString(seed);
    return truce(
        r,
        RecordId.of("truce:" + hex),
        parties,
        mediators,
        List.of(RecordId.of("exchange:" + hex), RecordId.of("agreement:" + hex)),
        mediators.isEmpty() ? parties.get(0) : mediators.get(0));
  }

  /**
   * Builds a valid truce from a random source, with given parties and mediators, linking its
   * conditions to given records.
   *
   * @param r the random source
   * @param id the truce's id
   * @param parties two or more distinct parties
   * @param mediators distinct mediators, none a party
   * @param links the records conditions may link to; none when empty
   * @param speaker the speaker of its provenance, if it gets one
   * @return the truce
   */
  public static Truce truce(
      SplittableRandom r,
      RecordId id,
      List<PartyId> parties,
      List<PartyId> mediators,
      List<RecordId> links,
      PartyId speaker) {
    ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
    LocalDateTime announced =
        LocalDateTime.of(2015, 1, 1, 0, 0).plusDays(r.nextInt(4000)).plusHours(r.nextInt(24));
    LocalDateTime inForce = announced.plusHours(r.nextInt(24 * 4));
    Truce.Builder b =
        Truce.builder()
            .id(id)
            .addAllParties(parties)
            .addAllMediators(mediators)
            .zone(zone)
            .inForce(inForce)
            .announced(
                r.nextBoolean()
                    ? TimePoint.of(announced.atZone(zone))
                    : TimePoint.of(ReportedDate.ofDay(announced.toLocalDate())));
    boolean open = r.nextInt(5) == 0;
    if (!open) {
      Duration length = Duration.ofHours(1 + r.nextInt(24 * 30));
      ZonedDateTime end = inForce.atZone(zone).plus(length);
      switch (r.nextInt(3)) {
        case 0:
          b.length(length);
          break;
        case 1:
          b.end(TimePoint.of(end));
          break;
        default:
          b.length(length).end(TimePoint.of(end.withZoneSameInstant(ZoneId.of("UTC"))));
          break;
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        Truce sofar = b.build();
        ZonedDateTime previous = sofar.effectiveEnd().orElseThrow();
        ZonedDateTime announcedAt = previous.minusHours(r.nextInt(48));
        TruceExtension.Builder e =
            TruceExtension.builder()
                .announced(
                    r.nextBoolean()
                        ? TimePoint.of(announcedAt)
                        : TimePoint.of(ReportedDate.ofDay(announcedAt.toLocalDate())));
        if (r.nextBoolean()) {
          e.end(TimePoint.of(previous.plusHours(1 + r.nextInt(24 * 3))));
        } else {
          e.end(TimePoint.of(ReportedDate.ofDay(previous.toLocalDate().plusDays(r.nextInt(3)))));
        }
        int kind = links.isEmpty() ? 2 : r.nextInt(3);
        if (kind == 0) {
          e.condition(
              ReleaseCondition.of(
                  links.get(r.nextInt(links.size())),
                  parties.get(r.nextInt(parties.size())),
                  1 + r.nextInt(50)));
        } else if (kind == 1) {
          e.condition(ReleaseCondition.of(links.get(r.nextInt(links.size()))));
        }
        b.addExtension(e.build());
      }
    }
    if (r.nextBoolean()) {
      b.note("humanitarian pause");
    }
    if (r.nextBoolean()) {
      b.addProvenance(Statement.claimedBy(speaker));
    }
    return b.build();
  }
}
