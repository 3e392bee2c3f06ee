package dev.parley.negotiation;

import com.google.common.base.Equivalence;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.internal.Participants;
import dev.parley.internal.References;
import dev.parley.internal.Repeats;
import dev.parley.internal.TimeRanges;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.time.ReportedDate;
import dev.parley.time.TimeWindow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A round of negotiations: where and when, how long, in which format, between which delegations,
 * hosted or mediated by whom, and which agreements or proposals it produced; a record of a
 * chronicle.
 *
 * <pre>{@code
 * NegotiationRound istanbul = NegotiationRound.builder()
 *     .id(RecordId.of("talks:2025-05-16-istanbul"))
 *     .venue(PlaceId.of("istanbul"))
 *     .date(ReportedDate.parse("2025-05-16"))
 *     .duration(Duration.ofHours(2))
 *     .format(TalksFormat.DIRECT)
 *     .addDelegation(Delegation.builder().party(PartyId.of("ru")).head("Vladimir Medinsky").build())
 *     .addDelegation(Delegation.builder().party(PartyId.of("ua")).head("Rustem Umerov").build())
 *     .addParticipant(Participant.of(PartyId.of("tr"), Role.HOST))
 *     .addOutcome(RecordId.of("agreement:ru-ua-1000"))
 *     .note("first face-to-face talks in over three years")
 *     .build();
 * }</pre>
 *
 * <p>The parties of the delegations are the sides of the round; hosts and mediators are {@link
 * #participants()}. Whether the outcomes exist is checked across records by {@link
 * NegotiationFindings}. Instances are immutable and thread-safe. Its validation rules are listed in
 * {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract non-sealed class NegotiationRound implements WithNegotiationRound, ChronicleRecord {
  NegotiationRound() {}

  public abstract RecordId id();

  /**
   * Returns where the talks were held.
   *
   * @return the venue's place id, not null
   */
  public abstract PlaceId venue();

  /**
   * Returns the day or days of the talks.
   *
   * @return the date, not null
   */
  public abstract ReportedDate date();

  /**
   * Returns the start, and when known the end, of the talks with their time zone.
   *
   * @return the window, or empty when only the date is known
   */
  public abstract Optional<TimeWindow> window();

  /**
   * Returns a copy with {@link #window()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract NegotiationRound withWindow(TimeWindow value);

  /**
   * Returns how long the talks lasted, as reported ("two hours").
   *
   * @return the positive duration, or empty
   */
  public abstract Optional<Duration> duration();

  /**
   * Returns a copy with {@link #duration()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract NegotiationRound withDuration(Duration value);

  /**
   * Returns the format of the talks.
   *
   * @return the format, not null
   */
  public abstract TalksFormat format();

  /**
   * Returns the delegations, one per party.
   *
   * @return at least two delegations, immutable
   */
  public abstract List<Delegation> delegations();

  /**
   * Returns a copy with {@link #delegations()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract NegotiationRound withDelegations(Delegation... elements);

  /**
   * Returns a copy with {@link #delegations()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract NegotiationRound withDelegations(Iterable<? extends Delegation> elements);

  /**
   * Returns the hosts, mediators and other participants that did not send a delegation.
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
  public abstract NegotiationRound withParticipants(Participant... elements);

  /**
   * Returns a copy with {@link #participants()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract NegotiationRound withParticipants(Iterable<? extends Participant> elements);

  /**
   * Returns the records the talks produced: agreements, proposals, declarations.
   *
   * @return the outcomes' record ids, in order, possibly empty, immutable
   */
  public abstract Set<RecordId> outcomes();

  /**
   * Returns a short note, as reported ("the first face-to-face talks in over three years").
   *
   * @return the note, not blank when present
   */
  public abstract Optional<String> note();

  /**
   * Returns a copy with {@link #note()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract NegotiationRound withNote(String value);

  /**
   * Returns who reported the talks.
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
  public abstract NegotiationRound withProvenance(Statement... elements);

  /**
   * Returns a copy with {@link #provenance()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract NegotiationRound withProvenance(Iterable<? extends Statement> elements);

  @Override
  public RecordType recordType() {
    return RecordType.NEGOTIATION_ROUND;
  }

  @Override
  public ReportedDate recordDate() {
    return date();
  }

  @Override
  public Set<PartyId> referencedParties() {
    ImmutableSet.Builder<PartyId> b = ImmutableSet.builder();
    b.addAll(parties());
    for (Delegation d : delegations()) {
      b.add(d.party());
    }
    References.speakers(b, provenance());
    return b.build();
  }

  @Override
  public Set<PlaceId> referencedPlaces() {
    ImmutableSet.Builder<PlaceId> b = ImmutableSet.builder();
    b.add(venue());
    return b.build();
  }

  @Override
  public Set<RecordId> referencedRecords() {
    ImmutableSet.Builder<RecordId> b = ImmutableSet.builder();
    b.addAll(outcomes());
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
   * Returns the parties that sent delegations.
   *
   * @return the parties, in delegation order, immutable
   */
  public List<PartyId> parties() {
    ImmutableList.Builder<PartyId> out =
        ImmutableList.builderWithExpectedSize(delegations().size());
    for (Delegation d : delegations()) {
      out.add(d.party());
    }
    return out.build();
  }

  /**
   * Returns the participants in a role, such as the mediators.
   *
   * @param role the role, not null
   * @return the parties in that role, in order, immutable
   */
  public List<PartyId> partiesIn(Role role) {
    java.util.Objects.requireNonNull(role, "role");
    ImmutableList.Builder<PartyId> out = ImmutableList.builder();
    for (Participant p : participants()) {
      if (p.role() == role) {
        out.add(p.party());
      }
    }
    return out.build();
  }

  /** Builds a {@link NegotiationRound}; not thread-safe. */
  public static final class Builder extends ImmutableNegotiationRound.Builder {
    Builder() {}
  }

  /** Two delegations of the same party. */
  private static final Equivalence<Delegation> SAME_PARTY =
      new Equivalence<>() {
        @Override
        protected boolean doEquivalent(Delegation a, Delegation b) {
          return a.party().equals(b.party());
        }

        @Override
        protected int doHash(Delegation d) {
          return d.party().hashCode();
        }
      };

  @Value.Check
  void check() {
    Checker c = Checker.of("NegotiationRound");
    c.check(
        delegations().size() >= 2,
        "NEGOTIATION_DELEGATIONS_TOO_FEW",
        "delegations",
        "a negotiation round has at least two delegations, was %s",
        delegations().size());
    BitSet repeated = Repeats.of(delegations(), SAME_PARTY);
    for (int i = 0; i < delegations().size(); i++) {
      PartyId party = delegations().get(i).party();
      if (repeated.get(i)) {
        c.fail(
            "NEGOTIATION_DELEGATION_DUPLICATE",
            "delegations[" + i + "]",
            "%s sends one delegation, but is listed twice",
            party);
      }
    }
    c.check(
        !format().needsMediator() || !partiesIn(Role.MEDIATOR).isEmpty(),
        "NEGOTIATION_MEDIATOR_MISSING",
        "participants",
        "%s talks have a mediator, but none is listed",
        format());
    c.check(
        TimeRanges.absentOrPositive(duration()),
        "NEGOTIATION_DURATION_NOT_POSITIVE",
        "duration",
        "a duration must be positive, was %s",
        duration());
    TimeRanges.checkIfPresent(c, "duration", duration());
    boolean durationPassed = c.passed("duration");
    if (window().isPresent()) {
      TimeWindow w = window().get();
      c.check(
          date().contains(w.start().toLocalDate()),
          "NEGOTIATION_WINDOW_OUTSIDE_DATE",
          "window.start",
          "the talks' window starts on %s, outside their date %s",
          w.start().toLocalDate(),
          date());
      c.check(
          !durationPassed
              || duration().isEmpty()
              || w.duration().isEmpty()
              || duration().get().compareTo(w.duration().get()) <= 0,
          "NEGOTIATION_DURATION_EXCEEDS_WINDOW",
          "duration",
          "talks of %s do not fit their window of %s",
          duration(),
          w.duration());
    }
    c.check(
        Checker.absentOrNotBlank(note()),
        "NEGOTIATION_TEXT_BLANK",
        "note",
        "note must not be blank when present, was \"%s\"",
        note().orElse(""));
    if (!participants().isEmpty()) {
      List<PartyId> sides = new ArrayList<>(delegations().size());
      for (int i = 0; i < delegations().size(); i++) {
        sides.add(delegations().get(i).party());
      }
      Participants.check(c, "participants", participants(), sides);
    }
    c.throwIfInvalid();
  }
}
