package dev.parley.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parley.estimate.Estimate;
import dev.parley.incident.Attribution;
import dev.parley.incident.Casualties;
import dev.parley.incident.CasualtyRevision;
import dev.parley.incident.Incident;
import dev.parley.incident.KilledShare;
import dev.parley.incident.Perpetrator;
import dev.parley.incident.TargetType;
import dev.parley.incident.WeaponType;
import dev.parley.party.PartyId;
import dev.parley.time.ReportedDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of incidents and their casualty revisions, shared by the core and json
 * modules' tests.
 */
public final class IncidentGen {
  private IncidentGen() {}

  /**
   * Casualty revisions with one to three sources; where the number killed is known, one time in two
   * its low divided among the sides, civilians and the dead of unknown affiliation.
   */
  public static Gen<CasualtyRevision> revisions() {
    return VocabularyGen.reportedDates()
        .zip(
            VocabularyGen.estimates(),
            VocabularyGen.estimates(),
            lists().of(VocabularyGen.statements()).ofSizeBetween(1, 3),
            (date, killed, injured, sources) ->
                CasualtyRevision.builder()
                    .date(date)
                    .killed(killed)
                    .injured(injured)
                    .sources(sources)
                    .build())
        .map(IncidentGen::withShares);
  }

  private static CasualtyRevision withShares(CasualtyRevision r) {
    int seed = r.hashCode();
    if (!r.killed().isKnown() || (seed & 1) == 0) {
      return r;
    }
    long low = r.killed().low().orElse(0);
    long sides = low / 2;
    List<KilledShare> shares = new ArrayList<>();
    shares.add(KilledShare.ofSide(PartyId.of("ua"), Estimate.exact(sides / 2)));
    shares.add(
        KilledShare.ofSide(
            PartyId.of("ru"),
            (seed & 2) == 0 ? Estimate.exact(sides - sides / 2) : Estimate.unknown()));
    if ((seed & 4) == 0) {
      shares.add(KilledShare.civilians(Estimate.exact(low - sides)));
    } else {
      shares.add(KilledShare.unknownAffiliation(Estimate.range(0, low - sides + 1)));
    }
    return r.withKilledAmong(shares);
  }

  /** Tolls of zero to five revisions, in date order. */
  public static Gen<Casualties> casualties() {
    return lists()
        .of(revisions())
        .ofSizeBetween(0, 5)
        .map(
            list -> {
              List<CasualtyRevision> sorted = new ArrayList<>(list);
              sorted.sort(Comparator.comparing(CasualtyRevision::date));
              return Casualties.builder().revisions(sorted).build();
            });
  }

  /** Perpetrators, claimed or attributed, with zero to two sources. */
  public static Gen<Perpetrator> perpetrators() {
    return VocabularyGen.partyIds()
        .zip(
            Generate.enumValues(Attribution.class),
            lists().of(VocabularyGen.statements()).ofSizeBetween(0, 2),
            (party, attribution, sources) ->
                Perpetrator.builder()
                    .party(party)
                    .attribution(attribution)
                    .sources(sources)
                    .build());
  }

  /**
   * The incident's date, or the earliest day a revision's source was published when that comes
   * first: no source reports on an incident before it happened ({@code
   * INCIDENT_REVISION_SOURCE_BEFORE_INCIDENT}).
   */
  private static ReportedDate notAfterAnySource(ReportedDate date, Casualties casualties) {
    ReportedDate earliest = date;
    for (CasualtyRevision r : casualties.revisions()) {
      for (var s : r.sources()) {
        var published = s.source().published();
        if (published.isPresent() && published.get().isBefore(earliest)) {
          earliest = published.get();
        }
      }
    }
    return earliest;
  }

  /** Incidents with every optional attribute present or absent. */
  public static Gen<Incident> incidents() {
    return VocabularyGen.recordIds()
        .zip(
            VocabularyGen.reportedDates(),
            VocabularyGen.placeIds(),
            Generate.enumValues(TargetType.class),
            casualties(),
            (id, date, place, target, casualties) ->
                Incident.builder()
                    .id(id)
                    .date(notAfterAnySource(date, casualties))
                    .place(place)
                    .target(target)
                    .casualties(casualties)
                    .build())
        .zip(
            perpetrators().toOptionals(50),
            Generate.enumValues(WeaponType.class).toOptionals(50),
            integers().between(-1, 24 * 60 - 1),
            VocabularyGen.zonedDateTimes().map(z -> z.getZone()),
            (incident, perpetrator, weapon, minute, zone) -> {
              Incident i = incident.withPerpetrator(perpetrator).withWeapon(weapon);
              return minute < 0
                  ? i
                  : i.withTime(
                      ZonedDateTime.of(
                          i.date().start(), LocalTime.ofSecondOfDay(minute * 60L), zone));
            })
        .zip(
            lists().of(VocabularyGen.statements()).ofSizeBetween(0, 2),
            (i, p) -> i.withProvenance(p));
  }
}
