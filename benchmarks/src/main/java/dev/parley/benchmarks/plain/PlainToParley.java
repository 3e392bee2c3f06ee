package dev.parley.benchmarks.plain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.benchmarks.plain.PlainRecords.PlainAgreement;
import dev.parley.benchmarks.plain.PlainRecords.PlainAssessment;
import dev.parley.benchmarks.plain.PlainRecords.PlainCasualties;
import dev.parley.benchmarks.plain.PlainRecords.PlainClaim;
import dev.parley.benchmarks.plain.PlainRecords.PlainCondition;
import dev.parley.benchmarks.plain.PlainRecords.PlainController;
import dev.parley.benchmarks.plain.PlainRecords.PlainDelegation;
import dev.parley.benchmarks.plain.PlainRecords.PlainDirection;
import dev.parley.benchmarks.plain.PlainRecords.PlainEstimate;
import dev.parley.benchmarks.plain.PlainRecords.PlainExchange;
import dev.parley.benchmarks.plain.PlainRecords.PlainFigure;
import dev.parley.benchmarks.plain.PlainRecords.PlainIncident;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.benchmarks.plain.PlainRecords.PlainParticipant;
import dev.parley.benchmarks.plain.PlainRecords.PlainParty;
import dev.parley.benchmarks.plain.PlainRecords.PlainPerpetrator;
import dev.parley.benchmarks.plain.PlainRecords.PlainPlace;
import dev.parley.benchmarks.plain.PlainRecords.PlainProposal;
import dev.parley.benchmarks.plain.PlainRecords.PlainQuota;
import dev.parley.benchmarks.plain.PlainRecords.PlainResponse;
import dev.parley.benchmarks.plain.PlainRecords.PlainRevision;
import dev.parley.benchmarks.plain.PlainRecords.PlainRound;
import dev.parley.benchmarks.plain.PlainRecords.PlainScope;
import dev.parley.benchmarks.plain.PlainRecords.PlainSource;
import dev.parley.benchmarks.plain.PlainRecords.PlainStatement;
import dev.parley.benchmarks.plain.PlainRecords.PlainSubject;
import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionTiming;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.ceasefire.Scope;
import dev.parley.ceasefire.ScopeDomain;
import dev.parley.ceasefire.TimePoint;
import dev.parley.estimate.Estimate;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.Quota;
import dev.parley.exchange.ReleaseCategory;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.incident.Attribution;
import dev.parley.incident.Casualties;
import dev.parley.incident.CasualtyRevision;
import dev.parley.incident.Incident;
import dev.parley.incident.Perpetrator;
import dev.parley.incident.TargetType;
import dev.parley.incident.WeaponType;
import dev.parley.negotiation.Delegation;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.negotiation.TalksFormat;
import dev.parley.party.Participant;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.party.Role;
import dev.parley.place.Coordinates;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The second half of the baseline for the {@code validate} command: turns the plain records that
 * databind reads into Parley's validated values through the public API, as a user who reads with
 * databind writes it. Vocabulary tokens become enum constants by name, dates, durations and ids go
 * through Parley's own factories, and every value is validated as it is built.
 *
 * <p>The nested shapes that the plain records keep as {@link JsonNode} and the generated data never
 * holds (a round's time window, a proposal's lifecycle events) are refused with {@link
 * UnsupportedOperationException}, so that a measurement on other data fails instead of comparing
 * less work.
 */
public final class PlainToParley {
  private PlainToParley() {}

  /**
   * Converts one line.
   *
   * @param line a plain record
   * @return the party, place or chronicle record
   * @throws dev.parley.validation.InvalidValueException when the value breaks a rule
   * @throws RuntimeException from the JDK's parsers when a date, time, duration or link is not
   *     well-formed, and {@link IllegalArgumentException} for an unknown token
   */
  public static Object convert(PlainLine line) {
    if (line instanceof PlainParty p) {
      return party(p);
    } else if (line instanceof PlainPlace p) {
      return place(p);
    } else if (line instanceof PlainClaim c) {
      return claim(c);
    } else if (line instanceof PlainAssessment a) {
      return assessment(a);
    } else if (line instanceof PlainIncident i) {
      return incident(i);
    } else if (line instanceof PlainExchange e) {
      return exchange(e);
    } else if (line instanceof PlainAgreement a) {
      return agreement(a);
    } else if (line instanceof PlainRound r) {
      return round(r);
    } else if (line instanceof PlainProposal p) {
      return proposal(p);
    }
    throw new UnsupportedOperationException("no conversion for " + line.getClass().getName());
  }

  private static Party party(PlainParty p) {
    Party.Builder b =
        Party.builder()
            .id(PartyId.of(p.id()))
            .name(p.name())
            .kind(token(PartyKind.class, p.kind()));
    if (p.country() != null) {
      b.country(CountryCode.of(p.country()));
    }
    if (p.actingFor() != null) {
      b.actingFor(PartyId.of(p.actingFor()));
    }
    return b.build();
  }

  private static Place place(PlainPlace p) {
    Place.Builder b =
        Place.builder()
            .id(PlaceId.of(p.id()))
            .name(p.name())
            .country(CountryCode.of(p.country()))
            .precision(token(LocationPrecision.class, p.precision()));
    if (p.region() != null) {
      b.region(RegionCode.parse(p.region()));
    }
    if (p.coordinates() != null) {
      b.coordinates(Coordinates.of(p.coordinates().latitude(), p.coordinates().longitude()));
    }
    return b.build();
  }

  private static TerritorialClaim claim(PlainClaim c) {
    return TerritorialClaim.builder()
        .id(RecordId.of(c.id()))
        .claimant(PartyId.of(c.claimant()))
        .subject(subject(c.subject()))
        .kind(token(ClaimKind.class, c.kind()))
        .means(token(ClaimMeans.class, c.means()))
        .asOf(ReportedDate.parse(c.asOf()))
        .provenance(statements(c.provenance()))
        .build();
  }

  private static ClaimSubject subject(PlainSubject s) {
    ClaimSubject.Builder b = ClaimSubject.builder();
    if (s.place() != null) {
      b.place(PlaceId.of(s.place()));
    }
    if (s.region() != null) {
      b.region(RegionCode.parse(s.region()));
    }
    if (s.country() != null) {
      b.country(CountryCode.of(s.country()));
    }
    if (s.percent() != null) {
      b.percent(BigDecimal.valueOf(s.percent()).stripTrailingZeros());
    }
    if (s.approximate() != null) {
      b.approximate(s.approximate());
    }
    return b.build();
  }

  private static Assessment assessment(PlainAssessment a) {
    Assessment.Builder b =
        Assessment.builder()
            .id(RecordId.of(a.id()))
            .assessor(PartyId.of(a.assessor()))
            .assessorKind(token(AssessorKind.class, a.assessorKind()))
            .claim(RecordId.of(a.claim()))
            .status(token(AssessmentStatus.class, a.status()))
            .date(ReportedDate.parse(a.date()))
            .provenance(statements(a.provenance()));
    if (a.place() != null) {
      b.place(PlaceId.of(a.place()));
    }
    if (a.controller() != null) {
      b.controller(controller(a.controller()));
    }
    return b.build();
  }

  private static Controller controller(PlainController c) {
    switch (c.kind()) {
      case "party":
        return Controller.party(PartyId.of(c.party()));
      case "contested":
        return Controller.contested();
      case "unknown":
        return Controller.unknown();
      default:
        throw new IllegalArgumentException("unknown controller kind " + c.kind());
    }
  }

  private static Incident incident(PlainIncident i) {
    Incident.Builder b =
        Incident.builder()
            .id(RecordId.of(i.id()))
            .date(ReportedDate.parse(i.date()))
            .place(PlaceId.of(i.place()))
            .target(token(TargetType.class, i.target()))
            .provenance(statements(i.provenance()));
    if (i.time() != null) {
      b.time(ZonedDateTime.parse(i.time()));
    }
    if (i.perpetrator() != null) {
      b.perpetrator(perpetrator(i.perpetrator()));
    }
    if (i.weapon() != null) {
      b.weapon(token(WeaponType.class, i.weapon()));
    }
    if (i.casualties() != null) {
      b.casualties(casualties(i.casualties()));
    }
    return b.build();
  }

  private static Perpetrator perpetrator(PlainPerpetrator p) {
    return Perpetrator.builder()
        .party(PartyId.of(p.party()))
        .attribution(token(Attribution.class, p.attribution()))
        .sources(statements(p.sources()))
        .build();
  }

  private static Casualties casualties(PlainCasualties c) {
    return Casualties.builder().revisions(list(c.revisions(), PlainToParley::revision)).build();
  }

  private static CasualtyRevision revision(PlainRevision r) {
    CasualtyRevision.Builder b =
        CasualtyRevision.builder()
            .date(ReportedDate.parse(r.date()))
            .sources(statements(r.sources()));
    if (r.killed() != null) {
      b.killed(estimate(r.killed()));
    }
    if (r.injured() != null) {
      b.injured(estimate(r.injured()));
    }
    return b.build();
  }

  private static Estimate estimate(PlainEstimate e) {
    switch (e.kind()) {
      case "exact":
        return Estimate.exact(e.value());
      case "at_least":
        return Estimate.atLeast(e.low());
      case "range":
        return e.best() == null
            ? Estimate.range(e.low(), e.high())
            : Estimate.range(e.low(), e.best(), e.high());
      case "approximate":
        return e.low() == null ? Estimate.about(e.value()) : Estimate.about(e.value(), e.low());
      case "unknown":
        return Estimate.unknown();
      default:
        throw new IllegalArgumentException("unknown estimate kind " + e.kind());
    }
  }

  private static Exchange exchange(PlainExchange e) {
    Exchange.Builder b =
        Exchange.builder()
            .id(RecordId.of(e.id()))
            .agreement(RecordId.of(e.agreement()))
            .date(ReportedDate.parse(e.date()))
            .status(token(ExchangeStatus.class, e.status()))
            .directions(list(e.directions(), PlainToParley::direction))
            .participants(participants(e.participants()));
    if (e.trancheNumber() != null) {
      b.trancheNumber(e.trancheNumber());
    }
    if (e.venue() != null) {
      b.venue(PlaceId.of(e.venue()));
    }
    return b.build();
  }

  private static Direction direction(PlainDirection d) {
    Direction.Builder b =
        Direction.builder()
            .releasing(PartyId.of(d.releasing()))
            .figures(list(d.figures(), PlainToParley::figure));
    if (d.receiving() != null) {
      b.receiving(PartyId.of(d.receiving()));
    }
    return b.build();
  }

  private static ReleaseFigure figure(PlainFigure f) {
    ReleaseFigure.Builder b = ReleaseFigure.builder().statements(statements(f.statements()));
    if (f.total() != null) {
      b.total(estimate(f.total()));
    }
    if (f.breakdown() != null) {
      for (Map.Entry<String, Long> e : f.breakdown().entrySet()) {
        b.putBreakdown(token(ReleaseCategory.class, e.getKey()), e.getValue());
      }
    }
    return b.build();
  }

  private static Agreement agreement(PlainAgreement a) {
    Agreement.Builder b =
        Agreement.builder()
            .id(RecordId.of(a.id()))
            .agreed(ReportedDate.parse(a.agreed()))
            .sides(list(a.sides(), PartyId::of))
            .quotas(list(a.quotas(), PlainToParley::quota))
            .participants(participants(a.participants()));
    if (a.parity() != null) {
      b.parity(a.parity());
    }
    if (a.targetPeriod() != null) {
      b.target(ReportedDate.parse(text(a.targetPeriod(), "targetPeriod")));
    }
    if (a.venue() != null) {
      b.venue(PlaceId.of(a.venue()));
    }
    if (a.negotiationRound() != null) {
      b.negotiationRound(RecordId.of(a.negotiationRound()));
    }
    return b.build();
  }

  private static Quota quota(PlainQuota q) {
    Quota.Builder b = Quota.builder().releasing(PartyId.of(q.releasing())).count(q.count());
    if (q.category() != null) {
      b.category(token(ReleaseCategory.class, q.category()));
    }
    if (q.description() != null) {
      b.description(q.description());
    }
    return b.build();
  }

  private static NegotiationRound round(PlainRound r) {
    if (r.window() != null) {
      throw new UnsupportedOperationException("the baseline does not convert a round's window");
    }
    NegotiationRound.Builder b =
        NegotiationRound.builder()
            .id(RecordId.of(r.id()))
            .venue(PlaceId.of(r.venue()))
            .date(ReportedDate.parse(r.date()))
            .format(token(TalksFormat.class, r.format()))
            .addAllDelegations(list(r.delegations(), PlainToParley::delegation))
            .addAllParticipants(participants(r.participants()))
            .addAllOutcomes(list(r.outcomes(), o -> RecordId.of(text(o, "outcomes"))))
            .addAllProvenance(statements(r.provenance()));
    if (r.duration() != null) {
      b.duration(Duration.parse(r.duration()));
    }
    if (r.note() != null) {
      b.note(r.note());
    }
    return b.build();
  }

  private static Delegation delegation(PlainDelegation d) {
    Delegation.Builder b =
        Delegation.builder().party(PartyId.of(d.party())).addAllMembers(list(d.members(), m -> m));
    if (d.head() != null) {
      b.head(d.head());
    }
    return b.build();
  }

  private static CeasefireProposal proposal(PlainProposal p) {
    if (p.events() != null && !p.events().isEmpty()) {
      throw new UnsupportedOperationException(
          "the baseline does not convert a proposal's lifecycle events");
    }
    CeasefireProposal.Builder b =
        CeasefireProposal.builder()
            .id(RecordId.of(p.id()))
            .kind(token(ProposalKind.class, p.kind()))
            .proposer(PartyId.of(p.proposer()))
            .addAllAddressees(list(p.addressees(), PartyId::of))
            .date(ReportedDate.parse(p.date()))
            .addAllConditions(list(p.conditions(), PlainToParley::condition))
            .addAllParticipants(participants(p.participants()))
            .addAllResponses(list(p.responses(), PlainToParley::response))
            .addAllProvenance(statements(p.provenance()));
    if (p.scope() != null) {
      b.scope(scope(p.scope()));
    }
    if (p.duration() != null) {
      b.duration(Duration.parse(p.duration()));
    }
    if (p.proposedStart() != null) {
      b.proposedStart(TimePoint.parse(p.proposedStart()));
    }
    if (p.extensionTerms() != null) {
      b.extensionTerms(text(p.extensionTerms(), "extensionTerms"));
    }
    if (p.negotiationRound() != null) {
      b.negotiationRound(RecordId.of(p.negotiationRound()));
    }
    return b.build();
  }

  private static Scope scope(PlainScope s) {
    Scope.Builder b =
        Scope.builder()
            .addAllPlaces(list(s.places(), PlaceId::of))
            .addAllRegions(list(s.regions(), RegionCode::parse));
    if ("partial".equals(s.kind())) {
      b.domain(token(ScopeDomain.class, s.domain()));
    } else if (!"comprehensive".equals(s.kind())) {
      throw new IllegalArgumentException("unknown scope kind " + s.kind());
    }
    if (s.description() != null) {
      b.description(s.description());
    }
    return b.build();
  }

  private static Condition condition(PlainCondition c) {
    return Condition.of(
        token(ConditionType.class, c.kind()),
        PartyId.of(c.demandedBy()),
        c.text(),
        token(ConditionTiming.class, c.timing()));
  }

  private static Response response(PlainResponse r) {
    Response.Builder b =
        Response.builder()
            .party(PartyId.of(r.party()))
            .date(ReportedDate.parse(r.date()))
            .stance(token(ResponseStance.class, r.stance()))
            .addAllConditions(list(r.conditions(), PlainToParley::condition))
            .addAllProvenance(statements(r.provenance()));
    if (r.counterProposal() != null) {
      b.counterProposal(RecordId.of(r.counterProposal()));
    }
    if (r.supersedesEarlier() != null) {
      b.supersedesEarlier(r.supersedesEarlier());
    }
    return b.build();
  }

  private static List<Participant> participants(List<PlainParticipant> ps) {
    return list(ps, p -> Participant.of(PartyId.of(p.party()), token(Role.class, p.role())));
  }

  private static List<Statement> statements(List<PlainStatement> ss) {
    return list(ss, s -> Statement.of(source(s.source()), token(Stance.class, s.stance())));
  }

  private static Source source(PlainSource s) {
    Source.Builder b = Source.builder();
    if (s.speaker() != null) {
      b.speaker(PartyId.of(s.speaker()));
    }
    if (s.organ() != null) {
      b.organ(s.organ());
    }
    if (s.outlet() != null) {
      b.outlet(s.outlet());
    }
    if (s.link() != null) {
      b.link(URI.create(s.link()));
    }
    if (s.published() != null) {
      b.published(ReportedDate.parse(s.published()));
    }
    return b.build();
  }

  /** A list converted element by element; an absent list is empty. */
  private static <A, B> List<B> list(List<A> in, Function<A, B> convert) {
    if (in == null) {
      return List.of();
    }
    List<B> out = new ArrayList<>(in.size());
    for (A a : in) {
      out.add(convert.apply(a));
    }
    return out;
  }

  /** An enum constant from its lower-case token, {@code near_settlement} for NEAR_SETTLEMENT. */
  private static <E extends Enum<E>> E token(Class<E> type, String token) {
    return Enum.valueOf(type, token.toUpperCase(Locale.ROOT));
  }

  private static String text(JsonNode node, String property) {
    if (!node.isTextual()) {
      throw new UnsupportedOperationException("the baseline reads " + property + " only as text");
    }
    return node.textValue();
  }
}
