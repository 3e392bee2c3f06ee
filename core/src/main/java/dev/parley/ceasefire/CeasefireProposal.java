package dev.parley.ceasefire;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.internal.Participants;
import dev.parley.internal.References;
import dev.parley.internal.Repeats;
import dev.parley.internal.TimeRanges;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.time.ReportedDate;
import dev.parley.time.TimeWindow;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A ceasefire proposal to other parties, or a unilateral declaration binding only the declarer,
 * with its responses and lifecycle events; a record of a chronicle.
 *
 * <pre>{@code
 * PartyId ua = PartyId.of("ua");
 * PartyId ru = PartyId.of("ru");
 * CeasefireProposal offer = CeasefireProposal.builder()
 *     .id(RecordId.of("ceasefire:ua-30-day"))
 *     .proposer(ua).addAddressee(ru)
 *     .kind(ProposalKind.PROPOSAL)
 *     .scope(Scope.comprehensive())
 *     .duration(Duration.ofDays(30))
 *     .date(ReportedDate.parse("2025-05-10"))
 *     .addResponse(Response.builder().party(ru).date(ReportedDate.parse("2025-05-16"))
 *         .stance(ResponseStance.COUNTER_PROPOSAL)
 *         .counterProposal(RecordId.of("ceasefire:ru-conditions")).build())
 *     .build();
 * ZoneId kyiv = ZoneId.of("Europe/Kyiv");
 * offer.statusAt(ZonedDateTime.of(2025, 5, 12, 12, 0, 0, 0, kyiv));   // PROPOSED
 * offer.statusAt(ZonedDateTime.of(2025, 5, 17, 12, 0, 0, 0, kyiv));   // COUNTERED
 * }</pre>
 *
 * <h2>Status</h2>
 *
 * <p>The status at an instant is derived, never stored: it is a function of the proposal date, the
 * responses and the events that have occurred by that instant (see {@link TimePoint} for how a
 * date-only time is read against an instant). Events are folded in list order, stopping at the
 * first one that has not yet occurred. While no event has occurred, a declaration is {@code
 * DECLARED} and a proposal's status comes from each addressee's final stance (its latest response
 * so far), taking the first row that applies:
 *
 * <table>
 *   <caption>Status of a proposal before any lifecycle event</caption>
 *   <tr><th>Final stances of the addressees</th><th>Status</th></tr>
 *   <tr><td>any rejected</td><td>{@code REJECTED}</td></tr>
 *   <tr><td>any counter-proposal</td><td>{@code COUNTERED}</td></tr>
 *   <tr><td>any accepted with conditions</td><td>{@code ACCEPTED_WITH_CONDITIONS}</td></tr>
 *   <tr><td>all accepted</td><td>{@code ACCEPTED}</td></tr>
 *   <tr><td>otherwise (no answer yet, or some accepted)</td><td>{@code PROPOSED}</td></tr>
 * </table>
 *
 * <p>Once an event has occurred, the events decide. Legal transitions (any other event is an
 * illegal transition and fails construction):
 *
 * <table>
 *   <caption>Lifecycle transitions</caption>
 *   <tr><th>From</th><th>Event</th><th>To</th></tr>
 *   <tr><td>proposed (any response status)</td><td>{@code ACCEPTED_BY_ALL}</td><td>{@code ACCEPTED}</td></tr>
 *   <tr><td>proposed, declared or accepted</td><td>{@code IN_EFFECT}</td><td>{@code IN_EFFECT}</td></tr>
 *   <tr><td>proposed, declared or accepted</td><td>{@code WITHDRAWN}</td><td>{@code WITHDRAWN}</td></tr>
 *   <tr><td>{@code IN_EFFECT}</td><td>{@code EXTENDED}, {@code BREACH_ALLEGED}</td><td>{@code IN_EFFECT}</td></tr>
 *   <tr><td>{@code IN_EFFECT}, or expired by its term and not yet recorded</td><td>{@code EXPIRED}</td><td>{@code EXPIRED}</td></tr>
 *   <tr><td>{@code IN_EFFECT}</td><td>{@code TERMINATED}</td><td>{@code TERMINATED}</td></tr>
 *   <tr><td>{@code EXPIRED}, {@code TERMINATED}, {@code WITHDRAWN}</td><td>none</td><td>final</td></tr>
 * </table>
 *
 * <p>A ceasefire in effect with a {@link #duration()} expires by itself once the duration has
 * elapsed after it took effect, plus any extensions, even without an {@code EXPIRED} event; an
 * extension with no duration makes it open-ended. So a breach alleged, or an extension made, after
 * the term ran out is an illegal {@code EXPIRED -> ...} transition; an {@code EXPIRED} event may
 * still record, once, the lapse the term implies. Alleged breaches do not change the status: they
 * are allegations, kept as events.
 *
 * <h2>Rules</h2>
 *
 * <p>Rules across records are in {@link CeasefireFindings}. Instances are immutable and
 * thread-safe. The validation rules are listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract non-sealed class CeasefireProposal
    implements WithCeasefireProposal, ChronicleRecord {
  CeasefireProposal() {}

  public abstract RecordId id();

  /**
   * Returns the party that proposes or declares the ceasefire; for a joint proposal, the first of
   * the proposers (see {@link #proposers()}).
   *
   * @return the proposer's id, not null
   */
  public abstract PartyId proposer();

  /**
   * Returns the other parties that make a joint proposal or declaration with {@link #proposer()},
   * in order.
   *
   * @return the co-proposers, possibly empty, never the proposer or an addressee, immutable
   */
  public abstract Set<PartyId> coProposers();

  /**
   * Returns every party that makes the proposal or declaration: the proposer, then the
   * co-proposers.
   *
   * @return the proposers, at least one, immutable
   */
  public Set<PartyId> proposers() {
    if (coProposers().isEmpty()) {
      return ImmutableSet.of(proposer());
    }
    return ImmutableSet.<PartyId>builder().add(proposer()).addAll(coProposers()).build();
  }

  /**
   * Returns the parties the proposal is addressed to, in order.
   *
   * @return the addressees, at least one for a proposal, none for a declaration, never the
   *     proposer, immutable
   */
  public abstract Set<PartyId> addressees();

  /**
   * Returns whether this is a proposal to others or a unilateral declaration.
   *
   * @return the kind, not null
   */
  public abstract ProposalKind kind();

  /**
   * Returns what the ceasefire covers.
   *
   * @return the scope, not null
   */
  public abstract Scope scope();

  /**
   * Returns how long the ceasefire is to last once in effect; the shortest of a range ("two to
   * three days") whose longest is {@link #durationUpTo()}.
   *
   * @return the positive duration, or empty for an open-ended ceasefire or one whose duration is
   *     not reported ({@link #durationUnknown()})
   */
  public abstract Optional<Duration> duration();

  /**
   * Returns a copy with {@link #duration()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract CeasefireProposal withDuration(Duration value);

  /**
   * Returns the longest duration of a range, when the duration is given as one ("two to three
   * days": {@code duration} two days, {@code durationUpTo} three days).
   *
   * @return the longest duration, longer than {@link #duration()}, present only with it
   */
  public abstract Optional<Duration> durationUpTo();

  /**
   * Returns a copy with {@link #durationUpTo()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract CeasefireProposal withDurationUpTo(Duration value);

  /**
   * Returns whether the ceasefire has a limited duration that the report does not give. Distinct
   * from open-ended: an unknown duration has an end, only no one reported it.
   *
   * @return true for an unreported duration, then with no {@link #duration()}; false by default
   */
  @Value.Default
  public boolean durationUnknown() {
    return false;
  }

  /**
   * Returns the occasion the ceasefire marks, such as a holiday ("Orthodox Easter"): a reason for
   * the truce, not a limit of its scope. A holiday truce over all hostilities has a comprehensive
   * {@link #scope()} and its holiday here.
   *
   * @return the occasion, not blank when present
   */
  public abstract Optional<String> occasion();

  /**
   * Returns a copy with {@link #occasion()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract CeasefireProposal withOccasion(String value);

  /**
   * Returns the place where the proposal or declaration was made, such as the city of a summit or a
   * press conference. Talks recorded as a negotiation round are named by {@link
   * #negotiationRound()}.
   *
   * @return the venue's id, or empty
   */
  public abstract Optional<PlaceId> venue();

  /**
   * Returns a copy with {@link #venue()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract CeasefireProposal withVenue(PlaceId value);

  /**
   * Returns the proposal or declaration this one answers, such as a demand that answers a
   * unilateral truce.
   *
   * @return the answered record's id, not this proposal's own, or empty
   */
  public abstract Optional<RecordId> answers();

  /**
   * Returns a copy with {@link #answers()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract CeasefireProposal withAnswers(RecordId value);

  /**
   * Returns the proposal or declaration this one mirrors, such as a counter-declaration of a
   * different length.
   *
   * @return the mirrored record's id, not this proposal's own, or empty
   */
  public abstract Optional<RecordId> mirrors();

  /**
   * Returns a copy with {@link #mirrors()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract CeasefireProposal withMirrors(RecordId value);

  /**
   * Returns when the ceasefire is proposed to start.
   *
   * @return an instant with its zone or a date; empty when none is given (as for a ceasefire to
   *     begin as soon as it is accepted)
   */
  public abstract Optional<TimePoint> proposedStart();

  /**
   * Returns a copy with {@link #proposedStart()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract CeasefireProposal withProposedStart(TimePoint value);

  /**
   * Returns the terms on which the ceasefire may be extended, as reported.
   *
   * @return the terms, not blank when present
   */
  public abstract Optional<String> extensionTerms();

  /**
   * Returns a copy with {@link #extensionTerms()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract CeasefireProposal withExtensionTerms(String value);

  /**
   * Returns the conditions attached to the proposal, all of which are demanded.
   *
   * @return the conditions, possibly empty, immutable
   */
  public abstract List<Condition> conditions();

  /**
   * Returns a copy with {@link #conditions()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract CeasefireProposal withConditions(Condition... elements);

  /**
   * Returns a copy with {@link #conditions()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract CeasefireProposal withConditions(Iterable<? extends Condition> elements);

  /**
   * Returns alternative demands: all conditions of one of these groups are demanded, on top of all
   * of {@link #conditions()} ("either withdrawal from A or an end to B").
   *
   * @return the groups, none or at least two, immutable
   */
  public abstract List<ConditionGroup> alternatives();

  /**
   * Returns a copy with {@link #alternatives()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract CeasefireProposal withAlternatives(ConditionGroup... elements);

  /**
   * Returns a copy with {@link #alternatives()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract CeasefireProposal withAlternatives(Iterable<? extends ConditionGroup> elements);

  /**
   * Returns the date the proposal or declaration was made.
   *
   * @return the date, not null
   */
  public abstract ReportedDate date();

  /**
   * Returns other participants, such as mediators who brokered the proposal.
   *
   * @return the participants, possibly empty, immutable
   */
  public abstract List<Participant> participants();

  /**
   * Returns a copy with {@link #participants()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract CeasefireProposal withParticipants(Participant... elements);

  /**
   * Returns a copy with {@link #participants()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract CeasefireProposal withParticipants(Iterable<? extends Participant> elements);

  /**
   * Returns the negotiation round where the proposal was made.
   *
   * @return the round's record id, or empty
   */
  public abstract Optional<RecordId> negotiationRound();

  /**
   * Returns a copy with {@link #negotiationRound()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract CeasefireProposal withNegotiationRound(RecordId value);

  /**
   * Returns the addressees' responses, in the order given; a party's later response supersedes its
   * earlier one.
   *
   * @return the responses, possibly empty, immutable
   */
  public abstract List<Response> responses();

  /**
   * Returns a copy with {@link #responses()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract CeasefireProposal withResponses(Response... elements);

  /**
   * Returns a copy with {@link #responses()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract CeasefireProposal withResponses(Iterable<? extends Response> elements);

  /**
   * Returns the lifecycle events, in chronological order.
   *
   * @return the events, possibly empty, immutable
   */
  public abstract List<LifecycleEvent> events();

  /**
   * Returns a copy with {@link #events()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract CeasefireProposal withEvents(LifecycleEvent... elements);

  /**
   * Returns a copy with {@link #events()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract CeasefireProposal withEvents(Iterable<? extends LifecycleEvent> elements);

  /**
   * Returns the prisoner-exchange agreements that are part of this ceasefire, such as the releases
   * a humanitarian pause was agreed for.
   *
   * @return the agreements' record ids, distinct, in order, immutable, possibly empty
   */
  public abstract List<RecordId> exchangeAgreements();

  /**
   * Returns a copy with {@link #exchangeAgreements()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract CeasefireProposal withExchangeAgreements(RecordId... elements);

  /**
   * Returns a copy with {@link #exchangeAgreements()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract CeasefireProposal withExchangeAgreements(Iterable<? extends RecordId> elements);

  /**
   * Returns who reported the proposal.
   *
   * @return the statements, possibly empty, immutable
   */
  public abstract List<Statement> provenance();

  /**
   * Returns a copy with {@link #provenance()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract CeasefireProposal withProvenance(Statement... elements);

  /**
   * Returns a copy with {@link #provenance()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract CeasefireProposal withProvenance(Iterable<? extends Statement> elements);

  @Override
  public RecordType recordType() {
    return RecordType.CEASEFIRE_PROPOSAL;
  }

  @Override
  public ReportedDate recordDate() {
    return date();
  }

  @Override
  public Set<PartyId> referencedParties() {
    ImmutableSet.Builder<PartyId> b = ImmutableSet.builder();
    b.add(proposer()).addAll(coProposers()).addAll(addressees());
    for (Participant p : participants()) {
      b.add(p.party());
    }
    demanders(b, conditions(), alternatives());
    speakers(b, provenance());
    for (Response r : responses()) {
      b.add(r.party());
      demanders(b, r.conditions(), r.alternatives());
      speakers(b, r.provenance());
      for (ResponseAccount a : r.accounts()) {
        speakers(b, a.provenance());
      }
    }
    for (LifecycleEvent e : events()) {
      if (e.party().isPresent()) {
        b.add(e.party().get());
      }
      if (e.accused().isPresent()) {
        b.add(e.accused().get());
      }
      speakers(b, e.provenance());
      for (SourcedEstimate v : e.violations()) {
        speakers(b, v.sources());
      }
    }
    return b.build();
  }

  private static void demanders(
      ImmutableSet.Builder<PartyId> b, List<Condition> all, List<ConditionGroup> alternatives) {
    for (Condition c : all) {
      b.add(c.demandedBy());
    }
    for (ConditionGroup g : alternatives) {
      for (Condition c : g.conditions()) {
        b.add(c.demandedBy());
      }
    }
  }

  private static void speakers(ImmutableSet.Builder<PartyId> b, List<Statement> statements) {
    References.speakers(b, statements);
  }

  @Override
  public Set<PlaceId> referencedPlaces() {
    ImmutableSet.Builder<PlaceId> b = ImmutableSet.builder();
    b.addAll(scope().places());
    if (venue().isPresent()) {
      b.add(venue().get());
    }
    for (LifecycleEvent e : events()) {
      if (e.place().isPresent()) {
        b.add(e.place().get());
      }
    }
    return b.build();
  }

  @Override
  public Set<RecordId> referencedRecords() {
    ImmutableSet.Builder<RecordId> b = ImmutableSet.builder();
    if (negotiationRound().isPresent()) {
      b.add(negotiationRound().get());
    }
    if (answers().isPresent()) {
      b.add(answers().get());
    }
    if (mirrors().isPresent()) {
      b.add(mirrors().get());
    }
    for (Response r : responses()) {
      if (r.counterProposal().isPresent()) {
        b.add(r.counterProposal().get());
      }
    }
    b.addAll(exchangeAgreements());
    return b.build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the proposed window: the proposed start instant and, when there is a duration, the end
   * that far after it (the longest duration of a range).
   *
   * @return a closed window, an open-ended one for an open-ended ceasefire or one of unknown
   *     duration (or one whose term would end after 9999-12-31, beyond the time Parley represents),
   *     or empty when the proposed start is not an instant
   */
  public Optional<TimeWindow> proposedWindow() {
    return proposedStart()
        .flatMap(TimePoint::dateTime)
        .map(
            start ->
                term()
                    .map(start::plus)
                    .filter(TimeRanges::contains)
                    .map(end -> TimeWindow.of(start, end))
                    .orElseGet(() -> TimeWindow.startingAt(start)));
  }

  /**
   * Returns the status at an instant, derived from the proposal date, the responses and the events
   * that have occurred by then (see the class comment).
   *
   * @param at the instant, with the zone in which dates are read, not null
   * @return the status, or empty before the proposal was made
   */
  public Optional<CeasefireStatus> statusAt(ZonedDateTime at) {
    if (!TimePoint.of(date()).hasOccurredBy(at)) {
      return Optional.empty();
    }
    Lifecycle lifecycle = new Lifecycle(kind(), term());
    for (LifecycleEvent e : events()) {
      if (!e.time().hasOccurredBy(at)) {
        break;
      }
      lifecycle.apply(e);
    }
    lifecycle.settle(at);
    switch (lifecycle.phase()) {
      case ACCEPTED:
        return Optional.of(CeasefireStatus.ACCEPTED);
      case IN_EFFECT:
        return Optional.of(CeasefireStatus.IN_EFFECT);
      case EXPIRED:
        return Optional.of(CeasefireStatus.EXPIRED);
      case TERMINATED:
        return Optional.of(CeasefireStatus.TERMINATED);
      case WITHDRAWN:
        return Optional.of(CeasefireStatus.WITHDRAWN);
      default:
        return Optional.of(
            kind() == ProposalKind.UNILATERAL_DECLARATION
                ? CeasefireStatus.DECLARED
                : fromResponses(at));
    }
  }

  /**
   * The term after which a ceasefire in effect has certainly expired: the longest duration of a
   * range, the duration, or none for an open-ended ceasefire or an unreported duration (which then
   * ends only by an event).
   */
  private Optional<Duration> term() {
    return durationUnknown() ? Optional.empty() : durationUpTo().or(this::duration);
  }

  private CeasefireStatus fromResponses(ZonedDateTime at) {
    Map<PartyId, Response> last = finalResponses(at);
    boolean conditional = false;
    boolean countered = false;
    int accepted = 0;
    for (Response r : last.values()) {
      switch (r.stance()) {
        case REJECTED:
          return CeasefireStatus.REJECTED;
        case COUNTER_PROPOSAL:
          countered = true;
          break;
        case ACCEPTED_WITH_CONDITIONS:
          conditional = true;
          break;
        case ACCEPTED:
          accepted++;
          break;
        default:
          break;
      }
    }
    if (countered) {
      return CeasefireStatus.COUNTERED;
    }
    if (conditional) {
      return CeasefireStatus.ACCEPTED_WITH_CONDITIONS;
    }
    return accepted == addressees().size() ? CeasefireStatus.ACCEPTED : CeasefireStatus.PROPOSED;
  }

  /**
   * Returns each party's final response as of an instant: the latest of its responses known at that
   * instant, that is the last in the order of the responses among those that have certainly
   * occurred by then (see {@link TimePoint} for how a date is read against an instant). A response
   * dated to a month is not yet known on the month's tenth day, but a later one dated the ninth is.
   *
   * @param asOf the instant, with the zone in which dates are read, not null
   * @return the final responses by party, in the order of first response known, immutable
   */
  public Map<PartyId, Response> finalResponses(ZonedDateTime asOf) {
    Map<PartyId, Response> last = new LinkedHashMap<>();
    for (Response r : responses()) {
      if (TimePoint.of(r.date()).hasOccurredBy(asOf)) {
        last.put(r.party(), r);
      }
    }
    return ImmutableMap.copyOf(last);
  }

  /**
   * Returns the addressees that have not answered as of an instant: those with no response by then,
   * or whose final response is {@link ResponseStance#NO_ANSWER}.
   *
   * @param asOf the instant, with the zone in which dates are read, not null
   * @return the addressees without an answer, in addressee order, immutable; empty for a
   *     declaration
   */
  public Set<PartyId> unansweredAddressees(ZonedDateTime asOf) {
    Map<PartyId, Response> last = finalResponses(asOf);
    ImmutableSet.Builder<PartyId> out = ImmutableSet.builder();
    for (PartyId a : addressees()) {
      Response r = last.get(a);
      if (r == null || !r.stance().isAnswer()) {
        out.add(a);
      }
    }
    return out.build();
  }

  /**
   * Returns the alleged breaches, in order.
   *
   * @return the events of type {@link LifecycleEventType#BREACH_ALLEGED}, immutable
   */
  public List<LifecycleEvent> allegedBreaches() {
    return events().stream()
        .filter(e -> e.type() == LifecycleEventType.BREACH_ALLEGED)
        .collect(com.google.common.collect.ImmutableList.toImmutableList());
  }

  /** Builds a {@link CeasefireProposal}; not thread-safe. */
  public static final class Builder extends ImmutableCeasefireProposal.Builder {
    Builder() {}

    /**
     * Sets the proposed start and duration from a window: its start, and its length when it is
     * closed (an open-ended window leaves the duration unset, meaning open-ended).
     *
     * @param window the proposed window, not null
     * @return this builder
     */
    public Builder proposedWindow(TimeWindow window) {
      proposedStart(TimePoint.of(window.start()));
      window.duration().ifPresent(this::duration);
      return this;
    }
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("CeasefireProposal");
    for (int i = 0; i < exchangeAgreements().size(); i++) {
      c.check(
          exchangeAgreements().indexOf(exchangeAgreements().get(i)) == i,
          "CEASEFIRE_EXCHANGE_AGREEMENT_REPEATED",
          "exchangeAgreements[" + i + "]",
          "the exchange agreement %s is named twice",
          exchangeAgreements().get(i));
    }
    c.check(
        !addressees().contains(proposer()),
        "CEASEFIRE_PROPOSER_IS_ADDRESSEE",
        "addressees",
        "the proposer %s is not its own addressee",
        proposer());
    for (PartyId co : coProposers()) {
      c.check(
          !addressees().contains(co),
          "CEASEFIRE_PROPOSER_IS_ADDRESSEE",
          "addressees",
          "the co-proposer %s is not its own addressee",
          co);
    }
    c.check(
        !coProposers().contains(proposer()),
        "CEASEFIRE_PROPOSER_REPEATED",
        "coProposers",
        "the proposer %s is not also one of its co-proposers %s",
        proposer(),
        coProposers());
    c.check(
        !answers().equals(Optional.of(id())),
        "CEASEFIRE_LINK_SELF",
        "answers",
        "a proposal answers another proposal, but %s points to itself",
        id());
    c.check(
        !mirrors().equals(Optional.of(id())),
        "CEASEFIRE_LINK_SELF",
        "mirrors",
        "a proposal mirrors another proposal, but %s points to itself",
        id());
    c.check(
        alternatives().size() != 1,
        "CEASEFIRE_ALTERNATIVES_SINGLE",
        "alternatives",
        "alternatives offer a choice of at least two groups; a single group belongs in the"
            + " conditions, was %s",
        alternatives());
    c.check(
        Checker.absentOrNotBlank(occasion()),
        "CEASEFIRE_TEXT_BLANK",
        "occasion",
        "occasion must not be blank when present, was \"%s\"",
        occasion().orElse(""));
    c.check(
        kind() != ProposalKind.PROPOSAL || !addressees().isEmpty(),
        "CEASEFIRE_ADDRESSEES_MISSING",
        "addressees",
        "a proposal is addressed to at least one party; %s names none",
        id());
    c.check(
        kind() != ProposalKind.UNILATERAL_DECLARATION || addressees().isEmpty(),
        "CEASEFIRE_DECLARATION_ADDRESSED",
        "addressees",
        "a unilateral declaration binds only the declarer and has no addressees, was %s",
        addressees());
    c.check(
        TimeRanges.absentOrPositive(duration()),
        "CEASEFIRE_DURATION_NOT_POSITIVE",
        "duration",
        "a duration must be positive, was %s",
        duration());
    TimeRanges.checkIfPresent(c, "duration", duration());
    TimeRanges.checkIfPresent(c, "durationUpTo", durationUpTo());
    c.check(
        durationUpTo().isEmpty() || duration().isPresent(),
        "CEASEFIRE_DURATION_SHAPE",
        "durationUpTo",
        "the longest duration of a range comes with its shortest, but only %s is given",
        durationUpTo());
    c.check(
        !durationUnknown() || (duration().isEmpty() && durationUpTo().isEmpty()),
        "CEASEFIRE_DURATION_SHAPE",
        "durationUnknown",
        "a duration is unknown or given, not both, was unknown with %s %s",
        duration(),
        durationUpTo());
    if (duration().isPresent() && durationUpTo().isPresent()) {
      c.check(
          durationUpTo().get().compareTo(duration().get()) > 0,
          "CEASEFIRE_DURATION_RANGE_REVERSED",
          "durationUpTo",
          "the longest duration of a range is longer than its shortest, was %s to %s",
          duration().get(),
          durationUpTo().get());
    }
    if (proposedStart().isPresent() && proposedStart().get().isBefore(TimePoint.of(date()))) {
      c.fail(
          "CEASEFIRE_START_BEFORE_PROPOSAL",
          "proposedStart",
          "a ceasefire is not proposed to start before the proposal is made: start %s,"
              + " proposal made on %s",
          proposedStart().get(),
          date());
    }
    c.check(
        Checker.absentOrNotBlank(extensionTerms()),
        "CEASEFIRE_TEXT_BLANK",
        "extensionTerms",
        "extension terms must not be blank when present, was \"%s\"",
        extensionTerms().orElse(""));
    if (!participants().isEmpty()) {
      List<PartyId> sides = new ArrayList<>(addressees());
      sides.addAll(proposers());
      Participants.check(c, "participants", participants(), sides);
    }
    checkResponses(c);
    checkEvents(c);
    c.throwIfInvalid();
  }

  private void checkResponses(Checker c) {
    if (responses().isEmpty()) {
      return;
    }
    // A few responses are searched backwards for the party's previous one; many through a map.
    boolean pairwise = responses().size() <= Repeats.PAIRWISE_AT_MOST;
    Map<PartyId, Response> previous = pairwise ? Map.of() : new HashMap<>();
    for (int i = 0; i < responses().size(); i++) {
      Response r = responses().get(i);
      if (!addressees().contains(r.party())) {
        c.fail(
            "CEASEFIRE_RESPONSE_NOT_ADDRESSEE",
            "responses[" + i + "].party",
            "%s responds to %s, which is not addressed to it (addressees %s)",
            r.party(),
            id(),
            addressees());
      }
      if (r.date().isBefore(date())) {
        c.fail(
            "CEASEFIRE_RESPONSE_BEFORE_PROPOSAL",
            "responses[" + i + "].date",
            "a response is not dated before the proposal: %s answered on %s, proposal made on %s",
            r.party(),
            r.date(),
            date());
      }
      if (r.counterProposal().isPresent() && r.counterProposal().get().equals(id())) {
        c.fail(
            "CEASEFIRE_COUNTER_PROPOSAL_SELF",
            "responses[" + i + "].counterProposal",
            "a counter-proposal is a different proposal, but %s points to %s itself",
            r.party(),
            id());
      }
      Response earlier = pairwise ? previousResponse(i) : previous.put(r.party(), r);
      if (earlier == null) {
        if (r.supersedesEarlier()) {
          c.fail(
              "CEASEFIRE_RESPONSE_SUPERSEDES_NOTHING",
              "responses[" + i + "].supersedesEarlier",
              "%s's response of %s supersedes an earlier one, but it has none",
              r.party(),
              r.date());
        }
      } else {
        if (!r.supersedesEarlier()) {
          c.fail(
              "CEASEFIRE_RESPONSE_DUPLICATE",
              "responses[" + i + "].supersedesEarlier",
              "%s already responded on %s; a later response of %s must say it supersedes it",
              r.party(),
              earlier.date(),
              r.date());
        }
        if (r.date().isBefore(earlier.date())) {
          c.fail(
              "CEASEFIRE_RESPONSE_ORDER",
              "responses[" + i + "].date",
              "%s's superseding response of %s is dated before the one it supersedes, of %s",
              r.party(),
              r.date(),
              earlier.date());
        }
      }
    }
  }

  /** The latest response before the given one by the same party, or null if it has none. */
  private @Nullable Response previousResponse(int i) {
    PartyId party = responses().get(i).party();
    for (int j = i - 1; j >= 0; j--) {
      if (responses().get(j).party().equals(party)) {
        return responses().get(j);
      }
    }
    return null;
  }

  private void checkEvents(Checker c) {
    if (events().isEmpty()) {
      return;
    }
    TimePoint proposed = TimePoint.of(date());
    for (int i = 0; i < events().size(); i++) {
      LifecycleEvent e = events().get(i);
      if (e.time().isBefore(proposed)) {
        c.fail(
            "CEASEFIRE_EVENT_BEFORE_PROPOSAL",
            "events[" + i + "].time",
            "a %s event at %s is dated before the proposal, made on %s",
            e.type(),
            e.time(),
            date());
      }
      if (i > 0) {
        TimePoint prev = events().get(i - 1).time();
        if (e.time().isBefore(prev)) {
          c.fail(
              "CEASEFIRE_EVENT_ORDER",
              "events[" + i + "].time",
              "events are in chronological order, but %s at %s comes after an event at %s",
              e.type(),
              e.time(),
              prev);
        }
      }
    }
    // The lifecycle is derived from the duration and the events in order: replaying it on a
    // duration or on events that already broke a rule would compute on values that are rejected.
    if (!c.passed("duration")
        || !c.passed("durationUpTo")
        || !c.passed("durationUnknown")
        || !c.passed("events")) {
      return;
    }
    Lifecycle lifecycle = new Lifecycle(kind(), term());
    for (int i = 0; i < events().size(); i++) {
      LifecycleEvent e = events().get(i);
      Optional<String> illegal = lifecycle.apply(e);
      if (illegal.isPresent()) {
        c.fail("CEASEFIRE_TRANSITION_ILLEGAL", "events[" + i + "].type", "%s", illegal.get());
      }
    }
    if (c.passed("events")) {
      checkTerm(c);
    }
  }

  /**
   * Checks that a recorded start and expiry fit the declared duration (a range, and the sum of the
   * extensions, included). Two instants are compared exactly; otherwise on days, where a date
   * stands for any moment of the days it covers and an instant for its local date in its own zone.
   */
  private void checkTerm(Checker c) {
    if (duration().isEmpty()) {
      return;
    }
    Optional<TimePoint> start = Optional.empty();
    Duration extensions = Duration.ZERO;
    for (int i = 0; i < events().size(); i++) {
      LifecycleEvent e = events().get(i);
      switch (e.type()) {
        case IN_EFFECT:
          start = Optional.of(e.time());
          break;
        case EXTENDED:
          if (e.extendedBy().isEmpty()) {
            return;
          }
          extensions = extensions.plus(e.extendedBy().get());
          break;
        case EXPIRED:
          if (start.isPresent()) {
            Duration shortest = duration().get().plus(extensions);
            Duration longest = durationUpTo().orElse(duration().get()).plus(extensions);
            if (!TermCheck.fits(start.get(), e.time(), shortest, longest)) {
              c.fail(
                  "CEASEFIRE_DURATION_MISMATCH",
                  "events[" + i + "].time",
                  "the declared duration %s%s%s does not fit the recorded start %s and expiry %s",
                  duration().get(),
                  durationUpTo().map(d -> " to " + d).orElse(""),
                  extensions.isZero() ? "" : " with extensions of " + extensions,
                  start.get(),
                  e.time());
            }
          }
          return;
        default:
          break;
      }
    }
  }
}
