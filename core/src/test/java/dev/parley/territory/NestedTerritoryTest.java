package dev.parley.territory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.estimate.Estimate;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.party.PartyId;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claims on a region and on the places within it meet; claims carry their magnitude; and claims and
 * assessments dated to a week or a month are certainly or possibly counted as of a day. Real cases
 * from public reporting of 2022 to 2025.
 */
class NestedTerritoryTest {
  static final PartyId RU = PartyId.of("ru");
  static final PartyId UA = PartyId.of("ua");
  static final RegionCode DONETSK = RegionCode.parse("UA-14");
  static final RegionCode KHARKIV = RegionCode.parse("UA-63");

  static final Place STAROMAIORSKE =
      Place.builder()
          .id(PlaceId.of("ua:staromaiorske"))
          .name("Staromaiorske")
          .country(CountryCode.of("UA"))
          .region(DONETSK)
          .precision(LocationPrecision.SETTLEMENT)
          .build();

  static TerritorialClaim claim(
      String id, PartyId claimant, ClaimSubject subject, ClaimKind kind, String asOf) {
    return TerritorialClaim.builder()
        .id(RecordId.of(id))
        .claimant(claimant)
        .subject(subject)
        .kind(kind)
        .means(ClaimMeans.ARMED)
        .asOf(ReportedDate.parse(asOf))
        .addProvenance(Statement.claimedBy(claimant))
        .build();
  }

  /** Russia's proclaimed annexation of the Donetsk region, 30 September 2022. */
  static final TerritorialClaim ANNEXATION =
      claim("claim:ru:donetsk", RU, ClaimSubject.region(DONETSK), ClaimKind.ANNEXED, "2022-09-30");

  /** Ukraine's claim to have liberated Staromaiorske, 27 July 2023. */
  static final TerritorialClaim LIBERATION =
      claim(
          "claim:ua:staromaiorske",
          UA,
          ClaimSubject.place(STAROMAIORSKE.id()),
          ClaimKind.LIBERATED,
          "2023-07-27");

  static ControlIndex nested(List<TerritorialClaim> claims, List<Assessment> assessments) {
    return ControlIndex.of(claims, assessments, List.of(STAROMAIORSKE, Seed.RAKIVKA));
  }

  @Test
  void aClaimOnAPlaceMeetsTheCounterClaimOnItsRegion() {
    ControlIndex index = nested(List.of(ANNEXATION, LIBERATION), List.of());
    PlaceId place = STAROMAIORSKE.id();
    assertThat(index.regionOf(place)).contains(DONETSK);
    assertThat(index.isContested(place, LocalDate.of(2023, 7, 1))).isFalse();
    assertThat(index.isContested(place, LocalDate.of(2023, 7, 27))).isTrue();
    assertThat(index.isContested(DONETSK, LocalDate.of(2023, 7, 27))).isTrue();
    assertThat(index.isContested(DONETSK, LocalDate.of(2023, 7, 26))).isFalse();
    assertThat(index.contestedPlaces(LocalDate.of(2023, 8, 1))).containsExactly(place);
    assertThat(index.contestedRegions(LocalDate.of(2023, 8, 1))).containsExactly(DONETSK);
    assertThat(index.claimsCovering(place, LocalDate.of(2023, 8, 1)))
        .containsExactly(ANNEXATION, LIBERATION);
    assertThat(index.claimsWithin(DONETSK, LocalDate.of(2023, 8, 1)))
        .containsExactly(ANNEXATION, LIBERATION);
    // claimsAsOf stays about one territory each
    assertThat(index.claimsAsOf(place, LocalDate.of(2023, 8, 1))).containsOnlyKeys(UA);
    assertThat(index.claimsAsOf(DONETSK, LocalDate.of(2023, 8, 1))).containsOnlyKeys(RU);
    // an index without places sees no nesting
    ControlIndex flat = ControlIndex.of(List.of(ANNEXATION, LIBERATION), List.of());
    assertThat(flat.isContested(place, LocalDate.of(2023, 8, 1))).isFalse();
    assertThat(flat.claimsCovering(place, LocalDate.of(2023, 8, 1))).containsExactly(LIBERATION);
  }

  @Test
  void aClaimantsOwnClaimOnThePlaceDecidesOverItsRegionClaim() {
    TerritorialClaim lost =
        claim(
            "claim:ru:staromaiorske",
            RU,
            ClaimSubject.place(STAROMAIORSKE.id()),
            ClaimKind.LOST,
            "2023-07-28");
    ControlIndex index = nested(List.of(ANNEXATION, LIBERATION, lost), List.of());
    assertThat(index.isContested(STAROMAIORSKE.id(), LocalDate.of(2023, 7, 28))).isFalse();
    assertThat(index.isContested(STAROMAIORSKE.id(), LocalDate.of(2023, 7, 27))).isTrue();
  }

  @Test
  void controlQueriesOnARegionSeeThePlacesWithinIt() {
    Assessment isw =
        Assessment.builder()
            .id(RecordId.of("assessment:isw:staromaiorske"))
            .assessor(PartyId.of("isw"))
            .assessorKind(AssessorKind.RESEARCH_GROUP)
            .claim(LIBERATION.id())
            .status(AssessmentStatus.CONFIRMED)
            .controller(Controller.party(UA))
            .date(ReportedDate.parse("2023-07-27"))
            .build();
    ControlIndex index = nested(List.of(ANNEXATION, LIBERATION, Seed.RAKIVKA_CLAIM), List.of(isw));
    assertThat(index.controllersWithin(DONETSK, LocalDate.of(2023, 7, 28)))
        .containsExactly(java.util.Map.entry(STAROMAIORSKE.id(), Controller.party(UA)));
    assertThat(index.controllersWithin(KHARKIV, LocalDate.of(2025, 6, 1))).isEmpty();
    assertThat(index.claimsWithin(KHARKIV, LocalDate.of(2025, 6, 1)))
        .containsExactly(Seed.RAKIVKA_CLAIM);
    assertThat(index.isContested(KHARKIV, LocalDate.of(2025, 6, 1))).isFalse();
  }

  @Test
  void ofSeveralPlacesWithOneIdTheLastCountsAsInAChronicle() {
    Place moved = Place.builder().from(STAROMAIORSKE).region(KHARKIV).build();
    Place unplaced =
        Place.builder()
            .id(STAROMAIORSKE.id())
            .name("Staromaiorske")
            .country(CountryCode.of("UA"))
            .precision(LocationPrecision.SETTLEMENT)
            .build();
    assertThat(
            ControlIndex.of(List.of(), List.of(), List.of(STAROMAIORSKE, moved))
                .regionOf(STAROMAIORSKE.id()))
        .contains(KHARKIV);
    assertThat(
            ControlIndex.of(List.of(), List.of(), List.of(STAROMAIORSKE, unplaced))
                .regionOf(STAROMAIORSKE.id()))
        .isEmpty();
  }

  @Test
  void aClaimCarriesItsMagnitudeAsSourcedEstimates() {
    // "our soldiers have already liberated 6,000 square kilometers", Zelensky, 12 September 2022
    TerritorialClaim kharkiv =
        claim(
                "claim:ua:kharkiv-2022-09",
                UA,
                ClaimSubject.region(KHARKIV),
                ClaimKind.LIBERATED,
                "2022-09-12")
            .withAreaKm2(
                SourcedEstimate.of(
                    Estimate.exact(6000), Statement.claimedBy(PartyId.of("ua:zelensky"))))
            .withSettlements(
                SourcedEstimate.of(
                    Estimate.atLeast(300), Statement.claimedBy(PartyId.of("ua:mod"))));
    assertThat(kharkiv.areaKm2().get(0).estimate()).isEqualTo(Estimate.exact(6000));
    assertThat(kharkiv.settlements().get(0).estimate()).isEqualTo(Estimate.atLeast(300));
    assertThat(kharkiv.referencedParties())
        .contains(PartyId.of("ua:zelensky"), PartyId.of("ua:mod"));
  }

  @Test
  void aClaimDatedToAMonthIsPossiblyCountedFromItsFirstDayAndCertainlyFromItsLast() {
    TerritorialClaim month =
        claim(
            "claim:ru:rakivka-may",
            RU,
            ClaimSubject.place(Seed.RAKIVKA.id()),
            ClaimKind.CAPTURED,
            "2025-05");
    TerritorialClaim earlier =
        claim(
            "claim:ru:rakivka-apr",
            RU,
            ClaimSubject.place(Seed.RAKIVKA.id()),
            ClaimKind.HOLDS,
            "2025-04-20");
    ControlIndex index = nested(List.of(month, earlier), List.of());
    LocalDate day = LocalDate.of(2025, 5, 23);
    assertThat(index.claimsAsOf(Seed.RAKIVKA.id(), day)).containsEntry(RU, earlier);
    assertThat(index.possibleClaimsAsOf(Seed.RAKIVKA.id(), day))
        .containsEntry(RU, List.of(earlier, month));
    assertThat(index.possibleClaimsAsOf(Seed.RAKIVKA.id(), LocalDate.of(2025, 4, 30)))
        .containsEntry(RU, List.of(earlier));
    assertThat(index.possibleClaimsAsOf(Seed.RAKIVKA.id(), LocalDate.of(2025, 5, 31)))
        .containsEntry(RU, List.of(month));
    assertThat(index.possibleClaimsAsOf(KHARKIV, day)).isEmpty();
  }

  @Test
  void anAssessmentDatedToAWeekIsPossiblyTheLatestWithinTheWeek() {
    Assessment week =
        Assessment.builder()
            .id(RecordId.of("assessment:isw:rakivka-w21"))
            .assessor(PartyId.of("isw"))
            .assessorKind(AssessorKind.RESEARCH_GROUP)
            .place(Seed.RAKIVKA.id())
            .status(AssessmentStatus.CONTESTED)
            .controller(Controller.contested())
            .date(ReportedDate.parse("2025-W21"))
            .build();
    ControlIndex index = nested(List.of(), List.of(week));
    LocalDate wednesday = LocalDate.of(2025, 5, 21);
    assertThat(index.latestAssessment(Seed.RAKIVKA.id(), wednesday)).isEmpty();
    assertThat(index.possibleAssessmentsAsOf(Seed.RAKIVKA.id(), wednesday)).containsExactly(week);
    assertThat(index.latestAssessment(Seed.RAKIVKA.id(), LocalDate.of(2025, 5, 25))).contains(week);
  }

  @Test
  void anInstantIsReadAsItsDateInItsOwnZone() {
    ControlIndex index = nested(List.of(Seed.RAKIVKA_CLAIM), List.of());
    ZonedDateTime utc = ZonedDateTime.of(2025, 5, 22, 23, 30, 0, 0, ZoneId.of("UTC"));
    ZonedDateTime kyiv = utc.withZoneSameInstant(ZoneId.of("Europe/Kyiv"));
    assertThat(Seed.RAKIVKA_CLAIM.asOf()).isEqualTo(ReportedDate.parse("2025-05-23"));
    assertThat(index.claimsAsOf(Seed.RAKIVKA.id(), utc)).isEmpty();
    assertThat(index.claimsAsOf(Seed.RAKIVKA.id(), kyiv)).containsOnlyKeys(RU);
    assertThat(index.latestController(Seed.RAKIVKA.id(), kyiv)).isEmpty();
    assertThat(index.isContested(Seed.RAKIVKA.id(), kyiv)).isFalse();
  }
}
