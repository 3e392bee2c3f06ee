package dev.parley.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.chronicle.Crosswalk;
import dev.parley.chronicle.EventCode;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.record.RecordId;
import dev.parley.testing.CeasefireGen;
import dev.parley.testing.ValueContract;
import dev.parley.time.ReportedDate;
import dev.parley.validation.InvalidValueException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Rules and value contracts of the ceasefire values nested in a proposal. */
class CeasefireValuesTest {
  static final PartyId RU = PartyId.of("ru");
  static final ReportedDate DAY = ReportedDate.parse("2025-05-16");
  static final TimePoint AT = TimePoint.parse("2025-04-20");

  static void rejects(Executable build, String code, String path) {
    assertThatThrownBy(build::execute)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly(code);
              assertThat(e.violations().get(0).path()).isEqualTo(path);
            });
  }

  @Test
  void rejectsBlankConditionText() {
    rejects(
        () -> Condition.precondition(ConditionType.DISARMAMENT, RU, "  "),
        "CEASEFIRE_TEXT_BLANK",
        "text");
    assertThat(Condition.term(ConditionType.MONITORING, RU, "OSCE monitors").isPrecondition())
        .isFalse();
  }

  @Test
  void rejectsFrontSectorWithoutArea() {
    rejects(
        () -> Scope.partial(ScopeDomain.FRONT_SECTOR), "CEASEFIRE_SCOPE_AREA_MISSING", "places");
    Scope kharkiv =
        Scope.builder()
            .domain(ScopeDomain.FRONT_SECTOR)
            .addRegion(RegionCode.parse("UA-63"))
            .build();
    assertThat(kharkiv.isComprehensive()).isFalse();
    assertThat(kharkiv.toString()).isEqualTo("front_sector [] [UA-63]");
  }

  @Test
  void rejectsComprehensiveScopeLimitedToPlaces() {
    rejects(
        () -> Scope.builder().addPlace(PlaceId.of("odesa-port")).build(),
        "CEASEFIRE_SCOPE_COMPREHENSIVE_LIMITED",
        "domain");
    assertThat(Scope.comprehensive().isComprehensive()).isTrue();
  }

  @Test
  void rejectsOtherScopeWithoutDescription() {
    rejects(() -> Scope.partial(ScopeDomain.OTHER), "CEASEFIRE_SCOPE_UNDESCRIBED", "description");
    rejects(
        () -> Scope.builder().domain(ScopeDomain.MARITIME).description("").build(),
        "CEASEFIRE_TEXT_BLANK",
        "description");
    assertThat(
            Scope.builder()
                .domain(ScopeDomain.OTHER)
                .description("no strikes on rail")
                .build()
                .description())
        .contains("no strikes on rail");
  }

  @Test
  void rejectsConditionalAcceptanceWithoutConditions() {
    rejects(
        () -> Response.of(RU, DAY, ResponseStance.ACCEPTED_WITH_CONDITIONS),
        "CEASEFIRE_CONDITIONS_MISSING",
        "conditions");
  }

  @Test
  void rejectsCounterProposalPointingNowhere() {
    rejects(
        () -> Response.of(RU, DAY, ResponseStance.COUNTER_PROPOSAL),
        "CEASEFIRE_COUNTER_PROPOSAL_MISSING",
        "counterProposal");
  }

  @Test
  void rejectsRejectionPointingToACounterProposal() {
    rejects(
        () ->
            Response.builder()
                .party(RU)
                .date(DAY)
                .stance(ResponseStance.REJECTED)
                .counterProposal(RecordId.of("ceasefire:x"))
                .build(),
        "CEASEFIRE_COUNTER_PROPOSAL_UNEXPECTED",
        "counterProposal");
  }

  @Test
  void rejectsBreachWithoutAlleger() {
    rejects(
        () -> LifecycleEvent.of(LifecycleEventType.BREACH_ALLEGED, AT),
        "CEASEFIRE_BREACH_ALLEGER_MISSING",
        "party");
  }

  @Test
  void rejectsExtensionDurationOnOtherEvents() {
    rejects(
        () ->
            LifecycleEvent.builder()
                .type(LifecycleEventType.IN_EFFECT)
                .time(AT)
                .extendedBy(Duration.ofDays(1))
                .build(),
        "CEASEFIRE_EXTENSION_MISPLACED",
        "extendedBy");
  }

  @Test
  void rejectsNonPositiveExtension() {
    rejects(
        () -> LifecycleEvent.extended(AT, Duration.ZERO),
        "CEASEFIRE_DURATION_NOT_POSITIVE",
        "extendedBy");
    rejects(
        () -> LifecycleEvent.builder().type(LifecycleEventType.EXPIRED).time(AT).note(" ").build(),
        "CEASEFIRE_TEXT_BLANK",
        "note");
  }

  @Test
  void cameoCodesOfStancesAndEvents() {
    assertThat(cameo(ResponseStance.ACCEPTED)).contains("0356");
    assertThat(cameo(ResponseStance.COUNTER_PROPOSAL)).isEmpty();
    assertThat(cameo(LifecycleEventType.EXPIRED)).isEmpty();
    assertThat(cameo(ProposalKind.UNILATERAL_DECLARATION)).contains("0871");
  }

  private static java.util.Optional<String> cameo(Enum<?> key) {
    return Crosswalk.code(key).map(EventCode::cameo);
  }

  @Test
  void valueContracts() {
    Condition land =
        Condition.precondition(ConditionType.TERRITORIAL_CONCESSION, RU, "give up more land");
    ValueContract.check(
        Condition.class,
        List.of(
            land,
            Condition.of(
                ConditionType.TERRITORIAL_CONCESSION,
                RU,
                "give up more land",
                ConditionTiming.PRECONDITION)),
        List.of(Condition.term(ConditionType.TERRITORIAL_CONCESSION, RU, "give up more land")));
    ValueContract.check(
        Scope.class,
        List.of(Scope.comprehensive(), Scope.builder().build()),
        List.of(Scope.partial(ScopeDomain.ENERGY_INFRASTRUCTURE)));
    ValueContract.check(
        Response.class,
        List.of(
            Response.of(RU, DAY, ResponseStance.REJECTED),
            Response.builder().party(RU).date(DAY).stance(ResponseStance.REJECTED).build()),
        List.of(Response.of(RU, DAY, ResponseStance.ACCEPTED)));
    ValueContract.check(
        LifecycleEvent.class,
        List.of(
            LifecycleEvent.of(LifecycleEventType.IN_EFFECT, AT),
            LifecycleEvent.builder().type(LifecycleEventType.IN_EFFECT).time(AT).build()),
        List.of(LifecycleEvent.breachAlleged(AT, RU, PartyId.of("ua"))));
    ValueContract.check(
        DemandedCondition.class,
        List.of(
            DemandedCondition.of(RecordId.of("a"), land, DAY, true),
            DemandedCondition.of(RecordId.of("a"), land, DAY, true)),
        List.of(DemandedCondition.of(RecordId.of("a"), land, DAY, false)));
    CeasefireProposal seed = SeedCeasefireTest.ukrainianOffer();
    ValueContract.check(
        CeasefireProposal.class,
        List.of(seed, CeasefireProposal.builder().from(seed).build()),
        List.of(SeedCeasefireTest.russianCounter()),
        List.of(CeasefireGen.proposal(42)));
    ZonedDateTime start = ZonedDateTime.of(2025, 4, 19, 18, 0, 0, 0, ZoneId.of("Europe/Moscow"));
    ValueContract.check(
        TimePoint.class,
        List.of(TimePoint.of(start), TimePoint.parse(start.toString())),
        List.of(TimePoint.of(start.withZoneSameInstant(ZoneId.of("Europe/Kyiv")))),
        List.of(TimePoint.ofDay(start.toLocalDate()), TimePoint.parse("2025-04-19")));
  }
}
