package dev.parley.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionGroup;
import dev.parley.ceasefire.ConditionTiming;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.ceasefire.LifecycleEventType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseAccount;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.ceasefire.Scope;
import dev.parley.ceasefire.ScopeDomain;
import dev.parley.ceasefire.TimePoint;
import dev.parley.estimate.Estimate;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import dev.parley.validation.InvalidValueException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid ceasefire values, shared by the core and json modules' tests
 * (through the core test jar). Proposals come with responses and a legal lifecycle, mixing instants
 * in several zones with date-only times.
 */
public final class CeasefireGen {
  private static final List<String> ZONES =
      List.of("Europe/Moscow", "Europe/Kyiv", "UTC", "Asia/Tokyo");
  private static final List<String> TEXTS =
      List.of(
          "give up more land",
          "disarm",
          "stay out of Western military alliances",
          "exchange all for all",
          "international monitors");

  private CeasefireGen() {}

  /** Conditions of every type and timing. */
  public static Gen<Condition> conditions() {
    return Generate.enumValues(ConditionType.class)
        .zip(
            VocabularyGen.partyIds(),
            Generate.pick(TEXTS),
            Generate.enumValues(ConditionTiming.class),
            Condition::of);
  }

  /** Comprehensive scopes and partial scopes of every domain. */
  public static Gen<Scope> scopes() {
    return longs().all().map(seed -> scope(new SplittableRandom(seed)));
  }

  /** Instants in a few zones, and dates of every precision. */
  public static Gen<TimePoint> timePoints() {
    return VocabularyGen.zonedDateTimes()
        .map(TimePoint::of)
        .mix(VocabularyGen.reportedDates().map(TimePoint::of));
  }

  /** Valid proposals and declarations, with responses and a legal lifecycle. */
  public static Gen<CeasefireProposal> proposals() {
    return longs().all().map(CeasefireGen::proposal);
  }

  /**
   * A proposal and an instant from two days before it to about ten weeks after it, in one of a few
   * zones.
   */
  public static Gen<Probe> probes() {
    return proposals()
        .zip(
            integers().between(-48, 24 * 70),
            Generate.pick(ZONES),
            (p, hours, zone) ->
                new Probe(p, p.date().start().atStartOfDay(ZoneId.of(zone)).plusHours(hours)));
  }

  /** A proposal and an instant at which to ask for its status. */
  public static final class Probe {
    /** The proposal. */
    public final CeasefireProposal proposal;

    /** The instant. */
    public final ZonedDateTime at;

    Probe(CeasefireProposal proposal, ZonedDateTime at) {
      this.proposal = proposal;
      this.at = at;
    }

    @Override
    public String toString() {
      return proposal + " at " + at;
    }
  }

  private static Scope scope(SplittableRandom r) {
    int pick = r.nextInt(ScopeDomain.values().length + 1);
    if (pick == ScopeDomain.values().length) {
      return Scope.comprehensive();
    }
    ScopeDomain domain = ScopeDomain.values()[pick];
    Scope.Builder b = Scope.builder().domain(domain);
    if (domain == ScopeDomain.FRONT_SECTOR || r.nextInt(4) == 0) {
      if (r.nextBoolean()) {
        b.addRegion(RegionCode.parse("UA-" + (10 + r.nextInt(80))));
      } else {
        b.addPlace(PlaceId.of("place-" + r.nextInt(100)));
      }
    }
    if (domain == ScopeDomain.OTHER || r.nextInt(4) == 0) {
      b.description("pause " + r.nextInt(100));
    }
    return b.build();
  }

  /**
   * Builds a valid proposal from a seed: random parties, responses in date order, and a random walk
   * over lifecycle events that stops at the first event the proposal rejects.
   *
   * @param seed the seed
   * @return the proposal
   */
  public static CeasefireProposal proposal(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ZoneId zone = ZoneId.of(ZONES.get(r.nextInt(ZONES.size())));
    LocalDate day = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2000));
    ProposalKind kind =
        r.nextInt(4) == 0 ? ProposalKind.UNILATERAL_DECLARATION : ProposalKind.PROPOSAL;
    PartyId proposer = PartyId.of("p0");
    List<PartyId> addressees = new ArrayList<>();
    if (kind == ProposalKind.PROPOSAL) {
      int n = 1 + r.nextInt(3);
      for (int i = 1; i <= n; i++) {
        addressees.add(PartyId.of("p" + i));
      }
    }
    Optional<Duration> duration =
        r.nextBoolean() ? Optional.of(Duration.ofHours(1 + r.nextInt(24 * 40))) : Optional.empty();
    CeasefireProposal.Builder b =
        CeasefireProposal.builder()
            .id(RecordId.of("ceasefire:" + Long.toHexString(seed)))
            .proposer(proposer)
            .addAllAddressees(addressees)
            .kind(kind)
            .scope(scope(r))
            .duration(duration)
            .date(ReportedDate.ofDay(day));
    if (r.nextBoolean()) {
      b.proposedStart(
          r.nextBoolean()
              ? TimePoint.of(day.plusDays(1).atStartOfDay(zone).plusHours(r.nextInt(24)))
              : TimePoint.ofDay(day.plusDays(r.nextInt(3))));
    }
    if (r.nextInt(3) == 0) {
      b.addCondition(Condition.term(ConditionType.MONITORING, proposer, "international monitors"));
    }
    if (duration.isPresent() && r.nextInt(4) == 0) {
      b.durationUpTo(duration.get().plusHours(1 + r.nextInt(48)));
    } else if (duration.isEmpty() && r.nextInt(4) == 0) {
      b.durationUnknown(true);
    }
    if (r.nextInt(4) == 0) {
      b.addCoProposer(PartyId.of("p9"));
    }
    if (r.nextInt(4) == 0) {
      b.venue(PlaceId.of("place-" + r.nextInt(100)));
    }
    if (r.nextInt(5) == 0) {
      b.occasion("Orthodox Easter");
    }
    if (r.nextInt(5) == 0) {
      b.answers(RecordId.of("answered:" + Long.toHexString(seed)));
    }
    if (r.nextInt(5) == 0) {
      b.mirrors(RecordId.of("mirrored:" + Long.toHexString(seed)));
    }
    if (r.nextInt(4) == 0) {
      b.addAlternatives(
          ConditionGroup.of(Condition.precondition(ConditionType.WITHDRAWAL, proposer, "withdraw")),
          ConditionGroup.of(
              Condition.precondition(ConditionType.RECIPROCITY, proposer, "the same in return"),
              Condition.term(ConditionType.MONITORING, proposer, "international monitors")));
    }
    LocalDate responseDay = day;
    List<PartyId> answered = new ArrayList<>();
    int responses = addressees.isEmpty() ? 0 : r.nextInt(5);
    for (int k = 0; k < responses; k++) {
      responseDay = responseDay.plusDays(r.nextInt(4));
      PartyId party = addressees.get(r.nextInt(addressees.size()));
      ResponseStance stance = ResponseStance.values()[r.nextInt(ResponseStance.values().length)];
      Response.Builder rb =
          Response.builder()
              .party(party)
              .date(ReportedDate.ofDay(responseDay))
              .stance(stance)
              .supersedesEarlier(answered.contains(party));
      if (stance == ResponseStance.ACCEPTED_WITH_CONDITIONS || r.nextInt(5) == 0) {
        rb.addCondition(
            Condition.precondition(
                ConditionType.values()[r.nextInt(ConditionType.values().length)],
                party,
                TEXTS.get(r.nextInt(TEXTS.size()))));
      }
      if (r.nextInt(4) == 0) {
        rb.note("agrees in principle");
      }
      if (r.nextInt(4) == 0) {
        rb.addAccount(
            ResponseAccount.builder()
                .stance(ResponseStance.values()[r.nextInt(ResponseStance.values().length)])
                .addProvenance(Statement.claimedBy(PartyId.of("p8")))
                .build());
      }
      if (stance == ResponseStance.COUNTER_PROPOSAL) {
        rb.counterProposal(RecordId.of("counter:" + Long.toHexString(seed) + "-" + k));
      }
      b.addResponse(rb.build());
      answered.add(party);
    }
    CeasefireProposal valid = b.build();
    List<LifecycleEvent> events = new ArrayList<>();
    ZonedDateTime time = day.atStartOfDay(zone).plusHours(r.nextInt(72));
    int steps = r.nextInt(7);
    for (int s = 0; s < steps; s++) {
      LifecycleEventType type =
          LifecycleEventType.values()[r.nextInt(LifecycleEventType.values().length)];
      TimePoint when = r.nextInt(4) == 0 ? TimePoint.ofDay(time.toLocalDate()) : TimePoint.of(time);
      LifecycleEvent.Builder eb = LifecycleEvent.builder().type(type).time(when);
      if (type == LifecycleEventType.BREACH_ALLEGED) {
        eb.party(r.nextBoolean() || addressees.isEmpty() ? proposer : addressees.get(0));
        if (r.nextBoolean()) {
          eb.allegedAt(TimePoint.ofDay(time.toLocalDate().plusDays(r.nextInt(40))));
        }
        if (r.nextBoolean()) {
          eb.addViolation(
              SourcedEstimate.of(
                  Estimate.range(10, 11 + r.nextInt(1000)), Statement.claimedBy(proposer)));
        }
      }
      if (type == LifecycleEventType.EXTENDED && r.nextBoolean()) {
        eb.extendedBy(Duration.ofHours(1 + r.nextInt(24 * 30)));
      }
      events.add(eb.build());
      try {
        valid = valid.withEvents(events);
      } catch (InvalidValueException illegal) {
        events.remove(events.size() - 1);
      }
      time = time.plusHours(1 + r.nextInt(24 * 15));
    }
    return valid;
  }
}
