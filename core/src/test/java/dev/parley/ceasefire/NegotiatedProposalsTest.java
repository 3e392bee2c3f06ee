package dev.parley.ceasefire;

import static dev.parley.ceasefire.CeasefireProposalTest.RU;
import static dev.parley.ceasefire.CeasefireProposalTest.UA;
import static dev.parley.ceasefire.CeasefireProposalTest.US;
import static dev.parley.ceasefire.CeasefireProposalTest.day;
import static dev.parley.ceasefire.CeasefireProposalTest.noon;
import static dev.parley.ceasefire.CeasefireProposalTest.offer;
import static dev.parley.ceasefire.CeasefireProposalTest.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.chronicle.Crosswalk;
import dev.parley.chronicle.EventCode;
import dev.parley.estimate.Estimate;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.testing.NegotiatedCeasefires;
import dev.parley.validation.Finding;
import dev.parley.validation.InvalidValueException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Ceasefire proposals as they are negotiated: joint proposals, venues, links between proposals,
 * alternative demands, reciprocity, ranged and unknown durations, responses over time and in
 * several accounts, allegations after expiry, and the rules on declared durations and proposed
 * starts. Real cases from public reporting of 2025.
 */
class NegotiatedProposalsTest {
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final RecordId JEDDAH = RecordId.of("ceasefire:2025-03-jeddah");
  static final RecordId MEMORANDUM = RecordId.of("ceasefire:2025-06-ru-memorandum");

  static Statement said(String who) {
    return Statement.claimedBy(PartyId.of(who));
  }

  /** The US-Ukraine joint statement of 11 March 2025 in Jeddah. */
  static CeasefireProposal.Builder jeddah() {
    return offer()
        .id(JEDDAH)
        .addCoProposer(US)
        .venue(PlaceId.of("sa:jeddah"))
        .extensionTerms("by mutual agreement of the parties")
        .addCondition(
            Condition.term(
                ConditionType.RECIPROCITY,
                UA,
                "acceptance and concurrent implementation by the Russian Federation"));
  }

  static Condition ru(ConditionType type, String text) {
    return Condition.precondition(type, RU, text);
  }

  /** Russia's memorandum of 2 June 2025: a ceasefire on one of two sets of terms. */
  static CeasefireProposal.Builder memorandum() {
    return CeasefireProposal.builder().from(NegotiatedCeasefires.MEMORANDUM);
  }

  /** Russia's Easter truce of 2025: 18:00 on 19 April to 00:00 on 21 April, Moscow time. */
  static CeasefireProposal.Builder easter() {
    return CeasefireProposal.builder()
        .from(NegotiatedCeasefires.EASTER)
        .proposedStart(TimePoint.of(ZonedDateTime.of(2025, 4, 19, 18, 0, 0, 0, MOSCOW)));
  }

  @Test
  void aJointProposalHasEveryProposer() {
    CeasefireProposal p = jeddah().build();
    assertThat(p.proposer()).isEqualTo(UA);
    assertThat(p.proposers()).containsExactly(UA, US);
    assertThat(p.referencedParties()).contains(UA, US, RU);
    assertThat(p.referencedPlaces()).containsExactly(PlaceId.of("sa:jeddah"));
    assertThat(offer().build().proposers()).containsExactly(UA);
  }

  @Test
  void rejectsACoProposerWhoIsAddressedOrRepeatsTheProposer() {
    rejects(jeddah().addCoProposer(RU), "CEASEFIRE_PROPOSER_IS_ADDRESSEE", "addressees");
    rejects(jeddah().addCoProposer(UA), "CEASEFIRE_PROPOSER_REPEATED", "coProposers");
  }

  @Test
  void aCounterProposalMayComeFromOneOfSeveralJointProposers() {
    CeasefireProposal counter =
        offer()
            .id(RecordId.of("ceasefire:counter"))
            .proposer(RU)
            .addCoProposer(PartyId.of("by"))
            .addressees(List.of(UA))
            .build();
    CeasefireProposal original =
        offer()
            .addResponse(
                Response.builder()
                    .party(RU)
                    .date(day("2025-03-18"))
                    .stance(ResponseStance.COUNTER_PROPOSAL)
                    .counterProposal(counter.id())
                    .build())
            .build();
    assertThat(CeasefireFindings.checkAll(List.of(original, counter))).isEmpty();
  }

  @Test
  void linksToAnsweredAndMirroredProposalsAreReferencesThatMustExist() {
    CeasefireProposal m = memorandum().mirrors(RecordId.of("ceasefire:mirrored")).build();
    assertThat(m.referencedRecords()).contains(JEDDAH, RecordId.of("ceasefire:mirrored"));
    List<Finding> findings = CeasefireFindings.checkReferences(m, Set.of(JEDDAH));
    assertThat(findings).extracting(Finding::rule).containsExactly("CEASEFIRE_LINK_UNKNOWN");
    assertThat(findings.get(0).path()).isEqualTo(MEMORANDUM + ".mirrors");
    assertThat(findings.get(0).message()).contains("ceasefire:mirrored");
    assertThat(
            CeasefireFindings.checkReferences(m, Set.of(JEDDAH, RecordId.of("ceasefire:mirrored"))))
        .isEmpty();
  }

  @Test
  void rejectsALinkToItself() {
    rejects(memorandum().answers(MEMORANDUM), "CEASEFIRE_LINK_SELF", "answers");
    rejects(memorandum().mirrors(MEMORANDUM), "CEASEFIRE_LINK_SELF", "mirrors");
  }

  @Test
  void alternativeDemandsAreGroupsOfWhichOneIsAsked() {
    CeasefireProposal m = memorandum().build();
    assertThat(m.alternatives()).hasSize(2);
    assertThat(m.alternatives().get(1).conditions()).hasSize(2);
    List<DemandedCondition> demanded = CeasefireQueries.conditionsDemandedBy(RU, List.of(m));
    assertThat(demanded).hasSize(3).allMatch(DemandedCondition::alternative);
    assertThat(
            CeasefireQueries.conditionsDemandedBy(UA, List.of(jeddah().build()))
                .get(0)
                .alternative())
        .isFalse();
  }

  @Test
  void rejectsASingleAlternativeAndAnEmptyGroup() {
    rejects(
        memorandum().alternatives(List.of(ConditionGroup.of(ru(ConditionType.OTHER, "x")))),
        "CEASEFIRE_ALTERNATIVES_SINGLE",
        "alternatives");
    assertThatThrownBy(() -> ConditionGroup.of(List.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("CEASEFIRE_CONDITION_GROUP_EMPTY"));
    assertThatThrownBy(
            () ->
                Response.builder()
                    .party(RU)
                    .date(day("2025-06-02"))
                    .stance(ResponseStance.ACCEPTED_WITH_CONDITIONS)
                    .addAlternative(ConditionGroup.of(ru(ConditionType.OTHER, "x")))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("CEASEFIRE_ALTERNATIVES_SINGLE"));
  }

  @Test
  void alternativesAreConditionsOfAConditionalAcceptanceAndAreCoded() {
    Response r =
        Response.builder()
            .party(RU)
            .date(day("2025-06-02"))
            .stance(ResponseStance.ACCEPTED_WITH_CONDITIONS)
            .alternatives(memorandum().build().alternatives())
            .build();
    assertThat(r.hasConditions()).isTrue();
    CeasefireProposal p = jeddah().addResponse(r).build();
    List<String> paths =
        Crosswalk.codes(p).stream().map(EventCode::path).collect(Collectors.toList());
    assertThat(paths)
        .contains(
            "responses[0].alternatives[0].conditions[0]",
            "responses[0].alternatives[1].conditions[1]")
        .doesNotContain("conditions[0]");
    assertThat(Crosswalk.code(ConditionType.RECIPROCITY).orElseThrow().cameo()).isEqualTo("100");
    assertThat(Crosswalk.codes(memorandum().build()))
        .extracting(EventCode::path)
        .doesNotContain("alternatives[0].conditions[0]");
  }

  @Test
  void durationsMayBeARangeOrUnknownDistinctFromOpenEnded() {
    // "a ceasefire for two to three days on certain parts of the front line", Istanbul, 2 June 2025
    CeasefireProposal pause =
        memorandum()
            .id(RecordId.of("ceasefire:2025-06-ru-bodies"))
            .alternatives(List.of())
            .durationUnknown(false)
            .scope(
                Scope.builder()
                    .domain(ScopeDomain.FRONT_SECTOR)
                    .description(
                        "certain parts of the front line, to collect the bodies of the dead")
                    .build())
            .duration(Duration.ofDays(2))
            .durationUpTo(Duration.ofDays(3))
            .addEvent(
                LifecycleEvent.of(LifecycleEventType.IN_EFFECT, TimePoint.parse("2025-06-05")))
            .build();
    assertThat(pause.statusAt(noon("2025-06-07"))).contains(CeasefireStatus.IN_EFFECT);
    assertThat(pause.statusAt(noon("2025-06-08"))).contains(CeasefireStatus.EXPIRED);
    CeasefireProposal unknown =
        memorandum()
            .addEvent(
                LifecycleEvent.of(LifecycleEventType.IN_EFFECT, TimePoint.parse("2025-06-05")))
            .build();
    assertThat(unknown.durationUnknown()).isTrue();
    assertThat(unknown.duration()).isEmpty();
    assertThat(unknown.statusAt(noon("2026-06-05"))).contains(CeasefireStatus.IN_EFFECT);
  }

  @Test
  void rejectsMalformedDurationRanges() {
    rejects(
        offer().durationUpTo(Duration.ofDays(20)),
        "CEASEFIRE_DURATION_RANGE_REVERSED",
        "durationUpTo");
    rejects(
        offer().durationUpTo(Duration.ofDays(30)),
        "CEASEFIRE_DURATION_RANGE_REVERSED",
        "durationUpTo");
    rejects(
        memorandum().durationUnknown(false).durationUpTo(Duration.ofDays(3)),
        "CEASEFIRE_DURATION_SHAPE",
        "durationUpTo");
    rejects(offer().durationUnknown(true), "CEASEFIRE_DURATION_SHAPE", "durationUnknown");
  }

  @Test
  void responsesChangeOverTimeAndTheLatestKnownDecides() {
    CeasefireProposal p =
        jeddah()
            .addResponse(
                Response.builder()
                    .party(RU)
                    .date(day("2025-03"))
                    .stance(ResponseStance.REJECTED)
                    .build())
            .addResponse(
                Response.builder()
                    .party(RU)
                    .date(day("2025-03-13"))
                    .stance(ResponseStance.ACCEPTED_WITH_CONDITIONS)
                    .addCondition(ru(ConditionType.MONITORING, "control and verification"))
                    .supersedesEarlier(true)
                    .note("agrees in principle; the ceasefire must lead to lasting peace")
                    .build())
            .build();
    // the month-dated answer is not yet known on 14 March, the one of 13 March is
    assertThat(p.finalResponses(noon("2025-03-14")).get(RU).date()).isEqualTo(day("2025-03-13"));
    assertThat(p.statusAt(noon("2025-03-14"))).contains(CeasefireStatus.ACCEPTED_WITH_CONDITIONS);
    assertThat(p.statusAt(noon("2025-03-12"))).contains(CeasefireStatus.PROPOSED);
  }

  @Test
  void conflictingAccountsOfOneResponseAreKeptWithTheirSources() {
    Response r =
        Response.builder()
            .party(RU)
            .date(day("2025-03-13"))
            .stance(ResponseStance.ACCEPTED_WITH_CONDITIONS)
            .addCondition(ru(ConditionType.MONITORING, "control and verification"))
            .addProvenance(said("ru"))
            .addAccount(
                ResponseAccount.builder()
                    .stance(ResponseStance.REJECTED)
                    .addProvenance(
                        Statement.of(
                            Source.builder().speaker(PartyId.of("ru-ushakov")).build(),
                            Stance.CLAIMS))
                    .note("nothing but a temporary respite for the Ukrainian military")
                    .build())
            .build();
    CeasefireProposal p = jeddah().addResponse(r).build();
    assertThat(p.statusAt(noon("2025-03-14"))).contains(CeasefireStatus.ACCEPTED_WITH_CONDITIONS);
    assertThat(p.referencedParties()).contains(PartyId.of("ru-ushakov"));
    assertThatThrownBy(() -> ResponseAccount.builder().stance(ResponseStance.REJECTED).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("CEASEFIRE_ACCOUNT_UNSOURCED"));
    assertThatThrownBy(() -> Response.builder().from(r).note(" ").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("CEASEFIRE_TEXT_BLANK"));
  }

  @Test
  void aBreachAllegedAfterExpiryAboutTheWindowIsLegalWithItsViolationCount() {
    CeasefireProposal p = easter().build();
    assertThat(p.scope().isComprehensive()).isTrue();
    assertThat(p.occasion()).contains("Orthodox Easter");
    LifecycleEvent breach = p.allegedBreaches().get(0);
    assertThat(breach.allegedAt()).contains(TimePoint.parse("2025-04-21"));
    assertThat(breach.violations().get(0).estimate()).isEqualTo(Estimate.exact(2935));
    assertThat(p.statusAt(ZonedDateTime.of(2025, 4, 20, 12, 0, 0, 0, MOSCOW)))
        .contains(CeasefireStatus.IN_EFFECT);
    assertThat(p.statusAt(ZonedDateTime.of(2025, 4, 21, 12, 0, 0, 0, MOSCOW)))
        .contains(CeasefireStatus.EXPIRED);
    // the same allegation dated by when it was made falls after the term: an illegal transition
    LifecycleEvent late = LifecycleEvent.breachAlleged(TimePoint.parse("2025-04-22"), UA, RU);
    rejects(
        easter().events(List.of(p.events().get(0), late)),
        "CEASEFIRE_TRANSITION_ILLEGAL",
        "events[1].type");
  }

  @Test
  void rejectsMisplacedOrEarlyAllegationsAndUnsourcedCounts() {
    assertThatThrownBy(
            () ->
                LifecycleEvent.builder()
                    .type(LifecycleEventType.BREACH_ALLEGED)
                    .time(TimePoint.parse("2025-04-20"))
                    .allegedAt(TimePoint.parse("2025-04-19"))
                    .party(UA)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("CEASEFIRE_ALLEGATION_BEFORE_BREACH");
              assertThat(e.getMessage()).contains("2025-04-19", "2025-04-20");
            });
    assertThatThrownBy(
            () ->
                LifecycleEvent.builder()
                    .type(LifecycleEventType.IN_EFFECT)
                    .time(TimePoint.parse("2025-04-20"))
                    .allegedAt(TimePoint.parse("2025-04-21"))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("CEASEFIRE_ALLEGATION_MISPLACED"));
    assertThatThrownBy(() -> SourcedEstimate.of(Estimate.exact(2935), List.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("ESTIMATE_UNSOURCED"));
  }

  @Test
  void aFrontSectorMayBeDescribedWhenItsSectorsAreUnnamed() {
    Scope described =
        Scope.builder().domain(ScopeDomain.FRONT_SECTOR).description("parts of the front").build();
    assertThat(described.isComprehensive()).isFalse();
    assertThatThrownBy(() -> Scope.partial(ScopeDomain.FRONT_SECTOR))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("CEASEFIRE_SCOPE_AREA_MISSING"));
    rejects(easter().occasion(" "), "CEASEFIRE_TEXT_BLANK", "occasion");
  }

  @Test
  void rejectsADeclaredDurationThatDisagreesWithTheRecordedStartAndExpiry() {
    assertThatThrownBy(() -> easter().duration(Duration.ofHours(72)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("CEASEFIRE_DURATION_MISMATCH");
              assertThat(e.violations().get(0).path()).isEqualTo("events[2].time");
              assertThat(e.getMessage())
                  .contains("PT72H", "2025-04-19T18:00+03:00[Europe/Moscow]", "2025-04-21T00:00");
            });
  }

  /** Russia's Victory Day truce of 2025, 72 hours from 8 May, recorded to the day. */
  static CeasefireProposal.Builder victoryDay(String expired) {
    return easter()
        .id(RecordId.of("ceasefire:2025-05-ru-victory-day"))
        .occasion("Victory Day")
        .duration(Duration.ofHours(72))
        .date(day("2025-04-28"))
        .proposedStart(TimePoint.parse("2025-05-08"))
        .events(
            List.of(
                LifecycleEvent.of(LifecycleEventType.IN_EFFECT, TimePoint.parse("2025-05-08")),
                LifecycleEvent.of(LifecycleEventType.EXPIRED, TimePoint.parse(expired))));
  }

  @Test
  void datesOfStartAndExpiryAreReadOnDays() {
    assertThat(victoryDay("2025-05-11").build().events()).hasSize(2);
    assertThat(victoryDay("2025-05-10").build().events()).hasSize(2);
    rejects(victoryDay("2025-05-09"), "CEASEFIRE_DURATION_MISMATCH", "events[1].time");
    rejects(victoryDay("2025-05-14"), "CEASEFIRE_DURATION_MISMATCH", "events[1].time");
    // an extension counts towards the term
    assertThat(
            victoryDay("2025-05-14")
                .events(
                    List.of(
                        LifecycleEvent.of(
                            LifecycleEventType.IN_EFFECT, TimePoint.parse("2025-05-08")),
                        LifecycleEvent.extended(TimePoint.parse("2025-05-10"), Duration.ofDays(3)),
                        LifecycleEvent.of(
                            LifecycleEventType.EXPIRED, TimePoint.parse("2025-05-14"))))
                .build()
                .events())
        .hasSize(3);
  }

  @Test
  void rejectsAProposedStartBeforeTheProposal() {
    assertThatThrownBy(() -> jeddah().proposedStart(TimePoint.parse("2025-03-01")).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("CEASEFIRE_START_BEFORE_PROPOSAL");
              assertThat(e.getMessage()).contains("2025-03-01", "2025-03-11");
            });
    assertThat(jeddah().proposedStart(TimePoint.parse("2025-03-11")).build().proposedStart())
        .isPresent();
    assertThat(victoryDay("2025-05-11").build().proposedStart())
        .contains(TimePoint.parse("2025-05-08"));
  }
}
