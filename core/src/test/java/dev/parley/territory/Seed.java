package dev.parley.territory;

import dev.parley.party.PartyId;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The territorial facts of the seed report, and a few helpers for building test records. */
final class Seed {
  private Seed() {}

  static final PartyId RU = PartyId.of("ru");
  static final PartyId UA = PartyId.of("ua");
  static final PartyId ISW = PartyId.of("isw");
  static final LocalDate FRIDAY = LocalDate.of(2025, 5, 23);

  static final Place RAKIVKA = Place.builder()
      .id(PlaceId.of("ua:rakivka")).name("Rakivka")
      .country(CountryCode.of("UA")).region(RegionCode.parse("UA-63"))
      .precision(LocationPrecision.SETTLEMENT)
      .build();

  static final Statement RU_MOD = Statement.of(
      Source.builder().speaker(RU).organ("Ministry of Defence").published(ReportedDate.ofDay(FRIDAY)).build(),
      Stance.CLAIMS);

  /** "Russia claimed to have taken control of Rakivka, a village in Ukraine's Kharkiv region." */
  static final TerritorialClaim RAKIVKA_CLAIM = TerritorialClaim.builder()
      .id(RecordId.of("claim:ru:rakivka"))
      .claimant(RU)
      .subject(ClaimSubject.place(RAKIVKA.id()))
      .kind(ClaimKind.CAPTURED)
      .means(ClaimMeans.ARMED)
      .asOf(ReportedDate.ofDay(FRIDAY))
      .addProvenance(RU_MOD)
      .build();

  /** "Russia ... currently occupies around 20% of Ukrainian territory." */
  static final TerritorialClaim SHARE_CLAIM = TerritorialClaim.builder()
      .id(RecordId.of("claim:ru:ua-share"))
      .claimant(RU)
      .subject(ClaimSubject.aboutShare(CountryCode.of("UA"), new BigDecimal("20")))
      .kind(ClaimKind.HOLDS)
      .means(ClaimMeans.ARMED)
      .asOf(ReportedDate.ofDay(FRIDAY))
      .addProvenance(Statement.of(Source.builder().outlet("news report").build(), Stance.CLAIMS))
      .build();

  static TerritorialClaim claim(String id, PartyId claimant, PlaceId place, ClaimKind kind, String date) {
    return TerritorialClaim.builder()
        .id(RecordId.of(id)).claimant(claimant).subject(ClaimSubject.place(place)).kind(kind)
        .means(ClaimMeans.ARMED).asOf(ReportedDate.parse(date))
        .addProvenance(Statement.claimedBy(claimant))
        .build();
  }

  static Assessment.Builder assessment(String id, PartyId assessor, String date) {
    return Assessment.builder()
        .id(RecordId.of(id)).assessor(assessor)
        .assessorKind(assessor.equals(RU) || assessor.equals(UA) ? AssessorKind.PARTY : AssessorKind.RESEARCH_GROUP)
        .date(ReportedDate.parse(date));
  }
}
