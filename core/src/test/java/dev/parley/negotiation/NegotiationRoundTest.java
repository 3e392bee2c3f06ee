package dev.parley.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.chronicle.Crosswalk;
import dev.parley.chronicle.EventCode;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.place.PlaceId;
import dev.parley.record.RecordId;
import dev.parley.testing.Laws;
import dev.parley.testing.NegotiationGen;
import dev.parley.testing.ValueContract;
import dev.parley.time.ReportedDate;
import dev.parley.time.TimeWindow;
import dev.parley.validation.Finding;
import dev.parley.validation.InvalidValueException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Negotiation rounds: the Istanbul talks of the seed report, the rules, and dangling outcomes. */
class NegotiationRoundTest {
  static final PartyId RU = PartyId.of("ru");
  static final PartyId UA = PartyId.of("ua");
  static final PartyId TR = PartyId.of("tr");
  static final RecordId ISTANBUL_TALKS = RecordId.of("talks:2025-05-16-istanbul");
  static final RecordId SWAP = RecordId.of("agreement:ru-ua-1000");
  static final ZonedDateTime START =
      ZonedDateTime.of(2025, 5, 16, 12, 30, 0, 0, ZoneId.of("Europe/Istanbul"));

  /** Two hours of direct talks in Istanbul, the first face-to-face in over three years. */
  static NegotiationRound.Builder istanbul() {
    return NegotiationRound.builder()
        .id(ISTANBUL_TALKS)
        .venue(PlaceId.of("istanbul"))
        .date(ReportedDate.parse("2025-05-16"))
        .window(TimeWindow.startingAt(START))
        .duration(Duration.ofHours(2))
        .format(TalksFormat.DIRECT)
        .addDelegation(Delegation.builder().party(RU).head("Vladimir Medinsky").build())
        .addDelegation(Delegation.builder().party(UA).head("Rustem Umerov").build())
        .addParticipant(Participant.of(TR, Role.HOST))
        .addOutcome(SWAP)
        .note("first face-to-face talks in over three years");
  }

  static void rejects(NegotiationRound.Builder b, String code, String path) {
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
  void seedTalksAreDirectTwoHoursHostedByTurkiye() {
    NegotiationRound talks = istanbul().build();
    assertThat(talks.parties()).containsExactly(RU, UA);
    assertThat(talks.partiesIn(Role.HOST)).containsExactly(TR);
    assertThat(talks.partiesIn(Role.MEDIATOR)).isEmpty();
    assertThat(talks.duration()).contains(Duration.ofHours(2));
    assertThat(Crosswalk.codes(talks)).extracting(EventCode::cameo).containsExactly("046");
    assertThat(NegotiationFindings.checkReferences(talks, Set.of(SWAP))).isEmpty();
  }

  @Test
  void reportsOutcomeThatDoesNotExist() {
    List<Finding> findings =
        NegotiationFindings.checkReferences(
            istanbul().addOutcome(RecordId.of("ceasefire:x")).build(), Set.of(SWAP));
    assertThat(findings).extracting(Finding::rule).containsExactly("NEGOTIATION_OUTCOME_UNKNOWN");
    assertThat(findings.get(0).path()).isEqualTo("talks:2025-05-16-istanbul.outcomes[1]");
    assertThat(findings.get(0).isError()).isTrue();
  }

  @Test
  void rejectsRoundWithOneDelegation() {
    rejects(
        istanbul().delegations(List.of(Delegation.of(RU))),
        "NEGOTIATION_DELEGATIONS_TOO_FEW",
        "delegations");
  }

  @Test
  void rejectsTwoDelegationsOfOneParty() {
    rejects(
        istanbul().addDelegation(Delegation.of(UA)),
        "NEGOTIATION_DELEGATION_DUPLICATE",
        "delegations[2]");
  }

  @Test
  void rejectsTwoDelegationsOfOnePartyAmongMany() {
    // Past eight delegations, repeats are found through a set instead of pairwise.
    NegotiationRound.Builder many = istanbul();
    for (int i = 0; i < 7; i++) {
      many.addDelegation(Delegation.of(PartyId.of("observer-" + i)));
    }
    rejects(
        many.addDelegation(Delegation.of(UA)),
        "NEGOTIATION_DELEGATION_DUPLICATE",
        "delegations[9]");
  }

  @Test
  void rejectsMediatedTalksWithoutMediator() {
    rejects(
        istanbul().format(TalksFormat.PROXIMITY), "NEGOTIATION_MEDIATOR_MISSING", "participants");
    NegotiationRound mediated =
        istanbul()
            .format(TalksFormat.MEDIATED)
            .addParticipant(Participant.of(PartyId.of("ae"), Role.MEDIATOR))
            .build();
    assertThat(mediated.partiesIn(Role.MEDIATOR)).containsExactly(PartyId.of("ae"));
  }

  @Test
  void rejectsMediatorThatSentADelegation() {
    rejects(
        istanbul().format(TalksFormat.MEDIATED).addParticipant(Participant.of(UA, Role.MEDIATOR)),
        "PARTICIPANT_NEUTRAL_IS_SIDE",
        "participants[1]");
  }

  @Test
  void rejectsNonPositiveDuration() {
    rejects(istanbul().duration(Duration.ZERO), "NEGOTIATION_DURATION_NOT_POSITIVE", "duration");
  }

  @Test
  void rejectsWindowOutsideTheDate() {
    rejects(
        istanbul().window(TimeWindow.startingAt(START.plusDays(1))),
        "NEGOTIATION_WINDOW_OUTSIDE_DATE",
        "window.start");
  }

  @Test
  void rejectsDurationLongerThanTheWindow() {
    rejects(
        istanbul().window(TimeWindow.of(START, Duration.ofMinutes(90))),
        "NEGOTIATION_DURATION_EXCEEDS_WINDOW",
        "duration");
    assertThat(
            istanbul()
                .window(TimeWindow.of(START, Duration.ofHours(3)))
                .build()
                .window()
                .orElseThrow()
                .duration())
        .contains(Duration.ofHours(3));
  }

  @Test
  void rejectsBlankNames() {
    rejects(istanbul().note(" "), "NEGOTIATION_TEXT_BLANK", "note");
    assertThatThrownBy(() -> Delegation.builder().party(RU).head("").addMember(" ").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.rule() + "@" + v.path())
                    .containsExactly(
                        "NEGOTIATION_TEXT_BLANK@head", "NEGOTIATION_TEXT_BLANK@members[0]"));
  }

  @Test
  void generatedRoundsAreValidAndCopyEqual() {
    Laws.qt()
        .forAll(NegotiationGen.rounds())
        .checkAssert(
            r -> {
              assertThat(NegotiationRound.builder().from(r).build()).isEqualTo(r);
              assertThat(r.parties()).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
              assertThat(NegotiationFindings.checkReferences(r, r.outcomes())).isEmpty();
            });
  }

  @Test
  void valueContracts() {
    NegotiationRound talks = istanbul().build();
    ValueContract.check(
        NegotiationRound.class,
        List.of(talks, NegotiationRound.builder().from(talks).build()),
        List.of(
            istanbul()
                .format(TalksFormat.MEDIATED)
                .addParticipant(Participant.of(PartyId.of("ae"), Role.MEDIATOR))
                .build()),
        List.of(NegotiationGen.round(7)));
    ValueContract.check(
        Delegation.class,
        List.of(Delegation.of(RU), Delegation.builder().party(RU).build()),
        List.of(Delegation.builder().party(RU).head("Vladimir Medinsky").build()));
  }
}
