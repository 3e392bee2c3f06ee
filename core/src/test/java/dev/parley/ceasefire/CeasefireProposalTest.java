package dev.parley.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import dev.parley.validation.InvalidValueException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The construction rules of {@link CeasefireProposal} and its status derivation. */
class CeasefireProposalTest {
  static final PartyId UA = PartyId.of("ua");
  static final PartyId RU = PartyId.of("ru");
  static final PartyId US = PartyId.of("us");
  static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  static CeasefireProposal.Builder offer() {
    return CeasefireProposal.builder()
        .id(RecordId.of("ceasefire:offer"))
        .proposer(UA)
        .addAddressee(RU)
        .kind(ProposalKind.PROPOSAL)
        .scope(Scope.comprehensive())
        .duration(Duration.ofDays(30))
        .date(ReportedDate.parse("2025-03-11"));
  }

  static ReportedDate day(String text) {
    return ReportedDate.parse(text);
  }

  static ZonedDateTime noon(String text) {
    return day(text).start().atTime(12, 0).atZone(KYIV);
  }

  static LifecycleEvent event(LifecycleEventType type, String time) {
    return LifecycleEvent.of(type, TimePoint.parse(time));
  }

  static void rejects(CeasefireProposal.Builder b, String code, String path) {
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).contains(code);
              assertThat(e.violations())
                  .anySatisfy(
                      v -> {
                        assertThat(v.rule()).isEqualTo(code);
                        assertThat(v.path()).isEqualTo(path);
                      });
            });
  }

  @Test
  void acceptsARealOfferWithMediatorResponsesAndLifecycle() {
    CeasefireProposal p =
        offer()
            .addParticipant(Participant.of(US, Role.MEDIATOR))
            .extensionTerms("may be extended by mutual agreement")
            .addResponse(Response.of(RU, day("2025-03-13"), ResponseStance.ACCEPTED))
            .addEvent(event(LifecycleEventType.ACCEPTED_BY_ALL, "2025-03-14"))
            .addEvent(event(LifecycleEventType.IN_EFFECT, "2025-03-15"))
            .build();
    assertThat(p.statusAt(noon("2025-03-12"))).contains(CeasefireStatus.PROPOSED);
    assertThat(p.statusAt(noon("2025-03-13"))).contains(CeasefireStatus.ACCEPTED);
    assertThat(p.statusAt(noon("2025-03-15"))).contains(CeasefireStatus.IN_EFFECT);
    assertThat(p.statusAt(noon("2025-04-13"))).contains(CeasefireStatus.IN_EFFECT);
    assertThat(p.statusAt(noon("2025-04-14"))).contains(CeasefireStatus.EXPIRED);
  }

  @Test
  void rejectsProposerAsItsOwnAddressee() {
    rejects(offer().addAddressee(UA), "CEASEFIRE_PROPOSER_IS_ADDRESSEE", "addressees");
  }

  @Test
  void rejectsProposalWithoutAddressees() {
    rejects(offer().addressees(List.of()), "CEASEFIRE_ADDRESSEES_MISSING", "addressees");
  }

  @Test
  void rejectsDeclarationWithAddressees() {
    rejects(
        offer().kind(ProposalKind.UNILATERAL_DECLARATION),
        "CEASEFIRE_DECLARATION_ADDRESSED",
        "addressees");
  }

  @Test
  void rejectsNonPositiveDuration() {
    rejects(offer().duration(Duration.ZERO), "CEASEFIRE_DURATION_NOT_POSITIVE", "duration");
    rejects(offer().duration(Duration.ofHours(-1)), "CEASEFIRE_DURATION_NOT_POSITIVE", "duration");
  }

  @Test
  void rejectsBlankExtensionTerms() {
    rejects(offer().extensionTerms(" "), "CEASEFIRE_TEXT_BLANK", "extensionTerms");
  }

  @Test
  void rejectsMediatorWhoIsAlsoAddressee() {
    rejects(
        offer().addParticipant(Participant.of(RU, Role.MEDIATOR)),
        "PARTICIPANT_NEUTRAL_IS_SIDE",
        "participants[0]");
  }

  @Test
  void rejectsResponseFromPartyNotAddressed() {
    rejects(
        offer().addResponse(Response.of(US, day("2025-03-12"), ResponseStance.ACCEPTED)),
        "CEASEFIRE_RESPONSE_NOT_ADDRESSEE",
        "responses[0].party");
  }

  @Test
  void rejectsResponseDatedBeforeProposal() {
    rejects(
        offer().addResponse(Response.of(RU, day("2025-03-10"), ResponseStance.ACCEPTED)),
        "CEASEFIRE_RESPONSE_BEFORE_PROPOSAL",
        "responses[0].date");
  }

  @Test
  void acceptsResponseInTheWeekOfTheProposal() {
    CeasefireProposal p =
        offer()
            .addResponse(Response.of(RU, ReportedDate.parse("2025-W11"), ResponseStance.REJECTED))
            .build();
    assertThat(p.statusAt(noon("2025-03-16"))).contains(CeasefireStatus.REJECTED);
    assertThat(p.statusAt(noon("2025-03-15"))).contains(CeasefireStatus.PROPOSED);
  }

  @Test
  void rejectsSecondResponseThatDoesNotSupersede() {
    rejects(
        offer()
            .addResponse(Response.of(RU, day("2025-03-12"), ResponseStance.REJECTED))
            .addResponse(Response.of(RU, day("2025-03-13"), ResponseStance.ACCEPTED)),
        "CEASEFIRE_RESPONSE_DUPLICATE",
        "responses[1].supersedesEarlier");
  }

  @Test
  void rejectsFirstResponseThatClaimsToSupersede() {
    rejects(
        offer()
            .addResponse(
                Response.builder()
                    .party(RU)
                    .date(day("2025-03-12"))
                    .stance(ResponseStance.ACCEPTED)
                    .supersedesEarlier(true)
                    .build()),
        "CEASEFIRE_RESPONSE_SUPERSEDES_NOTHING",
        "responses[0].supersedesEarlier");
  }

  @Test
  void rejectsSupersedingResponseDatedBeforeTheOneItSupersedes() {
    rejects(
        offer()
            .addResponse(Response.of(RU, day("2025-03-14"), ResponseStance.REJECTED))
            .addResponse(
                Response.builder()
                    .party(RU)
                    .date(day("2025-03-12"))
                    .stance(ResponseStance.ACCEPTED)
                    .supersedesEarlier(true)
                    .build()),
        "CEASEFIRE_RESPONSE_ORDER",
        "responses[1].date");
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 12})
  void supersedingResponseIsComparedWithTheLatestBeforeIt(int responses) {
    // Up to eight responses are searched pairwise, more through a map: the same rule either way.
    CeasefireProposal.Builder b =
        offer().addResponse(Response.of(RU, day("2025-03-12"), ResponseStance.REJECTED));
    for (int i = 1; i < responses - 1; i++) {
      b.addResponse(superseding(day("2025-03-12").start().plusDays(2L * i)));
    }
    // After the first response, but before the one just before it.
    rejects(
        b.addResponse(superseding(day("2025-03-13").start())),
        "CEASEFIRE_RESPONSE_ORDER",
        "responses[" + (responses - 1) + "].date");
  }

  private static Response superseding(java.time.LocalDate date) {
    return Response.builder()
        .party(RU)
        .date(ReportedDate.ofDay(date))
        .stance(ResponseStance.ACCEPTED)
        .supersedesEarlier(true)
        .build();
  }

  @Test
  void laterResponseSupersedesEarlierFromItsDate() {
    CeasefireProposal p =
        offer()
            .addResponse(Response.of(RU, day("2025-03-12"), ResponseStance.REJECTED))
            .addResponse(
                Response.builder()
                    .party(RU)
                    .date(day("2025-03-18"))
                    .stance(ResponseStance.ACCEPTED_WITH_CONDITIONS)
                    .supersedesEarlier(true)
                    .addCondition(
                        Condition.precondition(
                            ConditionType.SANCTIONS_RELIEF, RU, "lift sanctions"))
                    .build())
            .build();
    assertThat(p.statusAt(noon("2025-03-17"))).contains(CeasefireStatus.REJECTED);
    assertThat(p.statusAt(noon("2025-03-18"))).contains(CeasefireStatus.ACCEPTED_WITH_CONDITIONS);
    assertThat(p.finalResponses(noon("2025-03-18")).get(RU).stance())
        .isEqualTo(ResponseStance.ACCEPTED_WITH_CONDITIONS);
  }

  @Test
  void rejectsCounterProposalPointingToItself() {
    rejects(
        offer()
            .addResponse(
                Response.builder()
                    .party(RU)
                    .date(day("2025-03-12"))
                    .stance(ResponseStance.COUNTER_PROPOSAL)
                    .counterProposal(RecordId.of("ceasefire:offer"))
                    .build()),
        "CEASEFIRE_COUNTER_PROPOSAL_SELF",
        "responses[0].counterProposal");
  }

  @Test
  void rejectsEventDatedBeforeProposal() {
    rejects(
        offer().addEvent(event(LifecycleEventType.IN_EFFECT, "2025-03-01")),
        "CEASEFIRE_EVENT_BEFORE_PROPOSAL",
        "events[0].time");
  }

  @Test
  void rejectsEventsOutOfOrder() {
    rejects(
        offer()
            .addEvent(event(LifecycleEventType.IN_EFFECT, "2025-03-20"))
            .addEvent(event(LifecycleEventType.TERMINATED, "2025-03-18")),
        "CEASEFIRE_EVENT_ORDER",
        "events[1].time");
  }

  @Test
  void rejectsBreachAllegedBeforeInEffectNamingTheTransition() {
    assertThatThrownBy(
            offer().addEvent(LifecycleEvent.breachAlleged(TimePoint.parse("2025-03-12"), RU, UA))
                ::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("CEASEFIRE_TRANSITION_ILLEGAL");
              assertThat(e.getMessage()).contains("PROPOSED -> BREACH_ALLEGED");
            });
  }

  @Test
  void rejectsEveryIllegalTransitionAtOnce() {
    assertThatThrownBy(
            offer()
                    .addEvent(event(LifecycleEventType.EXTENDED, "2025-03-12"))
                    .addEvent(event(LifecycleEventType.WITHDRAWN, "2025-03-13"))
                    .addEvent(event(LifecycleEventType.IN_EFFECT, "2025-03-14"))
                ::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(v -> v.path())
                  .containsExactly("events[0].type", "events[2].type");
              assertThat(e.getMessage())
                  .contains("PROPOSED -> EXTENDED")
                  .contains("WITHDRAWN -> IN_EFFECT");
            });
  }

  @Test
  void rejectsAcceptanceByAllOfADeclaration() {
    assertThatThrownBy(
            offer()
                    .kind(ProposalKind.UNILATERAL_DECLARATION)
                    .addressees(List.of())
                    .addEvent(event(LifecycleEventType.ACCEPTED_BY_ALL, "2025-03-12"))
                ::build)
        .hasMessageContaining("DECLARED -> ACCEPTED_BY_ALL");
  }

  @Test
  void rejectsWithdrawalOnceInEffectAndTerminationBefore() {
    assertThatThrownBy(
            offer()
                    .addEvent(event(LifecycleEventType.IN_EFFECT, "2025-03-12"))
                    .addEvent(event(LifecycleEventType.WITHDRAWN, "2025-03-13"))
                ::build)
        .hasMessageContaining("IN_EFFECT -> WITHDRAWN");
    assertThatThrownBy(offer().addEvent(event(LifecycleEventType.TERMINATED, "2025-03-13"))::build)
        .hasMessageContaining("PROPOSED -> TERMINATED");
  }

  @Test
  void terminationEndsAnOpenEndedCeasefire() {
    CeasefireProposal p =
        offer()
            .duration(java.util.Optional.empty())
            .addEvent(event(LifecycleEventType.IN_EFFECT, "2025-03-12"))
            .addEvent(LifecycleEvent.extended(TimePoint.parse("2025-05-12"), Duration.ofDays(30)))
            .addEvent(event(LifecycleEventType.TERMINATED, "2026-01-01"))
            .build();
    assertThat(p.statusAt(noon("2025-12-31"))).contains(CeasefireStatus.IN_EFFECT);
    assertThat(p.statusAt(noon("2026-01-01"))).contains(CeasefireStatus.TERMINATED);
  }

  @Test
  void extensionWithoutDurationMakesTheCeasefireOpenEnded() {
    CeasefireProposal p =
        offer()
            .addEvent(event(LifecycleEventType.IN_EFFECT, "2025-03-12"))
            .addEvent(event(LifecycleEventType.EXTENDED, "2025-04-01"))
            .build();
    assertThat(p.statusAt(noon("2026-03-12"))).contains(CeasefireStatus.IN_EFFECT);
  }

  @Test
  void statusFollowsTheMostDecisiveFinalStance() {
    PartyId by = PartyId.of("by");
    CeasefireProposal.Builder two = offer().addAddressee(by);
    assertThat(
            two.addResponse(Response.of(RU, day("2025-03-12"), ResponseStance.ACCEPTED))
                .build()
                .statusAt(noon("2025-03-12")))
        .contains(CeasefireStatus.PROPOSED);
    CeasefireProposal p =
        offer()
            .addAddressee(by)
            .addResponse(Response.of(RU, day("2025-03-12"), ResponseStance.ACCEPTED))
            .addResponse(
                Response.builder()
                    .party(by)
                    .date(day("2025-03-13"))
                    .stance(ResponseStance.COUNTER_PROPOSAL)
                    .counterProposal(RecordId.of("ceasefire:by"))
                    .build())
            .addResponse(
                Response.builder()
                    .party(RU)
                    .date(day("2025-03-14"))
                    .stance(ResponseStance.REJECTED)
                    .supersedesEarlier(true)
                    .build())
            .build();
    assertThat(p.statusAt(noon("2025-03-13"))).contains(CeasefireStatus.COUNTERED);
    assertThat(p.statusAt(noon("2025-03-14"))).contains(CeasefireStatus.REJECTED);
    assertThat(p.unansweredAddressees(noon("2025-03-12"))).containsExactly(by);
  }

  @Test
  void noAnswerLeavesTheAddresseeUnanswered() {
    CeasefireProposal p =
        offer().addResponse(Response.of(RU, day("2025-03-20"), ResponseStance.NO_ANSWER)).build();
    assertThat(p.unansweredAddressees(noon("2025-03-21"))).containsExactly(RU);
    assertThat(p.statusAt(noon("2025-03-21"))).contains(CeasefireStatus.PROPOSED);
  }

  @Test
  void withdrawnProposalStaysWithdrawn() {
    CeasefireProposal p =
        offer().addEvent(event(LifecycleEventType.WITHDRAWN, "2025-03-20")).build();
    assertThat(p.statusAt(noon("2025-03-19"))).contains(CeasefireStatus.PROPOSED);
    assertThat(p.statusAt(noon("2030-01-01"))).contains(CeasefireStatus.WITHDRAWN);
    assertThat(CeasefireStatus.WITHDRAWN.isFinal()).isTrue();
    assertThat(CeasefireStatus.IN_EFFECT.isFinal()).isFalse();
  }
}
