package dev.parley.api;

import static dev.parley.testing.GazaPauseStory.EG;
import static dev.parley.testing.GazaPauseStory.EXTENSION_DEAL_ID;
import static dev.parley.testing.GazaPauseStory.FINAL_END;
import static dev.parley.testing.GazaPauseStory.GAZA;
import static dev.parley.testing.GazaPauseStory.HAMAS;
import static dev.parley.testing.GazaPauseStory.IL;
import static dev.parley.testing.GazaPauseStory.IN_FORCE;
import static dev.parley.testing.GazaPauseStory.NOV_30;
import static dev.parley.testing.GazaPauseStory.PAUSE_ID;
import static dev.parley.testing.GazaPauseStory.QA;
import static dev.parley.testing.GazaPauseStory.US;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ceasefire.ConditionStatus;
import dev.parley.ceasefire.ReleaseCondition;
import dev.parley.ceasefire.TimePoint;
import dev.parley.ceasefire.Truce;
import dev.parley.ceasefire.TruceExtension;
import dev.parley.ceasefire.TruceFindings;
import dev.parley.ceasefire.TrucePhase;
import dev.parley.ceasefire.TruceStatus;
import dev.parley.chronicle.Chronicle;
import dev.parley.chronicle.Crosswalk;
import dev.parley.chronicle.EventCode;
import dev.parley.party.Party;
import dev.parley.party.PartyKind;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.testing.GazaPauseStory;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Finding;
import dev.parley.validation.InvalidValueException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Mediated truces through the public API: the Gaza pause of November 2023, its extensions, rules
 * and zone.
 */
class MediatedTruceTest {
  static final ZoneId UTC = ZoneId.of("UTC");
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static ZonedDateTime gaza(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2023, month, day, hour, minute, 0, 0, GAZA);
  }

  static void rejects(Truce.Builder b, String code, String path) {
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .anySatisfy(
                        v -> {
                          assertThat(v.rule()).isEqualTo(code);
                          assertThat(v.path()).isEqualTo(path);
                        }));
  }

  @Test
  void gazaPauseIsAgreedByTwoSidesThroughThreeMediators() {
    Truce pause = GazaPauseStory.pause();
    assertThat(pause.recordType()).isEqualTo(RecordType.TRUCE);
    assertThat(pause.parties()).containsExactly(IL, HAMAS);
    assertThat(pause.mediators()).containsExactly(QA, EG, US);
    assertThat(pause.recordDate()).isEqualTo(ReportedDate.parse("2023-11-22"));
    assertThat(pause.start()).isEqualTo(IN_FORCE);
    assertThat(pause.initialEnd()).contains(gaza(11, 28, 7, 0));
    assertThat(pause.effectiveEnd()).contains(FINAL_END);
    assertThat(pause.referencedParties()).containsExactlyInAnyOrder(IL, HAMAS, QA, EG, US);
    assertThat(pause.referencedRecords()).containsExactly(EXTENSION_DEAL_ID, NOV_30);
    assertThat(pause.linkedExchanges()).containsExactly(EXTENSION_DEAL_ID, NOV_30);
    assertThat(Crosswalk.codes(pause)).extracting(EventCode::cameo).containsExactly("0871");
  }

  @Test
  void phasesRunFromEntryIntoForceToTheLastExtensionsEnd() {
    Truce pause = GazaPauseStory.pause();
    assertThat(pause.phaseAt(gaza(11, 23, 12, 0))).isEqualTo(TrucePhase.NOT_YET_IN_FORCE);
    assertThat(pause.phaseAt(gaza(11, 24, 6, 59))).isEqualTo(TrucePhase.NOT_YET_IN_FORCE);
    assertThat(pause.phaseAt(IN_FORCE)).isEqualTo(TrucePhase.IN_FORCE);
    assertThat(pause.phaseAt(gaza(11, 28, 12, 0))).isEqualTo(TrucePhase.IN_FORCE);
    assertThat(pause.phaseAt(gaza(12, 1, 6, 59))).isEqualTo(TrucePhase.IN_FORCE);
    assertThat(pause.phaseAt(FINAL_END)).isEqualTo(TrucePhase.ENDED);
    Truce unextended = GazaPauseStory.pauseBuilder().build();
    assertThat(unextended.phaseAt(gaza(11, 28, 7, 0))).isEqualTo(TrucePhase.ENDED);
  }

  @Test
  void effectiveEndAsKnownFollowsTheAnnouncements() {
    Truce pause = GazaPauseStory.pause();
    assertThat(pause.effectiveEndAsKnownAt(gaza(11, 26, 12, 0))).contains(gaza(11, 28, 7, 0));
    // the first extension was announced on 27 November: known from its start in Gaza
    assertThat(pause.effectiveEndAsKnownAt(gaza(11, 27, 0, 0))).contains(gaza(11, 30, 7, 0));
    assertThat(pause.effectiveEndAsKnownAt(gaza(11, 30, 0, 0))).contains(FINAL_END);
  }

  @Test
  void statusDependsOnTheInstantNotOnTheAskersZone() {
    // an extension to "30 November", date only: the pause runs through that day, Gaza time
    Truce dateOnly =
        GazaPauseStory.pauseBuilder()
            .addExtension(
                TruceExtension.of(TimePoint.parse("2023-11-27"), TimePoint.parse("2023-11-30")))
            .build();
    assertThat(dateOnly.effectiveEnd()).contains(gaza(12, 1, 0, 0));
    // 22:30 UTC on 30 November is already 1 December in Gaza, still 30 November in UTC and in
    // New York, and 1 December in Tokyo: the pause has ended, whoever asks
    ZonedDateTime utc = ZonedDateTime.of(2023, 11, 30, 22, 30, 0, 0, UTC);
    for (ZoneId asker : List.of(UTC, TOKYO, NEW_YORK, GAZA)) {
      assertThat(dateOnly.phaseAt(utc.withZoneSameInstant(asker)))
          .as("asked in %s", asker)
          .isEqualTo(TrucePhase.ENDED);
    }
    ZonedDateTime earlier = ZonedDateTime.of(2023, 11, 30, 21, 30, 0, 0, UTC);
    for (ZoneId asker : List.of(UTC, TOKYO, NEW_YORK, GAZA)) {
      assertThat(dateOnly.phaseAt(earlier.withZoneSameInstant(asker)))
          .as("asked in %s", asker)
          .isEqualTo(TrucePhase.IN_FORCE);
      assertThat(dateOnly.effectiveEndAsKnownAt(earlier.withZoneSameInstant(asker)))
          .contains(gaza(12, 1, 0, 0));
    }
  }

  @Test
  void validationReadsDateOnlyAnnouncementsInTheTrucesZone() {
    // announced "28 November" against an end at 07:00 on 28 November Gaza time: possibly before
    // the end, so it passes, although 28 November has begun in Tokyo hours earlier
    Truce passes =
        GazaPauseStory.pauseBuilder()
            .addExtension(
                TruceExtension.of(TimePoint.parse("2023-11-28"), TimePoint.of(gaza(11, 30, 7, 0))))
            .build();
    assertThat(passes.effectiveEnd()).contains(gaza(11, 30, 7, 0));
    rejects(
        GazaPauseStory.pauseBuilder()
            .addExtension(
                TruceExtension.of(TimePoint.parse("2023-11-29"), TimePoint.of(gaza(11, 30, 7, 0)))),
        "TRUCE_EXTENSION_AFTER_END",
        "extensions[0].announced");
  }

  @Test
  void rejectsFewerThanTwoParties() {
    rejects(GazaPauseStory.pauseBuilder().parties(List.of(IL)), "TRUCE_PARTIES_TOO_FEW", "parties");
  }

  @Test
  void rejectsAPartyListedTwice() {
    rejects(GazaPauseStory.pauseBuilder().addParty(IL), "TRUCE_PARTY_DUPLICATE", "parties[2]");
  }

  @Test
  void rejectsAMediatorWhoIsAlsoAParty() {
    rejects(
        GazaPauseStory.pauseBuilder().addMediator(IL), "TRUCE_MEDIATOR_IS_PARTY", "mediators[3]");
  }

  @Test
  void rejectsAMediatorListedTwice() {
    rejects(
        GazaPauseStory.pauseBuilder().addMediator(QA), "TRUCE_MEDIATOR_DUPLICATE", "mediators[3]");
  }

  @Test
  void rejectsABlankNote() {
    rejects(GazaPauseStory.pauseBuilder().note(" "), "TRUCE_TEXT_BLANK", "note");
  }

  @Test
  void rejectsALengthThatIsNotPositive() {
    rejects(
        GazaPauseStory.pauseBuilder().length(Duration.ZERO), "TRUCE_LENGTH_NOT_POSITIVE", "length");
    rejects(
        GazaPauseStory.pauseBuilder().length(Duration.ofDays(-1)),
        "TRUCE_LENGTH_NOT_POSITIVE",
        "length");
  }

  @Test
  void rejectsEntryIntoForceBeforeAnnouncement() {
    rejects(
        GazaPauseStory.pauseBuilder().inForce(LocalDateTime.of(2023, 11, 21, 23, 0)),
        "TRUCE_FORCE_BEFORE_ANNOUNCEMENT",
        "inForce");
    // the day it was announced is fine: any moment of that day may be the announcement
    assertThat(
            GazaPauseStory.pauseBuilder()
                .inForce(LocalDateTime.of(2023, 11, 22, 0, 0))
                .build()
                .start())
        .isEqualTo(gaza(11, 22, 0, 0));
  }

  @Test
  void rejectsAnEndNotAfterEntryIntoForce() {
    rejects(
        GazaPauseStory.pauseBuilder()
            .length(Optional.empty())
            .end(TimePoint.of(gaza(11, 24, 7, 0))),
        "TRUCE_END_NOT_AFTER_START",
        "end");
  }

  @Test
  void rejectsALengthThatDisagreesWithTheEnd() {
    rejects(
        GazaPauseStory.pauseBuilder().end(TimePoint.of(gaza(11, 28, 8, 0))),
        "TRUCE_LENGTH_MISMATCH",
        "length");
    Truce agreeing =
        GazaPauseStory.pauseBuilder()
            .end(TimePoint.of(ZonedDateTime.of(2023, 11, 28, 5, 0, 0, 0, UTC)))
            .build();
    assertThat(agreeing.initialEnd()).contains(gaza(11, 28, 7, 0));
  }

  @Test
  void rejectsExtendingAnOpenEndedTruce() {
    rejects(
        GazaPauseStory.pauseBuilder()
            .length(Optional.empty())
            .addExtension(GazaPauseStory.twoDays()),
        "TRUCE_EXTENSION_OF_OPEN_TRUCE",
        "extensions[0]");
    Truce open = GazaPauseStory.pauseBuilder().length(Optional.empty()).build();
    assertThat(open.effectiveEnd()).isEmpty();
    assertThat(open.phaseAt(gaza(12, 31, 0, 0))).isEqualTo(TrucePhase.IN_FORCE);
  }

  @Test
  void rejectsAnExtensionThatDoesNotEndLater() {
    rejects(
        GazaPauseStory.pauseBuilder()
            .addExtensions(GazaPauseStory.oneDay(), GazaPauseStory.twoDays()),
        "TRUCE_EXTENSION_NOT_LATER",
        "extensions[1].end");
    rejects(
        GazaPauseStory.pauseBuilder()
            .addExtension(
                TruceExtension.of(TimePoint.parse("2023-11-27"), TimePoint.of(gaza(11, 28, 7, 0)))),
        "TRUCE_EXTENSION_NOT_LATER",
        "extensions[0].end");
  }

  @Test
  void rejectsAnExtensionAnnouncedAfterTheEndItExtends() {
    rejects(
        GazaPauseStory.pauseBuilder()
            .addExtension(
                TruceExtension.of(
                    TimePoint.of(gaza(11, 28, 9, 0)), TimePoint.of(gaza(11, 30, 7, 0)))),
        "TRUCE_EXTENSION_AFTER_END",
        "extensions[0].announced");
  }

  @Test
  void rejectsAConditionOnTheReleasesOfANonParty() {
    rejects(
        GazaPauseStory.pauseBuilder()
            .addExtension(
                GazaPauseStory.twoDays()
                    .withCondition(ReleaseCondition.of(EXTENSION_DEAL_ID, QA, 20))),
        "TRUCE_CONDITION_PARTY_NOT_PARTY",
        "extensions[0].condition.releasedBy");
  }

  @Test
  void rejectsAConditionCountThatIsNotPositiveOrHasNoReleasingParty() {
    assertThatThrownBy(() -> ReleaseCondition.of(EXTENSION_DEAL_ID, HAMAS, 0))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("TRUCE_CONDITION_COUNT_NOT_POSITIVE"));
    assertThatThrownBy(
            () -> ReleaseCondition.builder().exchange(EXTENSION_DEAL_ID).count(20).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("TRUCE_CONDITION_PARTY_MISSING"));
    assertThat(ReleaseCondition.of(EXTENSION_DEAL_ID).count()).isEmpty();
  }

  @Test
  void namesEveryBrokenRuleAtOnce() {
    assertThatThrownBy(
            () ->
                GazaPauseStory.pauseBuilder()
                    .parties(List.of(IL))
                    .addMediator(IL)
                    .note("")
                    .length(Duration.ZERO)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.ruleCodes())
                    .contains(
                        "TRUCE_PARTIES_TOO_FEW",
                        "TRUCE_MEDIATOR_IS_PARTY",
                        "TRUCE_TEXT_BLANK",
                        "TRUCE_LENGTH_NOT_POSITIVE"));
  }

  @Test
  void conditionsAreMetPerTheLinkedExchangeRecords() {
    Chronicle chronicle = GazaPauseStory.chronicle();
    assertThat(chronicle.validate().findings()).isEmpty();
    // on the 28th, the day's ten count (an exchange counts from its day, read in Gaza): 10 of 20
    TruceStatus on28 =
        chronicle.ceasefires().truceStatus(PAUSE_ID, gaza(11, 28, 12, 0)).orElseThrow();
    assertThat(on28.phase()).isEqualTo(TrucePhase.IN_FORCE);
    assertThat(on28.effectiveEnd()).contains(FINAL_END);
    assertThat(on28.conditions()).containsExactly(ConditionStatus.NOT_MET, ConditionStatus.NOT_MET);
    assertThat(
            chronicle
                .ceasefires()
                .truceStatus(PAUSE_ID, gaza(11, 29, 6, 0))
                .orElseThrow()
                .conditions())
        .containsExactly(ConditionStatus.MET, ConditionStatus.NOT_MET);
    // by 1 December: 20 released under the two-day extension; 8 recorded on the 30th, not 10
    TruceStatus end = chronicle.ceasefires().truceStatus(PAUSE_ID, FINAL_END).orElseThrow();
    assertThat(end.phase()).isEqualTo(TrucePhase.ENDED);
    assertThat(end.conditions()).containsExactly(ConditionStatus.MET, ConditionStatus.NOT_MET);
    // the same instant asked from New York, where it is still 30 November: same answer
    assertThat(
            chronicle.ceasefires().truceStatus(PAUSE_ID, FINAL_END.withZoneSameInstant(NEW_YORK)))
        .contains(end);
    assertThat(chronicle.ceasefires().trucesInForce(gaza(11, 25, 12, 0)))
        .containsExactly(GazaPauseStory.pause());
    assertThat(chronicle.ceasefires().trucesInForce(FINAL_END)).isEmpty();
    assertThat(chronicle.ceasefires().truceStatus(RecordId.of("truce:none"), FINAL_END)).isEmpty();
  }

  @Test
  void conditionWithoutCountIsMetOnceTheLinkedExchangeTookPlace() {
    Truce pause =
        GazaPauseStory.pauseBuilder()
            .addExtension(GazaPauseStory.twoDays().withCondition(ReleaseCondition.of(NOV_30)))
            .build();
    Chronicle c = Chronicle.builder().addRecords(pause, GazaPauseStory.nov30()).build();
    assertThat(c.ceasefires().truceStatus(PAUSE_ID, gaza(11, 29, 23, 0)).orElseThrow().conditions())
        .containsExactly(ConditionStatus.NOT_MET);
    assertThat(c.ceasefires().truceStatus(PAUSE_ID, gaza(11, 30, 0, 0)).orElseThrow().conditions())
        .containsExactly(ConditionStatus.MET);
    Truce unconditional =
        GazaPauseStory.pauseBuilder()
            .addExtension(
                TruceExtension.of(TimePoint.parse("2023-11-27"), TimePoint.parse("2023-11-29")))
            .build();
    assertThat(
            Chronicle.builder()
                .addRecords(unconditional)
                .build()
                .ceasefires()
                .truceStatus(PAUSE_ID, FINAL_END)
                .orElseThrow()
                .conditions())
        .containsExactly(ConditionStatus.UNCONDITIONAL);
  }

  @Test
  void unknownFiguresAndMissingLinksLeaveTheConditionUnknown() {
    Chronicle withoutExchanges = Chronicle.builder().addRecords(GazaPauseStory.pause()).build();
    assertThat(
            withoutExchanges
                .ceasefires()
                .truceStatus(PAUSE_ID, FINAL_END)
                .orElseThrow()
                .conditions())
        .containsExactly(ConditionStatus.UNKNOWN, ConditionStatus.UNKNOWN);
    assertThat(withoutExchanges.validate().findings())
        .filteredOn(f -> f.rule().equals("CHRONICLE_DANGLING_RECORD"))
        .hasSize(2);
    Chronicle unknownFigure =
        Chronicle.builder()
            .addRecords(
                GazaPauseStory.pause(),
                GazaPauseStory.nov30()
                    .withDirections(
                        dev.parley.exchange.Direction.of(
                            HAMAS, IL, dev.parley.exchange.ReleaseFigure.unknown())))
            .build();
    assertThat(
            unknownFigure.ceasefires().truceStatus(PAUSE_ID, FINAL_END).orElseThrow().conditions())
        .containsExactly(ConditionStatus.UNKNOWN, ConditionStatus.UNKNOWN);
  }

  @Test
  void reportsAConditionLinkedToARecordThatIsNotAnExchange() {
    Truce other =
        GazaPauseStory.pauseBuilder()
            .id(RecordId.of("truce:other"))
            .length(Optional.empty())
            .build();
    Truce linked =
        GazaPauseStory.pauseBuilder()
            .addExtension(GazaPauseStory.twoDays().withCondition(ReleaseCondition.of(other.id())))
            .build();
    Chronicle c =
        Chronicle.builder()
            .addParties(
                GazaPauseStory.israel(),
                GazaPauseStory.hamas(),
                Party.of(QA, "Qatar", PartyKind.STATE),
                Party.of(EG, "Egypt", PartyKind.STATE),
                Party.of(US, "United States", PartyKind.STATE))
            .addRecords(linked, other)
            .build();
    assertThat(c.validate().findings())
        .extracting(Finding::rule, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "TRUCE_CONDITION_NOT_EXCHANGE", PAUSE_ID + ".extensions[0].condition.exchange"));
    assertThat(TruceFindings.checkLinks(linked, Map.of(other.id(), RecordType.TRUCE)))
        .extracting(Finding::rule)
        .containsExactly("TRUCE_CONDITION_NOT_EXCHANGE");
    assertThat(
            TruceFindings.checkLinks(
                GazaPauseStory.pause(),
                Map.of(EXTENSION_DEAL_ID, RecordType.AGREEMENT, NOV_30, RecordType.EXCHANGE)))
        .isEmpty();
    assertThat(c.ceasefires().truceStatus(PAUSE_ID, FINAL_END).orElseThrow().conditions())
        .containsExactly(ConditionStatus.UNKNOWN);
  }
}
