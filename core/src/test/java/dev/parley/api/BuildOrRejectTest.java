package dev.parley.api;

import static dev.parley.testing.Laws.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionGroup;
import dev.parley.ceasefire.ConditionTiming;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.ceasefire.LifecycleEventType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.ReleaseCondition;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseAccount;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.ceasefire.Scope;
import dev.parley.ceasefire.ScopeDomain;
import dev.parley.ceasefire.TimePoint;
import dev.parley.ceasefire.Truce;
import dev.parley.ceasefire.TruceExtension;
import dev.parley.ceasefire.TruceFindings;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.Fulfilment;
import dev.parley.exchange.Quota;
import dev.parley.exchange.ReleaseCategory;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.exchange.Route;
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
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.place.CountryCode;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.record.ChronicleRecord;
import dev.parley.territory.Assessment;
import dev.parley.territory.AssessmentStatus;
import dev.parley.territory.AssessorKind;
import dev.parley.territory.ClaimKind;
import dev.parley.territory.ClaimMeans;
import dev.parley.territory.ClaimSubject;
import dev.parley.territory.Controller;
import dev.parley.territory.TerritorialClaim;
import dev.parley.testing.Wild;
import dev.parley.time.TimeWindow;
import dev.parley.validation.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Building any record from arbitrary attribute values (negative, zero, extreme and reversed
 * numbers, durations, dates and windows) either succeeds or fails with an {@link
 * InvalidValueException}, never with any other exception; and the derived queries of a value that
 * was built never throw. One law per record type.
 */
class BuildOrRejectTest {
  private static final AtomicInteger BUILT = new AtomicInteger();
  private static final AtomicInteger REJECTED = new AtomicInteger();

  @Test
  void agreements() {
    law(BuildOrRejectTest::agreement);
  }

  @Test
  void exchanges() {
    law(BuildOrRejectTest::exchange);
  }

  @Test
  void negotiationRounds() {
    law(BuildOrRejectTest::round);
  }

  @Test
  void ceasefireProposals() {
    law(BuildOrRejectTest::proposal);
  }

  @Test
  void territorialClaims() {
    law(BuildOrRejectTest::claim);
  }

  @Test
  void assessments() {
    law(BuildOrRejectTest::assessment);
  }

  @Test
  void incidents() {
    law(BuildOrRejectTest::incident);
  }

  @Test
  void truces() {
    law(BuildOrRejectTest::truce);
  }

  /** The laws are only worth something if arbitrary values both pass and fail the rules. */
  @AfterAll
  static void bothOutcomesOccur() {
    assertThat(BUILT.get()).as("values built").isPositive();
    assertThat(REJECTED.get()).as("values rejected").isPositive();
  }

  private static void law(Function<Wild, ChronicleRecord> build) {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              ChronicleRecord record;
              try {
                record = build.apply(new Wild(seed));
              } catch (InvalidValueException expected) {
                assertThat(expected.violations()).isNotEmpty();
                REJECTED.incrementAndGet();
                return;
              }
              BUILT.incrementAndGet();
              Wild w = new Wild(~seed);
              record.referencedParties();
              record.referencedPlaces();
              record.referencedRecords();
              record.recordDate();
              if (record instanceof CeasefireProposal p) {
                p.proposedWindow();
                p.allegedBreaches();
                for (int i = 0; i < 4; i++) {
                  java.time.ZonedDateTime at = w.instant();
                  p.statusAt(at);
                  p.finalResponses(at);
                  p.unansweredAddressees(at);
                }
              } else if (record instanceof Exchange e) {
                for (PartyId side : e.sides()) {
                  e.released(side);
                }
              } else if (record instanceof Truce t) {
                t.initialEnd();
                t.effectiveEnd();
                for (int i = 0; i < 4; i++) {
                  java.time.ZonedDateTime at = w.instant();
                  t.phaseAt(at);
                  t.effectiveEndAsKnownAt(at);
                  for (TruceExtension e : t.extensions()) {
                    if (e.condition().isPresent()) {
                      List<Exchange> tranches = new ArrayList<>();
                      try {
                        tranches.add((Exchange) exchange(w));
                      } catch (InvalidValueException rejected) {
                        // only tranches that could be built count
                      }
                      TruceFindings.conditionStatus(
                          t,
                          e.condition().get(),
                          tranches.stream().findFirst().map(x -> (ChronicleRecord) x),
                          tranches,
                          at);
                    }
                  }
                }
              } else if (record instanceof Incident i) {
                i.killed();
                i.injured();
              } else if (record instanceof Agreement a) {
                List<Exchange> tranches = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                  try {
                    tranches.add(((Exchange) exchange(w)).withAgreement(a.id()));
                  } catch (InvalidValueException rejected) {
                    // only tranches that could be built count towards the agreement
                  }
                }
                Fulfilment f = Fulfilment.of(a, tranches, w.day());
                for (PartyId side : a.sides()) {
                  f.released(side);
                  f.progress(side);
                }
              }
            });
  }

  private static List<Participant> participants(Wild w) {
    List<Participant> out = new ArrayList<>();
    for (int i = w.below(3); i > 0; i--) {
      out.add(Participant.of(w.party(), w.pick(Role.class)));
    }
    return out;
  }

  private static ReleaseFigure figure(Wild w) {
    ReleaseFigure.Builder b = ReleaseFigure.builder().total(w.estimate());
    for (ReleaseCategory category : ReleaseCategory.values()) {
      if (w.oneIn(3)) {
        b.putBreakdown(category, w.count());
      }
    }
    return b.statements(w.statements()).build();
  }

  private static Quota quota(Wild w) {
    switch (w.below(5)) {
      case 0:
        return Quota.of(w.party(), w.count());
      case 1:
        return Quota.of(w.party(), w.count(), w.pick(ReleaseCategory.class));
      case 2:
        {
          dev.parley.exchange.QuotaRatio.Builder r =
              dev.parley.exchange.QuotaRatio.builder()
                  .released(w.count())
                  .per(w.count())
                  .counterpart(w.party());
          if (w.oneIn(2)) {
            r.counterpartCategory(w.pick(ReleaseCategory.class));
          }
          Quota.Builder q = Quota.builder().releasing(w.party()).ratio(r.build());
          if (w.oneIn(3)) {
            q.count(w.count());
          }
          return q.build();
        }
      case 3:
        return Quota.builder()
            .releasing(w.party())
            .addJointWith(w.party())
            .count(w.count())
            .build();
      default:
        return Quota.all(w.party(), w.pick(ReleaseCategory.class), w.pick("all", " ", ""));
    }
  }

  private static ChronicleRecord agreement(Wild w) {
    Agreement.Builder b =
        Agreement.builder()
            .id(w.id("agreement"))
            .agreed(w.date())
            .addSides(w.party(), w.party())
            .participants(participants(w));
    if (w.oneIn(3)) {
      b.addSides(w.party());
    }
    for (int i = w.below(4); i > 0; i--) {
      b.addQuotas(quota(w));
    }
    if (w.oneIn(2)) {
      b.target(w.date());
    }
    if (w.oneIn(4)) {
      b.parity(true);
    }
    if (w.oneIn(3)) {
      b.sources(w.statements());
    }
    if (w.oneIn(3)) {
      b.note(w.pick("as a gesture of goodwill", " ", ""));
    }
    if (w.oneIn(3)) {
      b.revises(
          dev.parley.exchange.AgreementRevision.of(
              w.id("agreement"), w.pick(dev.parley.exchange.RevisionKind.class)));
    }
    if (w.oneIn(3)) {
      b.truce(w.id("ceasefire"));
    }
    return b.build();
  }

  private static ChronicleRecord exchange(Wild w) {
    Exchange.Builder b =
        Exchange.builder()
            .id(w.id("exchange"))
            .date(w.date())
            .status(w.pick(ExchangeStatus.class))
            .participants(participants(w));
    if (w.oneIn(2)) {
      b.agreement(w.id("agreement"));
    }
    if (w.oneIn(2)) {
      b.trancheNumber(
          (int)
              w.pick(-1L, 0L, 1L, 7L, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE)
                  .longValue());
    }
    for (int i = w.below(4); i > 0; i--) {
      b.addDirection(
          w.oneIn(3)
              ? Direction.of(w.party(), w.party(), w.count())
              : w.oneIn(2) ? Direction.of(w.party(), w.party(), figure(w)) : direction(w));
    }
    if (w.oneIn(3)) {
      b.timeOfDay(w.instant().toLocalTime());
    }
    if (w.oneIn(3)) {
      b.zone(w.instant().getZone());
    }
    return b.build();
  }

  /** A direction with who receives, its own roles and routes drawn wild. */
  private static Direction direction(Wild w) {
    Direction.Builder d = Direction.builder().releasing(w.party()).addFigure(figure(w));
    if (w.oneIn(4) || !w.oneIn(6)) {
      d.receiving(w.party());
    }
    if (w.oneIn(2)) {
      d.releasedInto(w.place());
    }
    if (w.oneIn(2)) {
      d.receiverRole(w.pick(Role.class));
    }
    d.participants(participants(w));
    for (int i = w.below(3); i > 0; i--) {
      List<PlaceId> via = new ArrayList<>();
      for (int k = w.below(3); k > 0; k--) {
        via.add(w.place());
      }
      d.addRoute(Route.of(w.place(), via, w.place()));
    }
    return d.build();
  }

  private static ChronicleRecord round(Wild w) {
    NegotiationRound.Builder b =
        NegotiationRound.builder()
            .id(w.id("talks"))
            .venue(w.place())
            .date(w.date())
            .format(w.pick(TalksFormat.class))
            .participants(participants(w))
            .provenance(w.statements());
    for (int i = w.below(4); i > 0; i--) {
      b.addDelegation(Delegation.of(w.party()));
    }
    if (w.oneIn(2)) {
      b.duration(w.duration());
    }
    if (w.oneIn(2)) {
      b.window(
          w.oneIn(2)
              ? TimeWindow.of(w.instant(), w.instant())
              : TimeWindow.of(w.instant(), w.duration()));
    }
    if (w.oneIn(3)) {
      b.note(w.pick("", " ", "met for two hours"));
    }
    return b.build();
  }

  private static Condition condition(Wild w) {
    return Condition.of(
        w.pick(ConditionType.class),
        w.party(),
        w.pick("withdraw", "", " "),
        w.pick(ConditionTiming.class));
  }

  private static ConditionGroup group(Wild w) {
    List<Condition> conditions = new ArrayList<>();
    for (int i = w.below(3); i > 0; i--) {
      conditions.add(condition(w));
    }
    return ConditionGroup.of(conditions);
  }

  private static TimePoint point(Wild w) {
    return w.oneIn(2) ? TimePoint.of(w.instant()) : TimePoint.of(w.date());
  }

  private static Scope scope(Wild w) {
    switch (w.below(3)) {
      case 0:
        return Scope.comprehensive();
      case 1:
        return Scope.partial(w.pick(ScopeDomain.class));
      default:
        return Scope.builder()
            .domain(w.pick(ScopeDomain.class))
            .description(w.pick("parts of the front line", " "))
            .build();
    }
  }

  private static ChronicleRecord proposal(Wild w) {
    CeasefireProposal.Builder b =
        CeasefireProposal.builder()
            .id(w.id("ceasefire"))
            .proposer(w.party())
            .kind(w.pick(ProposalKind.class))
            .date(w.date())
            .participants(participants(w))
            .provenance(w.statements())
            .scope(scope(w));
    for (int i = w.below(3); i > 0; i--) {
      b.addAddressee(w.party());
    }
    if (w.oneIn(2)) {
      b.duration(w.duration());
    }
    if (w.oneIn(4)) {
      b.durationUpTo(w.duration());
    }
    if (w.oneIn(6)) {
      b.durationUnknown(true);
    }
    for (int i = w.below(3); i > 0; i--) {
      b.addCoProposer(w.party());
    }
    if (w.oneIn(4)) {
      b.venue(w.place());
    }
    if (w.oneIn(4)) {
      b.occasion(w.pick("Orthodox Easter", " "));
    }
    if (w.oneIn(4)) {
      b.answers(w.id("ceasefire"));
    }
    if (w.oneIn(4)) {
      b.mirrors(w.id("ceasefire"));
    }
    for (int i = w.below(3); i > 0; i--) {
      b.addExchangeAgreements(w.id("agreement"));
    }
    for (int i = w.below(4); i > 0; i--) {
      b.addAlternative(group(w));
    }
    if (w.oneIn(3)) {
      b.proposedStart(point(w));
    }
    if (w.oneIn(4)) {
      b.extensionTerms(w.pick("", "if prisoners are released"));
    }
    for (int i = w.below(3); i > 0; i--) {
      b.addCondition(condition(w));
    }
    for (int i = w.below(4); i > 0; i--) {
      Response.Builder r =
          Response.builder()
              .party(w.party())
              .date(w.date())
              .stance(w.pick(ResponseStance.class))
              .supersedesEarlier(w.oneIn(2));
      if (w.oneIn(3)) {
        r.addCondition(condition(w));
      }
      if (w.oneIn(4)) {
        r.counterProposal(w.id("ceasefire"));
      }
      for (int j = w.below(3); j > 0; j--) {
        r.addAlternative(group(w));
      }
      if (w.oneIn(4)) {
        r.note(w.pick("agrees in principle", ""));
      }
      for (int j = w.below(3); j > 0; j--) {
        ResponseAccount.Builder a =
            ResponseAccount.builder()
                .stance(w.pick(ResponseStance.class))
                .provenance(w.statements());
        if (w.oneIn(3)) {
          a.note(w.pick("according to officials", " "));
        }
        r.addAccount(a.build());
      }
      b.addResponse(r.build());
    }
    for (int i = w.below(6); i > 0; i--) {
      LifecycleEventType type = w.pick(LifecycleEventType.class);
      LifecycleEvent.Builder e = LifecycleEvent.builder().type(type).time(point(w));
      if (type == LifecycleEventType.BREACH_ALLEGED || w.oneIn(5)) {
        e.party(w.party());
        if (w.oneIn(2)) {
          e.accused(w.party());
        }
      }
      if (type == LifecycleEventType.BREACH_ALLEGED || w.oneIn(8)) {
        if (w.oneIn(2)) {
          e.allegedAt(point(w));
        }
        for (int j = w.below(3); j > 0; j--) {
          e.addViolation(SourcedEstimate.of(w.estimate(), w.statements()));
        }
      }
      if (type == LifecycleEventType.EXTENDED || w.oneIn(6)) {
        if (w.oneIn(3) || type != LifecycleEventType.EXTENDED) {
          e.extendedBy(w.duration());
        }
      }
      b.addEvent(e.build());
    }
    return b.build();
  }

  private static ClaimSubject subject(Wild w) {
    switch (w.below(3)) {
      case 0:
        return ClaimSubject.region(RegionCode.parse(w.pick("UA-14", "UA-23", "RU-KRS")));
      case 1:
        return ClaimSubject.share(
            CountryCode.of(w.pick("UA", "SD")),
            w.pick(
                new BigDecimal("-1"),
                BigDecimal.ZERO,
                new BigDecimal("19.5"),
                new BigDecimal("100"),
                new BigDecimal("100.01"),
                new BigDecimal("1e400")));
      default:
        return ClaimSubject.place(w.place());
    }
  }

  private static ChronicleRecord claim(Wild w) {
    return TerritorialClaim.builder()
        .id(w.id("claim"))
        .claimant(w.party())
        .subject(subject(w))
        .kind(w.pick(ClaimKind.class))
        .means(w.pick(ClaimMeans.class))
        .asOf(w.date())
        .provenance(w.statements())
        .areaKm2(magnitudes(w))
        .settlements(magnitudes(w))
        .build();
  }

  private static List<SourcedEstimate> magnitudes(Wild w) {
    List<SourcedEstimate> out = new ArrayList<>();
    for (int i = w.below(3); i > 0; i--) {
      out.add(SourcedEstimate.of(w.estimate(), w.statements()));
    }
    return out;
  }

  private static ChronicleRecord assessment(Wild w) {
    Assessment.Builder b =
        Assessment.builder()
            .id(w.id("assessment"))
            .assessor(w.party())
            .assessorKind(w.pick(AssessorKind.class))
            .status(w.pick(AssessmentStatus.class))
            .date(w.date())
            .controller(
                w.pick(Controller.party(w.party()), Controller.contested(), Controller.unknown()))
            .provenance(w.statements());
    if (w.oneIn(2)) {
      b.claim(w.id("claim"));
    }
    if (w.oneIn(2)) {
      b.place(w.place());
    }
    return b.build();
  }

  private static ChronicleRecord incident(Wild w) {
    Incident.Builder b =
        Incident.builder()
            .id(w.id("incident"))
            .date(w.date())
            .place(w.place())
            .target(w.pick(TargetType.class))
            .provenance(w.statements());
    if (w.oneIn(2)) {
      b.time(w.instant());
    }
    if (w.oneIn(2)) {
      b.perpetrator(Perpetrator.of(w.party(), w.pick(Attribution.class)));
    }
    if (w.oneIn(2)) {
      b.weapon(w.pick(WeaponType.class));
    }
    List<CasualtyRevision> revisions = new ArrayList<>();
    for (int i = w.below(4); i > 0; i--) {
      revisions.add(
          CasualtyRevision.builder()
              .date(w.date())
              .killed(w.estimate())
              .injured(w.estimate())
              .sources(w.statements())
              .build());
    }
    if (!revisions.isEmpty()) {
      b.casualties(Casualties.builder().revisions(revisions).build());
    }
    return b.build();
  }

  private static ChronicleRecord truce(Wild w) {
    Truce.Builder b =
        Truce.builder()
            .id(w.id("truce"))
            .addParties(w.party(), w.party())
            .zone(w.instant().getZone())
            .inForce(w.instant().toLocalDateTime())
            .announced(w.oneIn(2) ? TimePoint.of(w.instant()) : TimePoint.of(w.date()))
            .provenance(w.statements());
    if (w.oneIn(3)) {
      b.addParty(w.party());
    }
    for (int i = w.below(3); i > 0; i--) {
      b.addMediator(w.party());
    }
    if (w.oneIn(2)) {
      b.length(w.duration());
    }
    if (w.oneIn(2)) {
      b.end(w.oneIn(2) ? TimePoint.of(w.instant()) : TimePoint.of(w.date()));
    }
    for (int i = w.below(3); i > 0; i--) {
      TruceExtension.Builder e =
          TruceExtension.builder()
              .announced(w.oneIn(2) ? TimePoint.of(w.instant()) : TimePoint.of(w.date()))
              .end(w.oneIn(2) ? TimePoint.of(w.instant()) : TimePoint.of(w.date()));
      if (w.oneIn(2)) {
        e.condition(
            w.oneIn(2)
                ? ReleaseCondition.of(w.id("exchange"))
                : ReleaseCondition.of(w.id("agreement"), w.party(), w.count()));
      }
      b.addExtension(e.build());
    }
    if (w.oneIn(3)) {
      b.note(w.pick("", " ", "humanitarian pause"));
    }
    return b.build();
  }
}
