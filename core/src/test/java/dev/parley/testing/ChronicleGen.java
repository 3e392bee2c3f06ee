package dev.parley.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.ceasefire.LifecycleEventType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.ceasefire.Scope;
import dev.parley.ceasefire.ScopeDomain;
import dev.parley.ceasefire.TimePoint;
import dev.parley.ceasefire.Truce;
import dev.parley.chronicle.Chronicle;
import dev.parley.estimate.Estimate;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.Quota;
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
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
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
import dev.parley.validation.InvalidValueException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of whole chronicles: a fixed cast of parties (states, an organisation, a
 * research group and two people acting for states) and places in four regions, and a seeded mix of
 * every record type that refers only to them and to records generated before it. Generated
 * chronicles are referentially consistent (no {@code CHRONICLE_*} finding); the area rules may
 * still report findings, as real data does. {@link #plant} adds duplicates and dangling references
 * on top. Shared with the json module's tests.
 */
public final class ChronicleGen {
  /** The first day of generated chronicles; records fall within about eight months of it. */
  public static final LocalDate EPOCH = LocalDate.of(2025, 1, 1);

  /** Russia. */
  public static final PartyId RU = PartyId.of("ru");

  /** Ukraine. */
  public static final PartyId UA = PartyId.of("ua");

  /** Turkey, a mediator and host. */
  public static final PartyId TR = PartyId.of("tr");

  /** The ICRC, a facilitator. */
  public static final PartyId ICRC = PartyId.of("icrc");

  /** A research group that assesses claims. */
  public static final PartyId ISW = PartyId.of("isw");

  /** A person acting for Ukraine. */
  public static final PartyId UMEROV = PartyId.of("ua:umerov");

  /** A person acting for Russia. */
  public static final PartyId MEDINSKY = PartyId.of("ru:medinsky");

  /** Every party of generated chronicles. */
  public static final List<Party> PARTIES =
      List.of(
          Party.builder()
              .id(RU)
              .name("Russia")
              .kind(PartyKind.STATE)
              .country(CountryCode.of("RU"))
              .build(),
          Party.builder()
              .id(UA)
              .name("Ukraine")
              .kind(PartyKind.STATE)
              .country(CountryCode.of("UA"))
              .build(),
          Party.builder()
              .id(TR)
              .name("Turkey")
              .kind(PartyKind.STATE)
              .country(CountryCode.of("TR"))
              .build(),
          Party.of(ICRC, "ICRC", PartyKind.INTERNATIONAL_ORGANISATION),
          Party.of(ISW, "Institute for the Study of War", PartyKind.INTERNATIONAL_ORGANISATION),
          Party.builder()
              .id(UMEROV)
              .name("Rustem Umerov")
              .kind(PartyKind.PERSON)
              .actingFor(UA)
              .build(),
          Party.builder()
              .id(MEDINSKY)
              .name("Vladimir Medinsky")
              .kind(PartyKind.PERSON)
              .actingFor(RU)
              .build());

  /**
   * Every place of generated chronicles: two in UA-63, one in UA-51, one in RU-KRS, one in TR-34.
   */
  public static final List<Place> PLACES =
      List.of(
          place("ua:rakivka", "Rakivka", "UA", "UA-63"),
          place("ua:kupiansk", "Kupiansk", "UA", "UA-63"),
          place("ua:odesa", "Odesa", "UA", "UA-51"),
          place("ru:sudzha", "Sudzha", "RU", "RU-KRS"),
          place("tr:istanbul", "Istanbul", "TR", "TR-34"));

  /** The regions of {@link #PLACES}, plus one without places. */
  public static final List<RegionCode> REGIONS =
      List.of(
          RegionCode.parse("UA-63"),
          RegionCode.parse("UA-51"),
          RegionCode.parse("RU-KRS"),
          RegionCode.parse("TR-34"),
          RegionCode.parse("UA-14"));

  private static final List<PartyId> SIDES = List.of(RU, UA);
  private static final List<String> ZONES =
      List.of("Europe/Kyiv", "Europe/Moscow", "UTC", "Europe/Istanbul");

  private ChronicleGen() {}

  private static Place place(String id, String name, String country, String region) {
    return Place.builder()
        .id(PlaceId.of(id))
        .name(name)
        .country(CountryCode.of(country))
        .region(RegionCode.parse(region))
        .precision(LocationPrecision.SETTLEMENT)
        .build();
  }

  /** The ids of {@link #PLACES}. */
  public static List<PlaceId> placeIds() {
    return PLACES.stream().map(Place::id).toList();
  }

  /** Referentially consistent chronicles of 0 to 40 records. */
  public static Gen<Chronicle> chronicles() {
    return chronicles(40);
  }

  /**
   * Referentially consistent chronicles of up to {@code max} records.
   *
   * @param max the largest number of records
   * @return the generator
   */
  public static Gen<Chronicle> chronicles(int max) {
    return longs().all().zip(integers().between(0, max), ChronicleGen::chronicle);
  }

  /** Consistent chronicles with a few planted duplicates and dangling references. */
  public static Gen<Chronicle> defective() {
    return chronicles(30).zip(longs().all(), ChronicleGen::plant);
  }

  /** Days from {@link #EPOCH} to about eight months later. */
  public static Gen<LocalDate> days() {
    return integers().between(-10, 250).map(EPOCH::plusDays);
  }

  /** Periods near the generated records: days, weeks, months and ranges. */
  public static Gen<ReportedDate> periods() {
    return longs().all().map(seed -> date(new SplittableRandom(seed)));
  }

  /** Instants within and around the generated records, in a few zones. */
  public static Gen<ZonedDateTime> instants() {
    return days()
        .zip(
            integers().between(0, 24 * 60 - 1),
            integers().between(0, ZONES.size() - 1),
            (d, minute, zone) -> d.atStartOfDay(ZoneId.of(ZONES.get(zone))).plusMinutes(minute));
  }

  /**
   * Builds a referentially consistent chronicle from a seed.
   *
   * @param seed the seed
   * @param size the number of records to aim for (a counter-proposal adds one more)
   * @return the chronicle
   */
  public static Chronicle chronicle(long seed, int size) {
    return Chronicle.builder()
        .addAllParties(PARTIES)
        .addAllPlaces(PLACES)
        .addAllRecords(records(seed, size))
        .build();
  }

  /**
   * Builds the records of a consistent chronicle from a seed: every reference points to a party of
   * {@link #PARTIES}, a place of {@link #PLACES} or a record earlier in the list.
   *
   * @param seed the seed
   * @param size the number of records to aim for, before one truce per eight records
   * @return the records, with distinct ids
   */
  public static List<ChronicleRecord> records(long seed, int size) {
    SplittableRandom r = new SplittableRandom(seed);
    Records out = new Records();
    while (out.list.size() < size) {
      switch (r.nextInt(7)) {
        case 0:
          out.add(agreement(r, out));
          break;
        case 1:
          out.add(exchange(r, out));
          break;
        case 2:
          out.add(round(r, out));
          break;
        case 3:
          proposal(r, out);
          break;
        case 4:
          out.add(claim(r, out));
          break;
        case 5:
          out.add(assessment(r, out));
          break;
        default:
          out.add(incident(r, out));
          break;
      }
    }
    // truces last, one per eight records, so that the records before them stay as they were
    for (int i = (size + 7) / 8; i > 0; i--) {
      out.add(truce(r, out));
    }
    return out.list;
  }

  /**
   * Adds defects to a chronicle: exact copies of records (duplicate ids that do not change what
   * lookups see), records referring to parties, places and records that are not there, a person
   * acting for a missing party, a duplicate place, and two claims in conflict. Whatever the order
   * of insertion, the findings are the same.
   *
   * @param chronicle the chronicle
   * @param seed the seed choosing the defects
   * @return a chronicle with the same content plus the defects
   */
  public static Chronicle plant(Chronicle chronicle, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Chronicle.Builder b =
        Chronicle.builder()
            .addAllParties(chronicle.parties())
            .addAllPlaces(chronicle.places())
            .addAllRecords(chronicle.records());
    List<ChronicleRecord> records = chronicle.records();
    for (int i = r.nextInt(3); i > 0 && !records.isEmpty(); i--) {
      b.addRecords(records.get(r.nextInt(records.size())));
    }
    if (r.nextBoolean()) {
      b.addParties(
          Party.builder()
              .id(PartyId.of("ghost:person"))
              .name("Nobody")
              .kind(PartyKind.PERSON)
              .actingFor(PartyId.of("ghost:state"))
              .build());
    }
    if (r.nextBoolean()) {
      b.addRecords(danglingIncident(r.nextInt(1000)));
    }
    if (r.nextBoolean()) {
      b.addRecords(danglingExchange(r.nextInt(1000)));
    }
    if (r.nextBoolean() && !chronicle.places().isEmpty()) {
      b.addPlaces(chronicle.places().get(r.nextInt(chronicle.places().size())));
    }
    if (r.nextBoolean()) {
      b.addAllRecords(conflictingClaims(r.nextInt(1000)));
    }
    return b.build();
  }

  /**
   * An incident at a place that is not in any generated chronicle, attributed to a party that is
   * not either.
   *
   * @param n a number making the id unique
   * @return the incident
   */
  public static Incident danglingIncident(int n) {
    return Incident.builder()
        .id(RecordId.of("defect:incident-" + n))
        .date(ReportedDate.ofDay(EPOCH.plusDays(n % 200)))
        .place(PlaceId.of("ghost:place"))
        .target(TargetType.RESIDENTIAL)
        .perpetrator(Perpetrator.of(PartyId.of("ghost:party"), Attribution.ATTRIBUTED))
        .build();
  }

  /**
   * A completed exchange between Russia and Ukraine naming an agreement that is not in any
   * generated chronicle.
   *
   * @param n a number making the id unique
   * @return the exchange
   */
  public static Exchange danglingExchange(int n) {
    return Exchange.builder()
        .id(RecordId.of("defect:exchange-" + n))
        .date(ReportedDate.ofDay(EPOCH.plusDays(n % 200)))
        .agreement(RecordId.of("ghost:agreement"))
        .trancheNumber(1)
        .status(ExchangeStatus.COMPLETED)
        .addDirection(Direction.of(RU, UA, ReleaseFigure.of(n)))
        .build();
  }

  /**
   * Two claims by Russia about Rakivka as of the same day, one that it captured the village and one
   * that it lost it: a {@code TERRITORY_CLAIM_CONFLICT}.
   *
   * @param n a number making the ids unique
   * @return the claims
   */
  public static List<TerritorialClaim> conflictingClaims(int n) {
    TerritorialClaim captured =
        TerritorialClaim.builder()
            .id(RecordId.of("defect:claim-" + n + "-a"))
            .claimant(RU)
            .subject(ClaimSubject.place(PLACES.get(0).id()))
            .kind(ClaimKind.CAPTURED)
            .means(ClaimMeans.ARMED)
            .asOf(ReportedDate.ofDay(EPOCH.plusDays(n % 200)))
            .addProvenance(Statement.claimedBy(RU))
            .build();
    return List.of(
        captured,
        captured.withId(RecordId.of("defect:claim-" + n + "-b")).withKind(ClaimKind.LOST));
  }

  /**
   * Returns the same chronicle with its parties, places and records added in a shuffled order.
   *
   * @param chronicle the chronicle
   * @param seed the seed of the shuffle
   * @return the shuffled chronicle
   */
  public static Chronicle shuffled(Chronicle chronicle, long seed) {
    Random random = new Random(seed);
    List<Party> parties = new ArrayList<>(chronicle.parties());
    List<Place> places = new ArrayList<>(chronicle.places());
    List<ChronicleRecord> records = new ArrayList<>(chronicle.records());
    Collections.shuffle(parties, random);
    Collections.shuffle(places, random);
    Collections.shuffle(records, random);
    return Chronicle.builder()
        .addAllParties(parties)
        .addAllPlaces(places)
        .addAllRecords(records)
        .build();
  }

  /** The records generated so far, by type, for later records to refer to. */
  private static final class Records {
    final List<ChronicleRecord> list = new ArrayList<>();
    final List<Agreement> agreements = new ArrayList<>();
    final List<NegotiationRound> rounds = new ArrayList<>();
    final List<CeasefireProposal> proposals = new ArrayList<>();
    final List<TerritorialClaim> claims = new ArrayList<>();
    final List<RecordId> exchangesAndAgreements = new ArrayList<>();

    RecordId next(String type) {
      return RecordId.of(type + ":" + list.size());
    }

    void add(ChronicleRecord record) {
      list.add(record);
      if (record instanceof Agreement || record instanceof Exchange) {
        exchangesAndAgreements.add(record.id());
      }
      if (record instanceof Agreement a) {
        agreements.add(a);
      } else if (record instanceof NegotiationRound n) {
        rounds.add(n);
      } else if (record instanceof CeasefireProposal p) {
        proposals.add(p);
      } else if (record instanceof TerritorialClaim c) {
        claims.add(c);
      }
    }
  }

  private static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static LocalDate day(SplittableRandom r) {
    return EPOCH.plusDays(r.nextInt(240));
  }

  private static ReportedDate date(SplittableRandom r) {
    LocalDate d = EPOCH.plusDays(r.nextInt(-10, 250));
    switch (r.nextInt(10)) {
      case 0:
        return ReportedDate.ofWeekContaining(d);
      case 1:
        return ReportedDate.ofMonth(YearMonth.from(d));
      case 2:
        return ReportedDate.between(d, d.plusDays(1 + r.nextInt(20)));
      default:
        return ReportedDate.ofDay(d);
    }
  }

  private static Estimate estimate(SplittableRandom r, int max) {
    int low = r.nextInt(max + 1);
    switch (r.nextInt(7)) {
      case 0:
        return Estimate.atLeast(low);
      case 6:
        return Estimate.about(low);
      case 1:
        return Estimate.range(low, low + 1 + r.nextInt(max + 1));
      case 2:
        return Estimate.unknown();
      default:
        return Estimate.exact(low);
    }
  }

  private static Statement statement(SplittableRandom r) {
    return Statement.claimedBy(pick(r, PARTIES).id());
  }

  private static Agreement agreement(SplittableRandom r, Records out) {
    ReportedDate agreed = r.nextInt(4) == 0 ? date(r) : ReportedDate.ofDay(day(r));
    Agreement.Builder b =
        Agreement.builder().id(out.next("agreement")).addSides(RU, UA).agreed(agreed);
    if (r.nextBoolean()) {
      long n = 1 + r.nextInt(1000);
      b.parity(true).addQuotas(Quota.of(RU, n), Quota.of(UA, n));
    } else if (r.nextBoolean()) {
      b.addQuotas(
          Quota.of(RU, r.nextInt(1000)),
          Quota.all(UA, dev.parley.exchange.ReleaseCategory.values()[0], "all of them"));
    }
    if (r.nextBoolean()) {
      b.target(ReportedDate.between(agreed.end(), agreed.end().plusDays(r.nextInt(60))));
    }
    if (r.nextBoolean()) {
      b.venue(pick(r, PLACES).id());
    }
    if (!out.rounds.isEmpty() && r.nextBoolean()) {
      b.negotiationRound(pick(r, out.rounds).id());
    }
    if (r.nextInt(3) == 0) {
      b.addParticipant(Participant.of(TR, Role.MEDIATOR));
    }
    // Draws of their own, so that the records generated before these attributes stay the same.
    Agreement plain = b.build();
    SplittableRandom more = new SplittableRandom(plain.id().value().hashCode());
    if (more.nextInt(4) == 0) {
      // a ratio quota, its sources and a note
      b.addQuotas(
              Quota.builder()
                  .releasing(UA)
                  .ratio(dev.parley.exchange.QuotaRatio.of(1 + more.nextInt(3), 1, RU))
                  .build())
          .addSources(statement(more))
          .note("as a gesture of goodwill");
    }
    if (!out.agreements.isEmpty() && more.nextInt(4) == 0) {
      // an extension or amendment of an earlier agreement, sometimes agreed before it
      b.revises(
          dev.parley.exchange.AgreementRevision.of(
              pick(more, out.agreements).id(),
              dev.parley.exchange.RevisionKind.values()[more.nextInt(2)]));
    }
    if (!out.proposals.isEmpty() && more.nextInt(4) == 0) {
      // part of a truce, whose start may come after some of its tranches
      b.truce(pick(more, out.proposals).id());
    } else if (!out.list.isEmpty() && more.nextInt(20) == 0) {
      b.truce(pick(more, out.list).id());
    }
    return b.build();
  }

  private static Exchange exchange(SplittableRandom r, Records out) {
    Exchange.Builder b =
        Exchange.builder()
            .id(out.next("exchange"))
            .date(date(r))
            .status(ExchangeStatus.values()[r.nextInt(ExchangeStatus.values().length)])
            .addDirection(
                Direction.of(RU, UA, ReleaseFigure.builder().total(estimate(r, 500)).build()));
    if (r.nextInt(4) != 0) {
      b.addDirection(
          Direction.of(
              UA,
              RU,
              ReleaseFigure.builder().total(estimate(r, 500)).addStatements(statement(r)).build()));
    }
    if (!out.agreements.isEmpty() && r.nextInt(4) != 0) {
      b.agreement(pick(r, out.agreements).id());
      if (r.nextBoolean()) {
        b.trancheNumber(1 + r.nextInt(4));
      }
    }
    if (r.nextBoolean()) {
      b.addParticipant(Participant.of(r.nextBoolean() ? TR : ICRC, Role.TRANSIT));
    }
    if (r.nextBoolean()) {
      b.venue(pick(r, PLACES).id());
    }
    return b.build();
  }

  private static NegotiationRound round(SplittableRandom r, Records out) {
    LocalDate d = day(r);
    TalksFormat format = TalksFormat.values()[r.nextInt(TalksFormat.values().length)];
    NegotiationRound.Builder b =
        NegotiationRound.builder()
            .id(out.next("talks"))
            .venue(pick(r, PLACES).id())
            .date(ReportedDate.between(d, d.plusDays(r.nextInt(2))))
            .format(format)
            .addDelegation(Delegation.builder().party(RU).head("Vladimir Medinsky").build())
            .addDelegation(Delegation.builder().party(UA).head("Rustem Umerov").build());
    if (format.needsMediator() || r.nextBoolean()) {
      b.addParticipant(Participant.of(TR, Role.MEDIATOR));
    }
    if (r.nextBoolean()) {
      b.addProvenance(Statement.claimedBy(r.nextBoolean() ? UMEROV : MEDINSKY));
    }
    if (!out.agreements.isEmpty() && r.nextBoolean()) {
      b.addOutcome(pick(r, out.agreements).id());
    }
    if (!out.proposals.isEmpty() && r.nextBoolean()) {
      b.addOutcome(pick(r, out.proposals).id());
    }
    return b.build();
  }

  private static Scope scope(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return Scope.comprehensive();
      case 1:
        return Scope.builder()
            .domain(ScopeDomain.FRONT_SECTOR)
            .addPlace(pick(r, PLACES).id())
            .build();
      case 2:
        return Scope.builder().domain(ScopeDomain.FRONT_SECTOR).addRegion(pick(r, REGIONS)).build();
      default:
        return Scope.partial(ScopeDomain.ENERGY_INFRASTRUCTURE);
    }
  }

  /** Adds a proposal, and before it the counter-proposal one of its responses points to. */
  private static void proposal(SplittableRandom r, Records out) {
    ZoneId zone = ZoneId.of(pick(r, ZONES));
    LocalDate d = day(r);
    PartyId proposer = pick(r, SIDES);
    PartyId addressee = proposer.equals(RU) ? UA : RU;
    ProposalKind kind =
        r.nextInt(4) == 0 ? ProposalKind.UNILATERAL_DECLARATION : ProposalKind.PROPOSAL;
    CeasefireProposal.Builder b =
        CeasefireProposal.builder()
            .id(out.next("ceasefire"))
            .proposer(proposer)
            .kind(kind)
            .scope(scope(r))
            .date(ReportedDate.ofDay(d));
    if (r.nextBoolean()) {
      b.duration(Duration.ofHours(1 + r.nextInt(24 * 30)));
    }
    if (r.nextInt(3) == 0) {
      b.addCondition(Condition.term(ConditionType.MONITORING, proposer, "international monitors"));
    }
    if (kind == ProposalKind.PROPOSAL && r.nextInt(3) == 0) {
      b.addCondition(
          Condition.precondition(
              ConditionType.PRISONER_RELEASE, addressee, "exchange all for all"));
    }
    if (!out.rounds.isEmpty() && r.nextInt(3) == 0) {
      b.negotiationRound(pick(r, out.rounds).id());
    }
    if (kind == ProposalKind.PROPOSAL) {
      b.addAddressees(addressee);
      LocalDate when = d;
      boolean answered = false;
      for (int k = r.nextInt(3); k > 0; k--) {
        when = when.plusDays(r.nextInt(4));
        ResponseStance stance = ResponseStance.values()[r.nextInt(ResponseStance.values().length)];
        Response.Builder rb =
            Response.builder()
                .party(addressee)
                .date(ReportedDate.ofDay(when))
                .stance(stance)
                .supersedesEarlier(answered);
        if (stance == ResponseStance.ACCEPTED_WITH_CONDITIONS || r.nextInt(5) == 0) {
          rb.addCondition(
              Condition.precondition(
                  r.nextBoolean() ? ConditionType.PRISONER_RELEASE : ConditionType.NEUTRALITY,
                  addressee,
                  "exchange all for all"));
        }
        if (stance == ResponseStance.COUNTER_PROPOSAL) {
          CeasefireProposal counter =
              CeasefireProposal.builder()
                  .id(out.next("counter"))
                  .proposer(addressee)
                  .addAddressees(r.nextInt(4) == 0 ? TR : proposer)
                  .kind(ProposalKind.PROPOSAL)
                  .scope(scope(r))
                  .date(ReportedDate.ofDay(when))
                  .build();
          out.add(counter);
          rb.counterProposal(counter.id());
        }
        b.addResponse(rb.build());
        answered = true;
      }
    }
    CeasefireProposal valid = b.build();
    List<LifecycleEvent> events = new ArrayList<>();
    ZonedDateTime time = d.atStartOfDay(zone).plusHours(r.nextInt(72));
    for (int s = r.nextInt(6); s > 0; s--) {
      LifecycleEventType type =
          LifecycleEventType.values()[r.nextInt(LifecycleEventType.values().length)];
      LifecycleEvent.Builder eb =
          LifecycleEvent.builder()
              .type(type)
              .time(r.nextInt(4) == 0 ? TimePoint.ofDay(time.toLocalDate()) : TimePoint.of(time));
      if (type == LifecycleEventType.BREACH_ALLEGED) {
        eb.party(proposer).accused(addressee).place(pick(r, PLACES).id());
      }
      if (type == LifecycleEventType.EXTENDED && r.nextBoolean()) {
        eb.extendedBy(Duration.ofHours(1 + r.nextInt(24 * 10)));
      }
      events.add(eb.build());
      try {
        valid = valid.withEvents(events);
      } catch (InvalidValueException illegal) {
        events.remove(events.size() - 1);
      }
      time = time.plusHours(1 + r.nextInt(24 * 10));
    }
    // a draw of its own, so that the records generated after this one stay the same
    SplittableRandom more = new SplittableRandom(valid.id().value().hashCode());
    if (!out.agreements.isEmpty() && more.nextInt(4) == 0) {
      // the exchange agreements that are part of the ceasefire; now and then a record of another
      // type
      valid =
          valid.withExchangeAgreements(
              more.nextInt(10) == 0 ? pick(more, out.list).id() : pick(more, out.agreements).id());
    }
    out.add(valid);
  }

  private static TerritorialClaim claim(SplittableRandom r, Records out) {
    PartyId claimant = pick(r, SIDES);
    // claims mostly share a few round dates, so that one claimant's claims collide
    ClaimSubject subject =
        r.nextInt(6) == 0
            ? ClaimSubject.region(pick(r, REGIONS))
            : ClaimSubject.place(pick(r, PLACES).id());
    return TerritorialClaim.builder()
        .id(out.next("claim"))
        .claimant(claimant)
        .subject(subject)
        .kind(ClaimKind.values()[r.nextInt(ClaimKind.values().length)])
        .means(r.nextInt(5) == 0 ? ClaimMeans.NON_VIOLENT : ClaimMeans.ARMED)
        .asOf(r.nextInt(4) == 0 ? date(r) : ReportedDate.ofDay(EPOCH.plusDays(30 * r.nextInt(6))))
        .addProvenance(
            Statement.claimedBy(
                r.nextBoolean() ? claimant : claimant.equals(RU) ? MEDINSKY : UMEROV))
        .build();
  }

  private static Assessment assessment(SplittableRandom r, Records out) {
    PartyId assessor = pick(r, List.of(RU, UA, ISW, ICRC));
    Assessment.Builder b =
        Assessment.builder()
            .id(out.next("assessment"))
            .assessor(assessor)
            .assessorKind(
                SIDES.contains(assessor) ? AssessorKind.PARTY : AssessorKind.RESEARCH_GROUP)
            .status(AssessmentStatus.values()[r.nextInt(AssessmentStatus.values().length)])
            .date(date(r));
    int controller = r.nextInt(4);
    b.controller(
        controller == 0
            ? Controller.contested()
            : controller == 1 ? Controller.unknown() : Controller.party(pick(r, SIDES)));
    boolean judges = !out.claims.isEmpty() && r.nextBoolean();
    if (judges) {
      TerritorialClaim c = pick(r, out.claims);
      b.claim(c.id());
      if (r.nextBoolean()) {
        c.subject().place().ifPresent(b::place);
      }
    } else {
      b.place(pick(r, PLACES).id());
    }
    return b.build();
  }

  private static Incident incident(SplittableRandom r, Records out) {
    ReportedDate date = date(r);
    Incident.Builder b =
        Incident.builder()
            .id(out.next("incident"))
            .date(date)
            .place(pick(r, PLACES).id())
            .target(TargetType.values()[r.nextInt(TargetType.values().length)]);
    if (r.nextBoolean()) {
      b.weapon(WeaponType.values()[r.nextInt(WeaponType.values().length)]);
    }
    if (r.nextBoolean()) {
      b.perpetrator(
          Perpetrator.builder()
              .party(pick(r, SIDES))
              .attribution(Attribution.values()[r.nextInt(Attribution.values().length)])
              .addSources(statement(r))
              .build());
    }
    List<CasualtyRevision> revisions = new ArrayList<>();
    ReportedDate revised = ReportedDate.ofDay(date.end());
    for (int i = r.nextInt(3); i > 0; i--) {
      revisions.add(
          CasualtyRevision.builder()
              .date(revised)
              .killed(estimate(r, 20))
              .injured(estimate(r, 50))
              .addSources(
                  Statement.of(
                      Source.of(pick(r, PARTIES).id()), dev.parley.provenance.Stance.CLAIMS))
              .build());
      revised = ReportedDate.ofDay(revised.end().plusDays(r.nextInt(3)));
    }
    b.casualties(Casualties.builder().revisions(revisions).build());
    if (r.nextBoolean()) {
      b.addProvenance(statement(r));
    }
    return b.build();
  }

  /**
   * A truce between Russia and Ukraine whose extension's condition links to a given record, such as
   * a claim, which is not an exchange or agreement.
   *
   * @param n a number making the id unique
   * @param target the record the condition links to
   * @return the truce
   */
  public static Truce misLinkedTruce(int n, RecordId target) {
    return Truce.builder()
        .id(RecordId.of("defect:truce-" + n))
        .addParties(RU, UA)
        .addMediator(TR)
        .announced(dev.parley.ceasefire.TimePoint.of(ReportedDate.ofDay(EPOCH)))
        .zone(java.time.ZoneId.of("Europe/Kyiv"))
        .inForce(EPOCH.atTime(18, 0))
        .length(java.time.Duration.ofDays(1))
        .addExtension(
            dev.parley.ceasefire.TruceExtension.builder()
                .announced(dev.parley.ceasefire.TimePoint.of(ReportedDate.ofDay(EPOCH.plusDays(1))))
                .end(dev.parley.ceasefire.TimePoint.of(ReportedDate.ofDay(EPOCH.plusDays(3))))
                .condition(dev.parley.ceasefire.ReleaseCondition.of(target))
                .build())
        .build();
  }

  private static Truce truce(SplittableRandom r, Records out) {
    return TruceGen.truce(
        r,
        out.next("truce"),
        SIDES,
        r.nextBoolean() ? List.of(TR) : List.of(),
        out.exchangesAndAgreements,
        pick(r, PARTIES).id());
  }

  /** One record of any of the eight record types, from each type's own generator. */
  public static Gen<ChronicleRecord> anyRecords() {
    return org.quicktheories.generators.Generate.oneOf(
        ExchangeGen.agreements().map(r -> (ChronicleRecord) r),
        ExchangeGen.exchanges().map(r -> (ChronicleRecord) r),
        NegotiationGen.rounds().map(r -> (ChronicleRecord) r),
        CeasefireGen.proposals().map(r -> (ChronicleRecord) r),
        TerritoryGen.claims().map(r -> (ChronicleRecord) r),
        TerritoryGen.assessments().map(r -> (ChronicleRecord) r),
        IncidentGen.incidents().map(r -> (ChronicleRecord) r),
        TruceGen.truces().map(r -> (ChronicleRecord) r));
  }

  /**
   * Chronicles of up to five arbitrary parties, five places and eight records of any type, not
   * referentially consistent (for wire-format tests), keeping only the records a predicate accepts.
   *
   * @param keep which generated records to keep
   * @return the generator
   */
  public static Gen<Chronicle> arbitrary(
      java.util.function.Predicate<? super ChronicleRecord> keep) {
    return org.quicktheories.generators.SourceDSL.lists()
        .of(VocabularyGen.parties())
        .ofSizeBetween(0, 5)
        .zip(
            org.quicktheories.generators.SourceDSL.lists()
                .of(VocabularyGen.places())
                .ofSizeBetween(0, 5),
            org.quicktheories.generators.SourceDSL.lists().of(anyRecords()).ofSizeBetween(0, 8),
            (parties, places, records) ->
                Chronicle.builder()
                    .addAllParties(parties)
                    .addAllPlaces(places)
                    .addAllRecords(
                        records.stream().filter(keep).collect(java.util.stream.Collectors.toList()))
                    .build());
  }
}
