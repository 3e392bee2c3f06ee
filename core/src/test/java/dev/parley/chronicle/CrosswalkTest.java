package dev.parley.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.ceasefire.LifecycleEventType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.ceasefire.Scope;
import dev.parley.ceasefire.TimePoint;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.incident.Incident;
import dev.parley.incident.TargetType;
import dev.parley.incident.WeaponType;
import dev.parley.negotiation.Delegation;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.negotiation.TalksFormat;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.territory.Assessment;
import dev.parley.territory.AssessmentStatus;
import dev.parley.territory.AssessorKind;
import dev.parley.territory.ClaimKind;
import dev.parley.territory.ClaimMeans;
import dev.parley.territory.ClaimSubject;
import dev.parley.territory.Controller;
import dev.parley.territory.TerritorialClaim;
import dev.parley.testing.ChronicleGen;
import dev.parley.testing.Laws;
import dev.parley.testing.ValueContract;
import dev.parley.time.ReportedDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The CAMEO and PLOVER crosswalk, row by row as docs/crosswalk.md documents it. */
class CrosswalkTest {
  private static final PartyId RU = PartyId.of("ru");
  private static final PartyId UA = PartyId.of("ua");
  private static final ReportedDate MAY_23 = ReportedDate.parse("2025-05-23");
  private static final ZonedDateTime NOON =
      ZonedDateTime.of(2025, 5, 23, 12, 0, 0, 0, ZoneId.of("Europe/Kyiv"));

  private static EventCode code(String path, String cameo, String type, String mode) {
    return EventCode.of(path, cameo, type, mode);
  }

  private static Exchange exchange(ExchangeStatus status) {
    return Exchange.builder()
        .id(RecordId.of("exchange:2025-05-23"))
        .date(MAY_23)
        .status(status)
        .addDirection(Direction.of(RU, UA, ReleaseFigure.of(390)))
        .build();
  }

  private static CeasefireProposal proposal(ProposalKind kind) {
    CeasefireProposal.Builder b =
        CeasefireProposal.builder()
            .id(RecordId.of("ceasefire:1"))
            .proposer(UA)
            .kind(kind)
            .scope(Scope.comprehensive())
            .date(MAY_23);
    if (kind == ProposalKind.PROPOSAL) {
      b.addAddressees(RU);
    }
    return b.build();
  }

  private static Response response(ResponseStance stance) {
    Response.Builder b = Response.builder().party(RU).date(MAY_23).stance(stance);
    if (stance == ResponseStance.ACCEPTED_WITH_CONDITIONS) {
      b.addCondition(Condition.precondition(ConditionType.NEUTRALITY, RU, "stay out of alliances"));
    }
    if (stance == ResponseStance.COUNTER_PROPOSAL) {
      b.counterProposal(RecordId.of("ceasefire:2"));
    }
    return b.build();
  }

  private static TerritorialClaim claim(ClaimKind kind) {
    return TerritorialClaim.builder()
        .id(RecordId.of("claim:rakivka"))
        .claimant(RU)
        .subject(ClaimSubject.place(PlaceId.of("ua:rakivka")))
        .kind(kind)
        .means(ClaimMeans.ARMED)
        .asOf(MAY_23)
        .addProvenance(Statement.claimedBy(RU))
        .build();
  }

  private static Incident incident(Optional<WeaponType> weapon) {
    return Incident.builder()
        .id(RecordId.of("incident:odesa"))
        .date(MAY_23)
        .place(PlaceId.of("ua:odesa"))
        .target(TargetType.PORT_INFRASTRUCTURE)
        .weapon(weapon)
        .build();
  }

  @Test
  void agreementIsASignedAgreement() {
    Agreement a =
        Agreement.builder().id(RecordId.of("agreement:1")).addSides(RU, UA).agreed(MAY_23).build();
    assertThat(Crosswalk.codes(a)).containsExactly(code("", "057", "AGREE", ""));
  }

  @Test
  void completedExchangeIsAReleaseAndAnAnnouncedOneAPromise() {
    assertThat(Crosswalk.codes(exchange(ExchangeStatus.COMPLETED)))
        .containsExactly(code("", "0841", "RETREAT", "release"));
    assertThat(Crosswalk.codes(exchange(ExchangeStatus.ANNOUNCED)))
        .containsExactly(code("", "0353", "CONCEDE", "release"));
    assertThat(Crosswalk.codes(exchange(ExchangeStatus.POSTPONED)))
        .containsExactly(code("", "0353", "CONCEDE", "release"));
    assertThat(Crosswalk.codes(exchange(ExchangeStatus.CANCELLED))).isEmpty();
  }

  @Test
  void negotiationRoundIsANegotiation() {
    NegotiationRound round =
        NegotiationRound.builder()
            .id(RecordId.of("talks:1"))
            .venue(PlaceId.of("tr:istanbul"))
            .date(MAY_23)
            .format(TalksFormat.DIRECT)
            .addDelegation(Delegation.of(RU))
            .addDelegation(Delegation.of(UA))
            .build();
    assertThat(Crosswalk.codes(round)).containsExactly(code("", "046", "CONSULT", ""));
  }

  @Test
  void proposalIsAVerbalConcessionAndADeclarationATruce() {
    assertThat(Crosswalk.codes(proposal(ProposalKind.PROPOSAL)))
        .containsExactly(code("", "0356", "CONCEDE", "ceasefire"));
    assertThat(Crosswalk.codes(proposal(ProposalKind.UNILATERAL_DECLARATION)))
        .containsExactly(code("", "0871", "RETREAT", "ceasefire"));
  }

  @Test
  void responsesAreCodedByStance() {
    assertThat(
            Crosswalk.codes(
                proposal(ProposalKind.PROPOSAL).withResponses(response(ResponseStance.ACCEPTED))))
        .endsWith(code("responses[0]", "0356", "AGREE", ""));
    assertThat(
            Crosswalk.codes(
                proposal(ProposalKind.PROPOSAL).withResponses(response(ResponseStance.REJECTED))))
        .endsWith(code("responses[0]", "1246", "REJECT", ""));
    assertThat(
            Crosswalk.codes(
                proposal(ProposalKind.PROPOSAL)
                    .withResponses(response(ResponseStance.ACCEPTED_WITH_CONDITIONS))))
        .containsExactly(
            code("", "0356", "CONCEDE", "ceasefire"),
            code("responses[0]", "0356", "AGREE", ""),
            code("responses[0].conditions[0]", "100", "DEMAND", ""));
    assertThat(
            Crosswalk.codes(
                proposal(ProposalKind.PROPOSAL)
                    .withResponses(response(ResponseStance.COUNTER_PROPOSAL))))
        .containsExactly(code("", "0356", "CONCEDE", "ceasefire"));
    assertThat(
            Crosswalk.codes(
                proposal(ProposalKind.PROPOSAL).withResponses(response(ResponseStance.NO_ANSWER))))
        .containsExactly(code("", "0356", "CONCEDE", "ceasefire"));
  }

  @Test
  void conditionsDemandedByOthersAreDemandsAndPrisonerReleaseIsADemandForRelease() {
    CeasefireProposal p =
        proposal(ProposalKind.PROPOSAL)
            .withConditions(
                Condition.term(ConditionType.MONITORING, UA, "international monitors"),
                Condition.precondition(ConditionType.PRISONER_RELEASE, RU, "exchange all for all"),
                Condition.precondition(
                    ConditionType.TERRITORIAL_CONCESSION, RU, "give up more land"));
    assertThat(Crosswalk.codes(p))
        .containsExactly(
            code("", "0356", "CONCEDE", "ceasefire"),
            code("conditions[1]", "1053", "DEMAND", "release"),
            code("conditions[2]", "100", "DEMAND", ""));
  }

  @Test
  void ceasefireInEffectIsATruceAndAnAllegedBreachAnAccusation() {
    CeasefireProposal declared =
        proposal(ProposalKind.UNILATERAL_DECLARATION)
            .withEvents(
                LifecycleEvent.of(LifecycleEventType.IN_EFFECT, TimePoint.of(NOON)),
                LifecycleEvent.breachAlleged(TimePoint.of(NOON.plusHours(3)), RU, UA),
                LifecycleEvent.of(LifecycleEventType.TERMINATED, TimePoint.of(NOON.plusHours(5))));
    assertThat(Crosswalk.codes(declared))
        .containsExactly(
            code("", "0871", "RETREAT", "ceasefire"),
            code("events[0]", "0871", "RETREAT", "ceasefire"),
            code("events[1]", "196", "ACCUSE", ""));
    assertThat(Crosswalk.code(LifecycleEventType.BREACH_ALLEGED).map(EventCode::cameo))
        .contains("196");
  }

  @Test
  void claimedCaptureIsAnOccupationAndAClaimedLossARetreat() {
    for (ClaimKind kind : List.of(ClaimKind.CAPTURED, ClaimKind.ANNEXED, ClaimKind.LIBERATED)) {
      assertThat(Crosswalk.codes(claim(kind)))
          .as("%s", kind)
          .containsExactly(code("", "192", "COERCE", "seize"));
    }
    for (ClaimKind kind : List.of(ClaimKind.LOST, ClaimKind.WITHDREW)) {
      assertThat(Crosswalk.codes(claim(kind)))
          .as("%s", kind)
          .containsExactly(code("", "0874", "RETREAT", "withdraw"));
    }
    assertThat(Crosswalk.codes(claim(ClaimKind.HOLDS))).isEmpty();
  }

  @Test
  void assessmentHasNoEventCode() {
    Assessment a =
        Assessment.builder()
            .id(RecordId.of("assessment:1"))
            .assessor(PartyId.of("isw"))
            .assessorKind(AssessorKind.RESEARCH_GROUP)
            .claim(RecordId.of("claim:rakivka"))
            .status(AssessmentStatus.CONFIRMED)
            .controller(Controller.party(RU))
            .date(MAY_23)
            .build();
    assertThat(Crosswalk.codes(a)).isEmpty();
  }

  @Test
  void incidentIsAnAssaultCodedByWeapon() {
    assertThat(Crosswalk.codes(incident(Optional.of(WeaponType.MISSILE))))
        .containsExactly(code("", "195", "ASSAULT", "aerial"));
    assertThat(Crosswalk.codes(incident(Optional.of(WeaponType.DRONE))))
        .containsExactly(code("", "195", "ASSAULT", "aerial"));
    assertThat(Crosswalk.codes(incident(Optional.of(WeaponType.AERIAL_BOMB))))
        .containsExactly(code("", "195", "ASSAULT", "aerial"));
    assertThat(Crosswalk.codes(incident(Optional.of(WeaponType.ARTILLERY))))
        .containsExactly(code("", "194", "ASSAULT", ""));
    assertThat(Crosswalk.codes(incident(Optional.of(WeaponType.SMALL_ARMS))))
        .containsExactly(code("", "193", "ASSAULT", "firearms"));
    assertThat(Crosswalk.codes(incident(Optional.of(WeaponType.EXPLOSIVE_DEVICE))))
        .containsExactly(code("", "190", "ASSAULT", "explosives"));
    assertThat(Crosswalk.codes(incident(Optional.of(WeaponType.OTHER))))
        .containsExactly(code("", "190", "ASSAULT", ""));
    assertThat(Crosswalk.codes(incident(Optional.empty())))
        .containsExactly(code("", "190", "ASSAULT", ""));
  }

  @Test
  void everyGeneratedRecordsOwnCodeIsTheTableRowOfItsDecidingValue() {
    Laws.qt()
        .forAll(ChronicleGen.chronicles(20))
        .checkAssert(
            c -> {
              for (ChronicleRecord r : c.records()) {
                List<EventCode> codes = Crosswalk.codes(r);
                Optional<EventCode> own =
                    codes.stream().filter(e -> e.path().isEmpty()).findFirst();
                assertThat(codes)
                    .allMatch(e -> e.ploverType().isPresent(), "every code has a PLOVER type");
                assertThat(codes.stream().filter(e -> e.path().isEmpty()).count())
                    .isLessThanOrEqualTo(1);
                if (r instanceof Exchange e) {
                  assertThat(own).isEqualTo(Crosswalk.code(e.status()));
                } else if (r instanceof CeasefireProposal p) {
                  assertThat(own).isEqualTo(Crosswalk.code(p.kind()));
                  assertThat(codes.stream().filter(x -> x.path().startsWith("events[")).count())
                      .isEqualTo(
                          p.events().stream()
                              .filter(
                                  ev ->
                                      ev.type() == LifecycleEventType.IN_EFFECT
                                          || ev.type() == LifecycleEventType.BREACH_ALLEGED)
                              .count());
                } else if (r instanceof TerritorialClaim t) {
                  assertThat(own).isEqualTo(Crosswalk.code(t.kind()));
                } else if (r instanceof Incident i) {
                  assertThat(own)
                      .isEqualTo(
                          Crosswalk.code(
                              i.weapon().<Enum<?>>map(w -> w).orElse(RecordType.INCIDENT)));
                } else if (r instanceof Assessment) {
                  assertThat(codes).isEmpty();
                } else {
                  assertThat(own).isEqualTo(Crosswalk.code(r.recordType()));
                }
              }
            });
  }

  /** The key enums of the table: every constant of each has a row in docs/crosswalk.md. */
  private static final List<Class<? extends Enum<?>>> KEYS =
      List.of(
          RecordType.class,
          ExchangeStatus.class,
          ProposalKind.class,
          ResponseStance.class,
          ConditionType.class,
          LifecycleEventType.class,
          ClaimKind.class,
          WeaponType.class);

  @Test
  void docsTableIsTheCodeTable() throws IOException {
    Map<String, String> documented = new LinkedHashMap<>();
    Pattern row = Pattern.compile("^\\| `(\\w+)\\.(\\w+)` \\| (.*)$");
    for (String line : Files.readAllLines(docs())) {
      Matcher m = row.matcher(line);
      if (m.matches()) {
        List<String> cells = Arrays.stream(m.group(3).split("\\|", -1)).map(String::strip).toList();
        String cameo = cells.get(0).replace("`", "");
        documented.put(
            m.group(1) + "." + m.group(2),
            cameo.equals("none") ? "none" : code("", cameo, cells.get(2), cells.get(3)).toString());
      }
    }
    Map<String, String> expected = new LinkedHashMap<>();
    for (Class<? extends Enum<?>> k : KEYS) {
      for (Enum<?> constant : k.getEnumConstants()) {
        expected.put(
            k.getSimpleName() + "." + constant.name(),
            Crosswalk.code(constant).map(EventCode::toString).orElse("none"));
      }
    }
    assertThat(documented)
        .as("rows of docs/crosswalk.md, by key")
        .containsExactlyEntriesOf(expected);
    assertThat(Crosswalk.table().keySet()).allMatch(key -> KEYS.contains(key.getDeclaringClass()));
  }

  private static Path docs() {
    Path here = Paths.get("").toAbsolutePath();
    while (here != null && !Files.exists(here.resolve("docs/crosswalk.md"))) {
      here = here.getParent();
    }
    assertThat(here).as("project root with docs/crosswalk.md").isNotNull();
    return here.resolve("docs/crosswalk.md");
  }

  @Test
  void eventCodeReadsAsCameoThenPlover() {
    assertThat(code("", "0841", "RETREAT", "release"))
        .hasToString("CAMEO 0841 / PLOVER RETREAT (release)");
    assertThat(code("events[1]", "196", "ACCUSE", ""))
        .hasToString("events[1]: CAMEO 196 / PLOVER ACCUSE");
    assertThat(code("", "190", "", "").ploverType()).isEmpty();
    ValueContract.check(
        EventCode.class,
        List.of(code("", "0841", "RETREAT", "release"), code("", "0841", "RETREAT", "release")),
        List.of(code("", "0353", "CONCEDE", "release")),
        List.of(code("responses[0]", "0353", "CONCEDE", "release")));
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> Crosswalk.codes(null)).isInstanceOf(NullPointerException.class);
    ValueContract.nullTester().testAllPublicStaticMethods(Crosswalk.class);
  }
}
