package dev.parley.examples;

import static dev.parley.testing.SeedStory.FRIDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.CeasefireStatus;
import dev.parley.ceasefire.ConditionType;
import dev.parley.chronicle.CasualtySummary;
import dev.parley.chronicle.Chronicle;
import dev.parley.estimate.Estimate;
import dev.parley.exchange.Fulfilment;
import dev.parley.exchange.ReleaseCategory;
import dev.parley.party.PartyId;
import dev.parley.place.RegionCode;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordType;
import dev.parley.territory.AssessmentStatus;
import dev.parley.territory.TerritorialClaim;
import dev.parley.testing.SeedStory;
import dev.parley.time.ReportedDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole seed report as one chronicle: every concept present, no errors, and the queries answer
 * what it says.
 */
class SeedChronicleTest {
  private static final Chronicle SEED = SeedStory.chronicle();
  private static final ZonedDateTime FRIDAY_EVENING =
      FRIDAY.atTime(20, 0).atZone(ZoneId.of("Europe/Kyiv"));

  @Test
  void everyRecordTypeButAssessmentAndTruceIsInTheStoryAndNothingIsWrong() {
    assertThat(SEED.records().stream().map(ChronicleRecord::recordType).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(RecordType.values())
                // the seed report has no assessment and no truce agreed through mediators
                .filter(t -> t != RecordType.ASSESSMENT && t != RecordType.TRUCE)
                .collect(Collectors.toList()));
    assertThat(SEED.validate().findings()).isEmpty();
  }

  @Test
  void firstTrancheFulfils390Of1000PerSide() {
    Fulfilment f =
        SEED.exchanges().fulfilment(SeedStory.THOUSAND_FOR_THOUSAND.id(), FRIDAY).orElseThrow();
    for (PartyId side : SeedStory.THOUSAND_FOR_THOUSAND.sides()) {
      assertThat(f.released(side)).isEqualTo(Estimate.exact(390));
      assertThat(f.released(side, ReleaseCategory.MILITARY)).isEqualTo(Estimate.exact(270));
      assertThat(f.released(side, ReleaseCategory.CIVILIAN)).isEqualTo(Estimate.exact(120));
    }
    assertThat(f.quotas()).allSatisfy(q -> assertThat(q.remaining()).hasValue(610));
    assertThat(
            SEED.exchanges()
                .fulfilment(SeedStory.THOUSAND_FOR_THOUSAND.id(), FRIDAY.minusDays(1))
                .orElseThrow()
                .released(SeedStory.RUSSIA.id()))
        .isEqualTo(Estimate.exact(0));
  }

  @Test
  void thirtyDayProposalIsAnsweredWithPreconditions() {
    CeasefireProposal offer = SeedStory.THIRTY_DAY_CEASEFIRE;
    assertThat(offer.duration()).contains(java.time.Duration.ofDays(30));
    assertThat(offer.responses().get(0).conditions())
        .extracting(c -> c.type())
        .containsExactly(
            ConditionType.TERRITORIAL_CONCESSION,
            ConditionType.DISARMAMENT,
            ConditionType.NEUTRALITY);
    assertThat(SEED.ceasefires().status(offer.id(), FRIDAY_EVENING))
        .contains(CeasefireStatus.COUNTERED);
    assertThat(SEED.ceasefires().status(SeedStory.RUSSIAN_CONDITIONS.id(), FRIDAY_EVENING))
        .contains(CeasefireStatus.REJECTED);
    assertThat(
            SEED.ceasefires()
                .status(SeedStory.RUSSIAN_CONDITIONS.id(), FRIDAY_EVENING.minusDays(1)))
        .contains(CeasefireStatus.PROPOSED);
    assertThat(SEED.ceasefires().statusesAt(FRIDAY_EVENING)).hasSize(2);
  }

  @Test
  void rakivkaIsClaimedByRussiaAndConfirmedByNobody() {
    assertThat(SEED.territory().claimsAsOf(SeedStory.RAKIVKA.id(), FRIDAY))
        .containsOnlyKeys(SeedStory.RUSSIA.id())
        .containsValue(SeedStory.RAKIVKA_CLAIM);
    assertThat(SEED.territory().claimStatus(SeedStory.RAKIVKA_CLAIM.id()))
        .isEqualTo(AssessmentStatus.UNVERIFIED);
    assertThat(SEED.territory().latestController(SeedStory.RAKIVKA.id(), FRIDAY)).isEmpty();
    TerritorialClaim share =
        SEED.territory()
            .shareClaimsAsOf(dev.parley.place.CountryCode.of("UA"), FRIDAY)
            .get(SeedStory.RUSSIA.id());
    assertThat(share.subject().percent())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("20"));
  }

  @Test
  void odesaPortStrikeKilledOneAndInjuredEight() {
    CasualtySummary odesa =
        SEED.incidents().casualties(ReportedDate.parse("2025-05"), RegionCode.parse("UA-51"));
    assertThat(odesa.killed()).isEqualTo(Estimate.exact(1));
    assertThat(odesa.injured()).isEqualTo(Estimate.exact(8));
    assertThat(odesa.incidents()).containsExactly(SeedStory.ODESA_STRIKE.id());
    assertThat(
            SEED.incidents()
                .casualties(ReportedDate.parse("2025-05"), RegionCode.parse("UA-63"))
                .incidents())
        .isEmpty();
  }

  @Test
  void everythingInvolvingUkraineInMayIsInDateOrder() {
    assertThat(SEED.involving(SeedStory.UKRAINE.id(), ReportedDate.parse("2025-05")))
        .extracting(r -> r.id().value())
        .containsExactly(
            "ceasefire:2025-05-ua-30-day",
            "agreement:2025-05-16-1000-for-1000",
            "ceasefire:2025-05-ru-preconditions",
            "talks:2025-05-16-istanbul",
            "exchange:2025-05-23",
            "incident:2025-05-23-odesa-port");
  }
}
