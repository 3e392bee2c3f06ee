package dev.parley.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.chronicle.Crosswalk;
import dev.parley.chronicle.EventCode;
import dev.parley.party.PartyId;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import dev.parley.time.TimeWindow;
import dev.parley.validation.InvalidValueException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The ceasefire concepts of the seed report, and a unilateral holiday truce. */
class SeedCeasefireTest {
  static final PartyId UA = PartyId.of("ua");
  static final PartyId RU = PartyId.of("ru");
  static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final RecordId OFFER = RecordId.of("ceasefire:ua-30-day-2025-05");
  static final RecordId COUNTER = RecordId.of("ceasefire:ru-preconditions-2025-05");

  static final List<Condition> RUSSIAN_PRECONDITIONS =
      List.of(
          Condition.precondition(ConditionType.TERRITORIAL_CONCESSION, RU, "give up more land"),
          Condition.precondition(ConditionType.DISARMAMENT, RU, "disarm"),
          Condition.precondition(
              ConditionType.NEUTRALITY, RU, "stay out of Western military alliances"));

  static ZonedDateTime noonInKyiv(String day) {
    return ReportedDate.parse(day).start().atTime(12, 0).atZone(KYIV);
  }

  /** Ukraine's offer of a 30-day comprehensive ceasefire, answered by Russia with preconditions. */
  static CeasefireProposal ukrainianOffer() {
    return CeasefireProposal.builder()
        .id(OFFER)
        .proposer(UA)
        .addAddressee(RU)
        .kind(ProposalKind.PROPOSAL)
        .scope(Scope.comprehensive())
        .duration(Duration.ofDays(30))
        .date(ReportedDate.parse("2025-05-10"))
        .negotiationRound(RecordId.of("talks:2025-05-16-istanbul"))
        .addProvenance(
            Statement.of(Source.builder().speaker(UA).organ("President").build(), Stance.CLAIMS))
        .addResponse(
            Response.builder()
                .party(RU)
                .date(ReportedDate.parse("2025-05-16"))
                .stance(ResponseStance.COUNTER_PROPOSAL)
                .counterProposal(COUNTER)
                .addAllConditions(RUSSIAN_PRECONDITIONS)
                .build())
        .build();
  }

  /** Russia's preconditions as a proposal of their own, rejected by Ukraine as unacceptable. */
  static CeasefireProposal russianCounter() {
    return CeasefireProposal.builder()
        .id(COUNTER)
        .proposer(RU)
        .addAddressee(UA)
        .kind(ProposalKind.PROPOSAL)
        .scope(Scope.comprehensive())
        .date(ReportedDate.parse("2025-05-16"))
        .addAllConditions(RUSSIAN_PRECONDITIONS)
        .addResponse(
            Response.builder()
                .party(UA)
                .date(ReportedDate.parse("2025-05-23"))
                .stance(ResponseStance.REJECTED)
                .addProvenance(
                    Statement.of(
                        Source.builder().speaker(UA).organ("Ukrainian officials").build(),
                        Stance.CLAIMS))
                .build())
        .build();
  }

  @Test
  void ukrainianOfferIsProposedUntilRussiaAnswersThenCountered() {
    CeasefireProposal offer = ukrainianOffer();
    assertThat(offer.statusAt(noonInKyiv("2025-05-09"))).isEmpty();
    assertThat(offer.statusAt(noonInKyiv("2025-05-10"))).contains(CeasefireStatus.PROPOSED);
    assertThat(offer.statusAt(noonInKyiv("2025-05-15"))).contains(CeasefireStatus.PROPOSED);
    assertThat(offer.unansweredAddressees(noonInKyiv("2025-05-15"))).containsExactly(RU);
    assertThat(offer.statusAt(noonInKyiv("2025-05-16"))).contains(CeasefireStatus.COUNTERED);
    assertThat(offer.unansweredAddressees(noonInKyiv("2025-05-16"))).isEmpty();
    assertThat(offer.statusAt(noonInKyiv("2025-06-30"))).contains(CeasefireStatus.COUNTERED);
  }

  @Test
  void russianAnswerCarriesThreeTypedPreconditions() {
    Response answer = ukrainianOffer().finalResponses(noonInKyiv("2025-05-20")).get(RU);
    assertThat(answer.conditions())
        .extracting(Condition::type)
        .containsExactly(
            ConditionType.TERRITORIAL_CONCESSION,
            ConditionType.DISARMAMENT,
            ConditionType.NEUTRALITY);
    assertThat(answer.conditions()).allMatch(Condition::isPrecondition);
    assertThat(answer.counterProposal()).contains(COUNTER);
  }

  @Test
  void ukraineRejectsRussianPreconditions() {
    CeasefireProposal counter = russianCounter();
    assertThat(counter.statusAt(noonInKyiv("2025-05-15"))).isEmpty();
    assertThat(counter.statusAt(noonInKyiv("2025-05-22"))).contains(CeasefireStatus.PROPOSED);
    assertThat(counter.statusAt(noonInKyiv("2025-05-23"))).contains(CeasefireStatus.REJECTED);
    assertThat(
            Crosswalk.code(counter.finalResponses(noonInKyiv("2025-05-23")).get(UA).stance())
                .map(EventCode::cameo))
        .contains("1246");
  }

  @Test
  void russiaDemandedTheSameThreeConditionsInItsAnswerAndItsCounterProposal() {
    List<DemandedCondition> demanded =
        CeasefireQueries.conditionsDemandedBy(RU, List.of(ukrainianOffer(), russianCounter()));
    assertThat(demanded).hasSize(6);
    assertThat(
            demanded.stream()
                .map(DemandedCondition::condition)
                .distinct()
                .collect(Collectors.toList()))
        .containsExactlyElementsOf(RUSSIAN_PRECONDITIONS);
    assertThat(demanded)
        .filteredOn(DemandedCondition::inResponse)
        .extracting(DemandedCondition::proposal)
        .containsOnly(OFFER);
    assertThat(
            CeasefireQueries.conditionsDemandedBy(UA, List.of(ukrainianOffer(), russianCounter())))
        .isEmpty();
  }

  @Test
  void seedRecordsReferToEachOther() {
    CeasefireProposal offer = ukrainianOffer();
    CeasefireProposal counter = russianCounter();
    assertThat(
            CeasefireFindings.checkReferences(
                offer, java.util.Set.of(OFFER, COUNTER, RecordId.of("talks:2025-05-16-istanbul"))))
        .isEmpty();
    assertThat(CeasefireFindings.checkCounterProposal(offer, java.util.Map.of(COUNTER, counter)))
        .isEmpty();
  }

  /** Russia's Easter truce of 2025: 18:00 Moscow time on 19 April to 00:00 on 21 April. */
  static CeasefireProposal easterTruce(LifecycleEvent... extra) {
    TimeWindow window =
        TimeWindow.of(
            ZonedDateTime.of(2025, 4, 19, 18, 0, 0, 0, MOSCOW),
            ZonedDateTime.of(2025, 4, 21, 0, 0, 0, 0, MOSCOW));
    return CeasefireProposal.builder()
        .id(RecordId.of("ceasefire:ru-easter-2025"))
        .proposer(RU)
        .kind(ProposalKind.UNILATERAL_DECLARATION)
        .scope(Scope.partial(ScopeDomain.HOLIDAY_TRUCE))
        .proposedWindow(window)
        .date(ReportedDate.parse("2025-04-19"))
        .addEvent(LifecycleEvent.of(LifecycleEventType.IN_EFFECT, TimePoint.of(window.start())))
        .addEvent(LifecycleEvent.breachAlleged(TimePoint.parse("2025-04-20"), UA, RU))
        .addEvent(
            LifecycleEvent.breachAlleged(
                TimePoint.of(ZonedDateTime.of(2025, 4, 20, 21, 0, 0, 0, MOSCOW)), RU, UA))
        .addEvents(extra)
        .build();
  }

  @Test
  void easterTruceIsDeclaredThenInEffectThenExpiresByItself() {
    CeasefireProposal truce = easterTruce();
    assertThat(Crosswalk.code(truce.kind()).map(EventCode::cameo)).contains("0871");
    assertThat(truce.duration()).contains(Duration.ofHours(30));
    assertThat(truce.proposedWindow().orElseThrow().end())
        .contains(ZonedDateTime.of(2025, 4, 21, 0, 0, 0, 0, MOSCOW));
    assertThat(truce.statusAt(ZonedDateTime.of(2025, 4, 19, 17, 59, 0, 0, MOSCOW)))
        .contains(CeasefireStatus.DECLARED);
    assertThat(truce.statusAt(ZonedDateTime.of(2025, 4, 19, 18, 0, 0, 0, MOSCOW)))
        .contains(CeasefireStatus.IN_EFFECT);
    // Midnight in Moscow is 21:00 UTC: asked in UTC, the truce ends at 21:00 on the 20th.
    assertThat(truce.statusAt(ZonedDateTime.of(2025, 4, 20, 20, 59, 0, 0, ZoneId.of("UTC"))))
        .contains(CeasefireStatus.IN_EFFECT);
    assertThat(truce.statusAt(ZonedDateTime.of(2025, 4, 20, 21, 0, 0, 0, ZoneId.of("UTC"))))
        .contains(CeasefireStatus.EXPIRED);
    assertThat(truce.statusAt(ZonedDateTime.of(2025, 4, 21, 0, 0, 0, 0, MOSCOW)))
        .contains(CeasefireStatus.EXPIRED);
    assertThat(truce.unansweredAddressees(ZonedDateTime.of(2025, 4, 20, 0, 0, 0, 0, MOSCOW)))
        .isEmpty();
  }

  @Test
  void bothSidesAllegeBreachesOfTheEasterTruce() {
    List<LifecycleEvent> breaches = easterTruce().allegedBreaches();
    assertThat(breaches).extracting(e -> e.party().orElseThrow()).containsExactly(UA, RU);
    assertThat(breaches).extracting(e -> e.accused().orElseThrow()).containsExactly(RU, UA);
    assertThat(Crosswalk.code(breaches.get(0).type()).map(EventCode::cameo)).contains("196");
  }

  @Test
  void explicitExpiryAtTheEndOfTheWindowIsLegal() {
    CeasefireProposal truce =
        easterTruce(
            LifecycleEvent.of(
                LifecycleEventType.EXPIRED,
                TimePoint.of(ZonedDateTime.of(2025, 4, 21, 0, 0, 0, 0, MOSCOW))));
    assertThat(truce.statusAt(ZonedDateTime.of(2025, 4, 21, 0, 0, 0, 0, MOSCOW)))
        .contains(CeasefireStatus.EXPIRED);
    assertThatThrownBy(
            () ->
                easterTruce(
                    LifecycleEvent.of(LifecycleEventType.EXPIRED, TimePoint.parse("2025-04-21")),
                    LifecycleEvent.of(LifecycleEventType.EXPIRED, TimePoint.parse("2025-04-22"))))
        .hasMessageContaining("EXPIRED -> EXPIRED");
  }

  @Test
  void rejectsExtensionOfTheEasterTruceAfterItExpired() {
    assertThatThrownBy(
            () ->
                easterTruce(
                    LifecycleEvent.extended(
                        TimePoint.of(ZonedDateTime.of(2025, 4, 21, 1, 0, 0, 0, MOSCOW)),
                        Duration.ofHours(24))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("CEASEFIRE_TRANSITION_ILLEGAL");
              assertThat(e.violations().get(0).path()).isEqualTo("events[3].type");
              assertThat(e.getMessage()).contains("EXPIRED -> EXTENDED");
            });
  }

  @Test
  void extensionBeforeExpiryMovesTheEnd() {
    CeasefireProposal truce =
        easterTruce(
            LifecycleEvent.extended(
                TimePoint.of(ZonedDateTime.of(2025, 4, 20, 22, 0, 0, 0, MOSCOW)),
                Duration.ofHours(24)));
    assertThat(truce.statusAt(ZonedDateTime.of(2025, 4, 21, 12, 0, 0, 0, MOSCOW)))
        .contains(CeasefireStatus.IN_EFFECT);
    assertThat(truce.statusAt(ZonedDateTime.of(2025, 4, 22, 0, 0, 0, 0, MOSCOW)))
        .contains(CeasefireStatus.EXPIRED);
  }

  @Test
  void declarationHasNoProposedWindowWithoutAStartInstant() {
    CeasefireProposal offer = ukrainianOffer();
    assertThat(offer.proposedWindow()).isEqualTo(Optional.empty());
    assertThat(Crosswalk.code(offer.kind()).map(EventCode::cameo)).contains("0356");
  }
}
