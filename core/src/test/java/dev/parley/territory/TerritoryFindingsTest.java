package dev.parley.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.place.CountryCode;
import dev.parley.place.PlaceId;
import dev.parley.record.RecordId;
import dev.parley.testing.ValueContract;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Finding;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryFindingsTest {
  private static final TerritorialClaim CLAIM = Seed.RAKIVKA_CLAIM;

  private static Assessment judging(
      String id, dev.parley.party.PartyId assessor, String date, AssessmentStatus status) {
    return Seed.assessment(id, assessor, date)
        .claim(CLAIM.id())
        .status(status)
        .controller(Controller.party(Seed.RU))
        .build();
  }

  @Test
  void seedRecordsPassEveryRule() {
    Assessment ukraine =
        judging("assessment:ua", Seed.UA, "2025-05-23", AssessmentStatus.DENIED)
            .withController(Controller.contested())
            .withPlace(Seed.RAKIVKA.id());
    assertThat(TerritoryFindings.checkAll(List.of(CLAIM, Seed.SHARE_CLAIM), List.of(ukraine)))
        .isEmpty();
  }

  @Test
  void reportsAssessmentDatedBeforeItsClaim() {
    Assessment early =
        judging("assessment:early", Seed.ISW, "2025-05-20", AssessmentStatus.CONFIRMED);
    List<Finding> findings = TerritoryFindings.checkAssessment(early, CLAIM);
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("TERRITORY_ASSESSMENT_BEFORE_CLAIM");
              assertThat(f.path()).isEqualTo("assessment:early.date");
              assertThat(f.isError()).isTrue();
              assertThat(f.message()).contains("2025-05-20", "2025-05-23");
            });
  }

  @Test
  void acceptsAssessmentOnTheClaimsDayOrOverlappingIt() {
    assertThat(
            TerritoryFindings.checkAssessment(
                judging("assessment:same-day", Seed.ISW, "2025-05-23", AssessmentStatus.CONFIRMED),
                CLAIM))
        .isEmpty();
    assertThat(
            TerritoryFindings.checkAssessment(
                judging("assessment:may", Seed.ISW, "2025-05", AssessmentStatus.CONFIRMED), CLAIM))
        .isEmpty();
  }

  @Test
  void reportsClaimantConfirmingItsOwnClaim() {
    Assessment self = judging("assessment:ru", Seed.RU, "2025-05-24", AssessmentStatus.CONFIRMED);
    assertThat(TerritoryFindings.checkAssessment(self, CLAIM))
        .extracting(Finding::rule, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "TERRITORY_SELF_CONFIRMATION", "assessment:ru.assessor"));
  }

  @Test
  void acceptsConfirmationByAnotherPartyAndClaimantsOwnNonConfirmingWord() {
    assertThat(
            TerritoryFindings.checkAssessment(
                judging("assessment:ua", Seed.UA, "2025-05-24", AssessmentStatus.CONFIRMED), CLAIM))
        .isEmpty();
    assertThat(
            TerritoryFindings.checkAssessment(
                judging("assessment:ru", Seed.RU, "2025-05-24", AssessmentStatus.UNVERIFIED),
                CLAIM))
        .isEmpty();
  }

  @Test
  void reportsAssessmentNamingAnotherPlaceThanItsClaim() {
    Assessment elsewhere =
        judging("assessment:isw", Seed.ISW, "2025-05-24", AssessmentStatus.CONFIRMED)
            .withPlace(PlaceId.of("ua:vovchansk"));
    assertThat(TerritoryFindings.checkAssessment(elsewhere, CLAIM))
        .extracting(Finding::rule)
        .containsExactly("TERRITORY_ASSESSMENT_PLACE_MISMATCH");
  }

  @Test
  void rejectsCheckingAnAssessmentAgainstAClaimItDoesNotJudge() {
    Assessment other =
        judging("assessment:isw", Seed.ISW, "2025-05-24", AssessmentStatus.CONFIRMED)
            .withClaim(RecordId.of("claim:other"));
    assertThatThrownBy(() -> TerritoryFindings.checkAssessment(other, CLAIM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not judge claim claim:2025-05-23-ru-rakivka");
  }

  @Test
  void reportsEveryProblemOfOneAssessmentAtOnce() {
    Assessment bad =
        judging("assessment:bad", Seed.RU, "2025-05-01", AssessmentStatus.CONFIRMED)
            .withPlace(PlaceId.of("ua:vovchansk"));
    assertThat(TerritoryFindings.checkAll(List.of(CLAIM), List.of(bad)))
        .extracting(Finding::rule)
        .containsExactly(
            "TERRITORY_ASSESSMENT_BEFORE_CLAIM",
            "TERRITORY_SELF_CONFIRMATION",
            "TERRITORY_ASSESSMENT_PLACE_MISMATCH");
  }

  @Test
  void skipsAssessmentsOfClaimsNotGiven() {
    Assessment dangling =
        judging("assessment:isw", Seed.RU, "2025-01-01", AssessmentStatus.CONFIRMED)
            .withClaim(RecordId.of("claim:missing"));
    assertThat(TerritoryFindings.checkAll(List.of(CLAIM), List.of(dangling))).isEmpty();
  }

  @Test
  void reportsOneClaimantClaimingTwoStatesAtOnce() {
    TerritorialClaim withdrew =
        Seed.claim(
            "claim:ru:rakivka:2", Seed.RU, Seed.RAKIVKA.id(), ClaimKind.WITHDREW, "2025-05-23");
    List<Finding> findings = TerritoryFindings.checkClaimConflicts(List.of(CLAIM, withdrew));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("TERRITORY_CLAIM_CONFLICT");
              assertThat(f.path()).isEqualTo("claim:ru:rakivka:2.asOf");
              assertThat(f.message())
                  .contains("claim:2025-05-23-ru-rakivka", "WITHDREW", "CAPTURED");
            });
  }

  @Test
  void acceptsConsistentOrSuccessiveClaims() {
    TerritorialClaim holds =
        Seed.claim(
            "claim:ru:rakivka:holds", Seed.RU, Seed.RAKIVKA.id(), ClaimKind.HOLDS, "2025-05-23");
    TerritorialClaim nextDay =
        Seed.claim(
            "claim:ru:rakivka:lost", Seed.RU, Seed.RAKIVKA.id(), ClaimKind.LOST, "2025-05-24");
    TerritorialClaim otherClaimant =
        Seed.claim("claim:ua:rakivka", Seed.UA, Seed.RAKIVKA.id(), ClaimKind.HOLDS, "2025-05-23");
    TerritorialClaim coarser =
        Seed.claim(
            "claim:ru:rakivka:may", Seed.RU, Seed.RAKIVKA.id(), ClaimKind.WITHDREW, "2025-05");
    assertThat(
            TerritoryFindings.checkClaimConflicts(
                List.of(CLAIM, holds, nextDay, otherClaimant, coarser)))
        .isEmpty();
  }

  @Test
  void reportsTwoDifferentSharesOnTheSameDate() {
    TerritorialClaim quarter =
        Seed.SHARE_CLAIM
            .withId(RecordId.of("claim:ru:ua-share:25"))
            .withSubject(ClaimSubject.share(CountryCode.of("UA"), new BigDecimal("25")));
    TerritorialClaim same =
        Seed.SHARE_CLAIM
            .withId(RecordId.of("claim:ru:ua-share:20"))
            .withSubject(ClaimSubject.share(CountryCode.of("UA"), new BigDecimal("20.0")));
    assertThat(TerritoryFindings.checkClaimConflicts(List.of(Seed.SHARE_CLAIM, same))).isEmpty();
    assertThat(TerritoryFindings.checkClaimConflicts(List.of(Seed.SHARE_CLAIM, quarter)))
        .extracting(Finding::rule)
        .containsExactly("TERRITORY_CLAIM_CONFLICT");
    assertThat(
            TerritoryFindings.checkClaimConflicts(
                List.of(Seed.SHARE_CLAIM, quarter.withAsOf(ReportedDate.parse("2025-05-24")))))
        .isEmpty();
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester()
        .setDefault(TerritorialClaim.class, CLAIM)
        .setDefault(
            Assessment.class,
            judging("assessment:isw", Seed.ISW, "2025-05-24", AssessmentStatus.CONFIRMED))
        .testAllPublicStaticMethods(TerritoryFindings.class);
    assertThat(TerritoryFindings.checkAll(List.of(), List.of())).isEmpty();
  }
}
