package dev.parley.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.place.CountryCode;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.testing.ValueContract;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlIndexTest {
  private static final PlaceId RAKIVKA = Seed.RAKIVKA.id();
  private static final PlaceId VOVCHANSK = PlaceId.of("ua:vovchansk");

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void seedClaimOfRakivkaIsClaimedButUnconfirmed() {
    TerritorialClaim selfConfirmed =
        Seed.RAKIVKA_CLAIM.withProvenance(
            Seed.RU_MOD,
            Statement.of(
                Source.builder().speaker(Seed.RU).organ("Kremlin").build(), Stance.CONFIRMS));
    Assessment ownWord =
        Seed.assessment("assessment:ru:rakivka", Seed.RU, "2025-05-24")
            .claim(Seed.RAKIVKA_CLAIM.id())
            .status(AssessmentStatus.CONFIRMED)
            .controller(Controller.party(Seed.RU))
            .build();
    ControlIndex index =
        ControlIndex.of(List.of(selfConfirmed, Seed.SHARE_CLAIM), List.of(ownWord));

    assertThat(index.claimsAsOf(RAKIVKA, Seed.FRIDAY))
        .containsExactly(java.util.Map.entry(Seed.RU, selfConfirmed));
    assertThat(index.claimsAsOf(RAKIVKA, Seed.FRIDAY.minusDays(1))).isEmpty();
    assertThat(index.claimStatus(Seed.RAKIVKA_CLAIM.id())).isEqualTo(AssessmentStatus.UNVERIFIED);
    assertThat(index.latestController(RAKIVKA, day("2025-06-30"))).isEmpty();
    assertThat(index.contestedPlaces(day("2025-06-30"))).isEmpty();
    assertThat(index.changesOfHands(RAKIVKA)).isEmpty();
    assertThat(index.history(RAKIVKA))
        .extracting(ControlEvent::id)
        .containsExactly(Seed.RAKIVKA_CLAIM.id(), ownWord.id());
  }

  @Test
  void seedShareClaimAnswersPerCountry() {
    ControlIndex index = ControlIndex.of(List.of(Seed.RAKIVKA_CLAIM, Seed.SHARE_CLAIM), List.of());
    assertThat(
            index
                .shareClaimsAsOf(CountryCode.of("UA"), Seed.FRIDAY)
                .get(Seed.RU)
                .subject()
                .percent())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("20"));
    assertThat(index.shareClaimsAsOf(CountryCode.of("RU"), Seed.FRIDAY)).isEmpty();
    assertThat(index.claimsAsOf(RegionCode.parse("UA-63"), Seed.FRIDAY)).isEmpty();
    assertThat(index.claimStatus(Seed.SHARE_CLAIM.id())).isEqualTo(AssessmentStatus.UNVERIFIED);
  }

  @Test
  void confirmationByTheOtherSideInProvenanceConfirms() {
    TerritorialClaim admitted =
        Seed.RAKIVKA_CLAIM.withProvenance(
            Seed.RU_MOD,
            Statement.of(
                Source.builder()
                    .speaker(Seed.UA)
                    .organ("General Staff")
                    .published(ReportedDate.parse("2025-05-26"))
                    .build(),
                Stance.CONFIRMS));
    ControlIndex index = ControlIndex.of(List.of(admitted), List.of());
    assertThat(index.claimStatus(admitted.id(), day("2025-05-25")))
        .isEqualTo(AssessmentStatus.UNVERIFIED);
    assertThat(index.claimStatus(admitted.id(), day("2025-05-26")))
        .isEqualTo(AssessmentStatus.CONFIRMED);
  }

  @Test
  void placeClaimedByBothSidesIsSettledByALaterIndependentAssessment() {
    TerritorialClaim russia =
        Seed.claim("claim:ru:vovchansk", Seed.RU, VOVCHANSK, ClaimKind.CAPTURED, "2025-06-01");
    TerritorialClaim ukraine =
        Seed.claim("claim:ua:vovchansk", Seed.UA, VOVCHANSK, ClaimKind.HOLDS, "2025-06-02");
    Assessment frontLine =
        Seed.assessment("assessment:isw:1", Seed.ISW, "2025-06-03")
            .place(VOVCHANSK)
            .status(AssessmentStatus.CONTESTED)
            .controller(Controller.contested())
            .build();
    Assessment denial =
        Seed.assessment("assessment:isw:2", Seed.ISW, "2025-06-10")
            .claim(russia.id())
            .status(AssessmentStatus.DENIED)
            .controller(Controller.party(Seed.UA))
            .build();
    Assessment confirmation =
        Seed.assessment("assessment:isw:3", Seed.ISW, "2025-06-10")
            .claim(ukraine.id())
            .place(VOVCHANSK)
            .status(AssessmentStatus.CONFIRMED)
            .controller(Controller.party(Seed.UA))
            .build();
    ControlIndex index =
        ControlIndex.of(List.of(russia, ukraine), List.of(confirmation, frontLine, denial));

    assertThat(index.claimsAsOf(VOVCHANSK, day("2025-06-01"))).containsOnlyKeys(Seed.RU);
    assertThat(index.contestedPlaces(day("2025-06-01"))).isEmpty();
    assertThat(index.claimsAsOf(VOVCHANSK, day("2025-06-02"))).containsOnlyKeys(Seed.RU, Seed.UA);
    assertThat(index.contestedPlaces(day("2025-06-02"))).containsExactly(VOVCHANSK);
    assertThat(index.latestController(VOVCHANSK, day("2025-06-02"))).isEmpty();
    assertThat(index.latestController(VOVCHANSK, day("2025-06-09")))
        .contains(Controller.contested());

    assertThat(index.latestController(VOVCHANSK, day("2025-06-10")))
        .contains(Controller.party(Seed.UA));
    assertThat(index.latestAssessment(VOVCHANSK, day("2025-06-10")).map(Assessment::id))
        .contains(RecordId.of("assessment:isw:3"));
    assertThat(index.claimStatus(russia.id())).isEqualTo(AssessmentStatus.DENIED);
    assertThat(index.claimStatus(ukraine.id())).isEqualTo(AssessmentStatus.CONFIRMED);
    assertThat(index.claimStatus(russia.id(), day("2025-06-09")))
        .isEqualTo(AssessmentStatus.UNVERIFIED);
    assertThat(index.changesOfHands(VOVCHANSK))
        .extracting(ControlChange::from, ControlChange::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Optional.empty(), Controller.contested()),
            org.assertj.core.groups.Tuple.tuple(
                Optional.of(Controller.contested()), Controller.party(Seed.UA)));
    assertThat(index.history(VOVCHANSK))
        .extracting(e -> e.id().value())
        .containsExactly(
            "claim:ru:vovchansk",
            "claim:ua:vovchansk",
            "assessment:isw:1",
            "assessment:isw:2",
            "assessment:isw:3");
  }

  @Test
  void denialAloneMakesAPlaceContested() {
    Assessment denial =
        Seed.assessment("assessment:ua:rakivka", Seed.UA, "2025-05-24")
            .claim(Seed.RAKIVKA_CLAIM.id())
            .status(AssessmentStatus.DENIED)
            .controller(Controller.party(Seed.UA))
            .build();
    ControlIndex index = ControlIndex.of(List.of(Seed.RAKIVKA_CLAIM), List.of(denial));
    assertThat(index.contestedPlaces(Seed.FRIDAY)).isEmpty();
    assertThat(index.contestedPlaces(day("2025-05-24"))).containsExactly(RAKIVKA);
    assertThat(index.isContested(RAKIVKA, day("2025-05-24"))).isTrue();
  }

  @Test
  void confirmationAndDenialTogetherContestAClaimUntilOneJudgeChangesItsWord() {
    Assessment denial =
        Seed.assessment("assessment:ua:1", Seed.UA, "2025-05-24")
            .claim(Seed.RAKIVKA_CLAIM.id())
            .status(AssessmentStatus.DENIED)
            .controller(Controller.party(Seed.UA))
            .build();
    Assessment confirmation =
        Seed.assessment("assessment:isw:1", Seed.ISW, "2025-05-25")
            .claim(Seed.RAKIVKA_CLAIM.id())
            .status(AssessmentStatus.CONFIRMED)
            .controller(Controller.party(Seed.RU))
            .build();
    Assessment admission =
        Seed.assessment("assessment:ua:2", Seed.UA, "2025-05-28")
            .claim(Seed.RAKIVKA_CLAIM.id())
            .status(AssessmentStatus.CONFIRMED)
            .controller(Controller.party(Seed.RU))
            .build();
    ControlIndex index =
        ControlIndex.of(List.of(Seed.RAKIVKA_CLAIM), List.of(denial, confirmation, admission));
    assertThat(index.claimStatus(Seed.RAKIVKA_CLAIM.id(), day("2025-05-24")))
        .isEqualTo(AssessmentStatus.DENIED);
    assertThat(index.claimStatus(Seed.RAKIVKA_CLAIM.id(), day("2025-05-25")))
        .isEqualTo(AssessmentStatus.CONTESTED);
    assertThat(index.claimStatus(Seed.RAKIVKA_CLAIM.id(), day("2025-05-28")))
        .isEqualTo(AssessmentStatus.CONFIRMED);
    assertThat(index.changesOfHands(RAKIVKA))
        .extracting(ControlChange::to)
        .containsExactly(Controller.party(Seed.UA), Controller.party(Seed.RU));
  }

  @Test
  void countsAClaimOnlyOnceItsWholeDateHasPassed() {
    TerritorialClaim june =
        Seed.claim("claim:ru:june", Seed.RU, RAKIVKA, ClaimKind.HOLDS, "2025-06");
    ControlIndex index = ControlIndex.of(List.of(Seed.RAKIVKA_CLAIM, june), List.of());
    assertThat(index.claimsAsOf(RAKIVKA, day("2025-06-15")).get(Seed.RU))
        .isEqualTo(Seed.RAKIVKA_CLAIM);
    assertThat(index.claimsAsOf(RAKIVKA, day("2025-06-30")).get(Seed.RU)).isEqualTo(june);
  }

  @Test
  void rejectsDuplicateIdsAndUnknownClaims() {
    assertThatThrownBy(
            () -> ControlIndex.of(List.of(Seed.RAKIVKA_CLAIM, Seed.RAKIVKA_CLAIM), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("claim:2025-05-23-ru-rakivka");
    ControlIndex index = ControlIndex.of(List.of(Seed.RAKIVKA_CLAIM), List.of());
    assertThatThrownBy(() -> index.claimStatus(RecordId.of("claim:missing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("claim:missing");
    assertThat(index.claim(RecordId.of("claim:missing"))).isEmpty();
    assertThat(index.claim(Seed.RAKIVKA_CLAIM.id())).contains(Seed.RAKIVKA_CLAIM);
  }

  @Test
  void rejectsNulls() {
    ControlIndex index = ControlIndex.of(List.of(Seed.RAKIVKA_CLAIM), List.of());
    com.google.common.testing.NullPointerTester nulls = ValueContract.nullTester();
    nulls.testAllPublicStaticMethods(ControlIndex.class);
    nulls.testAllPublicInstanceMethods(index);
    ValueContract.check(
        ControlEvent.class,
        List.of(ControlEvent.of(Seed.RAKIVKA_CLAIM), ControlEvent.of(Seed.RAKIVKA_CLAIM)),
        List.of(ControlEvent.of(Seed.SHARE_CLAIM)));
    ValueContract.check(
        ControlChange.class,
        List.of(
            ControlChange.first(
                ReportedDate.ofDay(Seed.FRIDAY), Controller.contested(), RecordId.of("a:1"))),
        List.of(
            ControlChange.of(
                ReportedDate.ofDay(Seed.FRIDAY),
                Controller.contested(),
                Controller.party(Seed.RU),
                RecordId.of("a:2"))));
  }
}
