package dev.parley.ceasefire;

import static dev.parley.ceasefire.CeasefireProposalTest.KYIV;
import static dev.parley.ceasefire.CeasefireProposalTest.RU;
import static dev.parley.ceasefire.CeasefireProposalTest.UA;
import static dev.parley.ceasefire.CeasefireProposalTest.event;
import static dev.parley.ceasefire.CeasefireProposalTest.noon;
import static dev.parley.ceasefire.CeasefireProposalTest.offer;
import static dev.parley.ceasefire.CeasefireProposalTest.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.estimate.Estimate;
import dev.parley.negotiation.Delegation;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.negotiation.TalksFormat;
import dev.parley.place.PlaceId;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import dev.parley.time.TimeWindow;
import dev.parley.validation.InvalidValueException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Rule checks never run a derived computation on attributes that already broke a rule, and the
 * supported span of time (0001-01-01 to 9999-12-31, durations no longer than that) keeps every
 * derived computation representable.
 */
class DerivedChecksTest {

  private static void rejectsWith(ThrowingCallable build, String code, String path) {
    assertThatThrownBy(build)
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
  void aNegativeDurationWithALifecycleIsRejectedNamingTheDurationNotCrashingInTheLifecycle() {
    CeasefireProposal.Builder b =
        offer()
            .duration(Duration.ofDays(-30))
            .addEvent(event(LifecycleEventType.IN_EFFECT, "2025-03-15"));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("CEASEFIRE_DURATION_NOT_POSITIVE"));
  }

  @Test
  void eventsOutOfOrderAreReportedWithoutReplayingTheLifecycleOverThem() {
    CeasefireProposal.Builder b =
        offer()
            .addEvent(event(LifecycleEventType.IN_EFFECT, "2025-03-20"))
            .addEvent(event(LifecycleEventType.TERMINATED, "2025-03-16"));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("CEASEFIRE_EVENT_ORDER"));
  }

  @Test
  void aLegalLifecycleIsStillCheckedWhenTheOtherAttributesPass() {
    rejects(
        offer().addEvent(event(LifecycleEventType.TERMINATED, "2025-03-16")),
        "CEASEFIRE_TRANSITION_ILLEGAL",
        "events[0].type");
  }

  @Test
  void aDurationLongerThanTheSupportedSpanIsRejected() {
    rejects(
        offer()
            .duration(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999))
            .addEvent(event(LifecycleEventType.IN_EFFECT, "2025-03-15")),
        "DURATION_OUT_OF_RANGE",
        "duration");
    rejectsWith(
        () -> LifecycleEvent.extended(TimePoint.parse("2025-03-20"), Duration.ofDays(4_000_000)),
        "DURATION_OUT_OF_RANGE",
        "extendedBy");
    rejectsWith(
        () -> talks().duration(Duration.ofDays(-1).multipliedBy(4_000_000)).build(),
        "DURATION_OUT_OF_RANGE",
        "duration");
  }

  @Test
  void aVeryLongTermThatEndsBeyondTheSupportedSpanNeverExpires() {
    // A "permanent" truce recorded as a 9,000-year term: it ends after 9999-12-31.
    CeasefireProposal p =
        offer()
            .duration(Duration.ofDays(365L * 9000))
            .proposedStart(TimePoint.of(noon("2025-03-15")))
            .addEvent(event(LifecycleEventType.IN_EFFECT, "2025-03-15"))
            .build();
    assertThat(p.statusAt(noon("2999-01-01"))).contains(CeasefireStatus.IN_EFFECT);
    assertThat(p.proposedWindow()).hasValueSatisfying(w -> assertThat(w.end()).isEmpty());
    // A 30-day term keeps its end.
    assertThat(offer().proposedStart(TimePoint.of(noon("2025-03-15"))).build().proposedWindow())
        .hasValueSatisfying(w -> assertThat(w.duration()).contains(Duration.ofDays(30)));
  }

  @Test
  void daysOutsideTheSupportedSpanAreRejected() {
    rejectsWith(() -> ReportedDate.ofDay(LocalDate.of(10_000, 1, 1)), "DATE_OUT_OF_RANGE", "start");
    rejectsWith(() -> ReportedDate.ofWeekContaining(LocalDate.MAX), "DATE_OUT_OF_RANGE", "start");
    rejectsWith(() -> ReportedDate.ofWeekContaining(LocalDate.MIN), "DATE_OUT_OF_RANGE", "start");
    rejectsWith(
        () -> ReportedDate.between(LocalDate.of(2025, 1, 1), LocalDate.MAX),
        "DATE_OUT_OF_RANGE",
        "end");
    rejectsWith(() -> ReportedDate.parse("0000-05-01"), "DATE_OUT_OF_RANGE", "start");
    // The ends of the span themselves are supported.
    assertThat(ReportedDate.parse("0001-01-01").start()).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(ReportedDate.parse("9999-12-31").end()).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void instantsOutsideTheSupportedSpanAreRejected() {
    ZonedDateTime far = ZonedDateTime.of(12_000, 1, 1, 0, 0, 0, 0, KYIV);
    rejectsWith(() -> TimePoint.of(far), "TIME_OUT_OF_RANGE", "dateTime");
    rejectsWith(() -> TimeWindow.startingAt(far), "TIME_OUT_OF_RANGE", "start");
    rejectsWith(() -> TimeWindow.of(noon("2025-03-15"), far), "TIME_OUT_OF_RANGE", "end");
    rejectsWith(
        () -> TimeWindow.of(noon("2025-03-15"), Duration.ofSeconds(Long.MAX_VALUE)),
        "DURATION_OUT_OF_RANGE",
        "end");
    assertThat(TimeWindow.of(noon("2025-03-15"), Duration.ofDays(30)).duration())
        .contains(Duration.ofDays(30));
  }

  @Test
  void sumsOfTheLargestFiguresStayTrueInsteadOfOverflowing() {
    Estimate huge = Estimate.exact(Long.MAX_VALUE - 1);
    assertThat(huge.plus(Estimate.exact(5))).isEqualTo(Estimate.atLeast(Long.MAX_VALUE));
    assertThat(Estimate.range(5, Long.MAX_VALUE - 1).plus(Estimate.range(1, 10)))
        .isEqualTo(Estimate.atLeast(6));
    assertThat(Estimate.range(5, Long.MAX_VALUE - 2, Long.MAX_VALUE - 1).plus(Estimate.exact(1)))
        .isEqualTo(Estimate.atLeast(6));
    // Ordinary sums are unchanged.
    assertThat(Estimate.range(1, 2, 3).plus(Estimate.range(10, 20, 30)))
        .isEqualTo(Estimate.range(11, 22, 33));
    assertThat(Estimate.exact(390).plus(Estimate.exact(610))).isEqualTo(Estimate.exact(1000));
  }

  private static NegotiationRound.Builder talks() {
    return NegotiationRound.builder()
        .id(RecordId.of("talks:istanbul"))
        .venue(PlaceId.of("tr:istanbul"))
        .date(ReportedDate.parse("2025-05-16"))
        .format(TalksFormat.DIRECT)
        .addDelegation(Delegation.of(RU))
        .addDelegation(Delegation.of(UA));
  }
}
