package dev.parley.territory;

import dev.parley.party.PartyId;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.testing.SeedStory;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;

/**
 * The territorial facts of the seed report, from the shared seed fixture, and a few helpers for
 * building test records.
 */
final class Seed {
  private Seed() {}

  static final PartyId RU = PartyId.of("ru");
  static final PartyId UA = PartyId.of("ua");
  static final PartyId ISW = PartyId.of("isw");
  static final LocalDate FRIDAY = LocalDate.of(2025, 5, 23);

  static final Place RAKIVKA = SeedStory.RAKIVKA;

  static final Statement RU_MOD = Statement.of(SeedStory.RUSSIAN_MOD, Stance.CLAIMS);

  /** "Russia claimed to have taken control of Rakivka, a village in Ukraine's Kharkiv region." */
  static final TerritorialClaim RAKIVKA_CLAIM = SeedStory.RAKIVKA_CLAIM;

  /** "Russia ... currently occupies around 20% of Ukrainian territory." */
  static final TerritorialClaim SHARE_CLAIM = SeedStory.SHARE_OF_UKRAINE;

  static TerritorialClaim claim(
      String id, PartyId claimant, PlaceId place, ClaimKind kind, String date) {
    return TerritorialClaim.builder()
        .id(RecordId.of(id))
        .claimant(claimant)
        .subject(ClaimSubject.place(place))
        .kind(kind)
        .means(ClaimMeans.ARMED)
        .asOf(ReportedDate.parse(date))
        .addProvenance(Statement.claimedBy(claimant))
        .build();
  }

  static Assessment.Builder assessment(String id, PartyId assessor, String date) {
    return Assessment.builder()
        .id(RecordId.of(id))
        .assessor(assessor)
        .assessorKind(
            assessor.equals(RU) || assessor.equals(UA)
                ? AssessorKind.PARTY
                : AssessorKind.RESEARCH_GROUP)
        .date(ReportedDate.parse(date));
  }
}
