package dev.parley.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.ceasefire.Scope;
import dev.parley.estimate.Estimate;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.Quota;
import dev.parley.exchange.ReleaseCategory;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.incident.Attribution;
import dev.parley.incident.Incident;
import dev.parley.incident.Perpetrator;
import dev.parley.incident.TargetType;
import dev.parley.negotiation.Delegation;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.negotiation.TalksFormat;
import dev.parley.party.Participant;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.party.Role;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.territory.Assessment;
import dev.parley.territory.AssessmentStatus;
import dev.parley.territory.AssessorKind;
import dev.parley.territory.ClaimKind;
import dev.parley.territory.ClaimMeans;
import dev.parley.territory.ClaimSubject;
import dev.parley.territory.Controller;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Finding;
import dev.parley.validation.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A clean chronicle, and the same chronicle with one planted defect per cross-record rule the
 * chronicle reports: each defect yields exactly its finding, alone and all together.
 */
class ChronicleFindingsTest {
  private static final PartyId RU = PartyId.of("ru");
  private static final PartyId UA = PartyId.of("ua");
  private static final PartyId TR = PartyId.of("tr");
  private static final PartyId ISW = PartyId.of("isw");

  private static final List<Party> PARTIES =
      List.of(
          Party.of(RU, "Russia", PartyKind.STATE),
          Party.of(UA, "Ukraine", PartyKind.STATE),
          Party.of(TR, "Turkey", PartyKind.STATE),
          Party.of(ISW, "Institute for the Study of War", PartyKind.INTERNATIONAL_ORGANISATION),
          Party.builder()
              .id(PartyId.of("ua:umerov"))
              .name("Rustem Umerov")
              .kind(PartyKind.PERSON)
              .actingFor(UA)
              .build());

  private static final PlaceId RAKIVKA = PlaceId.of("ua:rakivka");
  private static final PlaceId ODESA = PlaceId.of("ua:odesa");
  private static final PlaceId ISTANBUL = PlaceId.of("tr:istanbul");

  private static final List<Place> PLACES =
      List.of(
          place(RAKIVKA, "Rakivka", "UA", "UA-63"),
          place(ODESA, "Odesa", "UA", "UA-51"),
          place(ISTANBUL, "Istanbul", "TR", "TR-34"));

  private static Place place(PlaceId id, String name, String country, String region) {
    return Place.builder()
        .id(id)
        .name(name)
        .country(CountryCode.of(country))
        .region(RegionCode.parse(region))
        .precision(LocationPrecision.SETTLEMENT)
        .build();
  }

  private static RecordId id(String text) {
    return RecordId.of(text);
  }

  private static ReportedDate day(String text) {
    return ReportedDate.parse(text);
  }

  private static Agreement agreement(String id, String agreed) {
    return Agreement.builder().id(id(id)).addSides(RU, UA).agreed(day(agreed)).build();
  }

  private static Exchange tranche(String id, String agreement, String date, long toUa, long toRu) {
    return Exchange.builder()
        .id(id(id))
        .agreement(id(agreement))
        .date(day(date))
        .status(ExchangeStatus.COMPLETED)
        .addDirection(Direction.of(RU, UA, ReleaseFigure.of(toUa)))
        .addDirection(Direction.of(UA, RU, ReleaseFigure.of(toRu)))
        .build();
  }

  private static Assessment assessment(
      String id, PartyId assessor, AssessmentStatus status, String date) {
    return Assessment.builder()
        .id(id(id))
        .assessor(assessor)
        .assessorKind(assessor.equals(ISW) ? AssessorKind.RESEARCH_GROUP : AssessorKind.PARTY)
        .claim(id("claim:clean"))
        .status(status)
        .controller(Controller.party(RU))
        .date(day(date))
        .build();
  }

  private static CeasefireProposal proposal(
      String id, PartyId proposer, PartyId addressee, String date) {
    return CeasefireProposal.builder()
        .id(id(id))
        .proposer(proposer)
        .addAddressees(addressee)
        .kind(ProposalKind.PROPOSAL)
        .scope(Scope.comprehensive())
        .date(day(date))
        .build();
  }

  private static Incident incident(String id, PlaceId place) {
    return Incident.builder()
        .id(id(id))
        .date(day("2025-05-23"))
        .place(place)
        .target(TargetType.PORT_INFRASTRUCTURE)
        .build();
  }

  private static final TerritorialClaim CLAIM =
      TerritorialClaim.builder()
          .id(id("claim:clean"))
          .claimant(RU)
          .subject(ClaimSubject.place(RAKIVKA))
          .kind(ClaimKind.CAPTURED)
          .means(ClaimMeans.ARMED)
          .asOf(day("2025-05-20"))
          .addProvenance(Statement.claimedBy(RU))
          .build();

  /** One of each record type, every reference resolving and every area rule passing. */
  private static List<ChronicleRecord> cleanRecords() {
    return List.of(
        NegotiationRound.builder()
            .id(id("talks:istanbul"))
            .venue(ISTANBUL)
            .date(day("2025-05-16"))
            .format(TalksFormat.MEDIATED)
            .addDelegation(Delegation.of(RU))
            .addDelegation(Delegation.of(UA))
            .addParticipant(Participant.of(TR, Role.MEDIATOR))
            .addOutcome(id("agreement:clean"))
            .build(),
        Agreement.builder()
            .id(id("agreement:clean"))
            .addSides(RU, UA)
            .agreed(day("2025-05-16"))
            .negotiationRound(id("talks:istanbul"))
            .venue(ISTANBUL)
            .parity(true)
            .addQuotas(Quota.of(RU, 1000), Quota.of(UA, 1000))
            .target(day("2025-05-16/2025-06-30"))
            .build(),
        tranche("exchange:clean-1", "agreement:clean", "2025-05-23", 390, 390).withTrancheNumber(1),
        tranche("exchange:clean-2", "agreement:clean", "2025-05-24", 307, 307).withTrancheNumber(2),
        proposal("ceasefire:clean", UA, RU, "2025-05-10")
            .withResponses(
                Response.builder()
                    .party(RU)
                    .date(day("2025-05-11"))
                    .stance(ResponseStance.COUNTER_PROPOSAL)
                    .counterProposal(id("counter:clean"))
                    .build()),
        proposal("counter:clean", RU, UA, "2025-05-11"),
        CLAIM,
        assessment("assessment:clean", ISW, AssessmentStatus.CONFIRMED, "2025-05-22")
            .withPlace(RAKIVKA),
        incident("incident:clean", ODESA)
            .withPerpetrator(Perpetrator.of(RU, Attribution.ATTRIBUTED)),
        truce("truce:clean", id("agreement:clean")));
  }

  /** A three-day truce through Turkiye, extended against releases linked to a record. */
  private static dev.parley.ceasefire.Truce truce(String id, RecordId linked) {
    return dev.parley.ceasefire.Truce.builder()
        .id(id(id))
        .addParties(RU, UA)
        .addMediator(TR)
        .announced(dev.parley.ceasefire.TimePoint.parse("2025-05-16"))
        .zone(java.time.ZoneId.of("Europe/Kyiv"))
        .inForce(java.time.LocalDateTime.of(2025, 5, 20, 0, 0))
        .length(java.time.Duration.ofDays(3))
        .addExtension(
            dev.parley.ceasefire.TruceExtension.builder()
                .announced(dev.parley.ceasefire.TimePoint.parse("2025-05-22"))
                .end(dev.parley.ceasefire.TimePoint.parse("2025-05-25"))
                .condition(dev.parley.ceasefire.ReleaseCondition.of(linked, RU, 390))
                .build())
        .build();
  }

  private static Chronicle chronicle(List<ChronicleRecord> extra) {
    return Chronicle.builder()
        .addAllParties(PARTIES)
        .addAllPlaces(PLACES)
        .addAllRecords(cleanRecords())
        .addAllRecords(extra)
        .build();
  }

  /** A planted defect: the records that plant it and the one finding it must yield. */
  private record Defect(List<ChronicleRecord> records, Tuple finding) {}

  private static Tuple error(String rule, String path) {
    return tuple(rule, Severity.ERROR, path);
  }

  private static Tuple warning(String rule, String path) {
    return tuple(rule, Severity.WARNING, path);
  }

  private static Map<String, Defect> defects() {
    Map<String, Defect> d = new LinkedHashMap<>();
    d.put(
        "CHRONICLE_DUPLICATE_ID",
        new Defect(
            List.of(
                incident("incident:clean", ODESA)
                    .withTarget(TargetType.RESIDENTIAL)
                    .withPerpetrator(Perpetrator.of(RU, Attribution.ATTRIBUTED))),
            error("CHRONICLE_DUPLICATE_ID", "incident:clean")));
    d.put(
        "CHRONICLE_DANGLING_PARTY",
        new Defect(
            List.of(
                incident("incident:unknown-party", ODESA)
                    .withPerpetrator(Perpetrator.of(PartyId.of("by"), Attribution.CLAIMED))),
            error("CHRONICLE_DANGLING_PARTY", "incident:unknown-party")));
    d.put(
        "CHRONICLE_DANGLING_PLACE",
        new Defect(
            List.of(incident("incident:unknown-place", PlaceId.of("ua:nowhere"))),
            error("CHRONICLE_DANGLING_PLACE", "incident:unknown-place")));
    d.put(
        "CHRONICLE_DANGLING_RECORD",
        new Defect(
            List.of(
                assessment(
                        "assessment:unknown-claim", ISW, AssessmentStatus.UNVERIFIED, "2025-05-22")
                    .withClaim(id("claim:ghost"))),
            error("CHRONICLE_DANGLING_RECORD", "assessment:unknown-claim")));
    d.put(
        "EXCHANGE_TRANCHE_BEFORE_AGREEMENT",
        new Defect(
            List.of(
                agreement("agreement:june", "2025-06-01"),
                tranche("exchange:early", "agreement:june", "2025-05-30", 5, 5)),
            error("EXCHANGE_TRANCHE_BEFORE_AGREEMENT", "exchange:early.date")));
    d.put(
        "EXCHANGE_DIRECTION_NOT_IN_AGREEMENT",
        new Defect(
            List.of(
                agreement("agreement:pair", "2025-06-01"),
                Exchange.builder()
                    .id(id("exchange:to-tr"))
                    .agreement(id("agreement:pair"))
                    .date(day("2025-06-02"))
                    .status(ExchangeStatus.COMPLETED)
                    .addDirection(Direction.of(RU, TR, ReleaseFigure.of(3)))
                    .build()),
            error("EXCHANGE_DIRECTION_NOT_IN_AGREEMENT", "exchange:to-tr.directions[0]")));
    d.put(
        "EXCHANGE_TRANCHE_NUMBER_DUPLICATE",
        new Defect(
            List.of(
                agreement("agreement:dup", "2025-06-01"),
                tranche("exchange:dup-a", "agreement:dup", "2025-06-05", 5, 5).withTrancheNumber(1),
                tranche("exchange:dup-b", "agreement:dup", "2025-06-06", 5, 5)
                    .withTrancheNumber(1)),
            error("EXCHANGE_TRANCHE_NUMBER_DUPLICATE", "exchange:dup-b.trancheNumber")));
    d.put(
        "EXCHANGE_TRANCHE_NUMBER_ORDER",
        new Defect(
            List.of(
                agreement("agreement:order", "2025-06-01"),
                tranche("exchange:order-2", "agreement:order", "2025-06-10", 5, 5)
                    .withTrancheNumber(2),
                tranche("exchange:order-3", "agreement:order", "2025-06-08", 5, 5)
                    .withTrancheNumber(3)),
            error("EXCHANGE_TRANCHE_NUMBER_ORDER", "exchange:order-3.trancheNumber")));
    d.put(
        "EXCHANGE_PARITY_IMBALANCE",
        new Defect(
            List.of(
                agreement("agreement:parity", "2025-06-01")
                    .withParity(true)
                    .withQuotas(Quota.of(RU, 100), Quota.of(UA, 100)),
                tranche("exchange:uneven", "agreement:parity", "2025-06-02", 10, 20)),
            warning("EXCHANGE_PARITY_IMBALANCE", "exchange:uneven.directions")));
    d.put(
        "EXCHANGE_QUOTA_OVERFULFILLED",
        new Defect(
            List.of(
                agreement("agreement:quota", "2025-06-01").withQuotas(Quota.of(RU, 5)),
                tranche("exchange:over", "agreement:quota", "2025-06-02", 10, 10)),
            warning("EXCHANGE_QUOTA_OVERFULFILLED", "agreement:quota.quotas[0]")));
    d.put(
        "EXCHANGE_QUOTA_NOT_NUMERIC",
        new Defect(
            List.of(
                agreement("agreement:wounded", "2025-06-01")
                    .withQuotas(
                        Quota.all(RU, ReleaseCategory.WOUNDED_OR_SICK, "all seriously wounded")),
                tranche("exchange:wounded", "agreement:wounded", "2025-06-02", 10, 10)),
            warning("EXCHANGE_QUOTA_NOT_NUMERIC", "agreement:wounded.quotas[0]")));
    d.put(
        "EXCHANGE_TRANCHE_AFTER_TARGET",
        new Defect(
            List.of(
                agreement("agreement:target", "2025-06-01")
                    .withTarget(day("2025-06-01/2025-06-10")),
                tranche("exchange:late", "agreement:target", "2025-06-20", 10, 10)),
            warning("EXCHANGE_TRANCHE_AFTER_TARGET", "exchange:late.date")));
    d.put(
        "CEASEFIRE_COUNTER_PROPOSAL_PARTIES",
        new Defect(
            List.of(
                proposal("ceasefire:offer", UA, RU, "2025-06-01")
                    .withResponses(
                        Response.builder()
                            .party(RU)
                            .date(day("2025-06-02"))
                            .stance(ResponseStance.COUNTER_PROPOSAL)
                            .counterProposal(id("counter:to-tr"))
                            .build()),
                proposal("counter:to-tr", RU, TR, "2025-06-02")),
            warning(
                "CEASEFIRE_COUNTER_PROPOSAL_PARTIES",
                "ceasefire:offer.responses[0].counterProposal")));
    d.put(
        "TERRITORY_ASSESSMENT_BEFORE_CLAIM",
        new Defect(
            List.of(assessment("assessment:early", ISW, AssessmentStatus.UNVERIFIED, "2025-05-10")),
            error("TERRITORY_ASSESSMENT_BEFORE_CLAIM", "assessment:early.date")));
    d.put(
        "TERRITORY_SELF_CONFIRMATION",
        new Defect(
            List.of(assessment("assessment:self", RU, AssessmentStatus.CONFIRMED, "2025-05-21")),
            error("TERRITORY_SELF_CONFIRMATION", "assessment:self.assessor")));
    d.put(
        "TERRITORY_ASSESSMENT_PLACE_MISMATCH",
        new Defect(
            List.of(
                assessment("assessment:elsewhere", ISW, AssessmentStatus.UNVERIFIED, "2025-05-25")
                    .withPlace(ODESA)),
            error("TERRITORY_ASSESSMENT_PLACE_MISMATCH", "assessment:elsewhere.place")));
    d.put(
        "TRUCE_CONDITION_NOT_EXCHANGE",
        new Defect(
            List.of(truce("truce:wrong-link", id("talks:istanbul"))),
            error(
                "TRUCE_CONDITION_NOT_EXCHANGE",
                "truce:wrong-link.extensions[0].condition.exchange")));
    d.put(
        "TERRITORY_CLAIM_CONFLICT",
        new Defect(
            List.of(CLAIM.withId(id("claim:lost")).withKind(ClaimKind.LOST)),
            error("TERRITORY_CLAIM_CONFLICT", "claim:lost.asOf")));
    return d;
  }

  @Test
  void cleanChronicleOfEveryRecordTypeHasNoFindings() {
    Chronicle clean = chronicle(List.of());
    assertThat(clean.validate().findings()).isEmpty();
    assertThat(clean.records())
        .extracting(r -> r.recordType().token())
        .contains(
            "agreement",
            "exchange",
            "negotiationRound",
            "ceasefireProposal",
            "territorialClaim",
            "assessment",
            "incident",
            "truce");
  }

  @Test
  void eachPlantedDefectYieldsExactlyItsFinding() {
    defects()
        .forEach(
            (name, defect) ->
                assertThat(chronicle(defect.records()).validate().findings())
                    .as(name)
                    .extracting(Finding::rule, Finding::severity, Finding::path)
                    .containsExactly(defect.finding()));
  }

  @Test
  void everyPlantedDefectAtOnceYieldsExactlyThoseFindings() {
    List<ChronicleRecord> all = new ArrayList<>();
    List<Tuple> expected = new ArrayList<>();
    defects()
        .values()
        .forEach(
            d -> {
              all.addAll(d.records());
              expected.add(d.finding());
            });
    Chronicle planted = chronicle(all);
    assertThat(planted.validate().findings())
        .extracting(Finding::rule, Finding::severity, Finding::path)
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(planted.validate().errors()).hasSize(13);
    assertThat(planted.validate().warnings()).hasSize(5);
  }

  @Test
  void everyCrossRecordRuleTheChronicleReportsIsPlanted() {
    assertThat(defects().keySet())
        .containsExactlyInAnyOrder(
            "CHRONICLE_DUPLICATE_ID",
            "CHRONICLE_DANGLING_PARTY",
            "CHRONICLE_DANGLING_PLACE",
            "CHRONICLE_DANGLING_RECORD",
            "EXCHANGE_TRANCHE_BEFORE_AGREEMENT",
            "EXCHANGE_DIRECTION_NOT_IN_AGREEMENT",
            "EXCHANGE_TRANCHE_NUMBER_DUPLICATE",
            "EXCHANGE_TRANCHE_NUMBER_ORDER",
            "EXCHANGE_PARITY_IMBALANCE",
            "EXCHANGE_QUOTA_OVERFULFILLED",
            "EXCHANGE_QUOTA_NOT_NUMERIC",
            "EXCHANGE_TRANCHE_AFTER_TARGET",
            "CEASEFIRE_COUNTER_PROPOSAL_PARTIES",
            "TERRITORY_ASSESSMENT_BEFORE_CLAIM",
            "TERRITORY_SELF_CONFIRMATION",
            "TERRITORY_ASSESSMENT_PLACE_MISMATCH",
            "TERRITORY_CLAIM_CONFLICT",
            "TRUCE_CONDITION_NOT_EXCHANGE");
    defects().forEach((name, d) -> assertThat(d.finding().toList().get(0)).isEqualTo(name));
  }

  @Test
  void aReportNeverStopsAtTheFirstFinding() {
    Chronicle twice =
        chronicle(
            List.of(
                incident("incident:a", PlaceId.of("ua:nowhere")),
                incident("incident:b", PlaceId.of("ua:elsewhere"))));
    assertThat(twice.validate().findings())
        .extracting(Finding::path)
        .containsExactlyInAnyOrder("incident:a", "incident:b");
  }

  @Test
  void estimatesOfCleanTranchesAreExact() {
    // guards the planted parity defect: the clean tranches release equal exact numbers each way
    Exchange first = (Exchange) cleanRecords().get(2);
    assertThat(first.released(RU)).isEqualTo(Estimate.exact(390));
    assertThat(first.released(UA)).isEqualTo(Estimate.exact(390));
  }
}
