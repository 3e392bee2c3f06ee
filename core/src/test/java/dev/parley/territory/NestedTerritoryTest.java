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

  /** The Institute for the Study of War confirming a claim. */
  static Assessment iswConfirms(
      String id, TerritorialClaim claim, Controller controller, String date) {
    return Assessment.builder()
        .id(RecordId.of(id))
        .assessor(PartyId.of("isw"))
        .assessorKind(AssessorKind.RESEARCH_GROUP)
        .claim(claim.id())
        .status(AssessmentStatus.CONFIRMED)
        .controller(controller)
        .date(ReportedDate.parse(date))
        .build();
  }

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
    // claimsAsOf on the place sees the claim on its region, and on the region the place's claim
    assertThat(index.claimsAsOf(place, LocalDate.of(2023, 8, 1)))
        .containsExactlyEntriesOf(
            com.google.common.collect.ImmutableSortedMap.of(RU, ANNEXATION, UA, LIBERATION));
    assertThat(index.claimsAsOf(DONETSK, LocalDate.of(2023, 8, 1)))
        .containsExactlyEntriesOf(
            com.google.common.collect.ImmutableSortedMap.of(RU, ANNEXATION, UA, LIBERATION));
    assertThat(index.claimsAsOf(DONETSK, LocalDate.of(2023, 7, 26)))
        .containsExactlyEntriesOf(com.google.common.collect.ImmutableSortedMap.of(RU, ANNEXATION));
    // the exact answers stay about one territory each
    assertThat(index.exactClaimsAsOf(place, LocalDate.of(2023, 8, 1))).containsOnlyKeys(UA);
    assertThat(index.exactClaimsAsOf(DONETSK, LocalDate.of(2023, 8, 1))).containsOnlyKeys(RU);
    // an index without places sees no nesting
    ControlIndex flat = ControlIndex.of(List.of(ANNEXATION, LIBERATION), List.of());
    assertThat(flat.isContested(place, LocalDate.of(2023, 8, 1))).isFalse();
    assertThat(flat.claimsAsOf(place, LocalDate.of(2023, 8, 1))).containsOnlyKeys(UA);
    assertThat(flat.claimsAsOf(DONETSK, LocalDate.of(2023, 8, 1))).containsOnlyKeys(RU);
    assertThat(flat.claimsCovering(place, LocalDate.of(2023, 8, 1))).containsExactly(LIBERATION);
  }

  @Test
  void aClaimantsLatestClaimOnThePlaceOrItsRegionDecidesForIt() {
    TerritorialClaim lost =
        claim(
            "claim:ru:staromaiorske",
            RU,
            ClaimSubject.place(STAROMAIORSKE.id()),
            ClaimKind.LOST,
            "2023-07-28");
    ControlIndex index = nested(List.of(ANNEXATION, LIBERATION, lost), List.of());
    PlaceId place = STAROMAIORSKE.id();
    assertThat(index.isContested(place, LocalDate.of(2023, 7, 28))).isFalse();
    assertThat(index.isContested(place, LocalDate.of(2023, 7, 27))).isTrue();
    assertThat(index.claimsAsOf(place, LocalDate.of(2023, 7, 28))).containsEntry(RU, lost);
    assertThat(index.claimsAsOf(DONETSK, LocalDate.of(2023, 7, 28))).containsEntry(RU, lost);
    assertThat(index.exactClaimsAsOf(DONETSK, LocalDate.of(2023, 7, 28)))
        .containsEntry(RU, ANNEXATION);
    // Russia's referendum anniversary: the whole region said to be held again, a year later
    TerritorialClaim reasserted =
        claim(
            "claim:ru:donetsk-2024",
            RU,
            ClaimSubject.region(DONETSK),
            ClaimKind.HOLDS,
            "2024-09-30");
    ControlIndex later = nested(List.of(ANNEXATION, LIBERATION, lost, reasserted), List.of());
    assertThat(later.claimsAsOf(place, LocalDate.of(2024, 10, 1))).containsEntry(RU, reasserted);
    assertThat(later.isContested(place, LocalDate.of(2024, 10, 1))).isTrue();
    assertThat(later.isContested(place, LocalDate.of(2024, 9, 29))).isFalse();
  }

  @Test
  void ofAClaimOnAPlaceAndOneOnItsRegionWithOneDateTheClaimOnThePlaceCounts() {
    TerritorialClaim sameDay =
        claim(
            "claim:ru:a-staromaiorske",
            RU,
            ClaimSubject.place(STAROMAIORSKE.id()),
            ClaimKind.LOST,
            "2022-09-30");
    ControlIndex index = nested(List.of(ANNEXATION, sameDay), List.of());
    // the place claim's id sorts before the region claim's, yet it counts
    assertThat(sameDay.id()).isLessThan(ANNEXATION.id());
    assertThat(index.claimsAsOf(STAROMAIORSKE.id(), LocalDate.of(2022, 10, 1)))
        .containsEntry(RU, sameDay);
    assertThat(index.claimsAsOf(DONETSK, LocalDate.of(2022, 10, 1))).containsEntry(RU, sameDay);
  }

  @Test
  void controlQueriesOnARegionSeeThePlacesWithinIt() {
    Assessment isw =
        iswConfirms("assessment:isw:staromaiorske", LIBERATION, Controller.party(UA), "2023-07-27");
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
    assertThat(index.possibleClaimsAsOf(KHARKIV, day))
        .containsExactlyEntriesOf(index.possibleClaimsAsOf(Seed.RAKIVKA.id(), day));
    assertThat(index.possibleClaimsAsOf(DONETSK, day)).isEmpty();
  }

  @Test
  void aClaimAndADenialDatedToAMonthArePossiblyContestedWithinIt() {
    // a monthly summary: Rakivka among the villages Russia says it took in May 2025, denied by
    // Ukraine's forces the same month (no day given), and confirmed by ISW in the week after
    TerritorialClaim may =
        claim(
                "claim:ru:rakivka-may",
                RU,
                ClaimSubject.place(Seed.RAKIVKA.id()),
                ClaimKind.CAPTURED,
                "2025-05")
            .withProvenance(
                Statement.claimedBy(RU),
                Statement.of(
                    dev.parley.provenance.Source.builder()
                        .speaker(UA)
                        .published(ReportedDate.parse("2025-05"))
                        .build(),
                    dev.parley.provenance.Stance.DENIES));
    Assessment isw =
        iswConfirms("assessment:isw:rakivka-w22", may, Controller.party(RU), "2025-W22");
    ControlIndex index = nested(List.of(may), List.of(isw));
    PlaceId rakivka = Seed.RAKIVKA.id();
    LocalDate friday = LocalDate.of(2025, 5, 23);

    // before the month: nothing, certainly or possibly
    assertThat(index.isPossiblyContested(rakivka, LocalDate.of(2025, 4, 30))).isFalse();
    assertThat(index.possibleClaimStatuses(may.id(), LocalDate.of(2025, 4, 30)))
        .containsExactly(AssessmentStatus.UNVERIFIED);
    // inside the month: the claim and the denial possibly count, neither certainly
    assertThat(index.claimsAsOf(rakivka, friday)).isEmpty();
    assertThat(index.isContested(rakivka, friday)).isFalse();
    assertThat(index.isPossiblyContested(rakivka, friday)).isTrue();
    assertThat(index.claimStatus(may.id(), friday)).isEqualTo(AssessmentStatus.UNVERIFIED);
    assertThat(index.possibleClaimStatuses(may.id(), friday))
        .containsExactly(AssessmentStatus.DENIED, AssessmentStatus.UNVERIFIED);
    // the month's last day: the denial certainly counts; ISW's week possibly does
    LocalDate lastOfMay = LocalDate.of(2025, 5, 31);
    assertThat(index.isContested(rakivka, lastOfMay)).isTrue();
    assertThat(index.claimStatus(may.id(), lastOfMay)).isEqualTo(AssessmentStatus.DENIED);
    assertThat(index.possibleClaimStatuses(may.id(), lastOfMay))
        .containsExactly(AssessmentStatus.CONTESTED, AssessmentStatus.DENIED);
    // the week's last day: both certainly count
    assertThat(index.possibleClaimStatuses(may.id(), LocalDate.of(2025, 6, 1)))
        .containsExactly(AssessmentStatus.CONTESTED);
    // an instant reads as its date in its own zone
    assertThat(
            index.isPossiblyContested(
                rakivka, ZonedDateTime.of(2025, 5, 1, 0, 30, 0, 0, ZoneId.of("Europe/Kyiv"))))
        .isTrue();
  }

  @Test
  void twoSidesPossiblyClaimingARegionsGroundArePossiblyContested() {
    // Ukraine's hold of the Kharkiv region after the September 2022 counter-offensive, and the
    // May 2025 monthly summary's claim on Rakivka within it
    TerritorialClaim holds =
        claim("claim:ua:kharkiv", UA, ClaimSubject.region(KHARKIV), ClaimKind.HOLDS, "2022-09");
    TerritorialClaim may =
        claim(
            "claim:ru:rakivka-may",
            RU,
            ClaimSubject.place(Seed.RAKIVKA.id()),
            ClaimKind.CAPTURED,
            "2025-05");
    ControlIndex index = nested(List.of(holds, may), List.of());
    LocalDate friday = LocalDate.of(2025, 5, 23);
    assertThat(index.isContested(KHARKIV, friday)).isFalse();
    assertThat(index.isPossiblyContested(KHARKIV, friday)).isTrue();
    assertThat(index.isPossiblyContested(Seed.RAKIVKA.id(), friday)).isTrue();
    assertThat(index.isPossiblyContested(KHARKIV, LocalDate.of(2025, 4, 30))).isFalse();
    assertThat(index.isPossiblyContested(DONETSK, friday)).isFalse();
    assertThat(index.possibleClaimsAsOf(KHARKIV, friday))
        .containsExactlyEntriesOf(
            com.google.common.collect.ImmutableSortedMap.of(RU, List.of(may), UA, List.of(holds)));
    assertThat(index.possibleClaimsAsOf(Seed.RAKIVKA.id(), friday))
        .containsExactlyEntriesOf(
            com.google.common.collect.ImmutableSortedMap.of(RU, List.of(may), UA, List.of(holds)));
    assertThat(index.claimsAsOf(KHARKIV, friday)).containsOnlyKeys(UA);
    assertThat(index.isContested(KHARKIV, LocalDate.of(2025, 5, 31))).isTrue();
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
