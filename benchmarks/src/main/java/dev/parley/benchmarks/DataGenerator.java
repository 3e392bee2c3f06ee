package dev.parley.benchmarks;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.ceasefire.Scope;
import dev.parley.chronicle.Chronicle;
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
import dev.parley.json.ParleyJson;
import dev.parley.json.format.NdjsonWriter;
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
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic generator of realistic Parley data: a few dozen parties, thousands of places, and
 * records of every type in proportions like those of a conflict monitor's feed (many claims and
 * incidents, fewer exchanges, few agreements, talks and proposals). The same seed always gives the
 * same data.
 *
 * <p>Proportions per 1,000 records: 400 territorial claims, 150 assessments, 300 incidents, 80
 * exchanges, 20 agreements, 20 negotiation rounds, 30 ceasefire proposals.
 */
public final class DataGenerator {
  /** The fixed seed used by every benchmark. */
  public static final long SEED = 20250523L;

  private static final String[] COUNTRIES = {"UA", "RU", "BY", "TR", "AE", "US", "PL", "GE"};
  private static final int WINDOW = 4096;
  private static final LocalDate START = LocalDate.of(2022, 2, 24);

  private final SplittableRandom random;
  private final List<Party> parties = new ArrayList<>();
  private final List<Place> places = new ArrayList<>();
  private final List<PartyId> states = new ArrayList<>();
  private final List<Agreement> agreements = new ArrayList<>();
  private final List<TerritorialClaim> claims = new ArrayList<>();
  private long counter;

  /**
   * Creates a generator.
   *
   * @param seed the seed; the same seed gives the same data
   * @param placeCount how many places to create
   */
  public DataGenerator(long seed, int placeCount) {
    this.random = new SplittableRandom(seed);
    for (String c : COUNTRIES) {
      Party state =
          Party.builder()
              .id(PartyId.of(c.toLowerCase(java.util.Locale.ROOT)))
              .name("State " + c)
              .kind(PartyKind.STATE)
              .country(CountryCode.of(c))
              .build();
      parties.add(state);
      states.add(state.id());
      parties.add(
          Party.builder()
              .id(PartyId.of(state.id().value() + ":mod"))
              .name("Defence ministry of " + c)
              .kind(PartyKind.PERSON)
              .country(CountryCode.of(c))
              .actingFor(state.id())
              .build());
    }
    parties.add(
        Party.of(
            PartyId.of("icrc"),
            "International Committee of the Red Cross",
            PartyKind.INTERNATIONAL_ORGANISATION));
    parties.add(
        Party.of(
            PartyId.of("isw"),
            "Institute for the Study of War",
            PartyKind.INTERNATIONAL_ORGANISATION));
    for (int i = 0; i < placeCount; i++) {
      String country = random.nextInt(10) < 8 ? "UA" : "RU";
      places.add(
          Place.builder()
              .id(PlaceId.of(country.toLowerCase(java.util.Locale.ROOT) + ":place-" + i))
              .name("Settlement " + i)
              .country(CountryCode.of(country))
              .region(RegionCode.parse(country + "-" + (10 + random.nextInt(70))))
              .coordinates(
                  Coordinates.of(44 + random.nextDouble() * 8, 30 + random.nextDouble() * 10))
              .precision(LocationPrecision.values()[random.nextInt(3)])
              .build());
    }
  }

  /**
   * Returns the parties.
   *
   * @return the parties
   */
  public List<Party> parties() {
    return parties;
  }

  /**
   * Returns the places.
   *
   * @return the places
   */
  public List<Place> places() {
    return places;
  }

  /**
   * Generates the next record.
   *
   * @return a valid record of one of the seven types
   */
  public ChronicleRecord next() {
    int kind = random.nextInt(1000);
    if (kind < 400 || claims.isEmpty()) {
      return claim();
    } else if (kind < 550) {
      return assessment();
    } else if (kind < 850) {
      return incident();
    } else if (kind < 930 && !agreements.isEmpty()) {
      return exchange();
    } else if (kind < 950) {
      return agreement();
    } else if (kind < 970) {
      return round();
    } else {
      return proposal();
    }
  }

  /**
   * Generates a whole chronicle.
   *
   * @param records how many records
   * @return the chronicle
   */
  public Chronicle chronicle(int records) {
    List<ChronicleRecord> list = new ArrayList<>(records);
    for (int i = 0; i < records; i++) {
      list.add(next());
    }
    return Chronicle.builder()
        .addAllParties(parties)
        .addAllPlaces(places)
        .addAllRecords(list)
        .build();
  }

  /**
   * Writes an NDJSON file: the header line, every party and place, then {@code records} records,
   * one a line, with Parley's NDJSON writer.
   *
   * @param out where to write; not closed
   * @param records how many records after the parties and places
   */
  public void writeNdjson(OutputStream out, long records) {
    writeNdjson(out, records, true);
  }

  /**
   * Writes NDJSON lines: with {@code start}, the header line and every party and place first;
   * without, only {@code records} more records, to append to a file already started.
   *
   * @param out where to write; not closed
   * @param records how many records
   * @param start whether this is the start of the file
   */
  public void writeNdjson(OutputStream out, long records, boolean start) {
    ParleyJson json = ParleyJson.defaults();
    NdjsonWriter w = start ? json.ndjsonWriter(out) : json.ndjsonAppender(out);
    if (start) {
      for (Party p : parties) {
        w.write(p);
      }
      for (Place p : places) {
        w.write(p);
      }
    }
    for (long i = 0; i < records; i++) {
      w.write(next());
    }
    w.flush();
  }

  /**
   * Returns an NDJSON file in memory: see {@link #writeNdjson(OutputStream, long)}.
   *
   * @param records how many records after the parties and places
   * @return the bytes
   */
  public byte[] ndjson(int records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(records * 400);
    writeNdjson(out, records);
    return out.toByteArray();
  }

  /**
   * Writes a chronicle document of {@code records} records, with every party and place.
   *
   * @param out where to write; not closed
   * @param records how many records
   */
  public void writeChronicle(OutputStream out, int records) {
    ParleyJson.defaults().writeChronicle(chronicle(records), out);
  }

  /** Keeps a bounded window of earlier records to refer to, so memory stays flat on long runs. */
  private <T> void remember(List<T> list, T value) {
    if (list.size() < WINDOW) {
      list.add(value);
    } else {
      list.set(random.nextInt(WINDOW), value);
    }
  }

  private RecordId id(String prefix) {
    return RecordId.of(prefix + ":" + (counter++));
  }

  private LocalDate day() {
    return START.plusDays(random.nextInt(1200));
  }

  private PartyId side() {
    return random.nextBoolean() ? states.get(0) : states.get(1);
  }

  private PlaceId place() {
    return places.get(random.nextInt(places.size())).id();
  }

  private Statement statement(PartyId speaker, LocalDate day) {
    return Statement.of(
        Source.builder()
            .speaker(speaker)
            .organ("Ministry of Defence")
            .outlet("Telegram")
            .published(ReportedDate.ofDay(day))
            .build(),
        Stance.CLAIMS);
  }

  private TerritorialClaim claim() {
    PartyId claimant = side();
    LocalDate day = day();
    PlaceId where = place();
    // One claimant says one thing about a place on a given day, as real feeds do; a random kind
    // would make the same claimant contradict itself (TERRITORY_CLAIM_CONFLICT).
    int kind =
        Math.floorMod(java.util.Objects.hash(claimant, where, day), ClaimKind.values().length);
    TerritorialClaim c =
        TerritorialClaim.builder()
            .id(id("claim"))
            .claimant(claimant)
            .subject(ClaimSubject.place(where))
            .kind(ClaimKind.values()[kind])
            .means(ClaimMeans.ARMED)
            .asOf(ReportedDate.ofDay(day))
            .addProvenance(statement(claimant, day))
            .build();
    remember(claims, c);
    return c;
  }

  private Assessment assessment() {
    TerritorialClaim judged = claims.get(random.nextInt(claims.size()));
    LocalDate day = judged.asOf().end().plusDays(random.nextInt(30));
    AssessmentStatus status =
        AssessmentStatus.values()[random.nextInt(AssessmentStatus.values().length)];
    return Assessment.builder()
        .id(id("assessment"))
        .assessor(PartyId.of("isw"))
        .assessorKind(AssessorKind.RESEARCH_GROUP)
        .claim(judged.id())
        .place(judged.subject().place().orElseThrow())
        .status(status)
        .controller(
            status == AssessmentStatus.CONTESTED
                ? Controller.contested()
                : Controller.party(side()))
        .date(ReportedDate.ofDay(day))
        .build();
  }

  private Incident incident() {
    LocalDate day = day();
    PartyId reporter = side();
    Statement s = statement(reporter, day);
    return Incident.builder()
        .id(id("incident"))
        .date(ReportedDate.ofDay(day))
        .place(place())
        .target(TargetType.values()[random.nextInt(TargetType.values().length)])
        .perpetrator(
            Perpetrator.builder()
                .party(reporter.equals(states.get(0)) ? states.get(1) : states.get(0))
                .attribution(Attribution.ATTRIBUTED)
                .addSource(s)
                .build())
        .weapon(WeaponType.values()[random.nextInt(WeaponType.values().length)])
        .casualties(
            Casualties.of(
                CasualtyRevision.builder()
                    .date(ReportedDate.ofDay(day))
                    .killed(
                        random.nextInt(5) == 0
                            ? Estimate.range(1, 3, 6)
                            : Estimate.exact(random.nextInt(10)))
                    .injured(Estimate.exact(random.nextInt(30)))
                    .addSource(s)
                    .build()))
        .build();
  }

  private Agreement agreement() {
    int quota = 50 + random.nextInt(1000);
    Agreement a =
        Agreement.builder()
            .id(id("agreement"))
            .addSides(states.get(0), states.get(1))
            .agreed(ReportedDate.ofDay(day()))
            .addQuotas(Quota.of(states.get(0), quota), Quota.of(states.get(1), quota))
            .parity(true)
            .build();
    remember(agreements, a);
    return a;
  }

  private Exchange exchange() {
    Agreement a = agreements.get(random.nextInt(agreements.size()));
    LocalDate day = a.agreed().end().plusDays(random.nextInt(60));
    int n = 10 + random.nextInt(300);
    int military = random.nextInt(n + 1);
    ReleaseFigure figure =
        ReleaseFigure.builder()
            .total(Estimate.exact(n))
            .putBreakdown(ReleaseCategory.MILITARY, (long) military)
            .putBreakdown(ReleaseCategory.CIVILIAN, (long) (n - military))
            .addStatement(statement(states.get(0), day))
            .build();
    return Exchange.builder()
        .id(id("exchange"))
        .agreement(a.id())
        .date(ReportedDate.ofDay(day))
        .addDirection(Direction.of(states.get(0), states.get(1), figure))
        .addDirection(Direction.of(states.get(1), states.get(0), ReleaseFigure.of(n)))
        .addParticipant(Participant.of(states.get(2), Role.TRANSIT))
        .addParticipant(Participant.of(PartyId.of("icrc"), Role.FACILITATOR))
        .status(ExchangeStatus.COMPLETED)
        .build();
  }

  private NegotiationRound round() {
    return NegotiationRound.builder()
        .id(id("talks"))
        .venue(place())
        .date(ReportedDate.ofDay(day()))
        .duration(Duration.ofHours(1 + random.nextInt(8)))
        .format(TalksFormat.DIRECT)
        .addDelegation(
            Delegation.builder().party(states.get(0)).head("Head of delegation A").build())
        .addDelegation(
            Delegation.builder().party(states.get(1)).head("Head of delegation B").build())
        .addParticipant(Participant.of(states.get(3), Role.HOST))
        .build();
  }

  private CeasefireProposal proposal() {
    PartyId proposer = side();
    PartyId addressee = proposer.equals(states.get(0)) ? states.get(1) : states.get(0);
    LocalDate day = day();
    return CeasefireProposal.builder()
        .id(id("ceasefire"))
        .proposer(proposer)
        .addAddressee(addressee)
        .kind(ProposalKind.PROPOSAL)
        .scope(Scope.comprehensive())
        .duration(Duration.ofDays(30))
        .date(ReportedDate.ofDay(day))
        .addCondition(
            Condition.precondition(ConditionType.MONITORING, proposer, "international monitoring"))
        .addResponse(
            Response.of(
                addressee,
                ReportedDate.ofDay(day.plusDays(1 + random.nextInt(10))),
                random.nextBoolean() ? ResponseStance.REJECTED : ResponseStance.ACCEPTED))
        .build();
  }
}
